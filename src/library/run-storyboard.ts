// `runStoryboard`: what `seedance run` does, as a function. Loads and checks the manifest, takes
// the manifest's writer lock, starts the embedded simulator when asked, makes every shot that
// needs making, joins the film, writes report.html, and resolves to the run's summary. Events
// arrive typed through `onEvent`; nothing is printed.
import { createClient, redactUrl, type ApiNotice, type SeedanceClient } from '../api/index.js';
import { baseUrlFor, chooseService } from '../api/endpoint.js';
import type { Clock } from '../core/clock.js';
import { SeedanceError, isSeedanceError } from '../core/errors.js';
import { failedBeforeSending } from '../core/fs-errors.js';
import { makeEmitter, type RunEvent, type TimedEvent } from '../core/events.js';
import { plural } from '../core/format.js';
import { formatDiagnostics, loadManifest } from '../manifest/index.js';
import type { ResolvedManifest } from '../manifest/types.js';
import { locateTools } from '../media/index.js';
import { RunThumbnails } from '../report/html/run-thumbnails.js';
import { writeReportWith } from '../report/html/write-report.js';
import { runShots, type RunSummary } from '../run/runner.js';
import type { PollerOptions } from '../run/poller.js';
import type { RunAccount } from '../run/account-pool.js';
import { accountsFileFrom, readAccountsFile, resolveAccounts } from '../run/accounts.js';
import { startSimulator, type Simulator } from '../simulator/index.js';
import { acquireWriterLock, type WriterInfo } from '../state/writer-lock.js';
import { checkOwner, claimOutput } from '../state/output-owner.js';
import { requireFilmWritable } from '../state/film-guard.js';
import { lockPathFor } from '../state/lock.js';
import { openStore, storeLocationFor } from '../state/open-store.js';
import { join } from 'node:path';

export interface RunStoryboardOptions {
  /** Run against the embedded simulator (no account or key needed). */
  simulate?: boolean;
  /** Abort to stop: no new task is submitted and the run leaves at once; the lock stays valid. */
  signal?: AbortSignal;
  /** Abort to stop gently: no new task is submitted, tasks in flight finish and download. */
  stopSignal?: AbortSignal;
  /** Every event of the run, in order, with its time. */
  onEvent?: (event: TimedEvent) => void;
  /** Most tasks at the service at once (default: the manifest's). */
  concurrency?: number;
  /**
   * Without an accounts file: tasks submitted beyond `concurrency`, waiting queued at the service
   * so it starts the next one the moment one finishes (default 0). An accounts file sets its own
   * (`queue_ahead`, default 2).
   */
  queueAhead?: number;
  /** Just these shots (and upstream shots not made). */
  only?: readonly string[];
  /** Make the selected shots again even if fresh. */
  force?: boolean;
  failFast?: boolean;
  /** The most the run may spend, in the price table's currency (default: the manifest's budget: max). */
  maxCost?: number;
  /** Do not join the film. */
  skipConcat?: boolean;
  /** Write `<output>/report.html` at the end (default true). */
  report?: boolean;
  /** Default: SEEDANCE_API_KEY or ARK_API_KEY of `env`. */
  apiKey?: string;
  /** Default: SEEDANCE_BASE_URL of `env`, else the manifest's base_url (sent to only when official or trusted: SEEDANCE_TRUSTED_HOSTS, ~/.config/seedance/trusted-hosts). */
  baseUrl?: string;
  /** Default: process.env. */
  env?: NodeJS.ProcessEnv;
  /** A client of your own (it is not closed); `simulate`, `apiKey` and `baseUrl` are then ignored. */
  client?: SeedanceClient;
  poll?: PollerOptions;
  /** Most downloads at once (their checks wait apart, as many at once as there are cores); default 8 x the cores, at most the concurrency. */
  downloadConcurrency?: number;
  /** Wait for another process working on the same manifest instead of refusing at once. */
  wait?: boolean;
  /** Take over a writer lock left on another host by a process that is gone. */
  forceUnlock?: boolean;
  /** Called once when `wait` is set and another process holds the manifest. */
  onWait?: (holder: WriterInfo) => void;
  clock?: Clock;
  /**
   * The clip store: a folder, or `s3://bucket/prefix` for an S3-compatible bucket (credentials and
   * region from the AWS SDK's chain, AWS_ENDPOINT_URL_S3 for a service of one's own). Default:
   * SEEDANCE_STORE of `env`, else the manifest's `store:` (always a folder), else
   * `.seedance/store/` beside the manifest; false runs without one.
   */
  store?: string | false;
  /**
   * The accounts file (default: SEEDANCE_ACCOUNTS of `env`): several accounts, each key read from
   * the environment variable its key_env names; whole chains go to one account, the lock names it.
   * Ignored with `client`; with `simulate`, every account goes to the embedded simulator.
   */
  accounts?: string;
  /** Folders besides the project that media files and the output folder may be in (`--allow-path`), when `manifest` is a path. */
  allowPaths?: readonly string[];
}

