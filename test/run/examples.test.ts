// Every example manifest runs end to end on the simulator, and its film is checked with ffprobe.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledTools, locateTools, probeMedia, resetTools } from '../../src/media/index.js';
import type { Simulator } from '../../src/simulator/index.js';
import { runCli } from '../cli/capture.js';
import { EXAMPLES, copyExamples } from '../examples.js';
import { load, removeDir, run, startSim, suiteTempDir, tempDir } from './harness.js';

const names = (await readdir(EXAMPLES)).filter((f) => f.endsWith('.yaml')).sort();

let sim: Simulator;
let dir: string;
beforeAll(async () => {
  sim = await startSim();
  dir = await suiteTempDir('seedance-examples-');
  await copyExamples(dir);
});
afterAll(async () => {
  await sim.close();
  await removeDir(dir);
});

describe('example storyboards', () => {
  it('are all here', () => {
    expect(names.length).toBeGreaterThanOrEqual(4);
  });

  it.each(names)('%s runs to a finished film', async (name) => {
    const file = join(dir, name);
    const manifest = await load(file);
    const result = await run(file, sim);
    expect(result.summary, JSON.stringify(result.events.filter((e) => e.type.includes('fail')))).toMatchObject({ failed: 0, skipped: 0, result: 'done' });
    expect(result.summary.made).toBe(manifest.shots.length);
    for (const shot of manifest.shots) {
      const info = await probeMedia(join(manifest.output, `${shot.id}.mp4`));
      expect(info.video?.fps).toBe(24);
      if (shot.expectedSize) expect([info.video?.width, info.video?.height]).toEqual([...shot.expectedSize]);
    }
    if (manifest.concat) {
      const film = await probeMedia(manifest.concat.output);
      expect(film.chapters.map((c) => c.title)).toEqual(manifest.concat.shots);
      expect(film.durationSeconds).toBeGreaterThan(1);
    }

    // `seedance pin` writes the seeds the tasks used; asking for those seeds is no change.
    const pinned = await runCli(['pin', name], dir);
    expect(pinned.code, pinned.stderr).toBe(0);
    // kitten-morning's window and garden asked for a random seed: now they name the one used.
    if (name === 'kitten-morning.yaml') expect(pinned.stdout).toContain('Pinned 2 seeds');
    const creates = sim.stats().creates;
    const again = await run(file, sim);
    expect(again.summary).toMatchObject({ made: 0, reused: manifest.shots.length, result: 'done' });
    expect(sim.stats().creates - creates).toBe(0);
  });
});

describe('the quick-start storyboard with the bundled 2018 ffmpeg (no xfade)', () => {
  const saved = { ffmpeg: process.env.FFMPEG_PATH, ffprobe: process.env.FFPROBE_PATH };
  afterAll(() => {
    for (const [key, value] of [['FFMPEG_PATH', saved.ffmpeg], ['FFPROBE_PATH', saved.ffprobe]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    resetTools();
  });

  it('renders, chains and crossfades to a correct film', async () => {
    const bundled = await bundledTools();
    expect(bundled, 'the optional @ffmpeg-installer packages are installed by npm ci').toBeDefined();
    process.env.FFMPEG_PATH = bundled?.ffmpeg;
    process.env.FFPROBE_PATH = bundled?.ffprobe;
    resetTools();
    expect((await locateTools()).ffmpeg).toBe(bundled?.ffmpeg);
    const own = await tempDir('seedance-bundled-');
    await copyExamples(own);
    const file = join(own, 'kitten-morning.yaml');
    const result = await run(file, sim);
    expect(result.summary).toMatchObject({ made: 3, result: 'done' });
    const assembled = result.events.find((e) => e.type === 'assembly-finished');
    // Three 5 s clips, two 0.5 s crossfades.
    expect(assembled).toMatchObject({ method: 'reencode' });
    const film = await probeMedia(join(own, 'out/kitten-morning/final.mp4'));
    expect(film.durationSeconds).toBeCloseTo(14, 1);
    expect(film.chapters.map((c) => c.title)).toEqual(['wake-up', 'window', 'garden']);
  });
});
