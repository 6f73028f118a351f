// The poller's fastest useful interval: learned from how long this run's tasks run (a fiftieth
// of the typical running time, never under 100 ms), so a quick
// service (the simulator, seconds a task) is asked often enough that noticing a finish costs a
// small share of a task, while a real one (minutes a task) is still asked once a second at most.
import { describe, expect, it } from 'vitest';
import { FASTEST_POLL_MS, desiredInterval, fastestUseful, learnedTaskMs } from '../../src/run/poller.js';

describe('fastestUseful', () => {
  it.each([
    ['nothing seen yet: the configured minimum', 1_000, [], 1_000],
    ['10 s tasks: a fiftieth of them', 1_000, [9_000, 10_000, 11_000], 200],
    ['the median, not the mean: one slow task does not slow the cadence', 1_000, [9_000, 10_000, 600_000], 200],
    ['3.5 s tasks: a fiftieth is under the floor, so the floor', 1_000, [3_000, 3_500, 4_000], FASTEST_POLL_MS],
    ['minutes a task: never slower than the minimum', 1_000, [120_000, 180_000], 1_000],
    ['sub-second tasks: never faster than the floor', 1_000, [200, 300, 400], FASTEST_POLL_MS],
    ['a configured minimum below the floor is kept as the upper bound', 50, [3_000], 50],
  ])('%s', (_name, min, times, expected) => {
    expect(fastestUseful(min, times)).toBe(expected);
  });
});

describe('learnedTaskMs', () => {
  it('counts from when a poll first saw the task running: time queued behind the running limit does not count', () => {
    expect(learnedTaskMs({ since: 1_000, runningSince: 41_000 }, 44_000)).toBe(3_000);
  });
  it('counts from the submission when no poll saw the task running', () => {
    expect(learnedTaskMs({ since: 1_000 }, 4_500)).toBe(3_500);
  });
});

describe('desiredInterval with a learned minimum', () => {
  const now = 1_000_000;
  it('asks about a young task at the learned minimum, an older one less often', () => {
    const min = fastestUseful(1_000, [10_000]);
    expect(desiredInterval({ since: now - 2_000 }, min, 10_000, now)).toBe(200);
    expect(desiredInterval({ since: now - 60_000 }, min, 10_000, now)).toBe(2_000);
    expect(desiredInterval({ since: now - 900_000 }, min, 10_000, now)).toBe(10_000);
  });
});

describe('polling the native format', () => {
  it('asks about every task in flight with one list request a tick, however many there are', async () => {
    const { createClient } = await import('../../src/api/index.js');
    const { Poller } = await import('../../src/run/poller.js');
    const { startSimulator } = await import('../../src/simulator/index.js');
    const sim = await startSimulator({ fast: true, latency: { queuedMs: 0, runningMs: 1200 }, runningLimit: 100 });
    const client = createClient({ format: 'native', baseUrl: sim.url, apiKey: 'k' });
    try {
      const ids = await Promise.all(Array.from({ length: 40 }, (_, i) => client.create({ model: 'doubao-seedance-2.0', content: [{ type: 'text', text: `task ${i}` }], resolution: '480p', duration: 5 }).then((r) => r.id)));
      sim.resetStats();
      const poller = new Poller(client, { minMs: 200 });
      const started = Date.now();
      const done = await Promise.all(ids.map((id) => poller.wait(id)));
      const elapsed = Date.now() - started;
      expect(done.every((t) => t.status === 'succeeded')).toBe(true);
      const stats = sim.stats();
      expect(stats.queries).toBe(0);
      // One list per tick (200 ms, then as tasks are seen finishing in 1.2 s, the fastest the poller
      // goes): 40 tasks do not multiply the requests.
      expect(stats.lists).toBeLessThanOrEqual(Math.ceil(elapsed / FASTEST_POLL_MS) + 1);
      expect(stats.lists).toBeGreaterThan(1);
    } finally {
      await client.close();
      await sim.close();
    }
  });

  it('learns how long tasks run, not how long they waited behind the running limit', async () => {
    const { createClient } = await import('../../src/api/index.js');
    const { Poller } = await import('../../src/run/poller.js');
    const { startSimulator } = await import('../../src/simulator/index.js');
    // One task runs at a time, 400 ms each: the last of six waits about 2 s in the queue.
    const sim = await startSimulator({ fast: true, latency: { queuedMs: 0, runningMs: 400 }, runningLimit: 1 });
    const client = createClient({ format: 'native', baseUrl: sim.url, apiKey: 'k' });
    try {
      const ids = await Promise.all(Array.from({ length: 6 }, (_, i) => client.create({ model: 'doubao-seedance-2.0', content: [{ type: 'text', text: `queued ${i}` }], resolution: '480p', duration: 5 }).then((r) => r.id)));
      const poller = new Poller(client, { intervalMs: 50 });
      await Promise.all(ids.map((id) => poller.wait(id)));
      const times = poller.learnedTaskTimes();
      expect(times).toHaveLength(6);
      // Each is one running time (400 ms, give or take a poll); counted from the submission, the
      // last would be 2.4 s (five tasks ahead of it). The margin is for a busy machine.
      expect(Math.max(...times)).toBeLessThan(1_600);
    } finally {
      await client.close();
      await sim.close();
    }
  });
});
