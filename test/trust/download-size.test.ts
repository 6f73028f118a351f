// Issue 12, item 4: a download that declares 3 GiB used to stream until the disk was full. Sizes
// no clip of the expected resolution and length could have are refused before a byte is written,
// a transfer that goes past the ceiling without declaring a size is stopped, and a declared size
// larger than the free space is refused before streaming. The servers here never send more than a
// few MB, whatever they declare.
import { readdir, statfs, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/api/index.js';
import { DEFAULT_MAX_DOWNLOAD_BYTES, clipByteCeiling } from '../../src/api/download-limits.js';
import { downloadToFile, type DownloadOptions } from '../../src/api/download.js';
import { createAgent } from '../../src/api/http.js';
import { isSeedanceError } from '../../src/core/errors.js';
import type { Simulator } from '../../src/simulator/index.js';
import { lockPathFor, readLock } from '../../src/state/lock.js';
import { eventsOf, run, startSim, tempDir, writeStoryboard } from '../run/harness.js';
import { listen, simulatorRelay } from './net-fakes.js';

const GiB = 1024 ** 3;
const MB = 1_000_000;

/** Declares `declared` bytes (or none), sends `send` bytes of zeros, then hangs up. */
async function liar(declared: number | undefined, send: number): Promise<{ url: string; close: () => Promise<void>; requests: () => number }> {
  let requests = 0;
  const server = await listen((_req, res: ServerResponse) => {
    requests++;
    res.writeHead(200, { 'content-type': 'video/mp4', ...(declared !== undefined ? { 'content-length': String(declared) } : {}) });
    let left = send;
    const chunk = Buffer.alloc(64 * 1024);
    const pump = (): void => {
      while (left > 0) {
        const part = chunk.subarray(0, Math.min(chunk.length, left));
        left -= part.length;
        if (!res.write(part)) return void res.once('drain', pump);
      }
      if (declared === undefined) res.end();
      else res.destroy();
    };
    pump();
  });
  return { url: `${server.url}/video.mp4`, close: server.close, requests: () => requests };
}

const options = (extra: Partial<DownloadOptions> = {}): DownloadOptions => ({
  agent: createAgent({ connectTimeoutMs: 2000, responseTimeoutMs: 5000, connections: 2 }),
  headers: {},
  policy: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 100 },
  random: () => 0,
  ...extra,
});

const failureOf = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => undefined, (error: unknown) => error);
const sizeOf = (path: string): Promise<number | undefined> => stat(path).then((s) => s.size, () => undefined);

describe('clipByteCeiling', () => {
  it('is generous for real clips (50 Mbit/s of video plus audio, at least 8 MiB), and far below 3 GiB', () => {
    const p480 = clipByteCeiling({ width: 864, height: 496, durationSeconds: 5 });
    // A real 480p 5 s clip is about 1 MB, the simulator's 0.5 MB.
    expect(p480).toBeGreaterThan(30 * MB);
    expect(p480).toBeLessThan(60 * MB);
    const p1080 = clipByteCeiling({ width: 1920, height: 1080, durationSeconds: 15 });
    expect(p1080).toBeGreaterThan(100 * MB);
    expect(p1080).toBeLessThan(130 * MB);
    // 4k has four times the pixels: four times the allowance.
    expect(clipByteCeiling({ width: 3840, height: 2160, durationSeconds: 15 })).toBeGreaterThan(3.5 * p1080);
    expect(clipByteCeiling({ width: 1, height: 1, durationSeconds: 0.1 })).toBeGreaterThanOrEqual(8 * 1024 * 1024);
    // Unknown size or length: the largest the models make (4k, 30 s), still far below 3 GiB.
    const unknown = clipByteCeiling({});
    expect(unknown).toBeGreaterThanOrEqual(clipByteCeiling({ width: 3840, height: 2160, durationSeconds: 30 }));
    expect(unknown).toBeLessThan(GiB);
    expect(DEFAULT_MAX_DOWNLOAD_BYTES).toBeLessThan(3 * GiB);
  });
});

