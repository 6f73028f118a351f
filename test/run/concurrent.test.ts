// Two `seedance run` of one manifest at once (two terminals, a CI job retried while the first
// still runs): the manifest's writer lock lets one work, the other refuses at once naming it, or
// with --wait waits for it. Real binaries in child processes, one simulator in this process.
import { spawn } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia } from '../../src/media/index.js';
import type { Simulator } from '../../src/simulator/index.js';
import { lockPathFor, readLock } from '../../src/state/lock.js';
import { runCli } from '../cli/capture.js';
import { startSim, tempDir, writeStoryboard } from './harness.js';

const BIN = new URL('../../dist/cli/bin.js', import.meta.url).pathname;
let sim: Simulator;
beforeAll(async () => {
  sim = await startSim({ latency: { queuedMs: 50, runningMs: [600, 900] } });
});
afterAll(async () => {
  await sim.close();
});

interface Ran {
  pid: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(file: string, ...extra: string[]): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'run', file, '--reporter', 'plain', '--poll-interval', '50', ...extra], {
      env: { ...process.env, SEEDANCE_API_KEY: 'test-key', SEEDANCE_BASE_URL: sim.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ pid: child.pid as number, code, stdout, stderr }));
  });
}

const STORY = (tag: string): string => `version: 1
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: one, prompt: ${tag} shot one, seed: 1 }
  - { id: two, prompt: ${tag} shot two, first_frame: { shot: one } }
  - { id: three, prompt: ${tag} shot three, seed: 3 }
concat: {}
`;

async function clipsValid(file: string): Promise<void> {
  const lock = await readLock(lockPathFor(file), file);
  for (const [id, record] of Object.entries(lock.shots)) {
    expect(record.status, id).toBe('saved');
    const info = await probeMedia(join(file, '..', 'out', 'story', record.outputs?.video?.file ?? ''));
    expect(info.video?.width, id).toBe(864);
  }
}

describe('two runs of one manifest at once', () => {
  it('one makes every shot, once; the other refuses at once and names it', async () => {
    const dir = await tempDir('seedance-concurrent-');
    const file = await writeStoryboard(dir, STORY('two terminals'));
    sim.resetStats();
    const [a, b] = await Promise.all([cli(file), cli(file)]);
    const [done, refused] = a.code === 0 ? [a, b] : [b, a];
    expect([done.code, refused.code], `${a.stderr}\n${b.stderr}`).toEqual([0, 1]);
    expect(refused.stderr).toContain('error[lock.busy]');
    expect(refused.stderr).toContain(`pid ${done.pid}`);
    expect(refused.stderr).toContain(hostname());
    expect(refused.stderr).toContain('--wait');
    expect(refused.stdout).not.toContain('submitted');
    expect(sim.stats().creates).toBe(3);
    expect(Object.values(sim.stats().createsByRequest).every((n) => n === 1)).toBe(true);
    await clipsValid(file);
  });

  it('with --wait, the second waits for the first, then finds everything made and sends nothing', async () => {
    const dir = await tempDir('seedance-concurrent-');
    const file = await writeStoryboard(dir, STORY('a retried CI job'));
    sim.resetStats();
    const first = cli(file);
    // Start the second once the first holds the lock (its writer file is there).
    const { stat } = await import('node:fs/promises');
    for (let i = 0; i < 200; i++) {
      if (await stat(join(dir, '.story.lock.json.writer')).then(() => true, () => false)) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // status says who is working on it while it runs.
    const status = await runCli(['status', 'story.yaml'], dir);
    expect(status.stdout).toMatch(new RegExp(`^seedance run \\(pid \\d+ on ${hostname()}, since .*\\) is working on this manifest now`, 'm'));
    const second = await cli(file, '--wait');
    const firstDone = await first;
    expect(status.stdout).toContain(`pid ${firstDone.pid} `);
    expect(firstDone.code, firstDone.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain(`Waiting: seedance run (pid ${firstDone.pid} on ${hostname()}`);
    expect(second.stdout).toContain('3 reused');
    expect(sim.stats().creates).toBe(3);
    await clipsValid(file);
  });
});
