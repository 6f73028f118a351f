// The latency model, the running limit per model and the creates-per-minute limit.
import { describe, expect, it } from 'vitest';
import { randomStreams, sampleLatency } from '../../src/simulator/random.js';
import { call, create, NATIVE, testSimulator, waitDone } from './helpers.js';

const body = (prompt: string, model = 'doubao-seedance-2-0-260128') => ({ model, content: [{ type: 'text', text: prompt }], resolution: '480p', duration: 4 });

describe('running limit', () => {
  it('keeps tasks over the limit queued, per model', async () => {
    const sim = await testSimulator({ fast: true, runningLimit: 2, latency: { queuedMs: 0, runningMs: 60_000 } });
    try {
      await Promise.all([1, 2, 3, 4, 5].map((n) => create(sim, body(`limited ${n}`))));
      const other = await create(sim, body('another model', 'doubao-seedance-2-0-fast-260128'));
      const running = await call(sim, 'GET', `${NATIVE}?filter.status=running&page_size=50`);
      const queued = await call(sim, 'GET', `${NATIVE}?filter.status=queued&page_size=50`);
      // Two of the five run; the other model has its own limit, so its task runs too.
      expect(running.json.total).toBe(3);
      expect(queued.json.total).toBe(3);
      expect(running.json.items.map((t: { id: string }) => t.id)).toContain(other);
      expect(sim.stats()).toMatchObject({ inFlight: 6, maxInFlight: 6, byStatus: { running: 3, queued: 3 } });
    } finally {
      await sim.close();
    }
  });

  it('never runs more than the limit at once, and starts queued tasks as slots free up', async () => {
    // Tasks run 600 ms: all five creates land while the first two still run, even on a busy
    // machine, so all five are in flight at once (maxInFlight 5). At 100 ms a loaded machine
    // spread the creates wider than that.
    const sim = await testSimulator({ fast: true, runningLimit: 2, latency: { queuedMs: 0, runningMs: 600 } });
    try {
      const ids = await Promise.all([1, 2, 3, 4, 5].map((n) => create(sim, body(`timeline ${n}`))));
      for (const id of ids) expect((await waitDone(sim, id)).status).toBe('succeeded');
      // From the recorded timeline: at no instant were more than two running.
      const timeline = sim.stats().tasks;
      expect(timeline).toHaveLength(5);
      for (const task of timeline) {
        const overlapping = timeline.filter((t) => (t.startedAt as number) <= (task.startedAt as number) && (t.finishedAt as number) > (task.startedAt as number));
        expect(overlapping.length).toBeLessThanOrEqual(2);
      }
      expect(sim.stats()).toMatchObject({ inFlight: 0, maxInFlight: 5 });
    } finally {
      await sim.close();
    }
  });
});

describe('creates per minute', () => {
  it('answers 429 RateLimitExceeded with Retry-After over the limit, creating nothing', async () => {
    const sim = await testSimulator({ fast: true, createsPerMinute: 3 });
    try {
      for (let n = 0; n < 3; n++) expect((await call(sim, 'POST', NATIVE, body(`rpm ${n}`))).status).toBe(200);
      const refused = await call(sim, 'POST', NATIVE, body('one too many'));
      expect(refused.status).toBe(429);
      expect(refused.json.error.code).toMatch(/^RateLimitExceeded/);
      const wait = Number(refused.headers.get('retry-after'));
      expect(wait).toBeGreaterThanOrEqual(1);
      expect(wait).toBeLessThanOrEqual(60);
      expect(sim.stats()).toMatchObject({ creates: 3, createRequests: 4 });
    } finally {
      await sim.close();
    }
  });

  it('counts per key, as the service counts per account: one key at its limit leaves another its own', async () => {
    const sim = await testSimulator({ fast: true, createsPerMinute: 2 });
    const as = (key: string) => ({ authorization: `Bearer ${key}` });
    try {
      for (let n = 0; n < 2; n++) expect((await call(sim, 'POST', NATIVE, body(`key a ${n}`), as('rpm-key-a'))).status).toBe(200);
      expect((await call(sim, 'POST', NATIVE, body('key a, one too many'), as('rpm-key-a'))).status).toBe(429);
      for (let n = 0; n < 2; n++) expect((await call(sim, 'POST', NATIVE, body(`key b ${n}`), as('rpm-key-b'))).status).toBe(200);
      expect((await call(sim, 'POST', NATIVE, body('key b, one too many'), as('rpm-key-b'))).status).toBe(429);
      expect(sim.stats().creates).toBe(4);
    } finally {
      await sim.close();
    }
  });
});

describe('latency and progress', () => {
  it('reports progress rising while running, and 100 when completed', async () => {
    const sim = await testSimulator({ fast: true, latency: { queuedMs: 0, runningMs: 1500 } });
    try {
      const created = await call(sim, 'POST', '/v1/videos', { prompt: 'progress', model: 'doubao-seedance-2', duration: 4 });
      expect(created.json).toMatchObject({ object: 'video', status: 'in_progress', seconds: '4', size: '1280x720', error: null });
      const seen: number[] = [];
      for (;;) {
        const video = (await call(sim, 'GET', `/v1/videos/${created.json.id}`)).json;
        if (video.status !== 'in_progress') {
          expect(video).toMatchObject({ status: 'completed', progress: 100 });
          break;
        }
        seen.push(video.progress);
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      expect(seen.length).toBeGreaterThan(1);
      expect(seen.every((p) => p >= 1 && p <= 99)).toBe(true);
      expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    } finally {
      await sim.close();
    }
  });

  it('draws the same latencies from the same simulator seed', () => {
    const draw = (seed: number) => {
      const streams = randomStreams(seed);
      return Array.from({ length: 8 }, () => sampleLatency([100, 5000], streams.latency));
    };
    expect(draw(3)).toEqual(draw(3));
    expect(draw(3)).not.toEqual(draw(4));
    expect(draw(3).every((ms) => ms >= 100 && ms <= 5000)).toBe(true);
    expect(sampleLatency(250, randomStreams(1).latency)).toBe(250);
  });

  it('with queued latency, a task is queued first and shows no progress', async () => {
    const sim = await testSimulator({ fast: true, latency: { queuedMs: 60_000, runningMs: 10 } });
    try {
      const created = await call(sim, 'POST', '/v1/videos', { prompt: 'waiting', model: 'doubao-seedance-2' });
      expect(created.json).toMatchObject({ status: 'queued', progress: 0 });
      const id = await create(sim, body('native waiting'));
      expect((await call(sim, 'GET', `${NATIVE}/${id}`)).json).toMatchObject({ status: 'queued', error: null });
    } finally {
      await sim.close();
    }
  });
});
