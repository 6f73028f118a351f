// A run of a resolved manifest: the planner decides every shot before anything is sent, then each
// shot is a job (a state machine) in a DAG, a concurrency pool held only while a task is at the
// service, one poller for all tasks, downloads as soon as a task succeeds, the lock written after
// every change, and the film assembled at the end. The caller holds the manifest's writer lock.
import { setMaxListeners } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';
import type { SeedanceClient } from '../api/index.js';
import { systemClock, type Clock } from '../core/clock.js';
import { SeedanceError } from '../core/errors.js';
import type { PlannedShot, RunEvent } from '../core/events.js';
import { asSeedanceError } from '../core/fs-errors.js';
import type { ResolvedManifest } from '../manifest/types.js';
import { planShots, type ShotPlan } from '../plan/planner.js';
import { removeStaleTemps } from '../core/atomic-write.js';
import { gatherFacts, FileHashes } from '../state/facts.js';
import { HashCache } from '../state/hash-cache.js';
import { projectClaims } from '../state/project-locks.js';
import { LockStore } from '../state/lock-store.js';
import { lockPathFor, readLock } from '../state/lock.js';
import { assembleFilm } from './assemble-stage.js';
import type { RunContext, ShotOutcome } from './context.js';
import { InputResolver, type LiveTask } from './inputs.js';
import { changedSince, stampFile } from './manifest-stamp.js';
import { Poller, type PollerOptions } from './poller.js';
import { checkOutputFolder } from './preflight.js';
import type { ClipStore } from '../state/store.js';
import { runShot } from './shot-job.js';
import { Spend, budgetOf } from './spend.js';
import { money, sumMoney, type Money } from '../core/money.js';
import { chainHeights, criticalPathPriorities } from './slots.js';
import { AccountPool, type PooledAccount, type RunAccount } from './account-pool.js';
import { isAccountRefusal, refusalOf } from './account-refusal.js';
import { Withdrawals } from './withdraw.js';

export interface RunOptions {
  /** The one account's client (a run without an accounts file); with `accounts`, ignored but for `claim`. */
  client: SeedanceClient;
  /**
   * Several accounts (the accounts file, issue 17), each with its own client, running limit and
   * creates a minute: whole chains go to one account, and the lock names it. `concurrency`, when
   * given, caps the tasks at once over all of them; the manifest's concurrency does not apply.
   */
  accounts?: readonly RunAccount[];
  emit: (event: RunEvent) => void;
  concurrency?: number;
  /**
   * Without `accounts`: tasks submitted beyond `concurrency`, queued at the service so it starts
   * the next the moment one finishes (default 0: `concurrency` is then your own cap). With
   * accounts, each account's own `queueAhead` applies.
   */
  queueAhead?: number;
  only?: readonly string[];
  force?: boolean;
  failFast?: boolean;
  /** Abort to stop submitting (first Ctrl-C). */
  stopSignal?: AbortSignal;
  /** Abort to leave at once (second Ctrl-C). */
  abortSignal?: AbortSignal;
  poll?: PollerOptions;
  downloadConcurrency?: number;
  /** The most the run may spend, in the price table's currency (default: the manifest's budget: max). */
  maxCost?: number;
  /** Skip the concat stage (e.g. `--no-concat`). */
  skipConcat?: boolean;
  lockPath?: string;
  /** The clip store: every clip made is kept in it, and shots made before are restored from it. */
  store?: ClipStore;
  /** Called after the film and before `run-finished`, the lock saved (the CLI writes report.html here). */
  beforeFinish?: () => Promise<void>;
  clock?: Clock;
}

/** How a run ended: every shot done, some shot (or the film) failed, or the user interrupted it. */
export type RunResult = 'done' | 'failed' | 'interrupted';

export interface RunSummary {
  result: RunResult;
  made: number;
  reused: number;
  /** Shots taken from the clip store: nothing sent. */
  restored: number;
  failed: number;
  skipped: number;
  stopped: number;
  notSelected: number;
  tokens: number;
  /** With a price table: what this run's succeeded tasks cost. */
  cost?: Money;
  /** Tasks this run created (a lost answer found again counts once). */
  tasksCreated: number;
  /** Creates sent again after a lost answer the format could not look up: each may be a second task, billed. */
  possibleDuplicates: number;
  possibleDuplicateTokens: number;
  wallMs: number;
  /** Per shot, what this run did with it. */
  outcomes: Record<string, ShotOutcome['kind']>;
}

