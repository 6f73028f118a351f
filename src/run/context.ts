// What every shot job of one run shares.
import type { SeedanceClient } from '../api/index.js';
import type { Clock } from '../core/clock.js';
import type { SeedanceError } from '../core/errors.js';
import type { RunEvent } from '../core/events.js';
import type { ResolvedManifest } from '../manifest/types.js';
import type { ShotPlan } from '../plan/planner.js';
import type { Facts } from '../state/facts.js';
import type { HashCache } from '../state/hash-cache.js';
import type { LockStore } from '../state/lock-store.js';
import type { ClipStore } from '../state/store.js';
import type { InputResolver, LiveTask } from './inputs.js';
import type { PooledAccount } from './account-pool.js';
import type { Poller } from './poller.js';
import type { Spend } from './spend.js';

export type ShotOutcomeKind = 'reused' | 'restored' | 'made' | 'failed' | 'skipped' | 'stopped' | 'not-selected';

export interface ShotOutcome {
  kind: ShotOutcomeKind;
  /** Its outputs exist and may be used by the shots that depend on it. */
  available: boolean;
}

export interface RunContext {
  manifest: ResolvedManifest;
  /** The first account's client and poller; a shot uses its own account's (`accountOf`). */
  client: SeedanceClient;
  lock: LockStore;
  poller: Poller;
  /** The account the shot's chain is on (its client, poller and limits). */
  accountOf: (shotId: string) => PooledAccount;
  /** Wait until the shot's slot may create another task within its creates a minute. */
  createPermit: (shotId: string) => Promise<void>;
  /** The queue priority the scheduler asks for the shot (its place on the critical path, 0..9). */
  priority: (shotId: string) => number;
  /** The task was cancelled by this run because it was queued beyond its running limit when the run stopped. */
  withdrawn: (taskId: string) => boolean;
  /**
   * The shot's account refused its key (401/403) at create: set it aside (a warning names it) and
   * wait for a slot on another account; false when no account is left (the run then stops submitting).
   */
  accountRefused: (shotId: string, error: SeedanceError) => Promise<boolean>;
  inputs: InputResolver;
  /** Gathered before planning; outputs are added as the run saves files. */
  facts: Facts;
  /** The output folder's hash cache: files the run saves are remembered in it. */
  hashes: HashCache;
  /** Where every clip made is kept, and shots made before are restored from (none: no store). */
  store: ClipStore | undefined;
  /** Every shot's plan as announced before anything was sent. */
  plans: ReadonlyMap<string, ShotPlan>;
  selected: ReadonlySet<string>;
  forced: boolean;
  live: Map<string, LiveTask>;
  emit: (event: RunEvent) => void;
  clock: Clock;
  /** Wait for a concurrency slot (held while the shot's task is at the service). */
  slot: (shotId: string) => Promise<() => void>;
  /** Bound the downloads running at once. */
  downloads: <T>(work: () => Promise<T>) => Promise<T>;
  /** Bound the CPU work on downloaded files (checks, ffmpeg extracting last frames) to the cores. */
  cpu: <T>(work: () => Promise<T>) => Promise<T>;
  outcome: (id: string) => Promise<ShotOutcome>;
  /** Task ids recorded for any shot: never adopted for another. */
  claimed: () => Set<string>;
  /** Associate a task id with its shot for progress events and the shot's slot (the task is at the service). */
  watch: (taskId: string, shotId: string) => void;
  /** The next task would pass the budget: no new task is submitted (`why` says by how much). */
  budgetReached: (why: string) => void;
  /** A shot failed for good: --fail-fast stops the run, and so does a refused key. */
  shotFailed: (error: SeedanceError) => void;
  /** Aborted on the first Ctrl-C (or --fail-fast): no new task is submitted. */
  stopSubmitting: AbortSignal;
  /** Aborted on the second Ctrl-C: leave at once. */
  abort: AbortSignal;
  /** What this run spends: billed tokens and cost, in-flight estimates, the budget, the ledger. */
  spend: Spend;
  /** What this run's creates may have cost: every task created, and the ones that may have been created twice. */
  billing: Billing;
}

export interface Billing {
  tasksCreated: number;
  /** Creates whose answer was lost and that were sent again where the format cannot look tasks up. */
  possibleDuplicates: number;
  /** Their estimated tokens. */
  possibleDuplicateTokens: number;
}
