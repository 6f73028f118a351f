// The HTTP layer: one pooled keep-alive agent, timeouts, an overall deadline for every JSON
// request (a server that trickles its answer a byte at a time never trips the between-chunks
// timeout), and a classification of every failure into "surely not processed", "maybe
// processed", or "processed but the answer is unusable".
import { Agent, request, type Dispatcher } from 'undici';
import { SeedanceError } from '../core/errors.js';
import { redactUrl } from './redact.js';

/** A download slower than `bytesPerSecond` over a whole `windowMs` has stalled. */
export interface DownloadMinRate {
  bytesPerSecond: number;
  windowMs: number;
}

export interface HttpOptions {
  connectTimeoutMs: number;
  /** Longest wait for a response's headers, and between chunks of a body. */
  responseTimeoutMs: number;
  connections: number;
  /** Longest a JSON request may take in all, its answer read to the end. Default: twice responseTimeoutMs (2 min by default). */
  requestTimeoutMs?: number | undefined;
  /** Default: 10 kB/s over 30 s (over responseTimeoutMs when that is shorter). */
  downloadMinRate?: DownloadMinRate | undefined;
}

/** The limits an agent's requests keep to, beyond undici's own timeouts. */
export interface HttpLimits {
  requestTimeoutMs: number;
  downloadMinRate: DownloadMinRate;
}

const DEFAULT_RESPONSE_TIMEOUT_MS = 60_000;
const MIN_RATE_BYTES_PER_SECOND = 10_000;
const MIN_RATE_WINDOW_MS = 30_000;

export function httpLimits(options: Partial<HttpOptions>): HttpLimits {
  const response = options.responseTimeoutMs ?? DEFAULT_RESPONSE_TIMEOUT_MS;
  return {
    requestTimeoutMs: options.requestTimeoutMs ?? 2 * response,
    downloadMinRate: options.downloadMinRate ?? { bytesPerSecond: MIN_RATE_BYTES_PER_SECOND, windowMs: Math.min(MIN_RATE_WINDOW_MS, response) },
  };
}

const LIMITS = new WeakMap<Dispatcher, HttpLimits>();

export function createAgent(options: HttpOptions): Agent {
  const agent = new Agent({
    connect: { timeout: options.connectTimeoutMs },
    headersTimeout: options.responseTimeoutMs,
    bodyTimeout: options.responseTimeoutMs,
    keepAliveTimeout: 30_000,
    connections: options.connections,
  });
  LIMITS.set(agent, httpLimits(options));
  return agent;
}

/** The limits `createAgent` gave this agent (the defaults for any other dispatcher). */
export function limitsOf(agent: Dispatcher): HttpLimits {
  return LIMITS.get(agent) ?? httpLimits({});
}

/**
 * Whether the server can have acted on a request that failed without a usable answer.
 * `not-sent`: the connection never carried the request (refused, DNS, connect timeout).
 * `unknown`: it may have been processed (reset or timeout after sending, 5xx, garbled answer).
 */
export type Outcome = 'not-sent' | 'unknown';

const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/** What a connection that was never made means, in words. */
const NOT_SENT_WHY: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused (ECONNREFUSED), nothing accepts connections at that address',
  ENOTFOUND: 'the host name does not resolve (ENOTFOUND)',
  EAI_AGAIN: 'the host name could not be looked up just now (EAI_AGAIN)',
  UND_ERR_CONNECT_TIMEOUT: 'connecting timed out (UND_ERR_CONNECT_TIMEOUT)',
  EHOSTUNREACH: 'the host cannot be reached (EHOSTUNREACH)',
  ENETUNREACH: 'the network cannot be reached (ENETUNREACH)',
};

/** Requests that could not even be formed (a bad URL, a header value that cannot be sent): never sent, never worth repeating. */
const UNSENDABLE_CODES = new Set(['ERR_INVALID_URL', 'UND_ERR_INVALID_ARG', 'ERR_INVALID_ARG_TYPE', 'ERR_INVALID_ARG_VALUE', 'ERR_INVALID_CHAR', 'ERR_HTTP_INVALID_HEADER_VALUE', 'ERR_INVALID_HTTP_TOKEN']);

export interface JsonResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  json: unknown;
}

/**
 * Send one request and parse a JSON answer, all within the agent's deadline. Network trouble
 * becomes a SeedanceError with `outcome`; a request that cannot be formed one without.
 */