describe('a declared size', () => {
  it('that no 5 s 480p clip could have (3 GiB) is refused before a byte is written, and not retried', async () => {
    const server = await liar(3 * GiB, 2 * MB);
    const dir = await tempDir('seedance-size-');
    const dest = join(dir, '.one.mp4.part');
    try {
      const maxBytes = clipByteCeiling({ width: 864, height: 496, durationSeconds: 5 });
      const failure = await failureOf(downloadToFile(server.url, dest, options({ maxBytes })));
      expect(isSeedanceError(failure, 'download.too-large'), String(failure)).toBe(true);
      expect(isSeedanceError(failure) && failure.message).toMatch(/^The server declares 3\.0 GB for http:\/\/127\.0\.0\.1:\d+\/video\.mp4, more than a clip of this size and length can be \(at most \d+\.\d MB\); nothing was saved\.$/);
      expect(isSeedanceError(failure) && failure.hint).toContain('run again');
      expect(server.requests()).toBe(1);
      expect(await sizeOf(dest)).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it('is refused by the client even when the caller names no ceiling (the default, 1 GiB)', async () => {
    const server = await liar(3 * GiB, 2 * MB);
    const client = createClient({ format: 'native', baseUrl: 'http://127.0.0.1:1', apiKey: 'k', retry: { baseDelayMs: 5, maxDelayMs: 20, maxAttempts: 3 } });
    const dir = await tempDir('seedance-size-');
    try {
      const failure = await failureOf(client.download(server.url, join(dir, 'v.mp4')));
      expect(isSeedanceError(failure, 'download.too-large'), String(failure)).toBe(true);
      expect(server.requests()).toBe(1);
    } finally {
      await client.close();
      await server.close();
    }
  });

  it('larger than the free space is refused before streaming, naming both sizes and what to do', async () => {
    const dir = await tempDir('seedance-size-');
    const fs = await statfs(dir);
    const free = Number(fs.bavail) * Number(fs.bsize);
    const server = await liar(free + GiB, 2 * MB);
    const dest = join(dir, '.one.mp4.part');
    try {
      const failure = await failureOf(downloadToFile(server.url, dest, options({ maxBytes: Number.MAX_SAFE_INTEGER })));
      expect(isSeedanceError(failure, 'fs.write'), String(failure)).toBe(true);
      const quoted = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(isSeedanceError(failure) && failure.message).toMatch(new RegExp(`^Could not save the download to ${quoted(dest)}: the disk is full\\. The server declares [\\d.]+ [GT]B for http://127\\.0\\.0\\.1:\\d+/video\\.mp4 and the disk holding ${quoted(dir)} has [\\d.]+ [kMGT]B free, so nothing was written\\.$`));
      expect(isSeedanceError(failure) && failure.hint).toContain('Free some space');
      expect(server.requests()).toBe(1);
      expect(await sizeOf(dest)).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});

describe('a transfer without a declared size', () => {
  it('is stopped once it passes the ceiling, and the partial file is removed', async () => {
    const server = await liar(undefined, 6 * MB);
    const dir = await tempDir('seedance-size-');
    const dest = join(dir, '.one.mp4.part');
    try {
      const failure = await failureOf(downloadToFile(server.url, dest, options({ maxBytes: 1024 * 1024 })));
      expect(isSeedanceError(failure, 'download.too-large'), String(failure)).toBe(true);
      expect(isSeedanceError(failure) && failure.message).toMatch(/^The download of http:\/\/127\.0\.0\.1:\d+\/video\.mp4 went past 1\.0 MB, more than a clip of this size and length can be; it was stopped and nothing was saved\.$/);
      expect(server.requests()).toBe(1);
      expect(await sizeOf(dest)).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it('within the ceiling is saved as before', async () => {
    const server = await liar(undefined, 2 * MB);
    const dir = await tempDir('seedance-size-');
    try {
      const result = await downloadToFile(server.url, join(dir, 'v.mp4'), options({ maxBytes: 3 * MB }));
      expect(result.bytes).toBe(2 * MB);
    } finally {
      await server.close();
    }
  });
});

/**
 * The simulator behind a relay that answers a clip with a declared 200 MB while `lying` says so
 * (2 MB of zeros sent, then it hangs up): below the client's default ceiling (1 GiB), far above
 * what a 5 s 480p clip can be.
 */
function lyingRelay(sim: Simulator, lying: () => boolean): Promise<{ url: string; close: () => Promise<void> }> {
  return simulatorRelay(sim.url, {
    answer: (req, res) => {
      if (!lying() || !req.url?.startsWith('/__files/') || !req.url.includes('.mp4')) return false;
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(200 * MB) });
      res.end(Buffer.alloc(2 * MB));
      return true;
    },
  });
}

describe('seedance run fetching a clip whose server declares 200 MB', () => {
  it('refuses it before writing, keeps the task, and fetches it without paying again once the server sends the clip', async () => {
    const sim = await startSim({ latency: { queuedMs: 10, runningMs: [40, 80] } });
    let lying = true;
    const relay = await lyingRelay(sim, () => lying);
    try {
      const dir = await tempDir('seedance-size-run-');
      const file = await writeStoryboard(dir, 'version: 1\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n  - { id: one, prompt: A heron waits in the reeds, seed: 4 }\n');
      const refused = await run(file, sim, { client: { baseUrl: relay.url }, skipConcat: true });
      expect(refused.summary).toMatchObject({ made: 0, failed: 1 });
      const failure = eventsOf(refused.events, 'shot-failed')[0];
      expect(failure?.code).toBe('download.too-large');
      expect(failure?.message).toMatch(/declares 190\.7 MB .* more than a clip of this size and length can be/);
      const lock = await readLock(lockPathFor(file), file);
      expect(lock.shots.one).toMatchObject({ status: 'succeeded', taskId: expect.stringMatching(/^cgt-/) });
      expect((await readdir(join(dir, 'out', 'story'))).filter((f) => f.includes('one'))).toEqual([]);
      lying = false;
      const fetched = await run(file, sim, { client: { baseUrl: relay.url }, skipConcat: true });
      expect(fetched.summary).toMatchObject({ made: 1, failed: 0 });
      expect(sim.stats().creates).toBe(1);
    } finally {
      await relay.close();
      await sim.close();
    }
  });
});