export async function runShots(manifest: ResolvedManifest, options: RunOptions): Promise<RunSummary> {
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  const manifestStamp = await stampFile(manifest.file);
  const lockPath = options.lockPath ?? lockPathFor(manifest.file);
  await removeStaleTemps(lockPath);
  const lockData = await readLock(lockPath, manifest.file);
  const lock = new LockStore(lockPath, lockData, Object.keys(lockData.shots).length > 0 || lockData.concat !== undefined);
  const hashes = new FileHashes();
  const outputHashes = await HashCache.load(manifest.output);
  const facts = await gatherFacts(manifest, lock.data, hashes, outputHashes, options.store);
  const plans = planShots({ manifest, lock: lock.data, facts }, { ...(options.only ? { only: options.only } : {}), force: options.force === true });
  const spend = new Spend(manifest, lock, budgetOf(manifest, options.maxCost));
  spend.checkPlan(plans);
  // Tasks other storyboards of the project own: never adopted for a lost create of this one.
  const elsewhere = [...(await projectClaims(manifest.file)).keys()];
  await mkdir(manifest.output, { recursive: true }).catch((error: unknown) => {
    throw asSeedanceError(error);
  });
  await checkOutputFolder(manifest, plans);

  const stop = linkedController(options.stopSignal);
  const abort = linkedController(options.abortSignal);
  // Every request and wait of every shot listens to these: many listeners are expected, not a leak.
  setMaxListeners(0, stop.signal, abort.signal);
  onAbort(abort.signal, () => stop.abort());
  const taskShots = new Map<string, string>();
  const concurrency = options.concurrency ?? manifest.concurrency;
  // One poller per account: each asks with its own account's key about its own tasks.
  const pollerFor = (account: RunAccount): Poller =>
    new Poller(account.client, {
      ...options.poll,
      clock,
      onUpdate: (taskId, info) => {
        const shot = taskShots.get(taskId);
        if (shot && (info.status === 'queued' || info.status === 'running')) {
          pool.seen(shot, info.status);
          options.emit({ type: 'shot-progress', shot, taskId, status: info.status, progress: info.progress ?? 0 });
        }
      },
      onError: (error, failures) => {
        // A refused account (key revoked, balance ran out) while polling: set aside, as at create.
        if (account.name !== undefined && isAccountRefusal(error)) return void refuseAccount(account, error, 'while asking about its tasks');
        options.emit({ type: 'warning', code: 'poll-failed', message: `Asking the service${account.name !== undefined ? ` (account ${account.name})` : ''} about tasks failed (${failures} in a row): ${error.message}` });
      },
    });
  const withAccounts = options.accounts !== undefined && options.accounts.length > 0;
  const runAccounts: readonly RunAccount[] = withAccounts ? (options.accounts as readonly RunAccount[]) : [{ name: undefined, client: options.client, running: concurrency, queueAhead: options.queueAhead ?? 0 }];
  const pooled: PooledAccount[] = runAccounts.map((account) => ({ ...account, poller: pollerFor(account) }));
  const pool = new AccountPool(pooled, manifest.shots, clock, withAccounts ? (options.concurrency ?? Infinity) : Infinity);
  const poller = (pooled[0] as PooledAccount).poller;
  const stopPollers = (reason: SeedanceError): void => {
    for (const account of pooled) account.poller.stop(reason);
  };
  onAbort(abort.signal, () => stopPollers(new SeedanceError('interrupted', 'The run was interrupted.')));
  if (withAccounts) pinChains(pool, lock, options.emit);

  const halt = (reason: string): void => {
    if (stop.signal.aborted) return;
    options.emit({ type: 'stopping', reason });
    stop.abort();
  };
  // Once the run stops submitting, tasks primed beyond the running limits are cancelled while queued.
  const withdrawals = new Withdrawals(pool, options.emit, abort.signal);
  onAbort(stop.signal, () => {
    pool.stop();
    withdrawals.sweep();
  });
  /** Set a refused account aside (once), saying why and what to do; its waiting chains move on. */
  const refuseAccount = (account: RunAccount, error: SeedanceError, when: string, shotId?: string): void => {
    if (!pool.setAside(account.name)) return;
    const left = pool.usable().map((a) => a.name ?? '');
    const { reason, todo } = refusalOf(account, error);
    options.emit({
      type: 'warning',
      ...(shotId !== undefined ? { shot: shotId } : {}),
      code: 'account.refused',
      message: `The service refused account ${account.name ?? ''} ${when}: ${reason}. It is set aside for the rest of this run${left.length > 0 ? `, and its waiting shots go to ${left.join(', ')}` : ', and no account is left: no further task is submitted'}. To use it again, ${todo}, then run again.`,
    });
  };
  const live = new Map<string, LiveTask>();
  const outcomes = new Map<string, Promise<ShotOutcome>>();
  const heights = chainHeights(manifest.shots);
  const byPlan = new Map(plans.map((p) => [p.id, p]));
  // The service's queue priority: the critical path among the shots this run is to make.
  const priorities = criticalPathPriorities(manifest.shots.filter((s) => ['submit', 'resume'].includes(byPlan.get(s.id)?.action ?? '')));
  const ctx: RunContext = {
    manifest,
    client: (pooled[0] as PooledAccount).client,
    lock,
    poller,
    accountOf: (shotId) => pool.accountOf(shotId),
    createPermit: (shotId) => pool.createPermit(shotId),
    priority: (shotId) => priorities.get(shotId) ?? 0,
    withdrawn: (taskId) => withdrawals.has(taskId),
    accountRefused: async (shotId, error) => {
      const account = pool.accountOf(shotId);
      // A run of one account stops submitting, as it always did (shotFailed halts it).
      if (account.name === undefined) return false;
      refuseAccount(account, error, 'when a task was created', shotId);
      return pool.move(shotId, heights.get(shotId) ?? 1);
    },
    inputs: new InputResolver(manifest, (shotId) => pool.accountOf(shotId).client, lock, live, clock),
    facts,
    hashes: outputHashes,
    store: options.store,
    plans: byPlan,
    selected: new Set(plans.filter((p) => p.action !== 'not-selected').map((p) => p.id)),
    forced: options.force === true,
    live,
    emit: options.emit,
    clock,
    slot: (shotId) => pool.acquire(shotId, heights.get(shotId) ?? 1),
    // Bytes: downloads mostly wait on the network and the disk's fsync, and their checks wait in
    // the CPU queue, so more run at once than there are cores (at 2 x the cores, 33 clips a second
    // waited 0.7 s for a turn at the median; at 8 x, 1 ms: bench/clip-cost.mjs).
    // With accounts, their slots (not the manifest's concurrency) say how many tasks finish at once.
    downloads: pLimit(options.downloadConcurrency ?? Math.max(2, Math.min(withAccounts ? (options.concurrency ?? Infinity) : concurrency, 8 * availableParallelism()))),
    // The checks and last frames, apart from the bytes: no more at once than there are cores.
    cpu: pLimit(availableParallelism()),
    outcome: (id) => outcomes.get(id) ?? Promise.resolve({ kind: 'skipped', available: false }),
    claimed: () => new Set([...elsewhere, ...Object.values(lock.data.shots).flatMap((s) => (s.taskId ? [s.taskId] : []))]),
    watch: (taskId, shotId) => {
      taskShots.set(taskId, shotId);
      pool.created(shotId, taskId);
      // A create answered after the run stopped may have primed one more: cancel it too.
      if (stop.signal.aborted) withdrawals.sweep();
    },
    shotFailed: (error) => {
      if (options.failFast) halt('a shot failed and --fail-fast is set: no new task is submitted');
      // A refused key or account refuses every shot alike; with an accounts file, once none is left.
      if (isAccountRefusal(error) && pool.usable().length <= (withAccounts ? 0 : 1)) {
        halt(`the service refused the ${error.status === 401 ? 'API key' : 'account'} (HTTP ${error.status}): no further task is submitted`);
      }
    },
    budgetReached: (why) => halt(`the budget is reached: ${why}; no further task is submitted (raise --max-cost or budget: max to make the rest)`),
    stopSubmitting: stop.signal,
    abort: abort.signal,
    spend,
    billing: { tasksCreated: 0, possibleDuplicates: 0, possibleDuplicateTokens: 0 },
  };
  for (const account of pooled) account.client.claim(ctx.claimed());

  const shotsById = new Map(manifest.shots.map((s) => [s.id, s]));
  const order = plans.flatMap((p) => shotsById.get(p.id) ?? []);
  const results = new Map<string, ShotOutcome['kind']>();
  try {
    options.emit({ type: 'plan-ready', shots: plans.map(announced), estimatedTokens: plans.reduce((sum, p) => sum + p.estimatedTokens, 0), ...planCost(manifest, plans, spend.max) });
    for (const shot of order) outcomes.set(shot.id, runShot(ctx, shot));
    for (const shot of order) results.set(shot.id, (await (outcomes.get(shot.id) as Promise<ShotOutcome>)).kind);
  } finally {
    stopPollers(new SeedanceError('interrupted', 'The run ended.'));
    await lock.flush().catch(() => undefined);
    await outputHashes.save().catch(() => undefined);
  }

  const count = (kind: ShotOutcome['kind']): number => [...results.values()].filter((k) => k === kind).length;
  let assemblyFailed = false;
  if (manifest.concat && !options.skipConcat && !abort.signal.aborted) {
    assemblyFailed = !(await assembleFilm({ manifest, lock, files: hashes, emit: options.emit, abort: abort.signal }, manifest.concat, results));
  }
  await lock.flush();
  const failed = count('failed');
  const stopped = count('stopped');
  const skipped = count('skipped');
  if (await changedSince(manifest.file, manifestStamp)) {
    options.emit({ type: 'warning', code: 'manifest.changed', message: 'The manifest changed during the run; this run made the shots as they were when it started. Run again to apply the changes.' });
  }
  await options.beforeFinish?.();
  // Interrupted only when the user asked; shots left unsubmitted by --fail-fast or a refused key are failures.
  const interrupted = options.stopSignal?.aborted === true || options.abortSignal?.aborted === true;
  const result: RunResult = interrupted ? 'interrupted' : failed + skipped + stopped > 0 || assemblyFailed ? 'failed' : 'done';
  const summary: RunSummary = {
    result,
    made: count('made'),
    reused: count('reused'),
    restored: count('restored'),
    failed,
    skipped,
    stopped,
    notSelected: count('not-selected'),
    tokens: spend.tokens,
    ...(spend.cost ? { cost: spend.cost } : {}),
    ...ctx.billing,
    wallMs: clock.now() - started,
    outcomes: Object.fromEntries(results),
  };
  options.emit({ type: 'run-finished', result, made: summary.made, reused: summary.reused, restored: summary.restored, failed, skipped: skipped + stopped, ...(stopped > 0 ? { stopped } : {}), notSelected: summary.notSelected, tokens: summary.tokens, ...(summary.cost ? { cost: summary.cost } : {}), ...ctx.billing, wallMs: summary.wallMs });
  return summary;
}

