// What a run tells about billing: every task it created, and where a create's answer was lost and
// the format could not look it up (OpenAI-compatible, no task list), that a second task may have
// been created and billed, with its estimated tokens, so the summary never undercounts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { eventsOf, run, startSim, tempDir, writeStoryboard } from '../run/harness.js';
import { summaryLine } from '../../src/report/plain.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => {
  sim.clearFaults();
  sim.resetStats();
});

describe('the summary counts every task created', () => {
  it('openai: a create whose answer was lost is sent again, and the summary says a second task may be billed', async () => {
    const dir = await tempDir('seedance-billing-');
    const file = await writeStoryboard(dir, 'version: 1\napi: openai\nshots:\n  - { id: a, prompt: A tram in the rain, size: 1280x720, duration: 5 }\n  - { id: b, prompt: A tram in the snow, size: 1280x720, duration: 5 }\n');
    sim.addFault({ kind: 'drop-after', endpoint: 'create', count: 1 });
    const result = await run(file, sim);
    expect(result.summary).toMatchObject({ made: 2, result: 'done', tasksCreated: 2, possibleDuplicates: 1 });
    expect(sim.stats().creates).toBe(3);
    expect(result.summary.possibleDuplicateTokens).toBe(108_900);
    const finished = eventsOf(result.events, 'run-finished')[0];
    expect(finished).toMatchObject({ tasksCreated: 2, possibleDuplicates: 1, possibleDuplicateTokens: 108_900 });
    expect(summaryLine({ ...(finished as NonNullable<typeof finished>), time: '' })).toContain('2 tasks created; 1 more may have been created and billed (about 108,900 tokens)');
  });

  it('native: a lost answer found again by listing is one task, and nothing is in doubt', async () => {
    const dir = await tempDir('seedance-billing-');
    const file = await writeStoryboard(dir, 'version: 1\nshots:\n  - { id: a, prompt: A ferry at dusk, resolution: 480p, duration: 5, seed: 12 }\n');
    sim.addFault({ kind: 'drop-after', endpoint: 'create', count: 1 });
    const result = await run(file, sim);
    expect(result.summary).toMatchObject({ made: 1, tasksCreated: 1, possibleDuplicates: 0, possibleDuplicateTokens: 0 });
    expect(sim.stats().creates).toBe(1);
    const finished = eventsOf(result.events, 'run-finished')[0];
    expect(summaryLine({ ...(finished as NonNullable<typeof finished>), time: '' })).not.toContain('may have been created');
  });
});
