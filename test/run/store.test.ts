// The clip store against the real simulator: a clip made once is never paid for again, whatever
// the user does with the storyboard afterwards: revert a prompt, rename a shot, copy the shots into
// a second manifest beside the first, delete the output folder. The simulator's create counter is
// the judge. A damaged entry is never used.
import { mkdir, open, readFile, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/manifest/index.js';
import type { Simulator } from '../../src/simulator/index.js';
import { lockPathFor, readLock } from '../../src/state/lock.js';
import { eventsOf, run, startSim, tempDir, writeStoryboard } from './harness.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => sim.resetStats());

const story = (bPrompt = 'The lighthouse beam sweeps the dark sea', a = 'a') => `version: 1
name: store
defaults: { resolution: 480p, duration: 5 }
shots:
  - id: ${a}
    prompt: A lighthouse at dusk, waves rolling in
    seed: 41
  - id: b
    prompt: ${bPrompt}
    first_frame: { shot: ${a} }
`;

const folder = async (root: string, name: string): Promise<string> => (await mkdir(join(root, name)), join(root, name));
const clip = (dir: string, name: string, folder = 'store'): Promise<Buffer> => readFile(join(dir, 'out', folder, name));

describe('the clip store', () => {
  it('a prompt changed and reverted: 1 create, then 0, and the first clip comes back byte for byte', async () => {
    const dir = await tempDir('seedance-store-');
    const file = await writeStoryboard(dir, story());
    expect((await run(file, sim)).summary).toMatchObject({ made: 2, result: 'done' });
    const first = await clip(dir, 'b.mp4');
    expect(sim.stats().creates).toBe(2);

    await writeStoryboard(dir, story('The beam sweeps a stormy sea'));
    expect((await run(file, sim)).summary).toMatchObject({ made: 1, reused: 1 });
    expect(sim.stats().creates).toBe(3);
    expect((await clip(dir, 'b.mp4')).equals(first)).toBe(false);

    await writeStoryboard(dir, story());
    const reverted = await run(file, sim);
    expect(reverted.summary).toMatchObject({ made: 0, reused: 1, restored: 1, tokens: 0, tasksCreated: 0, result: 'done' });
    expect(sim.stats().creates).toBe(3);
    expect((await clip(dir, 'b.mp4')).equals(first)).toBe(true);
    expect(eventsOf(reverted.events, 'plan-ready')[0]?.shots.find((s) => s.id === 'b')).toMatchObject({ action: 'restore', estimatedTokens: 0 });
    // The lock records the task that made it, as if it had never changed.
    const lock = await readLock(lockPathFor(file), file);
    expect(lock.shots.b).toMatchObject({ status: 'saved', taskId: expect.stringMatching(/^cgt-/) });
    expect(eventsOf(reverted.events, 'shot-restored')[0]).toMatchObject({ shot: 'b', taskId: lock.shots.b?.taskId, video: 'b.mp4' });
  });

  it('a shot renamed (and the reference to it): 0 creates', async () => {
    const dir = await tempDir('seedance-store-');
    const file = await writeStoryboard(dir, story());
    await run(file, sim);
    const before = await clip(dir, 'b.mp4');
    await writeStoryboard(dir, story(undefined, 'dusk'));
    const renamed = await run(file, sim);
    expect(renamed.summary).toMatchObject({ made: 0, restored: 1, reused: 1, result: 'done' });
    expect(sim.stats().creates).toBe(2);
    expect((await clip(dir, 'b.mp4')).equals(before)).toBe(true);
    expect((await clip(dir, 'dusk.mp4')).equals(await clip(dir, 'a.mp4'))).toBe(true);
  });

  it('the same shots in a second manifest beside the first: 0 creates', async () => {
    const dir = await tempDir('seedance-store-');
    const file = await writeStoryboard(dir, story());
    await run(file, sim);
    const second = await writeStoryboard(dir, story().replace('name: store', 'name: copy'), {}, 'copy.yaml');
    const copied = await run(second, sim);
    expect(copied.summary).toMatchObject({ made: 0, restored: 2, result: 'done' });
    expect(sim.stats().creates).toBe(2);
    expect((await clip(dir, 'b.mp4', 'copy')).equals(await clip(dir, 'b.mp4'))).toBe(true);
  });

  it('the output folder deleted: 0 creates, every clip back, and the film joined again from them', async () => {
    const dir = await tempDir('seedance-store-');
    const file = await writeStoryboard(dir, `${story()}concat: {}\n`);
    await run(file, sim);
    const before = await clip(dir, 'b.mp4');
    await rm(join(dir, 'out'), { recursive: true });
    sim.resetStats();
    const again = await run(file, sim);
    expect(again.summary).toMatchObject({ made: 0, restored: 2, result: 'done' });
    expect(eventsOf(again.events, 'assembly-finished')).toHaveLength(1);
    expect((await clip(dir, 'final.mp4')).length).toBeGreaterThan(0);
    // Nothing was asked of the service at all.
    const { createRequests, queries, lists, downloads } = sim.stats();
    expect({ createRequests, queries, lists, downloads }).toEqual({ createRequests: 0, queries: 0, lists: 0, downloads: 0 });
    expect((await clip(dir, 'b.mp4')).equals(before)).toBe(true);
  });

  it('a clip damaged in place in the output folder comes back from the store\'s own copy, with no API call', async () => {
    const dir = await tempDir('seedance-store-');
    const file = await writeStoryboard(dir, story());
    await run(file, sim);
    const path = join(dir, 'out', 'store', 'a.mp4');
    const good = await readFile(path);
    const handle = await open(path, 'r+');
    await handle.write(Buffer.from([good[good.length - 100] === 0 ? 1 : 0]), 0, 1, good.length - 100);
    await handle.close();
    sim.resetStats();
    const again = await run(file, sim);
    expect(again.summary).toMatchObject({ restored: 1, made: 0, result: 'done' });
    expect((await readFile(path)).equals(good)).toBe(true);
    const { createRequests, queries, lists, downloads } = sim.stats();
    expect({ createRequests, queries, lists, downloads }).toEqual({ createRequests: 0, queries: 0, lists: 0, downloads: 0 });
  });

  it('a damaged entry is never used: the shot is fetched from its task (no create) with a warning', async () => {
    const dir = await tempDir('seedance-store-');
    const file = await writeStoryboard(dir, story());
    await run(file, sim);
    const store = join(dir, '.seedance', 'store');
    const lock = await readLock(lockPathFor(file), file);
    const fingerprint = lock.shots.a?.fingerprint as string;
    const stored = join(store, fingerprint.slice(0, 2), fingerprint, 'clip.mp4');
    // Replaced, not written through: the output folder's copy may share its inode.
    const bytes = await readFile(stored);
    bytes[bytes.length - 100] = (bytes[bytes.length - 100] as number) ^ 0xff;
    await unlink(stored);
    await writeFile(stored, bytes);
    await rm(join(dir, 'out', 'store', 'a.mp4'));
    sim.resetStats();
    const again = await run(file, sim);
    expect(again.summary).toMatchObject({ result: 'done' });
    expect(eventsOf(again.events, 'warning').some((w) => w.code === 'store.damaged' && w.message.includes('damaged'))).toBe(true);
    expect(sim.stats().creates).toBe(0);
    expect((await readdir(join(dir, 'out', 'store'))).filter((f) => f.endsWith('.part'))).toEqual([]);
  });
});

describe('where the store is', () => {
  it('SEEDANCE_STORE points two folders at one store: the second makes nothing', async () => {
    const root = await tempDir('seedance-store-shared-');
    const shared = join(root, 'shared-store');
    const one = await writeStoryboard(await folder(root, 'one'), story());
    const two = await writeStoryboard(await folder(root, 'two'), story());
    expect((await run(one, sim, { env: { SEEDANCE_STORE: shared } })).summary).toMatchObject({ made: 2 });
    expect((await run(two, sim, { env: { SEEDANCE_STORE: shared } })).summary).toMatchObject({ made: 0, restored: 2 });
    expect(sim.stats().creates).toBe(2);
  });

  it('`store:` in the manifest is used, and must lie inside the project', async () => {
    const root = await tempDir('seedance-store-field-');
    await mkdir(join(root, '.git'));
    const one = await writeStoryboard(await folder(root, 'a'), `${story()}store: ../clips\n`);
    const two = await writeStoryboard(await folder(root, 'b'), `${story()}store: ../clips\n`);
    await run(one, sim);
    expect((await run(two, sim)).summary).toMatchObject({ made: 0, restored: 2 });
    expect(sim.stats().creates).toBe(2);
    expect((await readdir(join(root, 'clips'))).length).toBeGreaterThan(0);

    const outside = await writeStoryboard(await folder(root, 'c'), `${story()}store: ../../elsewhere\n`);
    const result = await loadManifest(outside);
    expect(result.manifest).toBeUndefined();
    expect(result.diagnostics.find((d) => d.code === 'path-escapes')?.message).toMatch(/^`store: \.\.\/\.\.\/elsewhere` is outside the project .* set SEEDANCE_STORE/);

    // A bucket is the user's choice, never the manifest's: an error at its line, not a folder named s3:.
    const bucket = await writeStoryboard(await folder(root, 'd'), `${story()}store: s3://clips/team\n`);
    const refused = await loadManifest(bucket);
    expect(refused.manifest).toBeUndefined();
    const diagnostic = refused.diagnostics.find((d) => d.message.includes('SEEDANCE_STORE=s3://'));
    expect(diagnostic?.line).toBe(story().split('\n').length);
  });
});
