// `seedance run`: every shot as a job in a DAG, a concurrency pool held only while a task is at
// the service, one poller for all tasks, downloads as soon as a task succeeds, the lock written
// after every change, and the film assembled at the end.
import { setMaxListeners } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';
import { SeedanceError } from '../core/errors.js';
import type { SeedanceClient } from '../api/index.js';
import type { ResolvedManifest } from '../manifest/types.js';
import { dagOrder } from '../plan/index.js';
import type { RunEvent } from '../core/events.js';
import { LockStore } from '../state/lock-store.js';
import { lockPathFor, readLock } from '../state/lock.js';
import { removeStaleTemps } from '../core/atomic-write.js';
import { assembleFilm } from './assemble-stage.js';
import type { RunContext, ShotOutcome } from './context.js';
import { selectShots } from './decide.js';
import { FileHashes } from './fingerprint.js';
import { InputResolver, type LiveTask } from './inputs.js';
import { planRun } from './plan-run.js';
import { Poller, type PollerOptions } from './poller.js';
import { runShot } from './shot-job.js';
import { Slots, chainHeights } from './slots.js';
import { asSeedanceError } from '../core/fs-errors.js';
import { changedSince, stampFile } from './manifest-stamp.js';

export interface RunOptions {
  client: SeedanceClient;
  emit: (event: RunEvent) => void;
  concurrency?: number;
  only?: readonly string[];
  force?: boolean;
  failFast?: boolean;
  /** Abort to stop submitting (first Ctrl-C). */
  stopSignal?: AbortSignal;
  /** Abort to leave at once (second Ctrl-C). */
  abortSignal?: AbortSignal;
  poll?: PollerOptions;
  downloadConcurrency?: number;
  /** Skip the concat stage (e.g. `--no-concat`). */
  skipConcat?: boolean;
  lockPath?: string;
  /** Called after the film and before `run-finished`, the lock saved (the CLI writes report.html here). */
  beforeFinish?: () => Promise<void>;
}

export interface RunSummary {
  made: number;
  reused: number;
  failed: number;
  skipped: number;
  stopped: number;
  notSelected: number;
  tokens: number;
  wallMs: number;
  exitCode: number;
  outcomes: Record<string, ShotOutcome['kind']>;
}

