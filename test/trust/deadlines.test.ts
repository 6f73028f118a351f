// Issue 12, item 3: a server that trickles its answer (a byte now and then, never a gap long
// enough for the between-chunks timeout) used to hang `run` forever. Every JSON request now has an
// overall deadline and every download a minimum rate; then the usual retry rules apply (a create
// that timed out is an unknown outcome, so the lost-create search runs first). Small timeouts
// through ClientOptions keep these tests to seconds: with responseTimeoutMs R the JSON deadline is
// 2R and the download rate is measured over R (defaults 2 min and 30 s).
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient, type ApiNotice } from '../../src/api/index.js';
import { downloadToFile } from '../../src/api/download.js';
import { createAgent, requestJson } from '../../src/api/http.js';
import { isSeedanceError } from '../../src/core/errors.js';
import type { Simulator } from '../../src/simulator/index.js';
import { eventsOf, run, startSim, tempDir, writeStoryboard } from '../run/harness.js';
import { listen, simulatorRelay, type Loopback } from './net-fakes.js';

const BODY = { model: 'doubao-seedance-2.0', content: [{ type: 'text', text: 'a trickled answer' }], resolution: '480p', ratio: '16:9', duration: 5 };
const FAST_RETRY = { baseDelayMs: 10, maxDelayMs: 50 };

/** Send `text` a byte every `everyMs` after the first `fast` bytes, until done or the client leaves. */
function trickle(res: ServerResponse, text: string | Buffer, everyMs: number, fast = 1): void {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
  let at = Math.min(fast, bytes.length);
  res.write(bytes.subarray(0, at));
  const timer = setInterval(() => {
    if (res.destroyed || at >= bytes.length) {
      clearInterval(timer);
      if (!res.destroyed) res.end();
      return;
    }
    res.write(bytes.subarray(at, at + 1));
    at++;
  }, everyMs);
  res.on('close', () => clearInterval(timer));
}

/** Forever: a byte every `everyMs` of an answer that never ends. */
const FOREVER = ' '.repeat(100_000);

