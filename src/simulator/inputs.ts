// Reading the media a request names. The simulator reads what it can reach without leaving the
// machine: data URIs, its own signed URLs and loopback URLs. Anything else (the brief's
// example.com URLs, asset:// ids) is unreachable: a placeholder picture, or a failed task in
// strict mode. It never contacts a non-loopback host.
import { randomBytes } from 'node:crypto';
import { sha256 } from '../core/sha256.js';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_REQUEST_BYTES } from '../models.js';
import { ApiFailure, invalid } from './api-error.js';

export type Fetched = { ok: true; bytes: Buffer } | { ok: false; reason: string };

export interface InputReader {
  /** The simulator's own file URLs, read without a network round trip (and without counting a download). */
  readOwn(url: URL): Promise<Fetched | undefined>;
}

const FETCH_TIMEOUT_MS = 10_000;

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** The bytes behind a URL of a request, or why they could not be read. */
export async function fetchInput(url: string, param: string, reader: InputReader): Promise<Fetched> {
  if (url.startsWith('data:')) return { ok: true, bytes: decodeDataUri(url, param) };
  const parsed = new URL(url);
  if (parsed.protocol === 'asset:') return { ok: false, reason: `the asset ${url} is not in the simulator's asset library` };
  const own = await reader.readOwn(parsed);
  if (own) return own;
  if (!isLoopbackHost(parsed.hostname)) return { ok: false, reason: `${parsed.host} cannot be reached from the simulator (it only reads loopback URLs)` };
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
    if (!response.ok) {
      await response.body?.cancel();
      return { ok: false, reason: `GET ${parsed.host}${parsed.pathname} answered HTTP ${response.status}` };
    }
    const length = Number(response.headers.get('content-length'));
    if (Number.isFinite(length) && length > MAX_REQUEST_BYTES) {
      await response.body?.cancel();
      throw invalid(param, `${param} is ${length} bytes, more than the service reads.`);
    }
    return { ok: true, bytes: Buffer.from(await response.arrayBuffer()) };
  } catch (error) {
    if (error instanceof ApiFailure) throw error;
    return { ok: false, reason: `GET ${parsed.host}${parsed.pathname} failed: ${(error as Error).message}` };
  }
}

function decodeDataUri(url: string, param: string): Buffer {
  const comma = url.indexOf(',');
  const payload = url.slice(comma + 1);
  if (!/^[A-Za-z0-9+/=\s_-]*$/.test(payload.slice(0, 4096))) throw invalid(param, `${param} is not valid base64.`);
  const bytes = Buffer.from(payload, 'base64');
  if (bytes.length === 0) throw invalid(param, `${param} holds no data.`);
  return bytes;
}


/** Store bytes content-addressed under `dir`; returns the file path (written once, atomically). */
export async function storeInput(dir: string, bytes: Buffer, ext: string): Promise<{ path: string; sha: string }> {
  const sha = sha256(bytes);
  const path = join(dir, `${sha}.${ext}`);
  const exists = await stat(path).then((s) => s.size === bytes.length, () => false);
  if (!exists) {
    await mkdir(dir, { recursive: true });
    // Several creates may store the same picture in the same millisecond: each needs its own temp file.
    const temp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temp, bytes);
    await rename(temp, path);
  }
  return { path, sha };
}
