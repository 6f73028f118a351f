// What every shot job of one run shares.
import type { SeedanceClient } from '../api/index.js';
import type { ResolvedManifest } from '../manifest/types.js';
import type { RunEvent } from '../core/events.js';
import type { LockStore } from '../state/lock-store.js';
import type { Freshness } from './decide.js';
import type { FileHashes, Fingerprint } from './fingerprint.js';
import type { InputResolver, LiveTask } from './inputs.js';
import type { Poller } from './poller.js';

export type ShotOutcomeKind = 'reused' | 'made' | 'failed' | 'skipped' | 'stopped' | 'not-selected';

export interface ShotOutcome {
  kind: ShotOutcomeKind;
  /** Its outputs exist and may be used by the shots that depend on it. */
  available: boolean;
}

export interface RunContext {
  manifest: ResolvedManifest;
  client: SeedanceClient;
  lock: LockStore;
  poller: Poller;
  inputs: InputResolver;
  files: FileHashes;
  /**
   * Fingerprints and freshness worked out while planning, for shots whose upstream shots stay as
   * they are (so the answer cannot change before the shot's job starts): the job takes them from here.
   */
  checked: Map<string, { fingerprint: Fingerprint; state: Freshness }>;
  live: Map<string, LiveTask>;
  selected: ReadonlySet<string>;
  forced: ReadonlySet<string>;
  emit: (event: RunEvent) => void;
  /** Hold a concurrency slot while the shot's task is at the service. */
  slot: <T>(shotId: string, work: () => Promise<T>) => Promise<T>;
  /** Bound the downloads running at once. */
  downloads: <T>(work: () => Promise<T>) => Promise<T>;
  outcome: (id: string) => Promise<ShotOutcome>;
  /** Task ids recorded for any shot: never adopted for another. */
  claimed: () => Set<string>;
  /** Associate a task id with its shot for progress events. */
  watch: (taskId: string, shotId: string) => void;
  failed: () => void;
  /** Stop submitting for a reason that concerns every shot (e.g. the service refused the key). */
  halt: (reason: string) => void;
  /** Aborted on the first Ctrl-C (or --fail-fast): no new task is submitted. */
  stopSubmitting: AbortSignal;
  /** Aborted on the second Ctrl-C: leave at once. */
  abort: AbortSignal;
  tokens: number;
}
