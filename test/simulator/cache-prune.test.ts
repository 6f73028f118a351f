// The render cache is kept under its size: the renders used longest ago go first, a cache hit
// counts as a use, and temp files of killed renders are removed once old.
import { readdir, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneRenders } from '../../src/simulator/cache-prune.js';
import { create, tempDir, testSimulator, waitDone } from './helpers.js';

async function file(dir: string, name: string, bytes: number, minutesAgo: number): Promise<void> {
  const path = join(dir, name);
  await writeFile(path, Buffer.alloc(bytes, 1));
  const when = new Date(Date.now() - minutesAgo * 60_000);
  await utimes(path, when, when);
}

describe('pruneRenders', () => {
  it('keeps the renders used most recently within the size, and drops old temp files', async () => {
    const dir = await tempDir();
    await file(dir, 'oldest.mp4', 100, 30);
    await file(dir, 'middle.mp4', 100, 20);
    await file(dir, 'newest.png', 100, 10);
    await file(dir, 'killed.mp4.123.abc.tmp', 50, 120);
    await file(dir, 'rendering.mp4.456.def.tmp', 50, 0);
    expect(await pruneRenders(dir, 250)).toEqual({ removed: 2, keptBytes: 200 });
    expect((await readdir(dir)).sort()).toEqual(['middle.mp4', 'newest.png', 'rendering.mp4.456.def.tmp']);
  });

  it('leaves a missing folder alone', async () => {
    expect(await pruneRenders(join(await tempDir(), 'none'), 0)).toEqual({ removed: 0, keptBytes: 0 });
  });
});

describe('the simulator and its cache', () => {
  it('prunes the cache when it starts, and marks a cache hit as used', async () => {
    const cacheDir = await tempDir();
    const body = { model: 'doubao-seedance-2.0', content: [{ type: 'text', text: 'a cached clip' }], resolution: '480p', duration: 5, seed: 3 };
    let sim = await testSimulator({ cacheDir });
    try {
      await waitDone(sim, await create(sim, body));
    } finally {
      await sim.close();
    }
    const renders = join(cacheDir, 'renders');
    const [name] = await readdir(renders);
    const path = join(renders, name as string);
    const old = new Date(Date.now() - 3_600_000);
    await utimes(path, old, old);
    sim = await testSimulator({ cacheDir });
    try {
      await waitDone(sim, await create(sim, body));
      expect((await stat(path)).mtimeMs).toBeGreaterThan(old.getTime() + 1_000);
    } finally {
      await sim.close();
    }
    sim = await testSimulator({ cacheDir, cacheMaxBytes: 0 });
    await sim.close();
    expect(await readdir(renders)).toEqual([]);
  });
});
