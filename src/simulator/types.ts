// The public contract of the embedded simulator: its options, fault rules and counters.
// The runner's tests and the benchmarks depend on these names; keep them stable.

/** Milliseconds, fixed or an inclusive range sampled per task. */
export type Latency = number | [number, number];

export interface SimulatorOptions {
  /** Default 0: any free port. */
  port?: number;
  /** Default 127.0.0.1; any other host only when given explicitly. */
  host?: string;
  /** When set, only this bearer key is accepted (401 otherwise); else any non-empty key. */
  apiKey?: string;
  /** How long a task stays queued, then running. Default: a few seconds a task (a demo). */
  latency?: { queuedMs?: Latency; runningMs?: Latency };
  /** Makes latencies, random seeds (-1), task ids and probabilistic faults deterministic. */
  seed?: number;
  /** Signed URL lifetime in seconds, default 86400. */
  urlTtlSeconds?: number;
  /** Running tasks per key and model (default 10); more wait in queued. */
  runningLimit?: number;
  /**
   * Per bearer key, as the service keeps limits per account: its own running limit, a label the
   * stats use for it (never the key), or `refuse` to answer every request with that key with 401
   * (AuthenticationError) or 403 (AccessDenied). Keys not listed get the defaults.
   */
  keys?: Record<string, SimulatorKey>;
  /** Each key sees only the tasks it created (another key's answer 404), as accounts at the service. Default false. */
  isolateKeys?: boolean;
  /** Per key, as the service counts per account. Default 600; over it: 429 RateLimitExceeded with Retry-After. */
  createsPerMinute?: number;
  faults?: FaultRule[];
  /** Benchmarks: no per-task render; one small clip per size/duration/audio shape is reused. */
  fast?: boolean;
  /** Unreachable input URLs fail the task as the service would (else a placeholder picture). */
  strictMedia?: boolean;
  /** Persist tasks and files here, so a restarted simulator still knows earlier task ids. */
  stateDir?: string;
  /** Render cache (default: `<stateDir>/cache`, else a folder under os.tmpdir()). */
  cacheDir?: string;
  /** At start, renders used longest ago are dropped until the cache's renders fit (default 1 GiB). */
  cacheMaxBytes?: number;
  /** Serve this file as every task's video (download benchmarks with a large file). */
  videoOverride?: string;
}

export interface SimulatorKey {
  runningLimit?: number;
  /** How stats name the key (default `key-` and 8 hex digits of its sha256). */
  label?: string;
  refuse?: 401 | 403;
}

/** One key's figures in the stats, under its label. */
export interface SimulatorKeyStats {
  creates: number;
  /** The most tasks of this key queued or running at once. */
  maxInFlight: number;
  /** The most tasks of this key running at once (any model). */
  maxRunning: number;
}

export type FaultKind =
  /** A create refused under the content policy (400 InputTextSensitiveContentDetected by default). */
  | 'http-400'
  | 'http-429'
  | 'http-429-no-retry-after'
  | 'http-500'
  | 'http-502'
  | 'http-503'
  | 'drop-before'
  | 'drop-after'
  | 'stall'
  | 'malformed-json'
  | 'task-failed'
  | 'task-expired'
  | 'download-truncated'
  | 'download-slow';

export const FAULT_KINDS: readonly FaultKind[] = [
  'http-400', 'http-429', 'http-429-no-retry-after', 'http-500', 'http-502', 'http-503', 'drop-before', 'drop-after',
  'stall', 'malformed-json', 'task-failed', 'task-expired', 'download-truncated', 'download-slow',
];

export type FaultEndpoint = 'create' | 'query' | 'list' | 'delete' | 'download' | 'any';
export const FAULT_ENDPOINTS: readonly FaultEndpoint[] = ['create', 'query', 'list', 'delete', 'download', 'any'];

export interface FaultRule {
  kind: FaultKind;
  /** Default: the natural one for the kind (see NATURAL_ENDPOINT in faults.ts). */
  endpoint?: FaultEndpoint;
  /** Apply to the first `count` matching requests (after `skip`); default: every one. */
  count?: number;
  skip?: number;
  /** Apply with this probability instead (deterministic under options.seed). */
  probability?: number;
  /** Only requests/tasks whose prompt contains this text. */
  promptIncludes?: string;
  format?: 'native' | 'openai';
  /** Seconds for http-429 (default 1). */
  retryAfter?: number;
  /** Error code for task-failed (default OutputVideoSensitiveContentDetected) or for http-* bodies. */
  code?: string;
  /** The request field an http-400 names (`param`); default: the prompt, or the second content item for an image code. */
  param?: string;
  /** download-slow throttle (default 256 kB/s). */
  bytesPerSecond?: number;
  /** stall length (default: until the simulator closes). */
  stallMs?: number;
  /** For a create answered 5xx or stalled: whether the task was created anyway (default 'none'). */
  effect?: 'none' | 'created';
}

export interface SimulatorTaskTiming {
  id: string;
  status: string;
  createdAt: number;
  startedAt?: number;
  finishedAt?: number;
  /** The label of the key that created it. */
  key?: string;
  /**
   * The latency model's own queued time (ms): how long it waited before it could run with a
   * free slot. Any longer wait was the running limit's (a queue primed past it, say).
   */
  queuedMs?: number;
}

export interface SimulatorStats {
  /** Tasks actually created. */
  creates: number;
  /** Create calls received, including refused ones. */
  createRequests: number;
  /** sha256 of the canonical JSON of a create body, `priority` left out -> tasks created from it (duplicates show as > 1). */
  createsByRequest: Record<string, number>;
  queries: number;
  lists: number;
  deletes: number;
  downloads: number;
  bytesServed: number;
  /** Tasks now queued or running. */
  inFlight: number;
  /** The largest inFlight ever (since the last resetStats). */
  maxInFlight: number;
  /** Tasks created since the last resetStats, by status. */
  byStatus: Record<string, number>;
  /** Tasks created since the last resetStats; ms timestamps, for benchmarks. */
  tasks: SimulatorTaskTiming[];
  /** Per key label (SimulatorKey.label, else `key-<sha256 prefix>`): creates and peaks since the last resetStats. */
  byKey: Record<string, SimulatorKeyStats>;
}

export interface Simulator {
  /** e.g. http://127.0.0.1:43121 (no trailing slash). */
  url: string;
  stats(): SimulatorStats;
  resetStats(): void;
  /** Faults can be changed while running. */
  addFault(rule: FaultRule): void;
  clearFaults(): void;
  /** Closes the server and any stalled connections. */
  close(): Promise<void>;
}
