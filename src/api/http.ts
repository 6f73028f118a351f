// The HTTP layer: one pooled keep-alive agent, timeouts, and a classification of every failure
// into "surely not processed", "maybe processed", or "processed but the answer is unusable".
import { Agent, request, type Dispatcher } from 'undici';
import { SeedanceError } from '../core/errors.js';
import { redactUrl } from './redact.js';

export interface HttpOptions {
  connectTimeoutMs: number;
  responseTimeoutMs: number;
  connections: number;
}

export function createAgent(options: HttpOptions): Agent {
  return new Agent({
    connect: { timeout: options.connectTimeoutMs },
    headersTimeout: options.responseTimeoutMs,
    bodyTimeout: options.responseTimeoutMs,
    keepAliveTimeout: 30_000,
    connections: options.connections,
  });
}

/**
 * Whether the server can have acted on a request that failed without a usable answer.
 * `not-sent`: the connection never carried the request (refused, DNS, connect timeout).
 * `unknown`: it may have been processed (reset or timeout after sending, 5xx, garbled answer).
 */
export type Outcome = 'not-sent' | 'unknown';

const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

export interface JsonResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  json: unknown;
}

/** Send one request and parse a JSON answer. Network trouble becomes a SeedanceError with `outcome`. */
export async function requestJson(
  agent: Dispatcher,
  method: 'GET' | 'POST' | 'DELETE',
  url: string,
  headers: Record<string, string>,
  body: string | undefined,
  signal: AbortSignal | undefined,
): Promise<JsonResponse> {
  let response: Dispatcher.ResponseData;
  try {
    response = await request(url, { method, headers, body: body ?? null, dispatcher: agent, ...(signal ? { signal } : {}) });
  } catch (error) {
    throw networkError(error, method, url);
  }
  let text: string;
  try {
    text = await response.body.text();
  } catch (error) {
    throw networkError(error, method, url);
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

export function networkError(error: unknown, method: string, url: string): SeedanceError & { outcome: Outcome } {
  if (isAbort(error)) {
    return Object.assign(new SeedanceError('interrupted', `${method} ${redactUrl(url)} was cancelled.`, { cause: error }), { outcome: 'unknown' as Outcome });
  }
  const code = (error as { code?: string }).code ?? '';
  const timeout = code.includes('TIMEOUT');
  const outcome: Outcome = NOT_SENT_CODES.has(code) ? 'not-sent' : 'unknown';
  const what = timeout ? 'timed out' : `failed (${code || (error as Error).message})`;
  return Object.assign(
    new SeedanceError(timeout ? 'api.timeout' : 'api.network', `${method} ${redactUrl(url)} ${what}.`, {
      hint: outcome === 'not-sent'
        ? 'Check the base URL (manifest base_url or SEEDANCE_BASE_URL) and your network connection.'
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
