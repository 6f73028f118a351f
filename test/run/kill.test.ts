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

/** Run the CLI; when `killAfter` submissions have been reported, send it `signals` (SIGKILL by default). */
function cli(file: string, killAfter?: number, signals: NodeJS.Signals[] = ['SIGKILL']): Promise<{ code: number | null; signal: NodeJS.Signals | null; submitted: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'run', file, '--reporter', 'json', '--poll-interval', '50'], {
      env: { ...process.env, SEEDANCE_API_KEY: 'test-key', SEEDANCE_BASE_URL: sim.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let submitted = 0;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if ((JSON.parse(line) as { type: string }).type !== 'shot-submitted') return;
      submitted++;
      // Signals of one kind do not queue: space them out so a second Ctrl-C is a second one.
      if (killAfter !== undefined && submitted === killAfter) signals.forEach((signal, i) => setTimeout(() => child.kill(signal), i * 150));
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, submitted, stderr }));
  });
}

describe('interrupted runs', () => {
  it('killed with SIGKILL, resumes without submitting any shot twice', async () => {
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
    expect(Object.values(lock.shots).every((s) => s.status === 'saved')).toBe(true);
    const stats = sim.stats();
    expect(stats.creates).toBe(6);
    expect(Object.values(stats.createsByRequest).every((n) => n === 1)).toBe(true);

    const again = await cli(file);
    expect(again).toMatchObject({ code: 0, submitted: 0 });
    expect(sim.stats().creates).toBe(6);
  });

  it('on Ctrl-C stops submitting, lets tasks in flight finish, and the next run does the rest', async () => {
    const dir = await tempDir('seedance-sigint-');
    const shots = Array.from({ length: 6 }, (_, i) => `  - { id: c${i}, prompt: interrupted shot ${i}, seed: ${i + 20} }\n`).join('');
    const file = await writeStoryboard(dir, `version: 1\nconcurrency: 2\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n${shots}`);
    sim.resetStats();
    const stopped = await cli(file, 1, ['SIGINT']);
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toContain('Stopping: no new task is submitted');
    const lock = await readLock(lockPathFor(file), file);
    const made = Object.values(lock.shots).filter((s) => s.status === 'saved' && s.outputs?.video);
    // What was at the service finished and was downloaded; nothing else was sent.
    expect(made.length).toBe(sim.stats().creates);
    expect(made.length).toBeLessThan(6);
    expect(Object.values(lock.shots).every((s) => s.status === 'saved')).toBe(true);

    const rest = await cli(file);
    expect(rest.code).toBe(0);
    expect(sim.stats().creates).toBe(6);
  });

  it('on a second Ctrl-C leaves at once; the lock keeps the tasks and the next run picks them up', async () => {
    const dir = await tempDir('seedance-sigint2-');
    const file = await writeStoryboard(dir, `version: 1\nconcurrency: 3\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n  - { id: q1, prompt: twice interrupted one, seed: 41 }\n  - { id: q2, prompt: twice interrupted two, seed: 42 }\n`);
    sim.resetStats();
    const left = await cli(file, 2, ['SIGINT', 'SIGINT']);
    expect(left.code).toBe(130);
    const lock = await readLock(lockPathFor(file), file);
    expect(Object.values(lock.shots).map((s) => s.status).sort()).toEqual(['created', 'created']);
    const resumed = await cli(file);
    expect(resumed).toMatchObject({ code: 0, submitted: 0 });
    expect(sim.stats().creates).toBe(2);
  });
});
