// Listing, deleting, signed URLs, Range requests, restarts, callback_url (never called), counters and modes.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { AUTH, call, create, NATIVE, probe, tempDir, testSimulator, waitDone } from './helpers.js';

const body = (prompt: string, extra: Record<string, unknown> = {}) => ({ model: 'doubao-seedance-2-0-260128', content: [{ type: 'text', text: prompt }], resolution: '480p', duration: 4, ...extra });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('list', () => {
  let sim: Simulator;
  const ids: string[] = [];
  beforeAll(async () => {
    sim = await testSimulator({ fast: true });
    for (let n = 0; n < 7; n++) ids.push(await create(sim, body(`list ${n}`)));
    await Promise.all(ids.map((id) => waitDone(sim, id)));
  });
  afterAll(async () => {
    await sim.close();
  });

  it('pages newest first with a total', async () => {
    const pages = [];
    for (let page = 1; page <= 3; page++) pages.push((await call(sim, 'GET', `${NATIVE}?page_num=${page}&page_size=3`)).json);
    expect(pages.map((p) => p.total)).toEqual([7, 7, 7]);
    expect(pages.flatMap((p) => p.items.map((t: { id: string }) => t.id))).toEqual([...ids].reverse());
    expect(pages[2].items).toHaveLength(1);
  });

  it('filters by repeated task ids and by status', async () => {
    const some = await call(sim, 'GET', `${NATIVE}?filter.task_ids=${ids[1]}&filter.task_ids=${ids[4]}&filter.task_ids=cgt-unknown`);
    expect(some.json.items.map((t: { id: string }) => t.id).sort()).toEqual([ids[1], ids[4]].sort());
    expect(some.json.total).toBe(2);
    expect((await call(sim, 'GET', `${NATIVE}?filter.status=succeeded&page_size=500`)).json.total).toBe(7);
    expect((await call(sim, 'GET', `${NATIVE}?filter.status=queued`)).json).toEqual({ items: [], total: 0 });
  });

  it.each([
    ['page_size=501', 'page_size'],
    ['page_size=0', 'page_size'],
    ['page_num=0', 'page_num'],
    ['page_num=x', 'page_num'],
    ['filter.status=done', 'filter.status'],
  ])('refuses %s', async (query, param) => {
    const answer = await call(sim, 'GET', `${NATIVE}?${query}`);
    expect(answer.status).toBe(400);
    expect(answer.json.error).toMatchObject({ code: 'InvalidParameter', param });
  });

  it('counts identical create bodies under one request hash', async () => {
    sim.resetStats();
    const twice = body('submitted twice', { seed: 4 });
    await create(sim, twice);
    await create(sim, { ...twice });
    await create(sim, body('another'));
    expect(Object.values(sim.stats().createsByRequest).sort()).toEqual([1, 2]);
  });
});

describe('delete', () => {
  it('cancels queued tasks, refuses running and cancelled ones, deletes finished records', async () => {
    const sim = await testSimulator({ fast: true, runningLimit: 1, latency: { queuedMs: 0, runningMs: 60_000 } });
    const quick = await testSimulator({ fast: true });
    try {
      const running = await create(sim, body('runs long'));
      const queued = await create(sim, body('waits'));
      expect((await call(sim, 'GET', `${NATIVE}/${queued}`)).json.status).toBe('queued');
      expect(await call(sim, 'DELETE', `${NATIVE}/${queued}`)).toMatchObject({ status: 200, json: {} });
      expect((await call(sim, 'GET', `${NATIVE}/${queued}`)).json.status).toBe('cancelled');
      const again = await call(sim, 'DELETE', `${NATIVE}/${queued}`);
      expect(again.status).toBe(409);
      const busy = await call(sim, 'DELETE', `${NATIVE}/${running}`);
      expect(busy.status).toBe(409);
      expect(busy.json.error.code).toBe('OperationDenied.TaskNotCancellable');
      expect(sim.stats()).toMatchObject({ deletes: 3, byStatus: { running: 1, cancelled: 1 } });

      const done = await create(quick, body('finished'));
      await waitDone(quick, done);
      expect((await call(quick, 'DELETE', `${NATIVE}/${done}`)).status).toBe(200);
      expect((await call(quick, 'GET', `${NATIVE}/${done}`)).status).toBe(404);
      expect((await call(quick, 'DELETE', `${NATIVE}/${done}`)).json.error.code).toBe('ResourceNotFound');
    } finally {
      await Promise.all([sim.close(), quick.close()]);
    }
  });
});