function json(res: ServerResponse, value: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

const since = (start: number): number => Date.now() - start;

describe('JSON requests have an overall deadline', () => {
  it('a create whose answer trickles times out, the lost-create search finds the task it made, and nothing is sent twice', async () => {
    let creates = 0;
    let lists = 0;
    const made = { id: 'cgt-trickled', status: 'queued', model: 'doubao-seedance-2-0-260128', resolution: '480p', ratio: '16:9', duration: 5, created_at: Math.floor(Date.now() / 1000) };
    const server = await listen((req, res) => {
      if (req.method === 'POST') {
        creates++;
        res.writeHead(200, { 'content-type': 'application/json' });
        return trickle(res, `{${FOREVER}`, 200);
      }
      lists++;
      json(res, { items: [made], total: 1 });
    });
    const notices: ApiNotice[] = [];
    const client = createClient({ format: 'native', baseUrl: server.url, apiKey: 'k', responseTimeoutMs: 1000, retry: FAST_RETRY, onNotice: (n) => notices.push(n) });
    try {
      const start = Date.now();
      const created = await client.create(BODY);
      expect(created).toMatchObject({ id: 'cgt-trickled', recovered: true });
      expect(since(start)).toBeLessThan(8_000);
      expect(creates).toBe(1);
      expect(lists).toBeGreaterThan(0);
      const unknown = notices.find((n) => n.type === 'create-unknown');
      expect(unknown && 'reason' in unknown ? unknown.reason : '').toMatch(/POST http:\/\/127\.0\.0\.1:\d+\/api\/v3\/contents\/generations\/tasks got no complete answer within 2 s/);
    } finally {
      await client.close();
      await server.close();
    }
  }, 20_000);

  it('a query whose answer trickles times out and is asked again; one that always trickles fails with a clear message', async () => {
    let queries = 0;
    const server = await listen((req, res) => {
      queries++;
      res.writeHead(200, { 'content-type': 'application/json' });
      if (req.url?.includes('always') || queries === 1) return trickle(res, `{${FOREVER}`, 200);
      res.end(JSON.stringify({ id: 'cgt-1', status: 'running' }));
    });
    const notices: ApiNotice[] = [];
    const client = createClient({ format: 'native', baseUrl: server.url, apiKey: 'k', responseTimeoutMs: 500, retry: { ...FAST_RETRY, maxAttempts: 2 }, onNotice: (n) => notices.push(n) });
    try {
      expect(await client.get('cgt-1')).toMatchObject({ id: 'cgt-1', status: 'running' });
      expect(notices.some((n) => n.type === 'retry' && n.reason.includes('got no complete answer within 1 s'))).toBe(true);
      const failure = await client.get('always').then(() => undefined, (error: unknown) => error);
      expect(isSeedanceError(failure, 'api.timeout')).toBe(true);
      expect(isSeedanceError(failure) && failure.message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/api\/v3\/contents\/generations\/tasks\/always got no complete answer within 1 s: the server kept the connection open but sent its answer too slowly\.$/);
      expect(isSeedanceError(failure) && failure.hint).toBeTruthy();
    } finally {
      await client.close();
      await server.close();
    }
  }, 20_000);

  it('the deadline is its own setting of the HTTP layer (requestTimeoutMs), apart from the response timeout', async () => {
    const server = await listen((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      trickle(res, `{${FOREVER}`, 100);
    });
    const agent = createAgent({ connectTimeoutMs: 1000, responseTimeoutMs: 60_000, connections: 1, requestTimeoutMs: 700 });
    try {
      const start = Date.now();
      const failure = await requestJson(agent, 'GET', `${server.url}/x`, {}, undefined, undefined).then(() => undefined, (error: unknown) => error);
      expect(isSeedanceError(failure, 'api.timeout')).toBe(true);
      expect((failure as { outcome?: string }).outcome).toBe('unknown');
      expect(since(start)).toBeLessThan(5_000);
    } finally {
      await agent.close();
      await server.close();
    }
  }, 20_000);

  it('a caller\'s abort is still an abort, not a timeout', async () => {
    const server = await listen((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      trickle(res, `{${FOREVER}`, 100);
    });
    const agent = createAgent({ connectTimeoutMs: 1000, responseTimeoutMs: 60_000, connections: 1, requestTimeoutMs: 10_000 });
    try {
      const abort = new AbortController();
      setTimeout(() => abort.abort(), 300);
      const failure = await requestJson(agent, 'GET', `${server.url}/x`, {}, undefined, abort.signal).then(() => undefined, (error: unknown) => error);
      expect(isSeedanceError(failure, 'interrupted')).toBe(true);
    } finally {
      await agent.close();
      await server.close();
    }
  });
});

const FILE = Buffer.alloc(200_000, 7);
const FILE_SHA = createHash('sha256').update(FILE).digest('hex');

/** Serves FILE with Range; `slow(n)` says whether the n-th request (from 1) trickles after its first 1000 bytes. */
async function fileServer(slow: (n: number) => boolean): Promise<Loopback & { requests: () => number }> {
  let n = 0;
  const server = await listen((req: IncomingMessage, res: ServerResponse) => {
    n++;
    const range = /bytes=(\d+)-/.exec(req.headers.range ?? '');
    const from = range ? Number(range[1]) : 0;
    const body = FILE.subarray(from);
    res.writeHead(range ? 206 : 200, { 'content-type': 'video/mp4', 'content-length': String(body.length), ...(range ? { 'content-range': `bytes ${from}-${FILE.length - 1}/${FILE.length}` } : {}) });
    if (slow(n)) trickle(res, body, 250, 1000);
    else res.end(body);
  });
  return { ...server, requests: () => n };
}

describe('downloads have a minimum rate', () => {
  it('a download that trickles is a stall: it is resumed from where it stopped and ends with exactly the bytes', async () => {
    const server = await fileServer((n) => n === 1);
    const notices: ApiNotice[] = [];
    const client = createClient({ format: 'native', baseUrl: server.url, apiKey: 'k', responseTimeoutMs: 1000, retry: FAST_RETRY, onNotice: (n) => notices.push(n) });
    const dir = await tempDir('seedance-stall-');
    try {
      const start = Date.now();
      const result = await client.download(`${server.url}/video.mp4`, join(dir, 'video.mp4'));
      expect(result).toEqual({ bytes: FILE.length, sha256: FILE_SHA });
      expect(createHash('sha256').update(await readFile(join(dir, 'video.mp4'))).digest('hex')).toBe(FILE_SHA);
      expect(since(start)).toBeLessThan(8_000);
      expect(server.requests()).toBe(2);
      const retry = notices.find((n) => n.type === 'retry');
      expect(retry && 'reason' in retry ? retry.reason : '').toMatch(/^The download of http:\/\/127\.0\.0\.1:\d+\/video\.mp4 stalled: \d+ bytes? in the last 1 s, below the 10 kB\/s a transfer needs/);
    } finally {
      await client.close();
      await server.close();
    }
  }, 20_000);

  it('one that keeps trickling fails with a message that says so and what to do', async () => {
    const server = await fileServer(() => true);
    const client = createClient({ format: 'native', baseUrl: server.url, apiKey: 'k', responseTimeoutMs: 800, retry: { ...FAST_RETRY, maxAttempts: 2 } });
    const dir = await tempDir('seedance-stall-');
    try {
      const failure = await client.download(`${server.url}/video.mp4`, join(dir, 'video.mp4')).then(() => undefined, (error: unknown) => error);
      expect(isSeedanceError(failure, 'download.failed')).toBe(true);
      expect(isSeedanceError(failure) && failure.message).toMatch(/^Downloading http:\/\/127\.0\.0\.1:\d+\/video\.mp4 failed 2 times: The download of .* stalled/);
      expect(isSeedanceError(failure) && failure.hint).toContain('Run again');
    } finally {
      await client.close();
      await server.close();
    }
  }, 20_000);

  it('the rate is its own setting of the HTTP layer (downloadMinRate)', async () => {
    const server = await fileServer(() => true);
    const agent = createAgent({ connectTimeoutMs: 1000, responseTimeoutMs: 60_000, connections: 1, downloadMinRate: { bytesPerSecond: 50_000, windowMs: 400 } });
    const dir = await tempDir('seedance-stall-');
    try {
      const start = Date.now();
      const failure = await downloadToFile(`${server.url}/video.mp4`, join(dir, 'v.mp4'), { agent, headers: {}, policy: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1 }, random: () => 0 }).then(() => undefined, (error: unknown) => error);
      expect(isSeedanceError(failure) && failure.message).toMatch(/stalled: \d+ bytes? in the last 0\.4 s, below the 50 kB\/s/);
      expect(since(start)).toBeLessThan(5_000);
    } finally {
      await agent.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 20_000);
});

/** The simulator behind a relay that trickles the answers `slow` picks. */
function tricklingProxy(sim: Simulator, slow: (req: IncomingMessage) => boolean): Promise<Loopback> {
  return simulatorRelay(sim.url, { send: (req, res, body, json) => (slow(req) ? trickle(res, body, 250, json ? 1 : 2000) : res.end(body)) });
}

describe('seedance run against a trickling server', () => {
  it('finishes: the trickled create is found again (one task), the trickled download resumed', async () => {
    const sim = await startSim();
    let createsSeen = 0;
    let downloadsSeen = 0;
    const proxy = await tricklingProxy(sim, (req) => {
      if (req.method === 'POST') return ++createsSeen === 1;
      if (req.url?.startsWith('/__files/') && req.url.includes('.mp4')) return ++downloadsSeen === 1;
      return false;
    });
    try {
      const dir = await tempDir('seedance-trickle-run-');
      const file = await writeStoryboard(dir, 'version: 1\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n  - { id: one, prompt: A heron waits in the reeds, seed: 4 }\n');
      const start = Date.now();
      const notices: ApiNotice[] = [];
      const result = await run(file, sim, { client: { baseUrl: proxy.url, responseTimeoutMs: 1000, onNotice: (n) => notices.push(n) }, skipConcat: true });
      expect(result.summary, JSON.stringify(result.events.slice(-5))).toMatchObject({ made: 1, failed: 0 });
      expect(sim.stats().creates).toBe(1);
      expect(createsSeen).toBe(1);
      expect(downloadsSeen).toBeGreaterThanOrEqual(2);
      expect(notices.some((n) => n.type === 'create-unknown' && n.reason.includes('no complete answer within 2 s'))).toBe(true);
      expect(notices.some((n) => n.type === 'retry' && n.operation === 'download' && n.reason.includes('stalled'))).toBe(true);
      expect(eventsOf(result.events, 'shot-done')).toHaveLength(1);
      expect(since(start)).toBeLessThan(30_000);
    } finally {
      await proxy.close();
      await sim.close();
    }
  }, 45_000);
});
