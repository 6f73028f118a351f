// One error class for everything that can go wrong at run time. Callers decide on `code`
// (stable, dotted), never on message text. Messages say what happened, why, and what to do next.

/** Every error code, stable: scripts and tests decide on these, never on message text. */
export const ERROR_CODES = [
  'usage', // bad command-line arguments
  'manifest.invalid', // diagnostics were reported
  'config.no-key', // no API key in the environment
  'config.bad-key', // the API key has characters an HTTP header cannot carry (quotes, emoji, line breaks)
  'config.base-url', // a base URL that is not an http(s) URL with a host
  'config.untrusted-host', // the key would go to a host the user did not choose, or over plain http off this computer
  'api.http', // the service answered with an error status
  'api.network', // no answer: refused, reset, DNS
  'api.timeout', // connect or response timeout
  'api.protocol', // an answer we could not understand (malformed JSON, missing fields)
  'api.duplicate-unknown', // a create's outcome could not be settled
  'task.failed', // the service ran the task and it failed
  'task.expired',
  'task.cancelled',
  'task.vanished', // the service no longer knows the task id
  'download.failed',
  'download.expired', // the signed URL expired or was refused: query the task for a fresh one
  'download.invalid', // the file arrived but is not the video asked for
  'download.too-large', // the download declares or sends more than a clip of its size and length can be
  'ffmpeg.missing',
  'ffmpeg.failed',
  'ffmpeg.unsupported', // the found ffmpeg lacks a filter or codec
  'lock.invalid',
  'lock.busy', // another seedance process holds the manifest's writer lock
  'task.ambiguous', // a lost create that several tasks on the account could have made
  'budget.exceeded', // the run's estimate, or its next task, would pass --max-cost (budget: max)
  'store.damaged', // a store entry whose files are not the bytes it recorded: never used
  'store.unreachable', // an S3 store that cannot be listed, read or written (no bucket, access refused, no network)
  'input.unreadable', // a local file the manifest names cannot be read
  'fs.write', // cannot write output (permissions, disk full)
  'output.taken', // another manifest owns the output folder (the same name:)
  'output.foreign-file', // the film would replace a file seedance did not write
  'output.outside', // a write would leave the output folder through a symlink
  'interrupted',
  'internal', // an invariant broke: a bug
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface SeedanceErrorOptions {
  /** What to do next, shown after the message. */
  hint?: string;
  /** HTTP status, where there was one. */
  status?: number;
  /** The service's own error code, e.g. `RateLimitExceeded.EndpointRPMExceeded`. */
  serviceCode?: string;
  /** Seconds the service asked us to wait (Retry-After). */
  retryAfter?: number;
  /** The request field the service named in its error (`param`), e.g. `content[1].image_url`. */
  param?: string;
  /** The tasks it is about (e.g. the candidates of an ambiguous lost create). */
  taskIds?: readonly string[];
  cause?: unknown;
}

export class SeedanceError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly status: number | undefined;
  readonly serviceCode: string | undefined;
  readonly retryAfter: number | undefined;
  readonly param: string | undefined;
  readonly taskIds: readonly string[] | undefined;

  constructor(code: ErrorCode, message: string, options: SeedanceErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SeedanceError';
    this.code = code;
    this.hint = options.hint;
    this.status = options.status;
    this.serviceCode = options.serviceCode;
    this.retryAfter = options.retryAfter;
    this.param = options.param;
    this.taskIds = options.taskIds;
  }
}

export function isSeedanceError(error: unknown, code?: ErrorCode): error is SeedanceError {
  return error instanceof SeedanceError && (code === undefined || error.code === code);
}

/** The end of an exhaustive switch: reaching it at run time is a bug. */
export function unreachable(value: never): never {
  throw new SeedanceError('internal', `unexpected value ${JSON.stringify(value)}`);
}
