// Priority from the critical path (issue 17): a shot of a 2.0 model (api: native, not flex) whose
// manifest sets no `priority` is sent priority = its place on the critical path of the shots still
// to make, scaled to 0..9 (the longest chain's head 9). Priority orders the queue and changes no
// fingerprint, and a lost create is still found with it.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/api/index.js';
import { runStoryboard } from '../../src/library/run-storyboard.js';
import type { RunEvent } from '../../src/core/events.js';
import { eventsOf, load, startSim, tempDir, writeStoryboard } from './harness.js';
import type { Simulator } from '../../src/simulator/index.js';

/** A run whose create bodies are kept, by the prompt they carry. */
async function runRecording(file: string, sim: Simulator): Promise<{ bodies: Map<string, Record<string, unknown>>; events: RunEvent[]; summary: Awaited<ReturnType<typeof runStoryboard>> }> {
  const client = createClient({ format: 'native', baseUrl: sim.url, apiKey: 'test-key', retry: { baseDelayMs: 20, maxDelayMs: 100 } });
  const bodies = new Map<string, Record<string, unknown>>();
  const create = client.create.bind(client);
  client.create = (body, options) => {
    const text = (body.content as { type: string; text?: string }[]).find((c) => c.type === 'text')?.text ?? '';
    bodies.set(text, body);
    return create(body, options);
  };
  try {
    const events: RunEvent[] = [];
    const summary = await runStoryboard(await load(file), { client, poll: { intervalMs: 40 }, report: false, onEvent: (e) => events.push(e) });
    return { bodies, events, summary };
  } finally {
    await client.close();
  }
}

const STORY = `version: 1
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: a, prompt: head of the chain }
  - { id: b, prompt: middle of the chain, first_frame: { shot: a } }
  - { id: c, prompt: end of the chain, first_frame: { shot: b } }
  - { id: d, prompt: on its own }
  - { id: e, prompt: its own priority, priority: 2 }
  - { id: f, prompt: a model without priority, model: doubao-seedance-1-5-pro-251215 }
`;

describe('priority from the critical path', () => {
  it('sends 9 to the head of the longest chain, scaled below it, keeps a priority the manifest sets, sends none where the model takes none; the next run remakes nothing', async () => {
    const sim = await startSim({ fast: true });
    try {
      const file = await writeStoryboard(await tempDir('seedance-priority-'), STORY);
      const { bodies, summary } = await runRecording(file, sim);
      expect(summary.made).toBe(6);
      const priority = (prompt: string): unknown => bodies.get(prompt)?.priority;
      expect([priority('head of the chain'), priority('middle of the chain'), priority('end of the chain'), priority('on its own')]).toEqual([9, 6, 3, 3]);
      expect(priority('its own priority')).toBe(2);
      expect(bodies.get('a model without priority')).not.toHaveProperty('priority');
      // Priority is no part of a fingerprint: nothing is stale.
      const again = await runRecording(file, sim);
      expect([again.summary.made, again.summary.reused, again.bodies.size]).toEqual([0, 6, 0]);
    } finally {
      await sim.close();
    }
  });

  it('a create sent with priority whose answer is lost is found again, not made twice', async () => {
    const sim = await startSim({ fast: true, faults: [{ kind: 'drop-after', count: 1 }] });
    try {
      const file = await writeStoryboard(await tempDir('seedance-priority-lost-'), 'version: 1\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n  - { id: a, prompt: lost answer }\n  - { id: b, prompt: after it, first_frame: { shot: a } }\n');
      const { bodies, events, summary } = await runRecording(file, sim);
      expect(summary.result).toBe('done');
      expect(bodies.get('lost answer')?.priority).toBe(9);
      expect(eventsOf(events, 'shot-submitted').find((e) => e.shot === 'a')?.recovered).toBe(true);
      expect(sim.stats().creates).toBe(2);
      expect(summary.possibleDuplicates).toBe(0);
    } finally {
      await sim.close();
    }
  });
});
