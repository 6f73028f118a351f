// `seedance review <manifest>`: the report's page served on 127.0.0.1 with buttons that pick a
// take and a command to remake each shot, reloading itself when the manifest or its lock changes,
// until Ctrl-C.
import { relative } from 'node:path';
import { SeedanceError } from '../../core/errors.js';
import { startReview } from '../../review/server.js';
import { checkOwner } from '../../state/output-owner.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { ALLOW_PATH_HELP, ALLOW_PATH_OPTION, allowPathsOf, loadForCommand } from '../load.js';
import { canOpenBrowser, openBrowser } from '../open-browser.js';

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export const reviewCommand: Command = {
  name: 'review',
  help: `Usage: seedance review <manifest> [--no-open]

Serves the report of <manifest> (the contact sheet and the shots' cards, as \`seedance report\`
writes them) on 127.0.0.1, at a free port, until Ctrl-C. Each shot with takes gets buttons that
pick one (writing \`take: K\` into the manifest, as \`seedance pick\` does, comments kept), and each
shot the command that makes it again (\`seedance run <manifest> --only <shot> --force\`, to copy).
The page reloads itself when the manifest or its lock changes, so it can stay open during a run
(a pick waits until the run is done: the run holds the manifest).

Only this computer can reach it, and only through the printed link: it carries a random token
for this session, so another page in the browser cannot drive it. Needs no API key and sends
nothing to the service. The browser opens by itself where there is a display, not in CI.

Options:
  --no-open            print the link without opening a browser
${ALLOW_PATH_HELP}

Exit codes: 0 stopped with Ctrl-C, 1 the output folder is another manifest's, 2 usage or manifest error.

Example:
  seedance review storyboard.yaml`,
  options: { 'no-open': { type: 'boolean' }, ...ALLOW_PATH_OPTION },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    if (positionals.length > 1) throw new SeedanceError('usage', `seedance review takes one manifest; got ${positionals.length}.`, { hint: 'Run `seedance review <manifest.yaml>`.' });
    const allowPaths = allowPathsOf(values, io);
    const manifest = await loadForCommand(positionals[0], io, 'review', { allowPaths });
    await checkOwner(manifest);
    const review = await startReview({ manifest, manifestArg: relative(io.cwd, manifest.file) || manifest.file, allowPaths });
    io.stdout.write(`Reviewing ${relative(io.cwd, manifest.file) || manifest.file} at ${review.url}\n`);
    const open = values['no-open'] !== true && canOpenBrowser(io.env);
    if (open) openBrowser(review.url);
    io.stdout.write(open ? 'Opened it in your browser. Press Ctrl-C to stop.\n' : "Open that link in a browser on this computer (it carries this session's token). Press Ctrl-C to stop.\n");
    const signal = await new Promise<string>((resolve) => {
      const handlers = STOP_SIGNALS.map((name) => [name, () => done(name)] as const);
      const done = (name: string): void => {
        for (const [s, h] of handlers) process.off(s, h);
        resolve(name);
      };
      for (const [s, h] of handlers) process.on(s, h);
    });
    await review.close();
    io.stdout.write(`Review stopped (${signal === 'SIGINT' ? 'Ctrl-C' : signal}); every pick made is in ${relative(io.cwd, manifest.file) || manifest.file}.\n`);
    return EXIT.ok;
  },
};
