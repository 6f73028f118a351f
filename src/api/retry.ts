// When and how long to wait before trying again. Decided from status codes and error codes,
// never from message text.
import type { RetryPolicy } from './types.js';

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 120_000 };

/** Statuses worth another try for a request that is safe to repeat. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * Exponential backoff like the official SDKs (min(0.5·2^n, 8) s) with jitter between half and all
 * of it, so many clients do not retry in step. A Retry-After from the service wins, up to a cap.
 */
export function retryDelay(retryNumber: number, policy: RetryPolicy, random: () => number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxRetryAfterMs);
  const ceiling = Math.min(policy.baseDelayMs * 2 ** (retryNumber - 1), policy.maxDelayMs);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/** `retry-after-ms` (OpenAI), then `retry-after` in seconds or as an HTTP date. */
export function parseRetryAfter(headers: Record<string, string | string[] | undefined>, now = Date.now()): number | undefined {
  const first = (name: string): string | undefined => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const ms = Number(first('retry-after-ms'));
  if (Number.isFinite(ms) && ms >= 0 && first('retry-after-ms') !== undefined) return ms;
  const raw = first('retry-after');
  if (raw === undefined || raw.trim() === '') return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** One try's result: a value, or a failure worth another try (after the service's Retry-After, if it sent one). */
export type Try<T> = { value: T } | { failure: Error; retryAfterMs?: number | undefined };

/** How a caller waits between tries. */
export interface Backoff {
  policy: RetryPolicy;
  random: () => number;
  signal?: AbortSignal | undefined;
  /** Told before each wait. */
  onRetry?: (attempt: number, delayMs: number, reason: string) => void;
}

export interface RetryLoop<T> extends Backoff {
  /** Called when another try will follow, before the wait: a value ends the loop (a lost create found). */
  beforeRetry?: (failure: Error) => Promise<T | undefined>;
  /** What is thrown when the last try failed; the failure itself by default. */
  giveUp?: (failure: Error) => Error;
}

/**
 * Try up to policy.maxAttempts times with backoff between tries. `once` throws what must not be
 * retried; an abort ends the wait at once.
 */
export async function retrying<T>(loop: RetryLoop<T>, once: (attempt: number) => Promise<Try<T>>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const result = await once(attempt);
    if ('value' in result) return result.value;
    if (attempt >= loop.policy.maxAttempts) throw loop.giveUp ? loop.giveUp(result.failure) : result.failure;
    const recovered = await loop.beforeRetry?.(result.failure);
    if (recovered !== undefined) return recovered;
    const delay = retryDelay(attempt, loop.policy, loop.random, result.retryAfterMs);
    loop.onRetry?.(attempt, delay, result.failure.message);
    await sleep(delay, loop.signal);
  }
}