export async function requestJson(
  agent: Dispatcher,
  method: 'GET' | 'POST' | 'DELETE',
  url: string,
  headers: Record<string, string>,
  body: string | undefined,
  signal: AbortSignal | undefined,
): Promise<JsonResponse> {
  const { requestTimeoutMs } = limitsOf(agent);
  const deadline = withDeadline(signal, requestTimeoutMs);
  let response: Dispatcher.ResponseData;
  let text: string;
  try {
    try {
      response = await request(url, { method, headers, body: body ?? null, dispatcher: agent, signal: deadline.signal });
    } catch (error) {
      throw deadline.expired() ? deadlineError(method, url, requestTimeoutMs, error) : networkError(error, method, url);
    }
    try {
      text = await response.body.text();
    } catch (error) {
      throw deadline.expired() ? deadlineError(method, url, requestTimeoutMs, error) : networkError(error, method, url);
    }
  } finally {
    deadline.dispose();
  }
  let json: unknown;
  try {
    json = text.length === 0 ? {} : JSON.parse(text);
  } catch (error) {
    throw Object.assign(
      new SeedanceError('api.protocol', `The service answered ${method} ${redactUrl(url)} with HTTP ${response.statusCode} and a body that is not JSON (${text.length} bytes).`, {
        hint: 'This is usually a proxy or gateway error page; the request is retried where that is safe.',
        status: response.statusCode,
        cause: error,
      }),
      { outcome: 'unknown' as Outcome },
    );
  }
  return { status: response.statusCode, headers: response.headers, json };
}

/** An abort signal that fires when the caller's does or when `ms` have passed; `expired` tells which. */
function withDeadline(signal: AbortSignal | undefined, ms: number): { signal: AbortSignal; expired: () => boolean; dispose: () => void } {
  const controller = new AbortController();
  let expired = false;
  const onAbort = (): void => controller.abort(signal?.reason);
  if (signal?.aborted) controller.abort(signal.reason);
  else signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new Error(`deadline of ${ms} ms`));
  }, ms);
  return {
    signal: controller.signal,
    expired: () => expired && signal?.aborted !== true,
    dispose: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}

/** A request that was sent and not answered in full in time: the service may have acted on it. */
function deadlineError(method: string, url: string, ms: number, cause: unknown): SeedanceError & { outcome: Outcome } {
  return Object.assign(
    new SeedanceError('api.timeout', `${method} ${redactUrl(url)} got no complete answer within ${seconds(ms)}: the server kept the connection open but sent its answer too slowly.`, {
      hint: 'The request may have been acted on: it is retried where that is safe, and a create first looks for the task it may have made. If it keeps happening, check the network or proxy between here and the service.',
      cause,
    }),
    { outcome: 'unknown' as Outcome },
  );
}

export function networkError(error: unknown, method: string, url: string): SeedanceError & { outcome?: Outcome } {
  if (isAbort(error)) {
    return Object.assign(new SeedanceError('interrupted', `${method} ${redactUrl(url)} was cancelled.`, { cause: error }), { outcome: 'unknown' as Outcome });
  }
  const code = (error as { code?: string }).code ?? '';
  if (UNSENDABLE_CODES.has(code)) {
    // No outcome: nothing went out, and sending it again cannot go better.
    return new SeedanceError('api.network', `${method} ${redactUrl(url)} could not be sent: ${(error as Error).message} (${code}). Nothing was sent, so nothing was created.`, {
      hint: 'Check the base URL (--base-url, SEEDANCE_BASE_URL or the manifest\'s base_url) and the API key for stray characters, then run again.',
      cause: error,
    });
  }
  const timeout = code.includes('TIMEOUT');
  const outcome: Outcome = NOT_SENT_CODES.has(code) ? 'not-sent' : 'unknown';
  const what = NOT_SENT_WHY[code] !== undefined ? `failed: ${NOT_SENT_WHY[code]}` : timeout ? 'timed out' : `failed (${code || (error as Error).message})`;
  return Object.assign(
    new SeedanceError(timeout ? 'api.timeout' : 'api.network', `${method} ${redactUrl(url)} ${what}.`, {
      hint: outcome === 'not-sent'
        ? 'This request never reached the service, so no task was created and nothing was billed. Check the base URL (--base-url, SEEDANCE_BASE_URL or the manifest\'s base_url) and your network connection, then run again.'
        : 'The connection broke after the request was sent; the tool checks what the service did before sending again.',
      cause: error,
    }),
    { outcome },
  );
}

export function isAbort(error: unknown): boolean {
  const name = (error as { name?: string } | undefined)?.name;
  const code = (error as { code?: string } | undefined)?.code;
  return name === 'AbortError' || code === 'UND_ERR_ABORTED' || code === 'ABORT_ERR';
}

export function outcomeOf(error: unknown): Outcome | undefined {
  return (error as { outcome?: Outcome } | undefined)?.outcome;
}

/** `2 s`, `0.4 s`, `2 min` */
export function seconds(ms: number): string {
  if (ms >= 120_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : Number(s.toFixed(1))} s`;
}
