// Queue priming (issue 17): with queue-ahead the next task is already queued at the service, which
// starts it the moment the running one finishes, not after our next poll and create; when the run
// stops submitting, the extras still queued are cancelled at the service, their shots end stopped,
// and the next run makes them once.
import { describe, expect, it } from 'vitest';
import type { SimulatorTaskTiming } from '../../src/simulator/index.js';
import { readLock, lockPathFor } from '../../src/state/lock.js';
import { eventsOf, run, startSim, tempDir, writeStoryboard } from './harness.js';

const SHOTS = (n: number, what: string): string => `version: 1\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n${Array.from({ length: n }, (_, i) => `  - { id: s${i}, prompt: ${what} number ${i} }\n`).join('')}`;

/** The simulator's tasks in order of creation. */
const inOrder = (tasks: readonly SimulatorTaskTiming[]): SimulatorTaskTiming[] => [...tasks].sort((a, b) => a.createdAt - b.createdAt);

describe('queue priming', () => {
  it('with queue-ahead the second task starts the moment the first finishes; without, only after a poll saw it', async () => {
    // One task at a time at the simulator, a slow fixed poll: without priming the gap is the poll's.
    const sim = await startSim({ fast: true, runningLimit: 1, latency: { queuedMs: 0, runningMs: 400 } });
    try {
      const gap = async (queueAhead: number): Promise<{ gap: number; maxInFlight: number }> => {
        sim.resetStats();
        const file = await writeStoryboard(await tempDir('seedance-prime-'), SHOTS(2, `Primed ${queueAhead}`));
        const { summary } = await run(file, sim, { concurrency: 1, queueAhead, poll: { intervalMs: 1500 } });
        expect(summary.made).toBe(2);
        const [first, second] = inOrder(sim.stats().tasks) as [SimulatorTaskTiming, SimulatorTaskTiming];
        return { gap: (second.startedAt as number) - (first.finishedAt as number), maxInFlight: sim.stats().maxInFlight };
      };
      const primed = await gap(1);
      expect(primed.maxInFlight).toBe(2);
      expect(primed.gap).toBeLessThanOrEqual(5);
      const plain = await gap(0);
      expect(plain.maxInFlight).toBe(1);
      expect(plain.gap).toBeGreaterThanOrEqual(500);
    } finally {
      await sim.close();
    }
  });

  it('a run stopped with its queue primed cancels the extra still queued (its shot stopped, the lock: cancelled); the next run makes it once', async () => {
    const sim = await startSim({ fast: true, runningLimit: 1, latency: { queuedMs: 0, runningMs: 1500 } });
    try {
      const file = await writeStoryboard(await tempDir('seedance-prime-stop-'), SHOTS(3, 'Stopped'));
      const stop = new AbortController();
      let submitted = 0;
      const first = await run(file, sim, {
        concurrency: 1,
        queueAhead: 1,
        stopSignal: stop.signal,
        emit: (e) => {
          if (e.type === 'shot-submitted' && ++submitted === 2) stop.abort();
        },
      });
      expect(first.summary.result).toBe('interrupted');
      expect(first.summary.made).toBe(1);
      // s1 was queued behind s0 and cancelled; s2 was never sent.
      expect(eventsOf(first.events, 'shot-stopped').map((e) => e.shot).sort()).toEqual(['s1', 's2']);
      expect(eventsOf(first.events, 'shot-failed')).toEqual([]);
      expect(sim.stats().byStatus).toEqual({ succeeded: 1, cancelled: 1 });
      const lock = await readLock(lockPathFor(file), file);
      expect(lock.shots.s1?.status).toBe('cancelled');

      const second = await run(file, sim, { concurrency: 1, queueAhead: 1 });
      expect(second.summary.result).toBe('done');
      expect([second.summary.made, second.summary.reused]).toEqual([2, 1]);
      // No lost create was looked for: the lock said cancelled. Each shot made by exactly one task.
      expect(eventsOf(second.events, 'shot-resumed')).toEqual([]);
      expect(sim.stats().byStatus).toEqual({ succeeded: 3, cancelled: 1 });
      expect(sim.stats().creates).toBe(4);
    } finally {
      await sim.close();
    }
  });

  it('the OpenAI format cannot cancel a queued task: a warning says so, and the run waits for it and uses it', async () => {
    const sim = await startSim({ fast: true, runningLimit: 1, latency: { queuedMs: 0, runningMs: 1500 } });
    try {
      const file = await writeStoryboard(await tempDir('seedance-prime-openai-'), SHOTS(3, 'OpenAI').replace('version: 1\ndefaults: { resolution: 480p, duration: 5 }', 'version: 1\napi: openai\ndefaults: { duration: 4 }'));
      const stop = new AbortController();
      let submitted = 0;
      const { events, summary } = await run(file, sim, {
        concurrency: 1,
        queueAhead: 1,
        stopSignal: stop.signal,
        emit: (e) => {
          if (e.type === 'shot-submitted' && ++submitted === 2) stop.abort();
        },
      });
      const kept = eventsOf(events, 'warning').filter((w) => w.code === 'queued.kept');
      expect(kept).toHaveLength(1);
      expect(kept[0]?.message).toContain('1 task queued beyond the running limit');
      expect(kept[0]?.message).toContain('OpenAI-compatible format has no way to cancel');
      expect(summary.made).toBe(2);
      expect(eventsOf(events, 'shot-stopped').map((e) => e.shot)).toEqual(['s2']);
      expect(sim.stats().byStatus).toEqual({ succeeded: 2 });
    } finally {
      await sim.close();
    }
  });
});