/** Run a storyboard: a manifest file, or a manifest already loaded with `loadManifest`. */
export async function runStoryboard(manifest: string | ResolvedManifest, options: RunStoryboardOptions = {}): Promise<RunSummary> {
  const env = options.env ?? process.env;
  const resolved = typeof manifest === 'string' ? await loadValid(manifest, options.allowPaths, env) : manifest;
  // The key is checked and the host must be one the user chose or trusts, before anything is sent.
  const accountsFile = options.client ? undefined : accountsFileFrom(options.accounts, env);
  const accountConfigs = accountsFile !== undefined ? await readAccountsFile(accountsFile) : undefined;
  // Every account's key is read and its host checked before anything is sent.
  const accounts = accountConfigs && !options.simulate ? await resolveAccounts(accountConfigs, { env, manifestBaseUrl: resolved.baseUrl, flag: options.baseUrl }) : undefined;
  const service = options.client || options.simulate || accountConfigs ? undefined : await chooseService({ manifestBaseUrl: resolved.baseUrl, env, flag: options.baseUrl, apiKey: options.apiKey });
  const apiKey = service?.apiKey ?? 'simulator';
  await requireFfmpeg();
  // A bad s3:// location is refused here; a bucket is first reached when the run reads the store.
  const store = options.store !== false ? openStore(typeof options.store === 'string' ? options.store : storeLocationFor(resolved, env), env) : undefined;
  const writer = await acquireWriterLock(lockPathFor(resolved.file), {
    command: 'seedance run',
    ...(options.wait ? { wait: true } : {}),
    ...(options.forceUnlock ? { forceUnlock: true } : {}),
    ...(options.onWait ? { onWait: options.onWait } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  let simulator: Simulator | undefined;
  let client = options.client;
  const accountClients: SeedanceClient[] = [];
  try {
    // Before anything is sent or written: the output folder is this manifest's, and the film replaces no file seedance did not write.
    await checkOwner(resolved);
    if (resolved.concat && options.skipConcat !== true) await requireFilmWritable(resolved, resolved.concat.output, { beforeRun: true });
    await claimOutput(resolved).catch((error: unknown) => {
      throw failedBeforeSending(error);
    });
    if (!client && options.simulate) simulator = await startSimulator({ stateDir: join(resolved.output, '.simulator') });
    const baseUrl = simulator?.url ?? service?.baseUrl ?? accounts?.[0]?.serviceUrl ?? options.baseUrl ?? baseUrlFor(resolved.baseUrl, env);
    // The report's thumbnails are made as clips are saved, so the report at the end is quick.
    const thumbnails = options.report !== false ? new RunThumbnails(resolved, options.signal) : undefined;
    const emit = makeEmitter([...(options.onEvent ? [options.onEvent] : []), ...(thumbnails ? [thumbnails.onEvent] : [])]);
    // One client per account: each sends its own key to its own host (the simulator: a key per account name).
    const runAccounts: RunAccount[] | undefined = accountConfigs?.map((account) => {
      const own = accounts?.find((a) => a.name === account.name);
      const accountClient = createClient({ format: resolved.api, baseUrl: own?.serviceUrl ?? baseUrl, apiKey: own?.apiKey ?? `simulator-${account.name}`, onNotice: (notice) => noticeEvent(notice, emit) });
      accountClients.push(accountClient);
      return { name: account.name, client: accountClient, limits: account.limits, queueAhead: account.queueAhead, queued: account.queued, keyEnv: account.keyEnv, ...(account.models ? { models: account.models } : {}) };
    });
    client ??= runAccounts?.[0]?.client ?? createClient({ format: resolved.api, baseUrl, apiKey, onNotice: (notice) => noticeEvent(notice, emit) });
    emit({ type: 'run-started', manifest: resolved.file, api: resolved.api, baseUrl: redactUrl(baseUrl), simulated: simulator !== undefined, concurrency: options.concurrency ?? resolved.concurrency });
    let reported = false;
    const report = async (): Promise<void> => {
      reported = true;
      // No more background thumbnails: the report makes the rest at once (and waits for one being made).
      const stopping = thumbnails?.stop();
      if (thumbnails) await writeRunReport(resolved, emit, thumbnails, options.signal);
      await stopping;
    };
    try {
      return await runShots(resolved, {
        client,
        ...(runAccounts ? { accounts: runAccounts } : {}),
        emit,
        ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
        ...(options.queueAhead !== undefined ? { queueAhead: options.queueAhead } : {}),
        ...(options.only ? { only: options.only } : {}),
        force: options.force === true,
        failFast: options.failFast === true,
        ...(options.maxCost !== undefined ? { maxCost: options.maxCost } : {}),
        skipConcat: options.skipConcat === true,
        ...(options.stopSignal ? { stopSignal: options.stopSignal } : {}),
        ...(options.signal ? { abortSignal: options.signal } : {}),
        ...(options.poll ? { poll: options.poll } : {}),
        ...(options.downloadConcurrency !== undefined ? { downloadConcurrency: options.downloadConcurrency } : {}),
        ...(options.clock ? { clock: options.clock } : {}),
        ...(store ? { store } : {}),
        beforeFinish: report,
      });
    } catch (error) {
      // A run that broke off (a full disk, say) still gets its report; one that never started
      // (a usage or lock error) has nothing new to show.
      if (!reported && !isSeedanceError(error, 'usage') && !isSeedanceError(error, 'lock.invalid') && !isSeedanceError(error, 'budget.exceeded')) await report();
      throw error;
    } finally {
      await thumbnails?.stop();
    }
  } finally {
    for (const accountClient of accountClients) if (accountClient !== client) await accountClient.close();
    if (client !== options.client) await client?.close();
    await simulator?.close();
    await store?.close();
    await writer.release();
  }
}

async function loadValid(file: string, allowPaths: readonly string[] | undefined, env: NodeJS.ProcessEnv): Promise<ResolvedManifest> {
  const result = await loadManifest(file, { env, ...(allowPaths ? { allowPaths } : {}) });
  if (result.manifest) return result.manifest;
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  throw new SeedanceError('manifest.invalid', `${file} has ${plural(errors, 'error')}; nothing was sent:\n${formatDiagnostics(result.diagnostics, result.source, { color: false })}`, {
    hint: 'Fix the problems listed (`seedance validate` checks again without running anything).',
  });
}

/** ffmpeg checks every download and joins the film: without it a run would pay for clips it cannot use. */
async function requireFfmpeg(): Promise<void> {
  try {
    await locateTools();
  } catch (error) {
    if (!isSeedanceError(error, 'ffmpeg.missing')) throw error;
    throw new SeedanceError('ffmpeg.missing', `${error.message} Nothing was sent: seedance needs ffmpeg and ffprobe to check every downloaded clip and to join the film.`, error.hint ? { hint: error.hint } : {});
  }
}

function noticeEvent(notice: ApiNotice, emit: (event: RunEvent) => void): void {
  if (notice.type === 'retry') emit({ type: 'retrying', operation: notice.operation, attempt: notice.attempt, delayMs: notice.delayMs, reason: notice.reason });
  else if (notice.type === 'duplicate-risk') emit({ type: 'warning', code: 'duplicate-risk', message: notice.reason });
  else if (notice.type === 'create-unknown') emit({ type: 'warning', code: 'create-unknown', message: `A create's answer was lost (${notice.reason}); checking what the service made before sending again.` });
}

/** The report after every run, a failed one too; a report that cannot be written is a warning. */
async function writeRunReport(manifest: ResolvedManifest, emit: (event: RunEvent) => void, thumbnails: RunThumbnails, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return;
  try {
    emit({ type: 'report-written', file: await writeReportWith(manifest, thumbnails.thumbs) });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    const name = manifest.file.split(/[\\/]/).pop() ?? manifest.file;
    emit({ type: 'warning', code: 'report.failed', message: `The HTML report could not be written: ${why} The clips and the lock are fine; \`seedance report ${name}\` tries again.` });
  }
}
