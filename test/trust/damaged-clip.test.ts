// A clip damaged in place (same size, other bytes) is not fresh: it is fetched again from its task
// (no new create) before the film is joined from it. Outputs are checked by sha256, and the hashes
// are cached by size, mtime and inode, so an unchanged storyboard reads no clip at all.
import { open, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/core/sha256.js';
import type { Simulator } from '../../src/simulator/index.js';
import { lockPathFor, readLock } from '../../src/state/lock.js';
import { eventsOf, run, startSim, tempDir, writeStoryboard } from '../run/harness.js';

// The clip store would restore a damaged clip from its own copy (test/run/store.test.ts): these
// cases are about noticing the damage, so they run without one and fetch from the task.
const NO_STORE = { store: false } as const;

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim.close();
});

const STORY = `version: 1
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: a, prompt: A lighthouse keeper lights the lamp, seed: 3 }
  - { id: b, prompt: The beam sweeps the dark sea, first_frame: { shot: a } }
concat: {}
`;

describe('a clip damaged in place', () => {
  it('is fetched again from its task, without paying, and the film joined from the good clip', async () => {
    const dir = await tempDir('seedance-damaged-');
    const file = await writeStoryboard(dir, STORY);
    await run(file, sim, NO_STORE);
    const clip = join(dir, 'out/story/a.mp4');
    const good = await readFile(clip);
    // Flip bytes in the middle of the clip, keeping its size.
    const handle = await open(clip, 'r+');
    await handle.write(Buffer.from('damaged!'), 0, 8, Math.floor(good.length / 2));
    await handle.close();
    expect((await stat(clip)).size).toBe(good.length);

    sim.resetStats();
    const again = await run(file, sim, NO_STORE);
    const plan = eventsOf(again.events, 'plan-ready')[0];
    expect(plan?.shots.find((s) => s.id === 'a')).toMatchObject({ action: 'refetch', reason: expect.stringMatching(/^its video file differs from the one recorded/) });
    expect(plan?.shots.find((s) => s.id === 'b')).toMatchObject({ action: 'reuse' });
    expect(sim.stats().creates).toBe(0);
    expect(sha256(await readFile(clip))).toBe(sha256(good));
    const lock = await readLock(lockPathFor(file), file);
    expect(lock.shots.a?.outputs?.video?.sha256).toBe(sha256(good));
  });

  it('an unchanged storyboard reads no clip: a hash is taken from the cache while size, mtime and inode are the same', async () => {
    const dir = await tempDir('seedance-damaged-');
    const file = await writeStoryboard(dir, STORY);
    await run(file, sim, NO_STORE);
    const cachePath = join(dir, 'out/story/.seedance-hashes.json');
    const cache = JSON.parse(await readFile(cachePath, 'utf8')) as { files: Record<string, { sha256: string }> };
    expect(Object.keys(cache.files).sort()).toEqual(['a.last.png', 'a.mp4', 'b.last.png', 'b.mp4']);
    const before = (await stat(cachePath)).mtimeMs;
    const again = await run(file, sim, NO_STORE);
    expect(again.summary).toMatchObject({ made: 0, reused: 2 });
    // Nothing new to remember: the cache is not rewritten.
    expect((await stat(cachePath)).mtimeMs).toBe(before);

    // The cache is what is believed (the clip is not read): a wrong hash in it makes b look damaged...
    (cache.files['b.mp4'] as { sha256: string }).sha256 = '0'.repeat(64);
    await writeFile(cachePath, JSON.stringify(cache));
    expect(eventsOf((await run(file, sim, NO_STORE)).events, 'plan-ready')[0]?.shots.find((s) => s.id === 'b')?.action).toBe('refetch');
    // ...and once the file changes (here only its mtime), its cached hash no longer counts: it is read again.
    (cache.files['a.mp4'] as { sha256: string }).sha256 = '0'.repeat(64);
    await writeFile(cachePath, JSON.stringify(cache));
    const later = new Date(Date.now() + 5000);
    await utimes(join(dir, 'out/story/a.mp4'), later, later);
    expect(eventsOf((await run(file, sim, NO_STORE)).events, 'plan-ready')[0]?.shots.find((s) => s.id === 'a')?.action).toBe('reuse');
    expect(sim.stats().creates).toBe(2);
  });
});
