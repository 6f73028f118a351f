// SIGTERM (CI cancelling a job) and SIGHUP (the terminal closed) stop a run the way the first
// Ctrl-C does: nothing new is submitted, tasks in flight finish and download, the run ends with
// its summary, the lock saved, and says so on stderr; a second signal of any of the three leaves
// at once. Real signals to the real binary.
import { describe, it, type TestContext } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { lockPathFor, readLock } from '../../src/state/lock.js';
import { startSim, writeStoryboard } from '../run/harness.js';
import { tempDir } from '../temp.js';
import { startCli, until, type CliRun } from './signals-helpers.js';

/**
 * A simulator of the test's own, so the cases run side by side (they mostly wait on tasks). Tasks
 * long enough that two signals 150 ms apart both come while they run, on a loaded machine too.
 */
async function ownSim(onFinished: TestContext['onTestFinished']): Promise<Simulator> {
  const sim = await startSim({ latency: { queuedMs: 50, runningMs: [1500, 2500] } });
  onFinished(() => sim.close());
  return sim;
}

async function storyboard(prefix: string, count: number, concurrency: number, onFinished: TestContext['onTestFinished']): Promise<string> {
  const dir = await tempDir(prefix, onFinished);
  const shots = Array.from({ length: count }, (_, i) => `  - { id: s${i}, prompt: ${prefix} shot ${i}, seed: ${i + 70} }\n`).join('');
  return writeStoryboard(dir, `version: 1\nconcurrency: ${concurrency}\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n${shots}`);
}

/** Runs the CLI and sends `signals` (150 ms apart: signals of one kind do not queue) once `after` tasks are submitted. */
async function signalled(sim: Simulator, file: string, signals: NodeJS.Signals[], after = 1): Promise<CliRun & { code: number | null; signal: NodeJS.Signals | null }> {
  const cli = startCli(['run', file, '--reporter', 'json', '--poll-interval', '50'], { SEEDANCE_API_KEY: 'test-key', SEEDANCE_BASE_URL: sim.url });
  await until('submissions', async () => (cli.events.filter((e) => e.type === 'shot-submitted').length >= after ? true : undefined), 30_000, 5);
  signals.forEach((signal, i) => setTimeout(() => cli.child.kill(signal), i * 150));
  return { ...cli, ...(await cli.exited) };
}

describe.each(['SIGTERM', 'SIGHUP'] as const)('%s', (signal) => {
  it.concurrent('stops like the first Ctrl-C: tasks in flight finish and download, the summary is printed, the lock saved and said so', async ({ expect, onTestFinished }) => {
    const sim = await ownSim(onTestFinished);
    const file = await storyboard(`seedance-${signal.toLowerCase()}-`, 4, 2, onTestFinished);
    const stopped = await signalled(sim, file, [signal]);
    expect({ code: stopped.code, signal: stopped.signal }, stopped.stderr()).toEqual({ code: 130, signal: null });
    expect(stopped.stderr()).toContain(`Stopping (${signal}`);
    expect(stopped.stderr()).toMatch(/no new task is submitted; tasks in flight finish and download/);
    expect(stopped.stderr()).toMatch(/the lock is saved/);
    expect(stopped.events.at(-1)).toMatchObject({ type: 'run-finished', result: 'interrupted', exitCode: 130 });
    const lock = await readLock(lockPathFor(file), file);
    const made = Object.values(lock.shots).filter((s) => s.status === 'saved' && s.outputs?.video);
    expect(made.length).toBe(sim.stats().creates);
    expect(made.length).toBeLessThan(4);
    expect(Object.values(lock.shots).every((s) => s.status === 'saved')).toBe(true);

    const rest = startCli(['run', file, '--reporter', 'json', '--poll-interval', '50'], { SEEDANCE_API_KEY: 'test-key', SEEDANCE_BASE_URL: sim.url });
    expect((await rest.exited).code).toBe(0);
    expect(sim.stats().creates).toBe(4);
  });
});

describe('a second signal of any kind', () => {
  it.concurrent.for([
    ['SIGHUP', 'SIGTERM'],
    ['SIGTERM', 'SIGINT'],
    ['SIGINT', 'SIGHUP'],
  ] as const)('%s then %s leaves at once; the lock keeps the tasks and the next run picks them up', async ([first, second], { expect, onTestFinished }) => {
    const sim = await ownSim(onTestFinished);
    const file = await storyboard(`seedance-${first.toLowerCase()}-${second.toLowerCase()}-`, 2, 3, onTestFinished);
    const left = await signalled(sim, file, [first, second], 2);
    expect({ code: left.code, signal: left.signal }, left.stderr()).toEqual({ code: 130, signal: null });
    expect(left.stderr()).toContain('Leaving now');
    const lock = await readLock(lockPathFor(file), file);
    expect(Object.values(lock.shots).map((s) => s.status)).toEqual(['created', 'created']);
    const resumed = startCli(['run', file, '--reporter', 'json', '--poll-interval', '50'], { SEEDANCE_API_KEY: 'test-key', SEEDANCE_BASE_URL: sim.url });
    expect((await resumed.exited).code).toBe(0);
    expect(resumed.events.filter((e) => e.type === 'shot-submitted')).toEqual([]);
    expect(sim.stats().creates).toBe(2);
  });
});
