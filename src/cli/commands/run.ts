// `seedance run <manifest>`: make every shot that needs making, then the film.
import { basename, join } from 'node:path';
import { createClient } from '../../api/index.js';
import { SeedanceError, isSeedanceError } from '../../core/errors.js';
import type { ResolvedManifest } from '../../manifest/types.js';
import { locateTools } from '../../media/index.js';
import { makeEmitter, type RunEvent } from '../../core/events.js';
import { writeReport } from '../../report/html/write-report.js';
import { runStoryboard } from '../../run/runner.js';
import { startSimulator, type Simulator } from '../../simulator/index.js';
import type { Command } from '../command.js';
import { handleInterrupts } from '../interrupts.js';
import { baseUrlFor, loadForCommand, requireKey } from '../load.js';
import { createReporter, pickReporter } from '../reporters.js';

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
  },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    if (positionals.length > 1) throw new SeedanceError('usage', `seedance run takes one manifest; got ${positionals.length}.`, { hint: 'Run each manifest on its own.' });
    const reporterName = pickReporter(values.reporter, io);
    const concurrency = optionalInt(values.concurrency, '--concurrency', 1, 100);
    const pollInterval = optionalInt(values['poll-interval'], '--poll-interval', 10, 600_000);
    const manifest = await loadForCommand(positionals[0], io, 'run');
    const simulate = values.simulate === true;
    const apiKey = simulate ? 'simulator' : requireKey(io.env);
    await requireFfmpeg();
    let simulator: Simulator | undefined;
    if (simulate) simulator = await startSimulator({ stateDir: join(manifest.output, '.simulator') });
    const baseUrl = simulator?.url ?? baseUrlFor(manifest, io.env);
    const reporter = createReporter(reporterName, io);
    const emit = makeEmitter([reporter.sink]);
    const client = createClient({
      format: manifest.api,
      baseUrl,
      apiKey,
      onNotice: (notice) => {
        if (notice.type === 'retry') emit({ type: 'retrying', operation: notice.operation, attempt: notice.attempt, delayMs: notice.delayMs, reason: notice.reason });
        else if (notice.type === 'duplicate-risk') emit({ type: 'warning', code: 'duplicate-risk', message: notice.reason });
        else if (notice.type === 'create-unknown') emit({ type: 'warning', code: 'create-unknown', message: `A create's answer was lost (${notice.reason}); checking what the service made before sending again.` });
      },
    });
    const interrupts = handleInterrupts((line) => reporter.say(line));
    let reported = false;
    // The report after every run, a failed one too; not when the user asked to leave at once.
    const report = async (): Promise<void> => {
      reported = true;
      if (!interrupts.abort.aborted) await writeRunReport(manifest, emit, interrupts.abort);
    };
    try {
      emit({ type: 'run-started', manifest: manifest.file, api: manifest.api, baseUrl, simulated: simulate, concurrency: concurrency ?? manifest.concurrency });
      const summary = await runStoryboard(manifest, {
        client,
        emit,
        ...(concurrency !== undefined ? { concurrency } : {}),
        ...(typeof values.only === 'string' ? { only: values.only.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
        force: values.force === true,
        failFast: values['fail-fast'] === true,
        skipConcat: values['no-concat'] === true,
        stopSignal: interrupts.stop,
        abortSignal: interrupts.abort,
        ...(pollInterval !== undefined ? { poll: { intervalMs: pollInterval } } : {}),
        beforeFinish: report,
      });
      return summary.exitCode;
    } catch (error) {
      // A run that broke off (a full disk, say) still gets its report; one that never started
      // (a usage or lock error) has nothing new to show.
      if (!reported && !isSeedanceError(error, 'usage') && !isSeedanceError(error, 'lock.invalid')) await report();
      throw error;
    } finally {
      interrupts.dispose();
      reporter.close();
      await client.close();
      await simulator?.close();
    }
  },
};

/** ffmpeg checks every download and joins the film: without it a run would pay for clips it cannot use. */
async function requireFfmpeg(): Promise<void> {
  try {
    await locateTools();
  } catch (error) {
    if (!isSeedanceError(error, 'ffmpeg.missing')) throw error;
    throw new SeedanceError('ffmpeg.missing', `${error.message} Nothing was sent: seedance needs ffmpeg and ffprobe to check every downloaded clip and to join the film.`, error.hint ? { hint: error.hint } : {});
  }
}

async function writeRunReport(manifest: ResolvedManifest, emit: (event: RunEvent) => void, signal: AbortSignal): Promise<void> {
  try {
    emit({ type: 'report-written', file: await writeReport(manifest, { signal }) });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    emit({ type: 'warning', code: 'report.failed', message: `The HTML report could not be written: ${why} The clips and the lock are fine; \`seedance report ${basename(manifest.file)}\` tries again.` });
  }
}

function optionalInt(value: unknown, flag: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new SeedanceError('usage', `${flag} must be a whole number from ${min} to ${max}; got \`${String(value)}\`.`, { hint: `Run \`seedance run --help\` for the options.` });
  }
  return n;
}
