// `seedance validate <manifest...>`: check manifests without running anything; print every
// problem with its position. Exit 0 when all are valid (warnings allowed), 2 otherwise.
import { resolve } from 'node:path';
import { userTrustedHosts } from '../../api/endpoint.js';
import { maskCredentials } from '../../api/redact.js';
import { manifestBaseUrlWarning } from '../../api/trust.js';
import { SeedanceError } from '../../core/errors.js';
import { plural } from '../../core/format.js';
import { FileProbe, formatDiagnostics, loadManifest, type Diagnostic } from '../../manifest/index.js';
import { sortDiagnostics } from '../../manifest/diagnostic.js';
import { parseYaml } from '../../manifest/parse.js';
import { useColor } from '../color.js';
import type { CliIO, Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { ALLOW_PATH_HELP, ALLOW_PATH_OPTION, allowPathsOf } from '../load.js';

export const validateCommand: Command = {
  name: 'validate',
  help: `Usage: seedance validate <manifest...> [--json]

Checks each manifest without sending anything: YAML syntax, the schema (unknown keys, types,
values), ids and references between shots, cycles, modes a request can combine, the limits of
each model and wire format, and the local files it names (present, readable, the right kind by
content, within the service's size and length limits). Every problem is reported at once, with
file:line:column, a stable code, what to do about it, and the line with a marker. A \`base_url\`
whose host seedance does not trust by default (nor SEEDANCE_TRUSTED_HOSTS or the trusted-hosts file)
is a warning: \`seedance run\` does not send the key there unless you trust it.

Options:
  --json   print { "files": [ { "file", "valid", "diagnostics": [...] } ] } instead of text
${ALLOW_PATH_HELP}

Exit codes: 0 every manifest is valid (warnings allowed), 2 a manifest has errors or cannot be read.

Examples:
  seedance validate manifests/examples/kitten-morning.yaml
  seedance validate manifests/*.yaml
  seedance validate storyboard.yaml --json | jq '.files[0].diagnostics[].code'`,
  options: { json: { type: 'boolean' }, ...ALLOW_PATH_OPTION },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    if (positionals.length === 0) {
      throw new SeedanceError('usage', 'seedance validate needs at least one manifest file.', { hint: 'Run `seedance validate <manifest.yaml>`.' });
    }
    const files = new FileProbe();
    const allowPaths = allowPathsOf(values, io);
    const results: { file: string; valid: boolean; diagnostics: Diagnostic[]; source: string; shots: number }[] = [];
    const trusted = await userTrustedHosts(io.env);
    for (const file of positionals) {
      const result = await loadManifest(resolve(io.cwd, file), { files, allowPaths, env: io.env, cwd: io.cwd });
      // Show paths as the user typed them, not absolute.
      const trust = result.manifest?.baseUrl ? manifestBaseUrlWarning({ manifestBaseUrl: result.manifest.baseUrl, env: io.env, allowlist: trusted.entries, allowlistFile: trusted.file }) : undefined;
      const all = trust ? sortDiagnostics([...result.diagnostics, baseUrlWarning(trust, result.source, file)]) : result.diagnostics;
      const diagnostics = all.map((d) => ({ ...d, file }));
      results.push({ file, valid: result.manifest !== undefined, diagnostics, source: result.source, shots: result.manifest?.shots.length ?? 0 });
    }
    if (values.json === true) {
      io.stdout.write(JSON.stringify({ files: results.map(({ file, valid, diagnostics }) => ({ file, valid, diagnostics })) }, null, 2) + '\n');
    } else {
      for (const r of results) writeText(r, io);
    }
    return results.every((r) => r.valid) ? EXIT.ok : EXIT.usage;
  },
};

function writeText(r: { file: string; valid: boolean; diagnostics: Diagnostic[]; source: string; shots: number }, io: CliIO): void {
  const color = useColor(io.stdout, io.env);
  // The lines shown under a problem keep their columns but not a URL's user:password.
  if (r.diagnostics.length > 0) io.stdout.write(formatDiagnostics(r.diagnostics, maskCredentials(r.source), { color }) + '\n\n');
  const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = r.diagnostics.length - errors;
  const w = warnings > 0 ? `, ${plural(warnings, 'warning')}` : '';
  io.stdout.write(r.valid ? `${r.file}: valid (${plural(r.shots, 'shot')}${w})\n` : `${r.file}: invalid (${plural(errors, 'error')}${w})\n`);
}

/** The manifest's base_url is not one `seedance run` sends the key to: a warning at its value. */
function baseUrlWarning(message: string, source: string, file: string): Diagnostic {
  const { collector } = parseYaml(source, file);
  const before = collector.diagnostics.length;
  collector.warning('untrusted-base-url', message, ['base_url']);
  return collector.diagnostics[before] as Diagnostic;
}
