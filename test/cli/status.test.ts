// `seedance status`: every state a shot can be in, from the lock and the manifest alone, and what
// the service says about tasks in flight with --refresh (one request, the lock untouched).
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/api/index.js';
import type { StatusView } from '../../src/report/status-view.js';
import type { Simulator } from '../../src/simulator/index.js';
import { lockPathFor, readLock, writeLock } from '../../src/state/lock.js';
import { load, removeDir, run, startSim, suiteTempDir, writeStoryboard } from '../run/harness.js';
import { fingerprintShot } from '../../src/plan/fingerprint.js';
import type { ResolvedShot } from '../../src/manifest/types.js';
import { runCli } from './capture.js';

const STORY = `version: 1
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: sea, prompt: Waves roll onto a pebble beach, seed: 31 }
  - { id: gull, prompt: A gull lands on a post, first_frame: { shot: sea } }
  - { id: kraken, prompt: A kraken rises from the bay }
  - { id: later, prompt: The tide goes out }
concat:
  shots: [sea, gull]
`;

let sim: Simulator;
let dir: string;
let file: string;

beforeAll(async () => {
  sim = await startSim();
  sim.addFault({ kind: 'task-failed', promptIncludes: 'kraken', code: 'OutputVideoSensitiveContentDetected' });
  dir = await suiteTempDir('seedance-status-');
  // `later` is left out of the first run with --only, so it is never made.
  file = await writeStoryboard(dir, STORY);
  await run(file, sim, { only: ['sea', 'gull', 'kraken'] });
});
afterAll(async () => {
  await sim.close();
  await removeDir(dir);
});

async function status(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCli(['status', 'story.yaml', ...args], dir, { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url });
}

describe('seedance status', () => {
  it('shows fresh, failed and never-made shots with seeds, models, tokens and files, without any request', async () => {
    sim.resetStats();
    const result = await status();
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('sea     fresh');
    expect(lines).toContain('gull    fresh');
    expect(lines).toContain('kraken  failed: OutputVideoSensitiveContentDetected');
    expect(lines).toContain('later   never made');
    expect(result.stdout).toMatch(/ {8}seed 31 · doubao-seedance-2-0-260128 · 50,638 tokens · task cgt-/);
    expect(result.stdout).toContain(`        ${join('out', 'story', 'sea.mp4')}, ${join('out', 'story', 'sea.last.png')}`);
    expect(result.stdout).toContain(`film: ${join('out', 'story', 'final.mp4')}: made`);
    expect(result.stdout).toContain('4 shots: 2 fresh, 1 failed, 1 never made; 101,276 tokens recorded');
    const stats = sim.stats();
    expect(stats.createRequests + stats.queries + stats.lists + stats.downloads).toBe(0);
  });

  it('--json carries the same, with absolute output paths and the service code', async () => {
    const view = JSON.parse((await status('--json')).stdout) as StatusView;
    expect(view.shots.map((s) => [s.id, s.state])).toEqual([
      ['sea', 'fresh'],
      ['gull', 'fresh'],
      ['kraken', 'failed'],
      ['later', 'never-made'],
    ]);
    expect(view.shots[0]).toMatchObject({ seed: 31, model: 'doubao-seedance-2-0-260128', tokens: 50_638, outputs: { video: join(dir, 'out/story/sea.mp4'), lastFrame: join(dir, 'out/story/sea.last.png') } });
    expect(view.shots[2]).toMatchObject({ serviceCode: 'OutputVideoSensitiveContentDetected', status: 'failed', taskId: expect.stringMatching(/^cgt-/) });
    expect(view.film).toEqual({ output: join(dir, 'out/story/final.mp4'), state: 'made', stale: [] });
  });

  it('names what changed, and marks the shots downstream of a changed one', async () => {
    const original = await readFile(file, 'utf8');
    try {
      await writeFile(file, original.replace('Waves roll onto a pebble beach, seed: 31', 'Waves roll onto a sandy beach, seed: 32'));
      const lines = (await status()).stdout.split('\n');
      expect(lines).toContain('sea     stale: prompt, seed changed');
      expect(lines).toContain('gull    stale: upstream sea is made first');
      expect(lines).toContain(`film: ${join('out', 'story', 'final.mp4')}: made; to join again after sea, gull`);
    } finally {
      await writeFile(file, original);
    }
    await rm(join(dir, 'out/story/gull.mp4'));
    // Made, its file gone: the next run takes it from the clip store (every clip made is kept there), with no API call.
    expect((await status()).stdout).toMatch(/\ngull {4}in the store: its video file is missing; made before as task cgt-\S+: restored from the clip store\n/);
  });

  it('shows a task in flight with its id, and with --refresh what the service says (one request)', async () => {
    const slow = await startSim({ latency: { queuedMs: 60_000, runningMs: 1_000 } });
    const client = createClient({ format: 'native', baseUrl: slow.url, apiKey: 'k' });
    try {
      const created = await client.create({ model: 'doubao-seedance-2.0', content: [{ type: 'text', text: 'The tide goes out' }], resolution: '480p', duration: 5 });
      const lockPath = lockPathFor(file);
      const lock = await readLock(lockPath, file);
      const manifest = await load(file);
      const fingerprint = fingerprintShot(manifest, manifest.shots[3] as ResolvedShot, (id) => lock.shots[id], () => undefined).value;
      lock.shots.later = { fingerprint, status: 'created', taskId: created.id };
      lock.shots.kraken = { ...(lock.shots.kraken as NonNullable<typeof lock.shots.kraken>), status: 'created', taskId: 'cgt-20200101000000-gone0' };
      await writeLock(lockPath, lock);
      const env = { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: slow.url };
      const plain = await runCli(['status', 'story.yaml'], dir, env);
      expect(plain.stdout.split('\n')).toContain(`later   in flight: task ${created.id}`);
      expect(slow.stats().lists + slow.stats().queries).toBe(0);

      slow.resetStats();
      const refreshed = await runCli(['status', 'story.yaml', '--refresh'], dir, env);
      expect(refreshed.code).toBe(0);
      expect(refreshed.stdout).toContain('        service: queued; the next run picks it up without paying again');
      expect(refreshed.stdout).toContain('        service: does not know this task any more; the next run submits the shot anew');
      expect(slow.stats().lists).toBe(1);
      const view = JSON.parse((await runCli(['status', 'story.yaml', '--refresh', '--json'], dir, env)).stdout) as StatusView;
      expect(view.shots.find((s) => s.id === 'later')?.service).toEqual({ status: 'queued', progress: 0 });
      // The lock is left as it was: `seedance run` is what records changes.
      expect((await readLock(lockPath, file)).shots.later).toEqual({ fingerprint, status: 'created', taskId: created.id });
    } finally {
      await client.close();
      await slow.close();
    }
  });

  it('refuses a second manifest', async () => {
    const result = await runCli(['status', 'a.yaml', 'b.yaml'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('seedance status takes one manifest; got 2.');
  });
});
