// Stream a result to disk, hashing as it goes, resuming with Range after a cut-short transfer.
// Memory stays flat whatever the file size: bytes flow from the socket to the file. A transfer
// slower than the agent's minimum rate is a stall (resumed like a cut); a size no clip could have
// is refused before a byte is written, and a declared size is checked against the free space.
import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream, fdatasync } from 'node:fs';
import { open, rm, stat, statfs } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { request, type Dispatcher } from 'undici';
import { SeedanceError, isSeedanceError } from '../core/errors.js';
import { DEFAULT_MAX_DOWNLOAD_BYTES, size } from './download-limits.js';
import { isAbort, limitsOf, networkError, seconds } from './http.js';
import { redactUrl } from './redact.js';
import { isRetryableStatus, retrying, type Backoff } from './retry.js';
import type { DownloadResult } from './types.js';

export interface DownloadOptions extends Backoff {
  agent: Dispatcher;
  headers: Record<string, string>;
  onProgress?: (bytes: number, total?: number) => void;
  /** The most bytes the file may have (declared or received); default DEFAULT_MAX_DOWNLOAD_BYTES. `clipByteCeiling` gives one for a clip. */
  maxBytes?: number | undefined;
}

/**
 * Bytes buffered between the socket, the hash and the file. With the defaults (64 kB for the
 * body, 16 kB for the file) every chunk waited for the write before it; 1 MB lets the next chunks
 * arrive and be hashed while one is written (bench/download.mjs).
 */
const BUFFER_BYTES = 1 << 20;
/** Flush to disk every this many bytes while receiving, so the fsync at the end has little left. */
const SYNC_EVERY_BYTES = 64 << 20;

export async function downloadToFile(url: string, dest: string, options: DownloadOptions): Promise<DownloadResult> {
  // Bytes already on disk: a retry resumes after them.
  let received = 0;
  const giveUp = (failure: Error): Error =>
    new SeedanceError('download.failed', `Downloading ${redactUrl(url)} failed ${options.policy.maxAttempts} times: ${failure.message}`, {
      hint: 'Run again: the task is kept, and the download starts again from a fresh URL.',
      cause: failure,
    });
  return retrying({ ...options, giveUp }, async () => {
    try {
      return { value: await downloadOnce(url, dest, received, options) };
    } catch (error) {
      if (isAbort(error) || options.signal?.aborted || isSeedanceError(error, 'fs.write') || isSeedanceError(error, 'download.too-large')) throw error;
      if (isSeedanceError(error) && (error.code === 'download.expired' || (error.status !== undefined && !isRetryableStatus(error.status)))) throw error;
      received = await stat(dest).then((s) => s.size, () => 0);
      return { failure: error as Error };
    }
  });
}

async function downloadOnce(url: string, dest: string, offset: number, options: DownloadOptions): Promise<DownloadResult> {
  const headers = offset > 0 ? { ...options.headers, range: `bytes=${offset}-` } : options.headers;
  let response: Dispatcher.ResponseData;
  try {
    response = await request(url, { method: 'GET', headers, dispatcher: options.agent, highWaterMark: BUFFER_BYTES, ...(options.signal ? { signal: options.signal } : {}) });
  } catch (error) {
    throw networkError(error, 'GET', url);
  }
  const { statusCode } = response;
  if (statusCode === 403 || statusCode === 410) {
    await response.body.dump();
    throw new SeedanceError('download.expired', `The download URL ${redactUrl(url)} was refused (HTTP ${statusCode}): it has probably expired.`, {
      hint: 'The tool asks the service for a fresh URL; if the task is older than its retention period, the shot must be made again.',
      status: statusCode,
    });
  }
  if (statusCode !== 200 && statusCode !== 206) {
    await response.body.dump();
    throw new SeedanceError('download.failed', `GET ${redactUrl(url)} answered HTTP ${statusCode}.`, { status: statusCode, hint: 'The download is retried; run again if it keeps failing.' });
  }
  const resumed = statusCode === 206 && offset > 0;
  const start = resumed ? offset : 0;
  const length = Number(response.headers['content-length']);
  const total = Number.isFinite(length) && response.headers['content-length'] !== undefined ? start + length : undefined;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES;
  if (total !== undefined) {
    // Nothing of a size no clip could have, and nothing the disk cannot hold, is streamed at all.
    const refusal = total > maxBytes ? declaredTooLarge(url, total, maxBytes) : await noRoomFor(url, dest, total - start);
    if (refusal) {
      response.body.destroy();
      if (refusal.code === 'download.too-large') await rm(dest, { force: true });
      throw refusal;
    }
  }
  const hash = createHash('sha256');
  if (resumed) await hashExisting(dest, offset, hash);
  let bytes = start;
  const file = createWriteStream(dest, { flags: resumed ? 'a' : 'w', highWaterMark: BUFFER_BYTES });
  let descriptor: number | undefined;
  file.once('open', (fd: number) => (descriptor = fd));
  let unsynced = 0;
  let syncing: Promise<void> = Promise.resolve();
  let tooLarge: SeedanceError | undefined;
  // Hash and count each chunk on its way to the file; start writing the file back to disk while
  // the rest arrives (a sync error is left to the final fsync, which reports it).
  const tally = new Transform({
    highWaterMark: BUFFER_BYTES,
    transform(chunk: Buffer, _encoding, callback) {
      if (bytes + chunk.length > maxBytes) {
        tooLarge = sentTooLarge(url, maxBytes);
        callback(tooLarge);
        return;
      }
      hash.update(chunk);
      bytes += chunk.length;
      unsynced += chunk.length;
      options.onProgress?.(bytes, total);
      if (unsynced >= SYNC_EVERY_BYTES && descriptor !== undefined) {
        unsynced = 0;
        const fd = descriptor;
        syncing = syncing.then(() => new Promise<void>((resolve) => fdatasync(fd, () => resolve())));
      }
      callback(null, chunk);
    },
    // The file is closed after this, so no sync is left running on its descriptor. (After an
    // error the stream is destroyed at once; a sync still running then flushes at most whatever
    // file reuses the descriptor, which is harmless.)
    flush(callback) {
      void syncing.then(() => callback());
    },
  });
  // A transfer slower than the minimum rate over a whole window has stalled: it is cut here and
  // resumed by the next attempt, like a connection that broke.
  const { downloadMinRate: rate } = limitsOf(options.agent);
  let stalled: SeedanceError | undefined;
  let seen = bytes;
  const watch = setInterval(() => {
    const got = bytes - seen;
    seen = bytes;
    if (got * 1000 < rate.bytesPerSecond * rate.windowMs) {
      stalled = stallError(url, got, rate);
      response.body.destroy(stalled);
    }
  }, rate.windowMs);
  try {
    await pipeline(response.body, tally, file);
  } catch (error) {
    // A write already handed to the file system may still land after the pipeline gave up: wait
    // for the file to close, so the size the next attempt resumes from is final.
    if (!file.closed) await new Promise<void>((resolve) => file.once('close', () => resolve()));
    if (tooLarge) {
      await rm(dest, { force: true });
      throw tooLarge;
    }
    if (stalled) throw stalled;
    if (isAbort(error)) throw error;
    throw FS_ERRORS.has((error as { code?: string }).code ?? '') ? diskError(error, dest) : networkError(error, 'GET', url);
  } finally {
    clearInterval(watch);
  }
  if (total !== undefined && bytes !== total) {
    throw new SeedanceError('download.failed', `The download of ${redactUrl(url)} ended after ${bytes} of ${total} bytes.`, { hint: 'It resumes from where it stopped.' });
  }
  // The hash covers the bytes received; the file must hold exactly those, or it is fetched anew.
  const onDisk = await fsyncFile(dest);
  if (onDisk !== bytes) {
    await rm(dest, { force: true });
    throw new SeedanceError('download.failed', `The file written for ${redactUrl(url)} holds ${onDisk} bytes where ${bytes} arrived; it was discarded.`, { hint: 'It is downloaded again from the start.' });
  }
  return { bytes, sha256: hash.digest('hex') };
}