export async function runStoryboard(manifest: ResolvedManifest, options: RunOptions): Promise<RunSummary> {
  const started = Date.now();
  const manifestStamp = await stampFile(manifest.file);
  const lockPath = options.lockPath ?? lockPathFor(manifest.file);
  await removeStaleTemps(lockPath);
  const lockData = await readLock(lockPath, manifest.file);
  const lock = new LockStore(lockPath, lockData, Object.keys(lockData.shots).length > 0 || lockData.concat !== undefined);
  const selected = selectShots(manifest, options.only, (id) => lock.shot(id));
  await mkdir(manifest.output, { recursive: true }).catch((error: unknown) => {
    throw asSeedanceError(error);
  });

  const stop = linkedController(options.stopSignal);
  const abort = linkedController(options.abortSignal);
  // Every request and wait of every shot listens to these: many listeners are expected, not a leak.
  setMaxListeners(0, stop.signal, abort.signal);
  abort.signal.addEventListener('abort', () => stop.abort(), { once: true });
  const taskShots = new Map<string, string>();
  const poller = new Poller(options.client, {
    ...options.poll,
    onUpdate: (taskId, info) => {
      const shot = taskShots.get(taskId);
      if (shot && (info.status === 'queued' || info.status === 'running')) {
        options.emit({ type: 'shot-progress', shot, taskId, status: info.status, progress: info.progress ?? 0 });
      }
    },
    onError: (error, failures) => options.emit({ type: 'warning', code: 'poll-failed', message: `Asking the service about tasks failed (${failures} in a row): ${error.message}` }),
  });
  abort.signal.addEventListener('abort', () => poller.stop(new SeedanceError('interrupted', 'The run was interrupted.')), { once: true });

  const halt = (reason: string): void => {
    if (stop.signal.aborted) return;
    options.emit({ type: 'stopping', reason });
    stop.abort();
  };
  const live = new Map<string, LiveTask>();
  const outcomes = new Map<string, Promise<ShotOutcome>>();
  const concurrency = options.concurrency ?? manifest.concurrency;
  const slots = new Slots(concurrency);
  const heights = chainHeights(manifest.shots);
  const ctx: RunContext = {
    manifest,
    client: options.client,
    lock,
    poller,
    inputs: new InputResolver(manifest, options.client, lock, live),
    files: new FileHashes(),
    checked: new Map(),
    live,
    selected,
    forced: options.force ? selected : new Set(),
    emit: options.emit,
    slot: (shotId, work) => slots.run(heights.get(shotId) ?? 1, work),
    // Downloads end in ffprobe checks: more at once than the cores can run only starves the event loop.
    downloads: pLimit(options.downloadConcurrency ?? Math.max(2, Math.min(concurrency, 2 * availableParallelism()))),
    outcome: (id) => outcomes.get(id) ?? Promise.resolve({ kind: 'skipped', available: false }),
    claimed: () => new Set(Object.values(lock.data.shots).flatMap((s) => (s.taskId ? [s.taskId] : []))),
    watch: (taskId, shotId) => taskShots.set(taskId, shotId),
    failed: () => {
      if (options.failFast) halt('a shot failed and --fail-fast is set: no new task is submitted');
    },
    halt,
    stopSubmitting: stop.signal,
    abort: abort.signal,
    tokens: 0,
  };
  options.client.claim(ctx.claimed());

  const order = dagOrder(manifest.shots);
  const results = new Map<string, ShotOutcome['kind']>();
  try {
    options.emit(await planRun(ctx, order));
    for (const shot of order) outcomes.set(shot.id, runShot(ctx, shot));
    for (const shot of order) results.set(shot.id, (await (outcomes.get(shot.id) as Promise<ShotOutcome>)).kind);
  } finally {
    poller.stop(new SeedanceError('interrupted', 'The run ended.'));
    await lock.flush().catch(() => undefined);
  }

  const count = (kind: ShotOutcome['kind']): number => [...results.values()].filter((k) => k === kind).length;
  let assemblyFailed = false;
  if (manifest.concat && !options.skipConcat && !abort.signal.aborted) {
    assemblyFailed = !(await assembleFilm(ctx, manifest.concat, results));
  }
  await lock.flush();
  const failed = count('failed');
  const stopped = count('stopped');
  const skipped = count('skipped');
  if (await changedSince(manifest.file, manifestStamp)) {
    options.emit({ type: 'warning', code: 'manifest.changed', message: 'The manifest changed during the run; this run made the shots as they were when it started. Run again to apply the changes.' });
  }
  await options.beforeFinish?.();
  // 130 only when the user interrupted; shots left unsubmitted by --fail-fast or a refused key are failures.
  const interrupted = options.stopSignal?.aborted === true || options.abortSignal?.aborted === true;
  const exitCode = interrupted ? 130 : failed + skipped + stopped > 0 || assemblyFailed ? 1 : 0;
  const summary: RunSummary = {
    made: count('made'),
    reused: count('reused'),
    failed,
    skipped,
    stopped,
    notSelected: count('not-selected'),
    tokens: ctx.tokens,
    wallMs: Date.now() - started,
    exitCode,
    outcomes: Object.fromEntries(results),
  };
  options.emit({ type: 'run-finished', made: summary.made, reused: summary.reused, failed, skipped: skipped + stopped, notSelected: summary.notSelected, tokens: summary.tokens, wallMs: summary.wallMs, exitCode });
  return summary;
}

function linkedController(parent: AbortSignal | undefined): AbortController {
  const controller = new AbortController();
  if (parent?.aborted) controller.abort();
  else parent?.addEventListener('abort', () => controller.abort(), { once: true });
  return controller;
}
