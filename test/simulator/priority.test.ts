// Issue 17: the simulator orders its queued tasks by priority, higher first and first in first out
// within one priority, as API.md says of the service ("order within one endpoint's queue"); a
// running task is never pre-empted.
import { describe, expect, it } from 'vitest';
import { create, testSimulator, waitDone } from './helpers.js';

const body = (prompt: string, priority?: number) => ({ model: 'doubao-seedance-2-0-260128', content: [{ type: 'text', text: prompt }], resolution: '480p', duration: 4, ...(priority !== undefined ? { priority } : {}) });

describe('queued tasks and priority', () => {
  it('starts the highest priority first, in order of creation within one, without stopping the running task', async () => {
    const sim = await testSimulator({ fast: true, runningLimit: 1, latency: { queuedMs: 0, runningMs: 300 } });
    try {
      // One at a time, so the order of creation is certain: the first runs, the rest wait queued.
      const ids: Record<string, string> = {};
      for (const [name, priority] of [['running', 0], ['low', 1], ['high-1', 8], ['none', undefined], ['high-2', 8], ['mid', 4]] as const) ids[name] = await create(sim, body(`task ${name}`, priority));
      for (const id of Object.values(ids)) expect((await waitDone(sim, id)).status).toBe('succeeded');
      const started = new Map(sim.stats().tasks.map((t) => [t.id, t.startedAt as number]));
      const order = Object.keys(ids).sort((a, b) => (started.get(ids[a] as string) as number) - (started.get(ids[b] as string) as number));
      expect(order).toEqual(['running', 'high-1', 'high-2', 'mid', 'low', 'none']);
    } finally {
      await sim.close();
    }
  });
});
