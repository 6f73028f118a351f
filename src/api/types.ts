// What the API client offers the runner, the same for both wire formats.
import type { ApiFormat } from '../models.js';
import type { LostTaskSearch, TaskInfo, WireFormat } from '../wire/index.js';

// The task vocabulary is the wire's; re-exported for the client's callers.
export { TERMINAL_STATUSES, type LostTaskSearch, type TaskInfo, type TaskStatus, type WireFormat } from '../wire/index.js';

export interface CreateResult {
  id: string;
  /** The create answer was lost and the task was found again by listing. */
  recovered: boolean;
  /** A duplicate task could not be ruled out (the outcome of an earlier attempt stayed unknown). */
  duplicateRisk: boolean;
}

/** What the client reports while it works; the runner turns these into events. */
export type ApiNotice =
  | { type: 'retry'; operation: string; attempt: number; delayMs: number; reason: string }
  | { type: 'create-unknown'; reason: string }
  | { type: 'create-recovered'; taskId: string }
  | { type: 'duplicate-risk'; reason: string };

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Longest Retry-After we honour; longer waits are capped to it. */
  maxRetryAfterMs: number;
}

export interface ClientOptions {
  format: ApiFormat;
  /** Host root, e.g. https://api.wisgate.ai; the path is appended. */
  baseUrl: string;
  apiKey: string;
  retry?: Partial<RetryPolicy>;
  connectTimeoutMs?: number;
  /** Longest wait for a response's headers, and between chunks of a body (default 60 s). */
  responseTimeoutMs?: number;
  /**
   * Longest a JSON request (create, query, list, cancel) may take in all, its answer read to the
   * end, so a server that trickles its answer cannot hold a run forever (default: twice
   * responseTimeoutMs, 2 min). A create past it is an unknown outcome: the lost-create search runs.
   */
  requestTimeoutMs?: number;
  /**
   * A download slower than this over a whole window has stalled and is resumed by the next attempt
   * (default 10 kB/s over 30 s, or over responseTimeoutMs when that is shorter).
   */
  downloadMinRate?: { bytesPerSecond: number; windowMs: number };
  /** Most open connections to the service. */
  connections?: number;
  onNotice?: (notice: ApiNotice) => void;
  /** Random source for jitter (tests pass a fixed one). */
  random?: () => number;
}

export interface DownloadResult {
  bytes: number;
  sha256: string;
}

export interface SeedanceClient {
  readonly format: ApiFormat;
  /** What the format can do (list, cancel, last-frame URLs), for callers that must not name it. */
  readonly wire: WireFormat;
  /** Submit a task. Retries only when the task surely was not created; settles unknown outcomes. */
  create(body: Record<string, unknown>, options?: { signal?: AbortSignal }): Promise<CreateResult>;
  /** One task, or undefined when the service does not know the id (deleted, or older than 7 days). */
  get(id: string, options?: { signal?: AbortSignal }): Promise<TaskInfo | undefined>;
  /** Many tasks at once (one list request per `wire.list.max` ids where the format lists, else one query each). Missing ids are absent. */
  getMany(ids: readonly string[], options?: { signal?: AbortSignal }): Promise<Map<string, TaskInfo>>;
  /** Tasks created at or after `since` (Unix seconds), newest first; only where the format lists. */
  listSince(since: number, options?: { signal?: AbortSignal }): Promise<TaskInfo[]>;
  /**
   * The task a create of `body` made when its answer was lost: the one task created at or after
   * `since` (Unix seconds; leave a few seconds of slack for clock skew) that matches the body and
   * whose id is not in `claimed`. `unsupported` where the format cannot list.
   */
  findLost(body: Record<string, unknown>, since: number, claimed: ReadonlySet<string>, options?: { signal?: AbortSignal }): Promise<LostTaskSearch>;
  /** Cancel a queued task, where the format can (`wire.cancelPath`). */
  cancel(id: string, options?: { signal?: AbortSignal }): Promise<void>;
  /**
   * Stream a result to `dest`, hashing as it goes. `maxBytes` is the most the file may be (a
   * declared or received size past it is refused, `download.too-large`; `clipByteCeiling` in
   * download-limits.ts gives one for a clip; default 1 GiB); a declared size larger than the free
   * space is refused before streaming (`fs.write`).
   */
  download(url: string, dest: string, options?: { signal?: AbortSignal; onProgress?: (bytes: number, total?: number) => void; maxBytes?: number }): Promise<DownloadResult>;
  /** Task ids this client must never adopt when recovering a lost create (ids of other shots). */
  claim(ids: Iterable<string>): void;
  /** The URL of a task's video when the format streams it from the API itself. */
  contentUrl(id: string): string | undefined;
  close(): Promise<void>;
}
