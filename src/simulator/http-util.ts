// Plain node:http helpers: bodies with the service's 64 MB limit, JSON answers, the bearer key.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_REQUEST_BYTES } from '../models.js';
import { sha256 } from '../core/sha256.js';
import { ApiFailure, invalid } from './api-error.js';
import type { SimulatorKey } from './types.js';

/** An answer a handler computed; the server sends it, or a fault replaces it. */
export interface Reply {
  status: number;
  json: unknown;
  headers?: Record<string, string>;
}

/**
 * The whole body. Over 64 MB the rest is read and discarded, then 400 InvalidParameter: the
 * service's documented limit is part of request validation (API.md lists 400 for every request
 * problem and no 413), and reading to the end lets the client see the answer instead of a reset.
 */
export async function readBody(req: IncomingMessage, limit = MAX_REQUEST_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  if (size > limit) {
    throw invalid('body', `The request body is ${size} bytes; the service accepts at most ${limit} bytes (64 MB). Send large media by URL instead of base64.`);
  }
  return Buffer.concat(chunks);
}

export function parseJson(body: Buffer): unknown {
  if (body.length === 0) throw invalid('body', 'The request body is empty; send a JSON object.');
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw invalid('body', `The request body is not valid JSON: ${(error as Error).message}.`);
  }
}

export function sendJson(res: ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(json);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}

/**
 * 401 AuthenticationError unless the request carries the configured key (or, without one, any key);
 * a key `keys` marks refused gets its 401 or 403. Returns the key (it stays in this process).
 */
export function checkAuth(req: IncomingMessage, apiKey: string | undefined, keys: Readonly<Record<string, SimulatorKey>> = {}): string {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  const key = match?.[1]?.trim() ?? '';
  if (key === '') {
    throw new ApiFailure(401, 'AuthenticationError', 'The request has no API key: send `Authorization: Bearer <key>`.');
  }
  if (apiKey !== undefined && key !== apiKey) {
    throw new ApiFailure(401, 'AuthenticationError', 'The API key in the request is invalid.');
  }
  const refuse = Object.hasOwn(keys, key) ? keys[key]?.refuse : undefined;
  if (refuse === 401) throw new ApiFailure(401, 'AuthenticationError', 'The API key in the request is invalid (refused by the simulator\'s keys option).');
  if (refuse === 403) throw new ApiFailure(403, 'AccessDenied', 'The account of this API key may not use the service (refused by the simulator\'s keys option).');
  return key;
}

/** How stats and task records name a key: its label, else a short hash (never the key itself). */
export function keyLabel(key: string, keys: Readonly<Record<string, SimulatorKey>> = {}): string {
  return (Object.hasOwn(keys, key) ? keys[key]?.label : undefined) ?? `key-${sha256(key).slice(0, 8)}`;
}

/** Wait `ms`, or until `signal` aborts (the simulator closes or the client goes away). */
export function pause(ms: number | undefined, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = ms === undefined ? undefined : setTimeout(done, ms);
    function done(): void {
      if (timer) clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
