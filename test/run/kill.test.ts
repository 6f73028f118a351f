// Killed with SIGKILL in the middle of a run, then run again: every shot is done and the service
// saw exactly one create per shot. The real binary runs in a child process; the simulator lives
// in this process, so it outlives the kill like the real service would.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { lockPathFor, readLock } from '../../src/state/lock.js';
import { startSim, tempDir, writeStoryboard } from './harness.js';

const BIN = new URL('../../dist/cli/bin.js', import.meta.url).pathname;
let sim: Simulator;
beforeAll(async () => {
  sim = await startSim({ latency: { queuedMs: 50, runningMs: [400, 800] } });
});
afterAll(async () => {
  await sim.close();
});

/** Run the CLI; when `killAfter` submissions have been reported, SIGKILL it. */
function cli(file: string, killAfter?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; submitted: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'run', file, '--reporter', 'json', '--poll-interval', '50'], {
      env: { ...process.env, SEEDANCE_API_KEY: 'test-key', SEEDANCE_BASE_URL: sim.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let submitted = 0;
    createInterface({ input: child.stdout }).on('line', (line) => {
      if ((JSON.parse(line) as { type: string }).type === 'shot-submitted') submitted++;
      if (killAfter !== undefined && submitted === killAfter) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, submitted }));
  });
}

describe('a run killed with SIGKILL', () => {
  it('resumes without submitting any shot twice', async () => {
    const dir = await tempDir('seedance-kill-');
    const file = await writeStoryboard(dir, `version: 1
concurrency: 3
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: k1, prompt: killed run shot one, seed: 1 }
  - { id: k2, prompt: killed run shot two, first_frame: { shot: k1 } }
  - { id: k3, prompt: killed run shot three, seed: 3 }
  - { id: k4, prompt: killed run shot four, seed: 4 }
  - { id: k5, prompt: killed run shot five, first_frame: { shot: k4 } }
  - { id: k6, prompt: killed run shot six, seed: 6 }
`);
    sim.resetStats();
    const killed = await cli(file, 3);
    expect(killed.signal).toBe('SIGKILL');
    const midway = await readLock(lockPathFor(file), file);
    expect(Object.values(midway.shots).filter((s) => s.taskId).length).toBeGreaterThanOrEqual(3);

    const resumed = await cli(file);
    expect(resumed.code).toBe(0);
    const lock = await readLock(lockPathFor(file), file);
    expect(Object.keys(lock.shots).sort()).toEqual(['k1', 'k2', 'k3', 'k4', 'k5', 'k6']);
    expect(Object.values(lock.shots).every((s) => s.status === 'succeeded')).toBe(true);
    const stats = sim.stats();
    expect(stats.creates).toBe(6);
    expect(Object.values(stats.createsByRequest).every((n) => n === 1)).toBe(true);

    const again = await cli(file);
    expect(again).toMatchObject({ code: 0, submitted: 0 });
    expect(sim.stats().creates).toBe(6);
  });
});
