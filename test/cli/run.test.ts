// `seedance run` as a user meets it: usage errors, a missing key, a full simulated run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { startSim, tempDir, writeStoryboard } from '../run/harness.js';
import { runCli } from './capture.js';

const STORY = `version: 1
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: one, prompt: A paper boat drifts down a gutter stream, seed: 3 }
`;

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim.close();
});

describe('seedance run', () => {
  it('stops before sending anything when no API key is set, and says how to fix it', async () => {
    const dir = await tempDir();
    await writeStoryboard(dir, STORY);
    sim.resetStats();
    const result = await runCli(['run', 'story.yaml'], dir, { SEEDANCE_BASE_URL: sim.url });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No API key: SEEDANCE_API_KEY (or ARK_API_KEY) is not set');
    expect(result.stderr).toContain('--simulate');
    expect(sim.stats().createRequests).toBe(0);
  });

  it.each([
    [['run', 'story.yaml', '--concurrency', 'many'], '--concurrency must be a whole number from 1 to 100'],
    [['run', 'story.yaml', '--reporter', 'fancy'], '--reporter must be pretty, plain or json'],
    [['run', 'story.yaml', '--bogus'], 'seedance run: unknown option --bogus.\nUsage: seedance run <manifest> [options]'],
    [['run'], 'seedance run needs a manifest file'],
    [['run', 'story.yaml', '--only', 'nope'], '--only names a shot the manifest does not have: nope'],
  ])('refuses %j with exit code 2', async (argv, message) => {
    const dir = await tempDir();
    await writeStoryboard(dir, STORY);
    const result = await runCli(argv, dir, { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('refuses an invalid manifest with its positioned diagnostics and exit code 2', async () => {
    const dir = await tempDir();
    await writeStoryboard(dir, STORY.replace('prompt:', 'promt:'));
    const result = await runCli(['run', 'story.yaml'], dir, { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/story\.yaml:4:\d+ error\[unknown-key\]/);
    expect(result.stderr).toContain('nothing was sent');
  });

  it('runs with plain lines and a summary, and never prints the key', async () => {
    const dir = await tempDir();
    await writeStoryboard(dir, STORY);
    const key = 'sk-SENTINEL-7f3a9c';
    const result = await runCli(['run', 'story.yaml', '--reporter', 'plain', '--poll-interval', '50'], dir, { SEEDANCE_API_KEY: key, SEEDANCE_BASE_URL: sim.url });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/one: submitted as cgt-/);
    expect(result.stdout).toMatch(/done: 1 made, 0 reused, 0 failed, 0 skipped; [\d,]+ tokens/);
    expect(result.stdout + result.stderr).not.toContain(key);
  });

  it('writes NDJSON with --reporter json', async () => {
    const dir = await tempDir();
    await writeStoryboard(dir, STORY);
    const result = await runCli(['run', 'story.yaml', '--reporter', 'json', '--poll-interval', '50'], dir, { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url });
    const events = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { type: string; time: string });
    expect(events[0]?.type).toBe('run-started');
    expect(events.at(-1)?.type).toBe('run-finished');
    expect(events.every((e) => !Number.isNaN(Date.parse(e.time)))).toBe(true);
  });
});
