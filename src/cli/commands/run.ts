// `seedance run <manifest>`: make every shot that needs making, then the film.
import { resolve } from 'node:path';
import { SeedanceError } from '../../core/errors.js';
import { runStoryboard } from '../../library/run-storyboard.js';
import type { RunResult, RunSummary } from '../../run/runner.js';
import { lockPathFor } from '../../state/lock.js';
import type { CliIO, Command } from '../command.js';
import { EXIT, exitCodeFor } from '../exit-codes.js';
import { formatError } from '../format-error.js';
import { handleInterrupts, stoppedLine } from '../interrupts.js';
import { ALLOW_PATH_HELP, ALLOW_PATH_OPTION, allowPathsOf, loadForCommand } from '../load.js';
import { createReporter, isOpen, pickReporter, reporterOption, type Reporter } from '../reporters.js';
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
  --base-url URL       the service to send to (its host root), instead of the manifest's base_url
  --concurrency N      most tasks at the service at once (default: the manifest's, else 3;
                       with --accounts: the accounts' own limits, N caps their total)
  --accounts FILE      several accounts (YAML: name, key_env, tier or running/rpm, base_url,
                       models), each key read from the variable its key_env names; whole chains
                       go to one account, and the lock names it (default: SEEDANCE_ACCOUNTS);
                       limits are per model (4k apart), each queue primed queue_ahead (default
                       2) tasks past its running limit
  --queue-ahead N      without --accounts: submit up to N tasks beyond --concurrency, queued at
                       the service so it starts the next the moment one finishes (default 0);
                       when the run stops submitting they are cancelled while still queued
  --only a,b           just these shots (and upstream shots never made)
  --force              make the selected shots again even if fresh
  --fail-fast          stop submitting after the first failure
  --max-cost X         spend at most X (in the price table's currency; needs pricing: or
                       SEEDANCE_PRICING): a run estimated above it sends nothing, and no task is
                       submitted that would take billed plus in-flight costs past it (default:
                       the manifest's budget: max)
  --no-concat          do not join the film
  --reporter R         pretty (default on a terminal), plain (default elsewhere) or json (NDJSON)
  --json               the same as --reporter json: one JSON event a line on stdout
  --poll-interval MS   ask the service every MS milliseconds instead of the adaptive cadence
  --wait               when another seedance process works on this manifest, wait for it
                       (default: refuse at once, naming that process)
  --force-unlock       take over a writer lock left on another host by a process that is gone
${ALLOW_PATH_HELP}

Environment:
  SEEDANCE_API_KEY (or ARK_API_KEY)  the API key (not needed with --simulate)
  SEEDANCE_ACCOUNTS                  an accounts file, as --accounts (then SEEDANCE_API_KEY is not used)
  SEEDANCE_BASE_URL                  the service to send to, instead of the manifest's base_url
  SEEDANCE_TRUSTED_HOSTS             hosts or origins, comma-separated, a manifest's base_url may name
                                     (also one a line in ~/.config/seedance/trusted-hosts)
  SEEDANCE_PRICING                   a price table (volcengine, byteplus or a YAML/JSON file),
                                     instead of the manifest's pricing:

The key goes only to hosts you chose: the official ones (api.wisgate.ai, ark.cn-beijing.volces.com,
ark.ap-southeast.bytepluses.com), --base-url, SEEDANCE_BASE_URL, or a trusted host; a host only the
manifest names is refused before anything is sent, and plain http only goes to this computer.

Exit codes: 0 all done, 1 a shot or the film failed (or the budget stopped the run), 2 usage or
manifest error, the estimate is over --max-cost, or no ffmpeg that runs (nothing sent in each
case), 130 interrupted.

Examples:
  seedance run manifests/examples/kitten-morning.yaml --simulate
  seedance run storyboard.yaml --only window --force
  seedance run storyboard.yaml --max-cost 20
  seedance run storyboard.yaml --json > events.ndjson`,
  options: {
    simulate: { type: 'boolean' },
    'base-url': { type: 'string' },
    concurrency: { type: 'string' },
    accounts: { type: 'string' },
    'queue-ahead': { type: 'string' },
    only: { type: 'string' },
    force: { type: 'boolean' },
    'fail-fast': { type: 'boolean' },
    'max-cost': { type: 'string' },
    'no-concat': { type: 'boolean' },
    reporter: { type: 'string' },
    json: { type: 'boolean' },
    'poll-interval': { type: 'string' },
    ...WRITER_OPTIONS,
    ...ALLOW_PATH_OPTION,
  },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    if (positionals.length > 1) throw new SeedanceError('usage', `seedance run takes one manifest; got ${positionals.length}.`, { hint: 'Run each manifest on its own.' });
    const reporterName = pickReporter(reporterOption(values), io);
    const concurrency = optionalInt(values.concurrency, '--concurrency', 1, 100);
    const pollInterval = optionalInt(values['poll-interval'], '--poll-interval', 10, 600_000);
    const queueAhead = optionalInt(values['queue-ahead'], '--queue-ahead', 0, 100);
    const maxCost = optionalAmount(values['max-cost'], '--max-cost');
    const manifest = await loadForCommand(positionals[0], io, 'run', { allowPaths: allowPathsOf(values, io) });
    const accountsFile = typeof values.accounts === 'string' ? values.accounts : io.env.SEEDANCE_ACCOUNTS?.trim() || undefined;
    const reporter = createReporter(reporterName, io);
    let stage: 'shots' | 'film' = 'shots';
    const interrupts = handleInterrupts((line) => reporter.say(line), { stage: () => stage });
    let summary: RunSummary;
    try {
      summary = await runStoryboard(manifest, {
        simulate: values.simulate === true,
        env: io.env,
        ...(typeof values['base-url'] === 'string' ? { baseUrl: values['base-url'] } : {}),
        // The accounts file (--accounts, else SEEDANCE_ACCOUNTS), relative to the command's folder.
        ...(accountsFile ? { accounts: resolve(io.cwd, accountsFile) } : {}),
        onEvent: (event) => {
          if (event.type === 'assembly-started') stage = 'film';
          reporter.sink(event.type === 'run-finished' ? { ...event, exitCode: exitCodeFor(event.result) } : event);
        },
        ...(concurrency !== undefined ? { concurrency } : {}),
        ...(queueAhead !== undefined ? { queueAhead } : {}),
        ...(typeof values.only === 'string' ? { only: values.only.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
        force: values.force === true,
        failFast: values['fail-fast'] === true,
        ...(maxCost !== undefined ? { maxCost } : {}),
        skipConcat: values['no-concat'] === true,
        stopSignal: interrupts.stop,
        signal: interrupts.abort,
        ...(pollInterval !== undefined ? { poll: { intervalMs: pollInterval } } : {}),
        wait: values.wait === true,
        forceUnlock: values['force-unlock'] === true,
        onWait: (holder) => reporter.say(waitingFor(holder)),
      });
    } finally {
      interrupts.dispose();
      reporter.close();
    }
    const signal = interrupts.received();
    if (signal && summary.result === 'interrupted' && isOpen(io.stderr)) io.stderr.write(stoppedLine(signal, lockPathFor(manifest.file)) + '\n');
    return exitCodeOfRun(reporter.summary(), summary.result, io);
  },
};

/**
 * The exit code comes from the summary as printed, never from the run's result alone: a run whose
 * summary (run-finished) was not printed cannot end with 0, whatever it returned.
 */
function exitCodeOfRun(summary: ReturnType<Reporter['summary']>, result: RunResult, io: CliIO): number {
  if (summary?.printed) return exitCodeFor(summary.event.result);
  if (!summary) {
    const { text } = formatError(
      new SeedanceError('internal', `The run ended without its summary (no run-finished event came), so it does not count as done (it returned \`${result}\`).`, {
        hint: 'This is a bug in seedance; please report it. The lock holds what was made: `seedance status <manifest>` shows it.',
      }),
    );
    if (isOpen(io.stderr)) io.stderr.write(text + '\n');
    return EXIT.internal;
  }
  // Nowhere to print it (stdout and stderr both closed): the result cannot be shown, so it is not a success.
  const code = exitCodeFor(summary.event.result);
  return code === EXIT.ok ? EXIT.failed : code;
}

function optionalAmount(value: unknown, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || value.trim() === '' || !Number.isFinite(n) || n <= 0) {
    throw new SeedanceError('usage', `${flag} must be an amount above 0 in the price table's currency, such as 20 or 7.5; got \`${String(value)}\`.`, { hint: 'Run `seedance run --help` for the options.' });
  }
  return n;
}

function optionalInt(value: unknown, flag: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new SeedanceError('usage', `${flag} must be a whole number from ${min} to ${max}; got \`${String(value)}\`.`, { hint: `Run \`seedance run --help\` for the options.` });
  }
  return n;
}
