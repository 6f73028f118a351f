// Load a manifest for a command: print its diagnostics (warnings too) and stop with exit code 2
// when it is invalid.
import { resolve } from 'node:path';
import { SeedanceError } from '../core/errors.js';
import { plural } from '../core/format.js';
import { formatDiagnostics, loadManifest } from '../manifest/index.js';
import type { ResolvedManifest } from '../manifest/types.js';
import type { CliIO } from './command.js';

export async function loadForCommand(file: string | undefined, io: CliIO, command: string): Promise<ResolvedManifest> {
  if (!file) {
    throw new SeedanceError('usage', `seedance ${command} needs a manifest file.`, { hint: `Run \`seedance ${command} <manifest.yaml>\`; \`seedance ${command} --help\` shows the options.` });
  }
  const result = await loadManifest(resolve(io.cwd, file));
  if (result.diagnostics.length > 0) io.stderr.write(formatDiagnostics(result.diagnostics, result.source) + '\n');
  if (!result.manifest) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    throw new SeedanceError('manifest.invalid', `${file} has ${plural(errors, 'error')}; nothing was sent.`, {
      hint: 'Fix the problems listed above (`seedance validate` checks again without running anything).',
    });
  }
  return result.manifest;
}
