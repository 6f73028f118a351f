// The runner against the real simulator over HTTP: chaining, reuse, changes, concurrency, drafts.
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { extractFrame, probeMedia, psnr } from '../../src/media/index.js';
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
beforeEach(() => {
  sim.resetStats();
});

const chain = (bPrompt = 'The kitten hops onto the windowsill') => `version: 1
concurrency: 3
defaults: { resolution: 480p, duration: 5 }
shots:
  - id: a
    prompt: A kitten stretches in the morning light
    seed: 11
  - id: b
    prompt: ${bPrompt}
    first_frame: { shot: a }
  - id: c
    prompt: The kitten looks at the garden
    first_frame: { shot: b }
  - id: d
    prompt: A teapot on a table, independent of the others
`;

describe('seedance run against the simulator', () => {
  it('chains shots, then reuses everything, then remakes only what a change touches', async () => {
    const dir = await tempDir();
    const file = await writeStoryboard(dir, chain());
    const first = await run(file, sim);
    expect(first.summary).toMatchObject({ made: 4, reused: 0, failed: 0, result: 'done' });
    expect(sim.stats().creates).toBe(4);
    const out = join(dir, 'out/story');

    // Chaining is real: b's first frame is a's last frame.
    await extractFrame(join(out, 'b.mp4'), 'first', join(dir, 'b.first.png'));
    expect(await psnr(join(dir, 'b.first.png'), join(out, 'a.last.png'))).toBeGreaterThan(35);
    await extractFrame(join(out, 'c.mp4'), 'first', join(dir, 'c.first.png'));
    expect(await psnr(join(dir, 'c.first.png'), join(out, 'b.last.png'))).toBeGreaterThan(35);
    // ...and not by accident: an unrelated shot's frame does not match.
    expect(await psnr(join(dir, 'b.first.png'), join(out, 'd.last.png'))).toBeLessThan(25);

    const lock = await readLock(lockPathFor(file), file);
    expect(lock.shots.a).toMatchObject({ status: 'saved', seed: 11, model: 'doubao-seedance-2-0-260128' });
    expect(lock.shots.a?.outputs?.video?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const lockText = await readFile(lockPathFor(file), 'utf8');
    expect(lockText).not.toContain('signature');
    expect(lockText).not.toContain('test-key');

    // Unchanged, with the lock as version 1 wrote it (a lock committed before typed transitions):
    // no API call at all, and the lock is not rewritten.
    const v1 = JSON.parse(lockText) as { version: number; shots: Record<string, { status: string }> };
    v1.version = 1;
    for (const record of Object.values(v1.shots)) record.status = record.status === 'saved' ? 'succeeded' : record.status;
    await writeFile(lockPathFor(file), JSON.stringify(v1, null, 2));
    sim.resetStats();
    const before = await stat(lockPathFor(file));
    const second = await run(file, sim);
    expect(second.summary).toMatchObject({ made: 0, reused: 4, result: 'done' });
    const stats = sim.stats();
    expect(stats.creates + stats.createRequests + stats.queries + stats.lists + stats.downloads).toBe(0);
    expect((await stat(lockPathFor(file))).mtimeMs).toBe(before.mtimeMs);

    // b's prompt changes: b and c (which uses b's last frame) are made again, a and d are kept.
    sim.resetStats();
    await writeStoryboard(dir, chain('The kitten leaps onto the windowsill'));
    const third = await run(file, sim);
    expect(third.summary).toMatchObject({ made: 2, reused: 2, result: 'done' });
    expect(third.summary.outcomes).toEqual({ a: 'reused', b: 'made', c: 'made', d: 'reused' });
    expect(sim.stats().creates).toBe(2);
    const plan = eventsOf(third.events, 'plan-ready')[0];
    expect(plan?.shots.find((s) => s.id === 'b')).toMatchObject({ action: 'submit', reason: 'prompt changed' });
    expect(plan?.shots.find((s) => s.id === 'c')).toMatchObject({ action: 'submit', reason: 'upstream b is made first' });
  });

  it('keeps at most `concurrency` tasks at the service, and reaches it', async () => {
    const dir = await tempDir();
    const shots = Array.from({ length: 8 }, (_, i) => `  - id: s${i}\n    prompt: Shot number ${i}\n`).join('');
    const file = await writeStoryboard(dir, `version: 1\nconcurrency: 3\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n${shots}`);
    const result = await run(file, sim);
    expect(result.summary.made).toBe(8);
    expect(sim.stats().maxInFlight).toBe(3);
  });

  it('a shot after one whose task finished but whose files were never saved (killed in between) is planned once they are', async () => {
    const dir = await tempDir();
    const file = await writeStoryboard(dir, chain());
    await run(file, sim);
    // As if killed after `a` succeeded and before its files were saved, before `b` was submitted.
    const lockPath = lockPathFor(file);
    const killed = JSON.parse(await readFile(lockPath, 'utf8')) as { shots: Record<string, Record<string, unknown>> };
    const { outputs: _outputs, ...a } = killed.shots.a as Record<string, unknown>;
    killed.shots.a = { ...a, status: 'succeeded' };
    delete killed.shots.b;
    delete killed.shots.c;
    await writeFile(lockPath, JSON.stringify(killed));
    await rm(join(dir, 'out/story/a.mp4'));

    sim.resetStats();
    // Without the clip store, which would restore b and c (made from these inputs before).
    const resumed = await run(file, sim, { store: false });
    expect(resumed.summary.outcomes).toMatchObject({ a: 'made', b: 'made', c: 'made', d: 'reused' });
    expect(sim.stats().creates).toBe(2);
    const plan = eventsOf(resumed.events, 'plan-ready')[0];
    expect(plan?.shots.find((s) => s.id === 'a')).toMatchObject({ action: 'refetch' });
    expect(plan?.shots.find((s) => s.id === 'b')).toMatchObject({ action: 'submit', reason: "upstream a's files are fetched first" });

    // b was made from a's fetched files and recorded so: nothing is made again.
    sim.resetStats();
    const again = await run(file, sim);
    expect(again.summary).toMatchObject({ made: 0, reused: 4 });
    expect(sim.stats().creates).toBe(0);
  });

  it('makes a final from a draft that reuses the draft\'s seed, prompt and length', async () => {
    const dir = await tempDir();
    const file = await writeStoryboard(dir, `version: 1
shots:
  - id: sketch
    model: doubao-seedance-1-5-pro-251215
    prompt: A kitten chases a butterfly
    draft: true
    duration: 5
  - id: final
    from_draft: sketch
    resolution: 720p
`);
    const result = await run(file, sim);
    expect(result.summary).toMatchObject({ made: 2, result: 'done' });
    const lock = await readLock(lockPathFor(file), file);
    expect(lock.shots.final?.seed).toBe(lock.shots.sketch?.seed);
    const draft = await probeMedia(join(dir, 'out/story/sketch.mp4'));
    const final = await probeMedia(join(dir, 'out/story/final.mp4'));
    expect([draft.video?.width, draft.video?.height]).toEqual([864, 496]);
    expect([final.video?.width, final.video?.height]).toEqual([1280, 720]);
    expect(final.durationSeconds).toBeCloseTo(5, 1);
  });

  it('runs just the shots --only names, plus upstream shots never made', async () => {
    const dir = await tempDir();
    const file = await writeStoryboard(dir, chain());
    const result = await run(file, sim, { only: ['b'] });
    expect(result.summary.outcomes).toEqual({ a: 'made', b: 'made', c: 'not-selected', d: 'not-selected' });
    sim.resetStats();
    const forced = await run(file, sim, { only: ['a'], force: true });
    expect(forced.summary.outcomes).toMatchObject({ a: 'made', b: 'not-selected' });
    expect(sim.stats().creates).toBe(1);
  });
});

describe('a shot changed while its task is at the service', () => {
  it('cancels the stale queued task and submits the new version', async () => {
    const slow = await startSim({ latency: { queuedMs: 1500, runningMs: 100 }, runningLimit: 1 });
    try {
      const dir = await tempDir();
      const story = (prompt: string): string => `version: 1\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n  - { id: a, prompt: ${prompt} }\n`;
      const file = await writeStoryboard(dir, story('first version of the shot'));
      const abort = new AbortController();
      await run(file, slow, { abortSignal: abort.signal, emit: (e) => e.type === 'shot-submitted' && abort.abort() });
      await writeStoryboard(dir, story('second version of the shot'));
      const result = await run(file, slow);
      expect(result.summary).toMatchObject({ made: 1, result: 'done' });
      expect(slow.stats().byStatus.cancelled).toBe(1);
      expect(eventsOf(result.events, 'warning').find((w) => w.code === 'stale-task')?.message).toContain('has been cancelled');
    } finally {
      await slow.close();
    }
  });
});
