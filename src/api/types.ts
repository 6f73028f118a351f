// What the API client offers the runner, the same for both wire formats.
import type { ApiFormat } from '../models.js';

/** Task states in the native vocabulary; the OpenAI format's are mapped onto them. */
export type TaskStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'expired' | 'cancelled';
export const TERMINAL_STATUSES: ReadonlySet<TaskStatus> = new Set(['succeeded', 'failed', 'expired', 'cancelled']);

export interface TaskInfo {
  id: string;
  status: TaskStatus;
  /** 0..100 where the service reports it (OpenAI format), else derived from the status. */
  progress?: number;
  /** The real versioned model. */
  model?: string;
  seed?: number;
  resolution?: string;
  ratio?: string;
  duration?: number;
  fps?: number;
  width?: number;
  height?: number;
  generateAudio?: boolean;
  draft?: boolean;
  draftTaskId?: string;
  videoUrl?: string;
  lastFrameUrl?: string;
  /** Unix seconds when the download URL stops working, where known. */
  expiresAt?: number;
  tokens?: number;
  error?: { code: string; message: string };
  /** Unix seconds. */
  createdAt?: number;
  updatedAt?: number;
}

export interface CreateResult {
  id: string;
  /** The create answer was lost and the task was found again by listing (native format). */
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
  /** Longest wait for a response's headers, and between chunks of a body. */
  responseTimeoutMs?: number;
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
  /** Submit a task. Retries only when the task surely was not created; settles unknown outcomes. */
  create(body: Record<string, unknown>, options?: { signal?: AbortSignal }): Promise<CreateResult>;
  /** One task, or undefined when the service does not know the id (deleted, or older than 7 days). */
  get(id: string, options?: { signal?: AbortSignal }): Promise<TaskInfo | undefined>;
  /** Many tasks at once (native: one list request per 500 ids; OpenAI: one query each). Missing ids are absent. */
  getMany(ids: readonly string[], options?: { signal?: AbortSignal }): Promise<Map<string, TaskInfo>>;
  /** Tasks created at or after `since` (Unix seconds), newest first; native format only. */
  listSince(since: number, options?: { signal?: AbortSignal }): Promise<TaskInfo[]>;
  /** Cancel a queued task (native DELETE). */
  cancel(id: string, options?: { signal?: AbortSignal }): Promise<void>;
  /** Stream a result to `dest`, hashing as it goes. */
  download(url: string, dest: string, options?: { signal?: AbortSignal; onProgress?: (bytes: number, total?: number) => void }): Promise<DownloadResult>;
  /** Task ids this client must never adopt when recovering a lost create (ids of other shots). */
  claim(ids: Iterable<string>): void;
  /** The URL of a task's video when the format streams it from the API itself. */
  contentUrl(id: string): string | undefined;
  close(): Promise<void>;
}
