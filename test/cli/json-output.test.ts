// Issue 16: --json on every command that prints data (report, pin, cancel, export; run and concat
// take --json as --reporter json), against real runs on the simulator.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { lockPathFor, readLock } from '../../src/state/lock.js';
import { removeDir, run, startSim, suiteTempDir, tempDir, writeStoryboard } from '../run/harness.js';
import { runCli } from './capture.js';

const STORY = `version: 1
defaults: { resolution: 480p, duration: 5 }
shots:
  - id: one
    prompt: A red kite over a beach
  - id: two
    prompt: The kite dives toward the sea
concat: {}
`;

let sim: Simulator;
let dir: string;
let file: string;
beforeAll(async () => {
  sim = await startSim();
  dir = await suiteTempDir('seedance-json-');
  file = await writeStoryboard(dir, STORY);
  await run(file, sim);
});
afterAll(async () => {
  await sim.close();
  await removeDir(dir);
});

function json(stdout: string): unknown {
  return JSON.parse(stdout) as unknown;
}

describe('--json', () => {
  it('report: the file written, the output folder and the shots, relative to the current folder', async () => {
    const result = await runCli(['report', 'story.yaml', '--json'], dir);
    expect(result.code).toBe(0);
    expect(json(result.stdout)).toEqual({ file: join('out', 'story', 'report.html'), output: join('out', 'story'), shots: 2 });
    await stat(join(dir, 'out/story/report.html'));
  });

  it('pin: the seeds that would be written with --dry-run (nothing written), then the ones written', async () => {
    const lock = await readLock(lockPathFor(file), file);
    const seeds = [
      { id: 'one', seed: lock.shots.one?.seed },
      { id: 'two', seed: lock.shots.two?.seed },
    ];
    const dry = await runCli(['pin', 'story.yaml', '--dry-run', '--json'], dir);
    expect(dry.code).toBe(0);
    expect(json(dry.stdout)).toEqual({ manifest: 'story.yaml', written: false, pinned: seeds });
    expect(await readFile(file, 'utf8')).toBe(STORY);
    const real = await runCli(['pin', 'story.yaml', '--json'], dir);
    expect(json(real.stdout)).toEqual({ manifest: 'story.yaml', written: true, pinned: seeds });
    expect(await readFile(file, 'utf8')).toContain(`    seed: ${seeds[0]?.seed}\n`);
    const again = await runCli(['pin', 'story.yaml', '--json'], dir);
    expect(json(again.stdout)).toEqual({ manifest: 'story.yaml', written: false, pinned: [] });
  });

  it('export: the projects written', async () => {
    const result = await runCli(['export', 'story.yaml', '-f', 'edl', '--json'], dir);
    expect(result.code).toBe(0);
    const out = json(result.stdout) as { written: { format: string; file: string }[] };
    expect(out.written).toHaveLength(1);
    expect(out.written[0]?.format).toBe('edl');
    await stat(out.written[0]?.file as string);
  });

  it('concat --json is --reporter json: one event a line', async () => {
    const result = await runCli(['concat', 'story.yaml', '--force', '--json'], dir);
    expect(result.code).toBe(0);
    const events = result.stdout.trim().split('\n').map((l) => json(l) as { type: string });
    expect(events.map((e) => e.type)).toContain('assembly-finished');
  });

  it('run --json is --reporter json; with another --reporter it is a usage error', async () => {
    const result = await runCli(['run', 'story.yaml', '--json'], dir, { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url });
    expect(result.code).toBe(0);
    const events = result.stdout.trim().split('\n').map((l) => json(l) as { type: string });
    expect(events[0]?.type).toBe('run-started');
    expect(events.at(-1)?.type).toBe('run-finished');
    const both = await runCli(['run', 'story.yaml', '--json', '--reporter', 'plain'], dir);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--json is --reporter json; it cannot go with --reporter plain.');
    expect((await runCli(['run', 'story.yaml', '--json', '--reporter', 'json'], dir, { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url })).code).toBe(0);
  });

  it('cancel: the tasks cancelled and the ones not', async () => {
    const slow = await startSim({ latency: { queuedMs: 60_000, runningMs: 100 }, runningLimit: 1 });
    try {
      const here = await tempDir('seedance-json-');
      const story = await writeStoryboard(here, STORY.replace('concat: {}\n', ''));
      const abort = new AbortController();
      await run(story, slow, { abortSignal: abort.signal, only: ['one'], emit: (e) => e.type === 'shot-submitted' && abort.abort() });
      const taskId = (await readLock(lockPathFor(story), story)).shots.one?.taskId;
      const env = { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: slow.url };
      const result = await runCli(['cancel', 'story.yaml', '--json'], here, env);
      expect(result.code).toBe(0);
      expect(json(result.stdout)).toEqual({ cancelled: [{ shot: 'one', taskId }], notCancelled: [], failed: [] });
      const none = await runCli(['cancel', 'story.yaml', '--json'], here, env);
      expect(json(none.stdout)).toEqual({ cancelled: [], notCancelled: [], failed: [] });
    } finally {
      await slow.close();
    }
  });

  it('models --json (there already)', async () => {
    const result = await runCli(['models', '--json'], dir);
    expect((json(result.stdout) as { models: unknown[] }).models.length).toBeGreaterThan(3);
  });
});
