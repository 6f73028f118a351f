// Chaos, the CI size: scripts/chaos.mjs with four SIGKILLs on the 30-shot chained storyboard
// (test/reliability/fixtures/chaos.yaml) against a simulator with seeded faults. The script checks
// itself (its checks must all pass); this test reads its figures and checks the folders it left
// again with the project's own lock reader and ffprobe, so a bug in the script cannot hide one in
// the pipeline. Here the run without kills goes alongside the killed one (--kill-window), in the
// script's process through the library. `npm run chaos -- --kills 50` is the long version (figures
// in BENCHMARKS.md), with the reference run first, through the CLI.
import './sentinel.js';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia } from '../../src/media/index.js';
import { readLock, type LockFile } from '../../src/state/lock.js';
import { removeDir, suiteTempDir } from '../temp.js';
import { SENTINEL, leakingFiles, leaksIn } from './sentinel.js';

const SCRIPT = fileURLToPath(new URL('../../scripts/chaos.mjs', import.meta.url));
const KILLS = 4;

interface ChaosResult {
  ok: boolean;
  options: { shots: number; kills: number };
  figures: { kills: number; restarts: number; creates: number; duplicates: number; recoveredCreates: number; resumedTasks: number; retries: number };
  checks: { name: string; ok: boolean; detail: string }[];
}

let dir: string;
let result: ChaosResult;
let output = '';
beforeAll(async () => {
  dir = await suiteTempDir('seedance-chaos-ci-');
  // Short task latencies, the render cache the other tests share, and the reference run going
  // alongside the killed one (--kill-window: kill moments from 0..7 s, about what a quarter of the
  // reference's length gives) keep this well under a minute.
  const args = [SCRIPT, '--kills', String(KILLS), '--seed', '7', '--latency', '100-300', '--poll-interval', '100', '--kill-window', '7000', '--json', join(dir, 'result.json'), '--work', join(dir, 'work'), '--render-cache', join(tmpdir(), 'seedance-simulator-cache')];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const guard = setTimeout(() => child.kill('SIGKILL'), 280_000);
    child.on('error', reject);
    child.on('close', (c) => (clearTimeout(guard), resolve(c)));
  });
  expect(code, output).not.toBeNull();
  // No figures at all: the script broke before its checks; what it printed says why.
  expect(existsSync(join(dir, 'result.json')), output).toBe(true);
  result = JSON.parse(await readFile(join(dir, 'result.json'), 'utf8')) as ChaosResult;
}, 300_000);
afterAll(() => removeDir(dir));

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

async function lockOf(run: 'killed' | 'reference'): Promise<LockFile> {
  return readLock(join(dir, 'work', run, 'chaos.lock.json'), join(dir, 'work', run, 'chaos.yaml'));
}

describe('chaos: a 30-shot chained storyboard, SIGKILLed and restarted until done', () => {
  it('passes every check of the script', () => {
    expect(result.checks.filter((c) => !c.ok), output).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it(`was killed ${KILLS} times, and the service made exactly one task per shot`, () => {
    expect(result.options.shots).toBe(30);
    expect(result.figures.kills).toBe(KILLS);
    expect(result.figures.restarts).toBeGreaterThanOrEqual(KILLS);
    expect(result.figures.creates).toBe(30);
    expect(result.figures.duplicates).toBe(0);
    // The faults did happen: lost create answers were found again rather than paid twice.
    expect(result.figures.recoveredCreates + result.figures.retries).toBeGreaterThan(0);
  });

  it('left every clip as the lock records it, readable by ffprobe, and the same clips and film as the run without kills', async () => {
    const killed = await lockOf('killed');
    const reference = await lockOf('reference');
    expect(Object.keys(killed.shots)).toHaveLength(30);
    for (const [id, shot] of Object.entries(killed.shots)) {
      expect(shot.status, id).toBe('saved');
      const video = shot.outputs?.video;
      const path = join(dir, 'work', 'killed', 'out', 'chaos', video?.file ?? '');
      expect(sha256(await readFile(path)), id).toBe(video?.sha256);
      expect(video?.sha256, `${id} differs from the run without kills`).toBe(reference.shots[id]?.outputs?.video?.sha256);
      expect(shot.outputs?.lastFrame?.sha256).toBe(reference.shots[id]?.outputs?.lastFrame?.sha256);
    }
    const film = join(dir, 'work', 'killed', 'out', 'chaos', 'final.mp4');
    expect(sha256(await readFile(film))).toBe(killed.concat?.output.sha256);
    expect(killed.concat?.output.sha256).toBe(reference.concat?.output.sha256);
    const info = await probeMedia(film);
    expect(info.video).toMatchObject({ width: 864, height: 496 });
    // Four 5 s clips joined by three 0.5 s crossfades.
    expect(info.durationSeconds).toBeCloseTo(18.5, 1);
  });

  it('never showed the key or a signed URL, in the script\'s output or in any file it left', async () => {
    expect(leaksIn(output)).toEqual([]);
    expect(await leakingFiles(join(dir, 'work'), (path) => path.includes('render-cache'))).toEqual([]);
    // The key the runs used was the sentinel (the script takes it from the environment).
    const events = (await readdir(join(dir, 'work', 'killed'))).filter((f) => f.endsWith('.ndjson'));
    expect(events.length).toBe(result.figures.restarts + 1);
    expect(process.env.SEEDANCE_API_KEY).toBe(SENTINEL);
  });
});