/**
 * Chains the lock records on an account stay on it: their tasks are asked about with its key.
 * A record without an account whose task may be at the service (a run before the accounts file)
 * is looked for on the first account; a record naming an account the file no longer has is said.
 */
function pinChains(pool: AccountPool, lock: LockStore, emit: (event: RunEvent) => void): void {
  const first = pool.accounts[0]?.name;
  for (const [id, record] of Object.entries(lock.data.shots)) {
    const inFlight = record.status === 'submitting' || record.status === 'created';
    if (record.account !== undefined) {
      if (!pool.pin(id, record.account) && inFlight) {
        emit({ type: 'warning', shot: id, code: 'account.unknown', message: `The lock records shot ${id}'s task on account ${record.account}, which the accounts file does not have; it is asked about with account ${pool.accountOf(id).name ?? first ?? ''}'s key, and made anew if that account does not know it.` });
      }
    } else if (inFlight && first !== undefined) {
      pool.pin(id, first);
    }
  }
}

/** With a price table: the plan's estimate (the priced shots) and the budget, for plan-ready. */
function planCost(manifest: ResolvedManifest, plans: readonly ShotPlan[], max: number | undefined): { estimatedCost?: Money; budget?: Money } {
  if (!manifest.pricing) return {};
  const currency = manifest.pricing.currency;
  return { estimatedCost: sumMoney(plans.map((p) => p.estimatedCost), currency), ...(max !== undefined ? { budget: money(max, currency) } : {}) };
}

/** A plan as the plan-ready event carries it (the fingerprint and the runner's notes stay inside). */
function announced(plan: ShotPlan): PlannedShot {
  const { fingerprint: _f, waitsFor: _w, blockedBy: _b, staleTask: _s, lostCreateSince: _l, ...shown } = plan;
  return shown;
}

function linkedController(parent: AbortSignal | undefined): AbortController {
  const controller = new AbortController();
  if (parent) onAbort(parent, () => controller.abort());
  return controller;
}

/** Run `fn` when the signal aborts, or now if it has already (a caller may pass an aborted one). */
function onAbort(signal: AbortSignal, fn: () => void): void {
  if (signal.aborted) fn();
  else signal.addEventListener('abort', fn, { once: true });
}
