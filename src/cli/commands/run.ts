// `seedance run <manifest>`: make every shot that needs making, then the film.
import { SeedanceError } from '../../core/errors.js';
import { runStoryboard } from '../../library/run-storyboard.js';
import type { Command } from '../command.js';
import { exitCodeFor } from '../exit-codes.js';
import { handleInterrupts } from '../interrupts.js';
import { loadForCommand } from '../load.js';
import { createReporter, pickReporter } from '../reporters.js';
import { WRITER_OPTIONS, waitingFor } from '../writer.js';

export const runCommand: Command = {
  name: 'run',
  help: `Usage: seedance run <manifest> [options]

Submits every shot that is new or changed (at most \`concurrency\` tasks at the service at once),
feeds each shot's outputs into the shots that use them, downloads every clip into the output
folder, records task ids and seeds in <manifest>.lock.json, joins the film (concat:), and writes
<output>/report.html, a contact sheet of every shot (also after a failed run).
Re-running an unchanged manifest sends nothing; after a crash, tasks already submitted are picked
up by their ids and never paid for twice.

Options:
  --simulate           run against the embedded simulator (no account or key needed)
  --concurrency N      most tasks at the service at once (default: the manifest's, else 3)
  --only a,b           just these shots (and upstream shots never made)
  --force              make the selected shots again even if fresh
  --fail-fast          stop submitting after the first failure
  --no-concat          do not join the film
  --reporter R         pretty (default on a terminal), plain (default elsewhere) or json (NDJSON)
  --poll-interval MS   ask the service every MS milliseconds instead of the adaptive cadence
  --wait               when another seedance process works on this manifest, wait for it
                       (default: refuse at once, naming that process)
  --force-unlock       take over a writer lock left on another host by a process that is gone

Environment:
  SEEDANCE_API_KEY (or ARK_API_KEY)  the API key (not needed with --simulate)
  SEEDANCE_BASE_URL                  overrides the manifest's base_url

Exit codes: 0 all done, 1 a shot or the film failed, 2 usage or manifest error, 130 interrupted.

Examples:
  seedance run manifests/examples/kitten-morning.yaml --simulate
  seedance run storyboard.yaml --only window --force
  seedance run storyboard.yaml --reporter json > events.ndjson`,
  options: {
    simulate: { type: 'boolean' },
    concurrency: { type: 'string' },
    only: { type: 'string' },
    force: { type: 'boolean' },
    'fail-fast': { type: 'boolean' },
    'no-concat': { type: 'boolean' },
    reporter: { type: 'string' },
    'poll-interval': { type: 'string' },
    ...WRITER_OPTIONS,
  },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    if (positionals.length > 1) throw new SeedanceError('usage', `seedance run takes one manifest; got ${positionals.length}.`, { hint: 'Run each manifest on its own.' });
    const reporterName = pickReporter(values.reporter, io);
    const concurrency = optionalInt(values.concurrency, '--concurrency', 1, 100);
    const pollInterval = optionalInt(values['poll-interval'], '--poll-interval', 10, 600_000);
    const manifest = await loadForCommand(positionals[0], io, 'run');
    const reporter = createReporter(reporterName, io);
    const interrupts = handleInterrupts((line) => reporter.say(line));
    try {
      const summary = await runStoryboard(manifest, {
        simulate: values.simulate === true,
        env: io.env,
        onEvent: (event) => reporter.sink(event.type === 'run-finished' ? { ...event, exitCode: exitCodeFor(event.result) } : event),
        ...(concurrency !== undefined ? { concurrency } : {}),
        ...(typeof values.only === 'string' ? { only: values.only.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
        force: values.force === true,
        failFast: values['fail-fast'] === true,
        skipConcat: values['no-concat'] === true,
        stopSignal: interrupts.stop,
        signal: interrupts.abort,
        ...(pollInterval !== undefined ? { poll: { intervalMs: pollInterval } } : {}),
        wait: values.wait === true,
        forceUnlock: values['force-unlock'] === true,
        onWait: (holder) => reporter.say(waitingFor(holder)),
      });
      return exitCodeFor(summary.result);
    } finally {
      interrupts.dispose();
      reporter.close();
    }
  },
};

function optionalInt(value: unknown, flag: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new SeedanceError('usage', `${flag} must be a whole number from ${min} to ${max}; got \`${String(value)}\`.`, { hint: `Run \`seedance run --help\` for the options.` });
  }
  return n;
}
