// Load a manifest for a command: print its diagnostics (warnings too) and stop with exit code 2
// when it is invalid, or when its output folder belongs to another manifest. `--allow-path DIR`
// (repeatable) lets media files and the output folder lie in DIR, outside the project.
import { resolve } from 'node:path';
import { SeedanceError } from '../core/errors.js';
import { plural } from '../core/format.js';
import { formatDiagnostics, loadManifest } from '../manifest/index.js';
import type { ResolvedManifest } from '../manifest/types.js';
import { checkOwner } from '../state/output-owner.js';
import { useColor } from './color.js';
import type { CliIO } from './command.js';

/** The option of every command that loads a manifest; each help text describes it. */
export const ALLOW_PATH_OPTION = { 'allow-path': { type: 'string', multiple: true } } as const;

export const ALLOW_PATH_HELP = `  --allow-path DIR     also take media files from DIR, and let the output folder lie in it
                       (repeatable; relative to the current folder). Without it, files and outputs
                       must stay in the project: the git work tree that holds the manifest, else
                       the manifest's folder (symlinks followed)`;

/** The folders given with --allow-path, absolute. */
export function allowPathsOf(values: Record<string, unknown>, io: CliIO): string[] {
  const given = values['allow-path'];
  const list = Array.isArray(given) ? given : typeof given === 'string' ? [given] : [];
  return list.filter((p): p is string => typeof p === 'string' && p !== '').map((p) => resolve(io.cwd, p));
}

/** Commands that read or write the output folder: a folder another manifest owns is refused. */
const OUTPUT_COMMANDS = new Set(['run', 'status', 'concat', 'report']);

export async function loadForCommand(file: string | undefined, io: CliIO, command: string, options: { allowPaths?: readonly string[] } = {}): Promise<ResolvedManifest> {
  if (!file) {
    throw new SeedanceError('usage', `seedance ${command} needs a manifest file.`, { hint: `Run \`seedance ${command} <manifest.yaml>\`; \`seedance ${command} --help\` shows the options.` });
  }
  const result = await loadManifest(resolve(io.cwd, file), { env: io.env, cwd: io.cwd, ...(options.allowPaths ? { allowPaths: options.allowPaths } : {}) });
  if (result.diagnostics.length > 0) io.stderr.write(formatDiagnostics(result.diagnostics, result.source, { color: useColor(io.stderr, io.env) }) + '\n');
  if (!result.manifest) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    throw new SeedanceError('manifest.invalid', `${file} has ${plural(errors, 'error')}; nothing was sent.`, {
      hint: 'Fix the problems listed above (`seedance validate` checks again without running anything).',
    });
  }
  if (OUTPUT_COMMANDS.has(command)) await checkOwner(result.manifest);
  return result.manifest;
}
