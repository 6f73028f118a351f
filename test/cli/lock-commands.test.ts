// pin, cancel and concat as a user runs them, against a real run on the simulator.
import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia } from '../../src/media/index.js';
import type { Simulator } from '../../src/simulator/index.js';
import { lockPathFor, readLock } from '../../src/state/lock.js';
import { run, startSim, tempDir, writeStoryboard } from '../run/harness.js';
import { runCli } from './capture.js';

const STORY = `# two shots
version: 1
defaults: { resolution: 480p, duration: 5 }
shots:
  - id: one   # random seed
    prompt: A red kite over a beach
  - id: two
    prompt: The kite dives toward the sea
    first_frame: { shot: one }
concat: {}
`;

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim.close();
});

describe('seedance pin', () => {
  it('--help says sources disagree on whether 2.0 honours seed, and that takes are the dependable choice', async () => {
    const help = await runCli(['pin', '--help'], process.cwd());
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/sources disagree on whether 2\.0\s+honours `seed`/);
    expect(help.stdout).toMatch(/takes: N`.*\n?.*take: K`.*seedance pick/s);
  });

  it('writes the seeds used, keeps the comments, and the pinned manifest reproduces the clips', async () => {
    const dir = await tempDir();
    const file = await writeStoryboard(dir, STORY);
    await run(file, sim);
    const lock = await readLock(lockPathFor(file), file);
    const result = await runCli(['pin', 'story.yaml'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`one: seed ${lock.shots.one?.seed}`);
    const pinned = await readFile(file, 'utf8');
    expect(pinned).toContain('  - id: one   # random seed\n');
    expect(pinned).toContain(`    seed: ${lock.shots.one?.seed}\n`);
    expect(pinned).toContain(`    seed: ${lock.shots.two?.seed}\n`);
    expect((await runCli(['pin', 'story.yaml'], dir)).stdout).toContain('already has its seed pinned');

    // A clean checkout of the pinned manifest makes byte-identical clips.
    await rm(join(dir, 'out'), { recursive: true });
    await rm(lockPathFor(file));
    await run(file, sim);
    const again = await readLock(lockPathFor(file), file);
    expect(again.shots.one?.outputs?.video?.sha256).toBe(lock.shots.one?.outputs?.video?.sha256);
    expect(again.shots.two?.outputs?.video?.sha256).toBe(lock.shots.two?.outputs?.video?.sha256);
  });
});

describe('seedance concat', () => {
  it('joins the film again from the clips on disk, and skips itself when nothing changed', async () => {
    const dir = await tempDir();
    const file = await writeStoryboard(dir, STORY);
    await run(file, sim, { skipConcat: true });
    const film = join(dir, 'out/story/final.mp4');
    await expect(stat(film)).rejects.toThrow();
    const first = await runCli(['concat', 'story.yaml'], dir);
    expect(first.code).toBe(0);
    expect((await probeMedia(film)).chapters.map((c) => c.title)).toEqual(['one', 'two']);
    const second = await runCli(['concat', 'story.yaml'], dir);
    expect(second.stdout).toContain('not assembled again: unchanged');
  });
});

describe('seedance cancel', () => {
  it('cancels queued tasks and records it; the next run submits them anew', async () => {
    const slow = await startSim({ latency: { queuedMs: 60_000, runningMs: 100 }, runningLimit: 1 });
    try {
      const dir = await tempDir();
      const file = await writeStoryboard(dir, STORY.replace('concat: {}\n', ''));
      // Leave the run at once after both are submitted: the tasks stay queued at the service.
      // Leave as soon as the task id is recorded (the shot-submitted event comes after the lock write).
      const abort = new AbortController();
      await run(file, slow, { abortSignal: abort.signal, only: ['one'], emit: (e) => e.type === 'shot-submitted' && abort.abort() });
      const env = { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: slow.url };
      const result = await runCli(['cancel', 'story.yaml'], dir, env);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/one: task cgt-\S+ cancelled\./);
      expect((await readLock(lockPathFor(file), file)).shots.one?.status).toBe('cancelled');
      expect(slow.stats().byStatus.cancelled).toBe(1);
      expect((await runCli(['cancel', 'story.yaml'], dir, env)).stdout).toContain('Nothing to cancel');
    } finally {
      await slow.close();
    }
  });
});
