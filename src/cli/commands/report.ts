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
  help: `Usage: seedance report <manifest>

Writes <output>/report.html, a contact sheet of the storyboard: the film on top with a player and
chapter links, then one card per shot in manifest order with its first and last frames, prompt,
settings, seed, versioned model, task id, tokens, state or error, a player, and the shots that
feed it (a chained shot shows the last frame it starts from beside its own first frame).
Thumbnails go to <output>/report/. Every link is relative: open the file in a browser, copy the
output folder anywhere, or put it on a web server. \`seedance run\` writes it after every run.
Needs ffmpeg for the thumbnails; sends nothing to the service.

Options:
${ALLOW_PATH_HELP}

Exit codes: 0 written, 1 it could not be written, 2 usage, manifest or lock error.

Example:
  seedance report manifests/examples/kitten-morning.yaml && xdg-open out/kitten-morning/report.html`,
  options: { ...ALLOW_PATH_OPTION },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    if (positionals.length > 1) throw new SeedanceError('usage', `seedance report takes one manifest; got ${positionals.length}.`, { hint: 'Run `seedance report <manifest.yaml>`.' });
    const manifest = await loadForCommand(positionals[0], io, 'report', { allowPaths: allowPathsOf(values, io) });
    const file = await writeReport(manifest);
    io.stdout.write(`report: ${relative(io.cwd, file) || file}\n`);
    return EXIT.ok;
  },
};
