// `seedance validate <manifest...>`: check manifests without running anything; print every
// problem with its position. Exit 0 when all are valid (warnings allowed), 2 otherwise.
import { resolve } from 'node:path';
import { SeedanceError } from '../../core/errors.js';
import { plural } from '../../core/format.js';
import { FileProbe, formatDiagnostics, loadManifest, type Diagnostic } from '../../manifest/index.js';
import type { CliIO, Command } from '../command.js';
import { EXIT } from '../exit-codes.js';

export const validateCommand: Command = {
  name: 'validate',
  help: `Usage: seedance validate <manifest...> [--json]

Checks each manifest without sending anything: YAML syntax, the schema (unknown keys, types,
values), ids and references between shots, cycles, modes a request can combine, the limits of
each model and wire format, and the local files it names (present, readable, the right kind by
content, within the service's size and length limits). Every problem is reported at once, with
file:line:column, a stable code, what to do about it, and the line with a marker.

Options:
  --json   print { "files": [ { "file", "valid", "diagnostics": [...] } ] } instead of text

Exit codes: 0 every manifest is valid (warnings allowed), 2 a manifest has errors or cannot be read.

Examples:
  seedance validate manifests/examples/kitten-morning.yaml
  seedance validate manifests/*.yaml
  seedance validate storyboard.yaml --json | jq '.files[0].diagnostics[].code'`,
  options: { json: { type: 'boolean' } },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    if (positionals.length === 0) {
      throw new SeedanceError('usage', 'seedance validate needs at least one manifest file.', { hint: 'Run `seedance validate <manifest.yaml>`.' });
    }
    const files = new FileProbe();
    const results: { file: string; valid: boolean; diagnostics: Diagnostic[]; source: string; shots: number }[] = [];
    for (const file of positionals) {
      const result = await loadManifest(resolve(io.cwd, file), { files });
      // Show paths as the user typed them, not absolute.
      const diagnostics = result.diagnostics.map((d) => ({ ...d, file }));
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
  const color = io.stdout.isTTY === true && !io.env.NO_COLOR;
  if (r.diagnostics.length > 0) io.stdout.write(formatDiagnostics(r.diagnostics, r.source, { color }) + '\n\n');
  const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = r.diagnostics.length - errors;
  const w = warnings > 0 ? `, ${plural(warnings, 'warning')}` : '';
  io.stdout.write(r.valid ? `${r.file}: valid (${plural(r.shots, 'shot')}${w})\n` : `${r.file}: invalid (${plural(errors, 'error')}${w})\n`);
}