const DISK_HINT = 'Free some space or fix the folder\'s permissions, then run again: the task is kept at the service and is downloaded again without paying twice.';

const CLIP_HINT = 'The server sent something other than the clip asked for (a wrong base URL, a proxy, or a misbehaving service): check the service, then run again; the task is kept, so nothing is paid twice.';

function declaredTooLarge(url: string, total: number, maxBytes: number): SeedanceError {
  return new SeedanceError('download.too-large', `The server declares ${size(total)} for ${redactUrl(url)}, more than a clip of this size and length can be (at most ${size(maxBytes)}); nothing was saved.`, { hint: CLIP_HINT });
}

function sentTooLarge(url: string, maxBytes: number): SeedanceError {
  return new SeedanceError('download.too-large', `The download of ${redactUrl(url)} went past ${size(maxBytes)}, more than a clip of this size and length can be; it was stopped and nothing was saved.`, { hint: CLIP_HINT });
}

/** A refusal when the disk holding `dest` has less room than `needed` bytes (undefined when it has, or cannot tell). */
async function noRoomFor(url: string, dest: string, needed: number): Promise<SeedanceError | undefined> {
  const folder = dirname(dest);
  let free: number;
  try {
    const fs = await statfs(folder);
    free = Number(fs.bavail) * Number(fs.bsize);
  } catch {
    return undefined;
  }
  if (needed <= free) return undefined;
  return new SeedanceError('fs.write', `Could not save the download to ${dest}: the disk is full. The server declares ${size(needed)} for ${redactUrl(url)} and the disk holding ${folder} has ${size(free)} free, so nothing was written.`, {
    hint: DISK_HINT,
  });
}

function stallError(url: string, got: number, rate: { bytesPerSecond: number; windowMs: number }): SeedanceError {
  return new SeedanceError('download.failed', `The download of ${redactUrl(url)} stalled: ${got} byte${got === 1 ? '' : 's'} in the last ${seconds(rate.windowMs)}, below the ${Math.round(rate.bytesPerSecond / 1000)} kB/s a transfer needs.`, {
    hint: 'It is resumed from where it stopped; if it keeps stalling, check the network or proxy between here and the service, then run again (the task is kept).',
  });
}

const FS_ERRORS = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'EFBIG', 'EISDIR', 'ENOENT']);

function diskError(error: unknown, dest: string): SeedanceError {
  const code = (error as { code?: string }).code;
  const why = code === 'ENOSPC' || code === 'EDQUOT' ? 'the disk is full' : code === 'EFBIG' ? 'the file is larger than allowed here' : `it cannot be written (${code})`;
  return new SeedanceError('fs.write', `Could not save the download to ${dest}: ${why}.`, {
    hint: DISK_HINT,
    cause: error,
  });
}

async function hashExisting(path: string, length: number, hash: Hash): Promise<void> {
  for await (const chunk of createReadStream(path, { start: 0, end: length - 1 })) hash.update(chunk as Buffer);
}

/** Flush the file to disk; resolves with its size. */
async function fsyncFile(path: string): Promise<number> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
    return (await handle.stat()).size;
  } finally {
    await handle.close();
  }
}
