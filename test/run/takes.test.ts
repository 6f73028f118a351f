// Takes and picks against the real simulator: several takes of a shot, the pick the film and the
// chained shot use, and picks changed back and forth with nothing paid twice (the simulator's
// create counter is the judge).
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { lockPathFor, readLock } from '../../src/state/lock.js';
import { runCli } from '../cli/capture.js';
import { run, startSim, tempDir, writeStoryboard } from './harness.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => sim.resetStats());

const STORY = `version: 1
name: takes
defaults: { resolution: 480p, duration: 5 }
shots:
  # three takes; the film uses the one picked
  - id: wave
    prompt: A wave breaks on black rocks
    takes: 3
  - id: spray
    prompt: Spray drifts over the rocks
    first_frame: { shot: wave }
`;

const out = (dir: string, name: string): Promise<Buffer> => readFile(join(dir, 'out', 'takes', name));

describe('takes', () => {
  it('takes: 3 and a chained shot make 4; pick 2 makes 1 (the chained shot); pick 1 makes 0 and brings the first chained clip back byte for byte', async () => {
    const dir = await tempDir('seedance-takes-');
    const file = await writeStoryboard(dir, STORY);
    const first = await run(file, sim);
    expect(first.summary).toMatchObject({ made: 4, result: 'done' });
    expect(sim.stats().creates).toBe(4);
    const files = (await readdir(join(dir, 'out', 'takes'))).filter((f) => f.endsWith('.mp4')).sort();
    expect(files).toEqual(['spray.mp4', 'wave.mp4', 'wave.take2.mp4', 'wave.take3.mp4']);
    const lock = await readLock(lockPathFor(file), file);
    expect(Object.keys(lock.shots).sort()).toEqual(['spray', 'wave', 'wave.take2', 'wave.take3']);
    const seeds = new Set(['wave', 'wave.take2', 'wave.take3'].map((id) => lock.shots[id]?.seed));
    expect(seeds.size).toBe(3);
    const take1 = await out(dir, 'wave.mp4');
    const take2 = await out(dir, 'wave.take2.mp4');
    const spray1 = await out(dir, 'spray.mp4');

    const picked = await runCli(['pick', 'story.yaml', 'wave', '2'], dir);
    expect(picked.code, picked.stderr).toBe(0);
    expect(picked.stdout).toContain('wave: take 2 picked (was 1)');
    expect(await readFile(file, 'utf8')).toContain('    takes: 3\n    take: 2\n');
    expect((await readFile(file, 'utf8')).startsWith(STORY.slice(0, STORY.indexOf('    takes: 3')))).toBe(true);
    const second = await run(file, sim, { report: true });
    expect(second.summary).toMatchObject({ made: 1, restored: 2, result: 'done' });
    // The pick's card shows every take side by side, take 2 as the one in the film.
    const page = (await readFile(join(dir, 'out', 'takes', 'report.html'), 'utf8')).replace(/\s+/g, ' ');
    const takes = /<section class="takes" aria-label="takes of wave">(.*?)<\/section>/.exec(page)?.[1] ?? '';
    expect([...takes.matchAll(/<figcaption>(.*?)<\/figcaption>/g)].map((m) => m[1])).toEqual(['take 1', 'take 2 · in the film', 'take 3']);
    expect(takes).toContain('src="wave.mp4"');
    expect(takes).toContain('src="wave.take1.mp4"');
    expect(sim.stats().creates).toBe(5);
    expect((await out(dir, 'wave.mp4')).equals(take2)).toBe(true);
    expect((await out(dir, 'wave.take1.mp4')).equals(take1)).toBe(true);
    expect((await out(dir, 'spray.mp4')).equals(spray1)).toBe(false);

    expect((await runCli(['pick', 'story.yaml', 'wave', '1'], dir)).code).toBe(0);
    const third = await run(file, sim);
    expect(third.summary).toMatchObject({ made: 0, result: 'done' });
    expect(sim.stats().creates).toBe(5);
    expect((await out(dir, 'spray.mp4')).equals(spray1)).toBe(true);
    expect((await out(dir, 'wave.mp4')).equals(take1)).toBe(true);
  });

  it('takes raised from 2 to 4 make only the 2 new ones; seeded takes ask for seed, seed + 1, ...', async () => {
    const dir = await tempDir('seedance-takes-');
    const story = (n: number): string => `version: 1\nname: takes\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n  - { id: gull, prompt: A gull hangs in the wind, seed: 70, takes: ${n} }\n`;
    const file = await writeStoryboard(dir, story(2));
    await run(file, sim);
    expect(sim.stats().creates).toBe(2);
    await writeStoryboard(dir, story(4));
    const more = await run(file, sim);
    expect(more.summary).toMatchObject({ made: 2, reused: 2 });
    expect(sim.stats().creates).toBe(4);
    const lock = await readLock(lockPathFor(file), file);
    expect(['gull', 'gull.take2', 'gull.take3', 'gull.take4'].map((id) => lock.shots[id]?.seed)).toEqual([70, 71, 72, 73]);
  });

  it('a pick that does not exist is refused with what to do', async () => {
    const dir = await tempDir('seedance-takes-');
    await writeStoryboard(dir, STORY);
    const none = await runCli(['pick', 'story.yaml', 'wave', '4'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Shot wave makes 3 takes, so there is no take 4.');
    await writeStoryboard(dir, STORY.replace('    takes: 3', '    takes: 3\n    take: 5'), {}, 'bad.yaml');
    const bad = await runCli(['validate', 'bad.yaml'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toMatch(/bad\.yaml:\d+:\d+ error\[out-of-range\] Shot `wave` .*picks `take: 5` but makes only 3 takes/);
  });
});