describe('signed URLs', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await testSimulator({ fast: true, urlTtlSeconds: 1 });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('expire after the TTL with 403, and a new query hands out a fresh URL', async () => {
    const id = await create(sim, body('expiring url', { return_last_frame: true }));
    const first = await waitDone(sim, id);
    const url = new URL(first.content.video_url);
    expect((await fetch(url)).status).toBe(200);
    const expires = Number(url.searchParams.get('expires'));
    await sleep(Math.max(0, expires * 1000 - Date.now()) + 50);
    const expired = await fetch(url);
    expect(expired.status).toBe(403);
    expect(((await expired.json()) as { error: { code: string } }).error.code).toBe('AccessDenied');
    expect((await fetch(first.content.last_frame_url)).status).toBe(403);
    const fresh = (await call(sim, 'GET', `${NATIVE}/${id}`)).json;
    expect(fresh.content.video_url).not.toBe(first.content.video_url);
    expect((await fetch(fresh.content.video_url)).status).toBe(200);
  });

  it('refuses a tampered signature, and a file of another task', async () => {
    const a = await waitDone(sim, await create(sim, body('tamper a')));
    const b = await waitDone(sim, await create(sim, body('tamper b')));
    // Flip the signature's first hex digit, whatever it is (a fixed replacement left it unchanged 1 time in 16).
    const tampered = a.content.video_url.replace(/signature=(.)/, (_m: string, c: string) => `signature=${c === '0' ? '1' : '0'}`);
    expect((await fetch(tampered)).status).toBe(403);
    const swapped = a.content.video_url.replace(a.id, b.id);
    expect((await fetch(swapped)).status).toBe(403);
  });

  it('serves Range requests and HEAD', async () => {
    const task = await waitDone(sim, await create(sim, body('ranges')));
    const whole = Buffer.from(await (await fetch(task.content.video_url)).arrayBuffer());
    const head = await fetch(task.content.video_url, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe(String(whole.length));
    expect(head.headers.get('accept-ranges')).toBe('bytes');
    const part = await fetch(task.content.video_url, { headers: { range: 'bytes=10-109' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 10-109/${whole.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(whole.subarray(10, 110))).toBe(true);
    const tail = await fetch(task.content.video_url, { headers: { range: 'bytes=-100' } });
    expect(Buffer.from(await tail.arrayBuffer()).equals(whole.subarray(whole.length - 100))).toBe(true);
    expect((await fetch(task.content.video_url, { headers: { range: `bytes=${whole.length}-` } })).status).toBe(416);
  });
});

describe('state', () => {
  it('a restarted simulator with the same stateDir knows earlier tasks, their URLs and unfinished work', async () => {
    const stateDir = await tempDir();
    const first = await testSimulator({ stateDir, latency: { queuedMs: 0, runningMs: 10 } });
    const done = await waitDone(first, await create(first, body('before the restart', { return_last_frame: true })));
    await first.close();
    const slow = await testSimulator({ stateDir, latency: { queuedMs: 300, runningMs: 10 } });
    const pending = await create(slow, body('unfinished at the restart'));
    await slow.close();
    const second = await testSimulator({ stateDir });
    try {
      const again = await waitDone(second, done.id);
      expect(again).toMatchObject({ id: done.id, status: 'succeeded', seed: done.seed });
      // The old URL carries the old port, but its signature still holds on the new server.
      const old = new URL(done.content.video_url);
      expect((await fetch(`${second.url}${old.pathname}${old.search}`)).status).toBe(200);
      expect((await waitDone(second, pending)).status).toBe('succeeded');
    } finally {
      await second.close();
    }
  });
});

describe('modes and extras', () => {
  it('fast mode shares one clip per shape and still has the right size', async () => {
    const sim = await testSimulator({ fast: true });
    try {
      const [a, b] = await Promise.all([create(sim, body('fast one', { seed: 1 })), create(sim, body('fast two', { seed: 2 }))]);
      const [ta, tb] = await Promise.all([waitDone(sim, a), waitDone(sim, b)]);
      const bytes = async (url: string) => createHash('sha256').update(Buffer.from(await (await fetch(url)).arrayBuffer())).digest('hex');
      expect(await bytes(ta.content.video_url)).toBe(await bytes(tb.content.video_url));
      const dir = await tempDir();
      const file = join(dir, 'fast.mp4');
      await writeFile(file, Buffer.from(await (await fetch(ta.content.video_url)).arrayBuffer()));
      expect(await probe(file)).toMatchObject({ width: 864, height: 496, frames: 96 });
    } finally {
      await sim.close();
    }
  });

  it('videoOverride serves a given file for every task', async () => {
    const dir = await tempDir();
    const file = join(dir, 'override.mp4');
    const source = await testSimulator({ fast: true });
    const task = await waitDone(source, await create(source, body('the override')));
    await writeFile(file, Buffer.from(await (await fetch(task.content.video_url)).arrayBuffer()));
    await source.close();
    const sim = await testSimulator({ videoOverride: file });
    try {
      const served = await waitDone(sim, await create(sim, body('anything', { resolution: '720p' })));
      const got = Buffer.from(await (await fetch(served.content.video_url)).arrayBuffer());
      expect(got.equals(await readFile(file))).toBe(true);
    } finally {
      await sim.close();
    }
  });

  it('strict media fails a task whose input cannot be fetched', async () => {
    const sim = await testSimulator({ fast: true, strictMedia: true });
    try {
      const id = await create(sim, body('strict', { content: [{ type: 'text', text: 'strict' }, { type: 'image_url', image_url: { url: 'https://example.com/first.png' }, role: 'first_frame' }] }));
      const task = await waitDone(sim, id);
      expect(task).toMatchObject({ status: 'failed', error: { code: 'InvalidParameter.DownloadFailed' } });
      expect(task.error.message).toContain('example.com');
    } finally {
      await sim.close();
    }
  });

  it('the OpenAI /content endpoint answers an error before completion', async () => {
    const sim = await testSimulator({ fast: true, latency: { queuedMs: 60_000, runningMs: 10 } });
    try {
      const created = await call(sim, 'POST', '/v1/videos', { prompt: 'not yet', model: 'doubao-seedance-2' });
      const early = await call(sim, 'GET', `/v1/videos/${created.json.id}/content`);
      expect(early.status).toBe(409);
      expect(early.json.error.code).toBe('VideoNotReady');
      expect((await call(sim, 'GET', `/v1/videos/${created.json.id}/content`, undefined, {})).status).toBe(401);
    } finally {
      await sim.close();
    }
  });

  it('stores and echoes callback_url but never calls it (the simulator makes no outbound requests)', async () => {
    const seen: string[] = [];
    const hook = createServer((req, res) => {
      seen.push(req.method ?? '?');
      res.end();
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    const sim = await testSimulator({ fast: true, latency: { queuedMs: 30, runningMs: 30 } });
    try {
      const callback = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
      const id = await create(sim, body('call me back', { callback_url: callback }));
      const done = await waitDone(sim, id);
      expect(done.status).toBe('succeeded');
      expect(done.callback_url).toBe(callback);
      await sleep(200);
      expect(seen).toEqual([]);
    } finally {
      await sim.close();
      await new Promise((resolve) => hook.close(resolve));
    }
  });

  it('GET /__simulator/stats returns the same counters as stats()', async () => {
    const sim = await testSimulator({ fast: true });
    try {
      await create(sim, body('counted'));
      await call(sim, 'GET', `${NATIVE}?page_size=1`);
      const remote = (await call(sim, 'GET', '/__simulator/stats', undefined, {})).json;
      const local = sim.stats();
      expect(remote).toMatchObject({ creates: 1, createRequests: 1, lists: 1, queries: 0 });
      expect(Object.keys(remote).sort()).toEqual(Object.keys(local).sort());
      expect(remote.createsByRequest).toEqual(local.createsByRequest);
      expect((await fetch(`${sim.url}/__simulator/stats`, { headers: AUTH })).status).toBe(200);
    } finally {
      await sim.close();
    }
  });
});
