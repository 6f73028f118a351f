// Ctrl-C in a real terminal reaches the whole foreground process group, ffprobe and ffmpeg
// included. The CLI runs here in a process group of its own (spawned detached) and gets its
// Ctrl-C as a terminal sends it: SIGINT to the group. Its tools must not take that signal (a
// paid, complete clip is not thrown away because its check was cut short, the film is not
// "a bad ffmpeg"), and when the CLI is killed no ffmpeg of it runs on.
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia } from '../../src/media/index.js';
import type { Simulator } from '../../src/simulator/index.js';
import { lockPathFor, readLock } from '../../src/state/lock.js';
import { startSim, writeStoryboard } from '../run/harness.js';
import { tempDir } from '../temp.js';
import { killToolsIn, slowTools, startCli, toolsIn, until, type CliRun } from './signals-helpers.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim({ latency: { queuedMs: 50, runningMs: [300, 700] } });
});
afterAll(async () => {
  await sim.close();
});

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A CLI run in its own process group, killed with its group (and its tools) when the test ends. */
function run(dir: string, file: string, env: Record<string, string>, extra: string[] = []): CliRun {
  const cli = startCli(['run', file, '--reporter', 'json', '--poll-interval', '50', ...extra], { SEEDANCE_API_KEY: 'test-key', SEEDANCE_BASE_URL: sim.url, ...env }, { detached: true });
  cleanups.push(async () => {
    try {
      cli.group('SIGKILL');
    } catch {
      // The group is gone.
    }
    await killToolsIn(dir);
  });
  return cli;
}

const FILM = `version: 1
concurrency: 2
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: f1, prompt: a harbour at dawn, seed: 11 }
  - { id: f2, prompt: boats leave the harbour, seed: 12 }
concat:
  transition: { type: crossfade, duration: 0.5 }
`;

/** The ffmpeg that joins the film, once it runs (its command line names the film and the slowed reading). */
const filmFfmpeg = (dir: string) => until('the film ffmpeg', async () => (await toolsIn(dir)).find((p) => p.cmdline.includes('final.mp4') && p.cmdline.includes('-readrate')));

describe('Ctrl-C from a terminal (SIGINT to the whole process group)', () => {
  it('during the work on downloads (a last frame taken from the clip) leaves every completed clip valid, and the next run pays nothing more', async () => {
    const dir = await tempDir('seedance-sig-dl-');
    const file = await writeStoryboard(
      dir,
      `version: 1
concurrency: 3
defaults: { resolution: 480p, duration: 5, return_last_frame: false }
shots:
  - { id: d1, prompt: group sigint shot one, seed: 1 }
  - { id: d2, prompt: group sigint shot two, seed: 2 }
  - { id: d3, prompt: group sigint shot three, seed: 3 }
`,
    );
    const tools = await slowTools(dir, { frameDelay: 1.5 });
    sim.resetStats();
    const cli = run(dir, file, tools);
    // A downloaded clip's last frame is being taken (the check itself runs no tool; with
    // return_last_frame: false the frame comes from the clip): that is when the terminal's SIGINT hits.
    await until('a last frame taken', async () => (await toolsIn(dir)).find((p) => p.cmdline.includes('last.png.part')));
    cli.group('SIGINT');
    const { code } = await cli.exited;
    expect(cli.stdout() + cli.stderr()).not.toMatch(/not a readable video/);
    expect(code, cli.stderr()).toBe(130);
    const lock = await readLock(lockPathFor(file), file);
    expect(Object.entries(lock.shots).map(([id, s]) => [id, s.status]), cli.stdout()).toEqual([
      ['d1', 'saved'],
      ['d2', 'saved'],
      ['d3', 'saved'],
    ]);
    for (const id of ['d1', 'd2', 'd3']) {
      const info = await probeMedia(join(dir, 'out/story', `${id}.mp4`));
      expect(info.video, id).toMatchObject({ width: 864, height: 496 });
    }
    expect(sim.stats().creates).toBe(3);

    const again = startCli(['run', file, '--reporter', 'json', '--poll-interval', '50'], { SEEDANCE_API_KEY: 'test-key', SEEDANCE_BASE_URL: sim.url });
    expect((await again.exited).code, again.stderr()).toBe(0);
    expect(again.events.filter((e) => e.type === 'shot-submitted')).toEqual([]);
    expect(sim.stats().creates).toBe(3);
  });

  it('during the film lets the film finish and says it was interrupted, never "set FFMPEG_PATH"', async () => {
    const dir = await tempDir('seedance-sig-film-');
    const file = await writeStoryboard(dir, FILM);
    const cli = run(dir, file, await slowTools(dir, { filmReadRate: 4 }));
    await filmFfmpeg(dir);
    cli.group('SIGINT');
    const { code } = await cli.exited;
    const output = cli.stdout() + cli.stderr();
    expect(output).not.toContain('FFMPEG_PATH');
    expect(code, output).toBe(130);
    expect(cli.stderr()).toContain('Stopping: the film being joined is finished first');
    expect(cli.stderr()).toMatch(/Stopped by Ctrl-C: the lock is saved/);
    expect(cli.events.map((e) => e.type)).toContain('assembly-finished');
    const film = await probeMedia(join(dir, 'out/story/final.mp4'));
    expect(film.durationSeconds).toBeGreaterThan(9);
  });

  it('twice during the film leaves at once with an interrupted message, and leaves no ffmpeg behind', async () => {
    const dir = await tempDir('seedance-sig-film2-');
    const file = await writeStoryboard(dir, FILM);
    const cli = run(dir, file, await slowTools(dir, { filmReadRate: 1 }));
    await filmFfmpeg(dir);
    cli.group('SIGINT');
    await new Promise((r) => setTimeout(r, 300));
    cli.group('SIGINT');
    const { code } = await cli.exited;
    const output = cli.stdout() + cli.stderr();
    expect(output).not.toContain('FFMPEG_PATH');
    expect(code, output).toBe(130);
    const failed = cli.events.find((e) => e.type === 'assembly-failed');
    expect(String(failed?.message)).toMatch(/interrupted/);
    expect(await toolsIn(dir)).toEqual([]);
    const lock = await readLock(lockPathFor(file), file);
    expect(Object.values(lock.shots).map((s) => s.status)).toEqual(['saved', 'saved']);
  });
});

describe('the CLI killed during the film', () => {
  it('leaves no ffmpeg of its output folder running (SIGKILL: no exit handler runs)', async () => {
    const dir = await tempDir('seedance-sig-orphan-');
    const file = await writeStoryboard(dir, FILM);
    const cli = run(dir, file, await slowTools(dir, { filmReadRate: 1 }));
    const ffmpeg = await filmFfmpeg(dir);
    process.kill(cli.pid, 'SIGKILL');
    await cli.exited;
    // The film takes about ten seconds at this reading rate: an orphan would still be at it.
    const left = await until('no tool process of the folder', async () => ((await toolsIn(dir)).length === 0 ? true : undefined), 3000, 100).catch(async () => toolsIn(dir));
    expect(left, `ffmpeg was pid ${ffmpeg.pid}`).toBe(true);
  });
});
