// Issue 16: `--only s05 --force` when s04, which s05 starts from, is not made.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedanceError } from '../../src/core/errors.js';
import type { Simulator } from '../../src/simulator/index.js';
import { eventsOf, run, startSim, tempDir, writeStoryboard } from '../run/harness.js';

const STORY = `version: 1
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: s03, prompt: A lighthouse at dawn }
  - { id: s04, prompt: Gulls over the lighthouse, first_frame: { shot: s03 } }
  - { id: s05, prompt: The keeper climbs the stairs, first_frame: { shot: s04 } }
`;

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(() => sim.close());

describe('--only with --force when an upstream shot is not made', () => {
  it('says that s04 must be made first, and how, before anything is sent', async () => {
    const dir = await tempDir('seedance-only-force-');
    const file = await writeStoryboard(dir, STORY);
    await run(file, sim, { only: ['s03'] });
    const before = sim.stats().createRequests;
    const refused = await run(file, sim, { only: ['s05'], force: true }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(SeedanceError);
    const error = refused as SeedanceError;
    expect(error.code).toBe('usage');
    expect(error.message).toBe('s05 uses s04, which is not made yet: s04 must be made first, and --force makes only the shots --only names.');
    expect(error.hint).toContain('`--only s04,s05 --force`');
    expect(error.hint).toContain('drop --force');
    expect(sim.stats().createRequests).toBe(before);
  });

  it('the two ways out work: naming s04 too, or dropping --force', async () => {
    const dir = await tempDir('seedance-only-force-');
    const file = await writeStoryboard(dir, STORY);
    await run(file, sim, { only: ['s03'] });
    const both = await run(file, sim, { only: ['s04', 's05'], force: true });
    expect(eventsOf(both.events, 'shot-done').map((e) => e.shot).sort()).toEqual(['s04', 's05']);
    const dir2 = await tempDir('seedance-only-force-');
    const file2 = await writeStoryboard(dir2, STORY);
    await run(file2, sim, { only: ['s03'] });
    const unforced = await run(file2, sim, { only: ['s05'] });
    expect(eventsOf(unforced.events, 'shot-done').map((e) => e.shot)).toEqual(['s04', 's05']);
  });

  it('--force on a shot whose upstream shots are made still makes only that shot', async () => {
    const dir = await tempDir('seedance-only-force-');
    const file = await writeStoryboard(dir, STORY);
    await run(file, sim);
    const again = await run(file, sim, { only: ['s05'], force: true });
    expect(eventsOf(again.events, 'shot-done').map((e) => e.shot)).toEqual(['s05']);
  });
});
