// Serving a result file: Range requests, and the download faults (cut short, slowed down).
import { open, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pause } from './http-util.js';
import type { FaultRule } from './types.js';

const CHUNK = 64 * 1024;

export interface ServeOptions {
  contentType: string;
  fault?: FaultRule | undefined;
  signal: AbortSignal;
  /** Bytes actually written to the client. */
  onBytes: (count: number) => void;
}

/** A single `bytes=` range of a file of `size` bytes, or 'invalid' when it cannot be satisfied. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | 'invalid' | undefined {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return 'invalid';
  let start: number;
  let end: number;
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  return start > end || start >= size ? 'invalid' : { start, end };
}

export async function serveFile(req: IncomingMessage, res: ServerResponse, path: string, options: ServeOptions): Promise<void> {
  const { size } = await stat(path);
  const range = parseRange(req.headers.range, size);
  if (range === 'invalid') {
    res.writeHead(416, { 'content-range': `bytes */${size}`, 'content-length': '0' });
    res.end();
    return;
  }
  const start = range?.start ?? 0;
  const end = range?.end ?? size - 1;
  const length = end - start + 1;
  res.writeHead(range ? 206 : 200, {
    'content-type': options.contentType,
    'content-length': String(length),
    'accept-ranges': 'bytes',
    ...(range ? { 'content-range': `bytes ${start}-${end}/${size}` } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const { fault } = options;
  // Truncated: the full length is announced, about half is sent, then the connection ends.
  const sendUpTo = fault?.kind === 'download-truncated' ? Math.floor(length / 2) : length;
  const bytesPerSecond = fault?.kind === 'download-slow' ? (fault.bytesPerSecond ?? 256 * 1024) : undefined;
  const file = await open(path, 'r');
  const began = Date.now();
  let sent = 0;
  try {
    while (sent < sendUpTo && !options.signal.aborted && !res.destroyed) {
      const want = Math.min(bytesPerSecond ? Math.max(1, Math.ceil(bytesPerSecond / 10)) : CHUNK, sendUpTo - sent);
      const buffer = Buffer.alloc(want);
      const { bytesRead } = await file.read(buffer, 0, want, start + sent);
      if (bytesRead === 0) break;
      const ok = res.write(buffer.subarray(0, bytesRead));
      sent += bytesRead;
      options.onBytes(bytesRead);
      if (!ok) await drained(res, options.signal);
      if (bytesPerSecond) await until(began + (sent / bytesPerSecond) * 1000, options.signal);
    }
  } finally {
    await file.close();
  }
  if (sent < length) {
    // Let the written bytes reach the client, then close without completing the body.
    res.socket?.end();
    return;
  }
  res.end();
}

function drained(res: ServerResponse, signal: AbortSignal): Promise<void> {
  // A client that went away while a chunk was read: 'close' and 'abort' have fired already and
  // would never fire again, leaving the file open until garbage collection.
  if (res.destroyed || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      signal.removeEventListener('abort', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
    signal.addEventListener('abort', done, { once: true });
  });
}

function until(time: number, signal: AbortSignal): Promise<void> {
  const wait = time - Date.now();
  return wait <= 0 ? Promise.resolve() : pause(wait, signal);
}
