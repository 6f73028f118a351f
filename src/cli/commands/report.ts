// `seedance report <manifest>`: write the HTML contact sheet of the storyboard from the lock and
// the files in the output folder. No network.
import { relative } from 'node:path';
import { SeedanceError } from '../../core/errors.js';
import { writeReport } from '../../report/html/write-report.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { ALLOW_PATH_HELP, ALLOW_PATH_OPTION, allowPathsOf, loadForCommand } from '../load.js';

export const reportCommand: Command = {
  name: 'report',
  help: `Usage: seedance report <manifest> [--json]

Writes <output>/report.html, a contact sheet of the storyboard: the film on top with a player and
chapter links, then one card per shot in manifest order with its first and last frames, prompt,
settings, seed, versioned model, task id, tokens, state or error, a player, and the shots that
feed it (a chained shot shows the last frame it starts from beside its own first frame).
Thumbnails go to <output>/report/. Every link is relative: open the file in a browser, copy the
output folder anywhere, or put it on a web server. \`seedance run\` writes it after every run.
Needs ffmpeg for the thumbnails; sends nothing to the service.

Options:
  --json               print { "file", "output", "shots" }: the report written and the output
                       folder (relative to the current folder), and the number of shots on it
${ALLOW_PATH_HELP}

Exit codes: 0 written, 1 it could not be written, 2 usage, manifest or lock error.

Examples:
  seedance report manifests/examples/kitten-morning.yaml
  xdg-open manifests/examples/out/kitten-morning/report.html   # open on macOS; start on Windows
  seedance report storyboard.yaml --json | jq -r .file`,
  options: { json: { type: 'boolean' }, ...ALLOW_PATH_OPTION },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    if (positionals.length > 1) throw new SeedanceError('usage', `seedance report takes one manifest; got ${positionals.length}.`, { hint: 'Run `seedance report <manifest.yaml>`.' });
    const manifest = await loadForCommand(positionals[0], io, 'report', { allowPaths: allowPathsOf(values, io) });
    const file = await writeReport(manifest);
    const shown = (path: string): string => relative(io.cwd, path) || path;
    if (values.json === true) io.stdout.write(JSON.stringify({ file: shown(file), output: shown(manifest.output), shots: manifest.shots.length }, null, 2) + '\n');
    else io.stdout.write(`report: ${shown(file)}\n`);
    return EXIT.ok;
  },
};
