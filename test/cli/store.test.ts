// `seedance store` and `seedance store gc` on a store a real run filled: gc removes only what no
// lock uses, never what one does, and a shot it kept is still restored without an API call.
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { planGc, parseSize } from '../../src/state/store-gc.js';
import type { StoreEntry } from '../../src/state/store.js';
import { run, startSim, tempDir, writeStoryboard } from '../run/harness.js';
import { runCli } from './capture.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim.close();
});

const story = (prompt: string): string => `version: 1\nname: gc\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n  - { id: a, prompt: A red kite over the dunes, seed: 8 }\n  - { id: b, prompt: ${prompt}, seed: 9 }\n`;

describe('seedance store', () => {
  it('lists the entries; gc removes only the one no lock uses, and what it kept is still restored', async () => {
    const dir = await tempDir('seedance-store-cli-');
    const file = await writeStoryboard(dir, story('The kite string snaps'));
    await run(file, sim);
    await writeStoryboard(dir, story('The kite climbs higher'));
    await run(file, sim);

    const listed = await runCli(['store', 'story.yaml'], dir);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(/^\.seedance\/store: 3 entries, [\d.]+ (kB|MB)$/m);
    const json = JSON.parse((await runCli(['store', 'story.yaml', '--json'], dir)).stdout) as { entries: StoreEntry[] };
    expect(json.entries.map((e) => e.taskId)).toHaveLength(3);
    expect(JSON.stringify(json)).not.toMatch(/signature|https?:\/\//);

    const dry = await runCli(['store', 'gc', '--dry-run'], dir);
    expect(dry.stdout).toMatch(/would remove 1 entry/);
    const recent = await runCli(['store', 'gc', '--keep-days', '1'], dir);
    expect(recent.stdout).toMatch(/removed 0 entries/);
    const collected = await runCli(['store', 'gc'], dir);
    expect(collected.code, collected.stderr).toBe(0);
    expect(collected.stdout).toMatch(/removed 1 entry, [\d.]+ (kB|MB); kept 2 entries \(2 used by the 1 lock file under \.\)/);
    const buckets = await readdir(join(dir, '.seedance', 'store'));
    expect(buckets.length).toBeGreaterThan(0);

    // The entries it kept still serve: the output folder deleted, nothing is sent.
    await runCli(['store', 'gc'], dir);
    sim.resetStats();
    await rm(join(dir, 'out'), { recursive: true });
    const again = await run(file, sim);
    expect(again.summary).toMatchObject({ restored: 2, made: 0 });
    expect(sim.stats().createRequests + sim.stats().queries + sim.stats().lists).toBe(0);
  });
});

describe('planGc', () => {
  const entry = (taskId: string, daysAgo: number, bytes = 1000): StoreEntry => ({
    version: 1,
    fingerprint: taskId.padEnd(64, '0'),
    taskId,
    video: { bytes, sha256: 'x' },
    lastFrame: { bytes: 0, sha256: 'y' },
    savedAt: new Date(Date.parse('2026-12-01T00:00:00Z') - daysAgo * 86_400_000).toISOString(),
  });
  const now = Date.parse('2026-12-01T00:00:00Z');
  const entries = [entry('used', 40), entry('old', 30), entry('mid', 10), entry('new', 1)];
  const used = { taskIds: new Set(['used']), fingerprints: new Set<string>() };
  const ids = (plan: { remove: StoreEntry[] }): string[] => plan.remove.map((e) => e.taskId).sort();

  it('never removes an entry a lock uses, whatever the options', () => {
    expect(ids(planGc(entries, used, { now }))).toEqual(['mid', 'new', 'old']);
    expect(ids(planGc(entries, used, { now, maxBytes: 0 }))).toEqual(['mid', 'new', 'old']);
    expect(ids(planGc(entries, { taskIds: new Set(), fingerprints: new Set([entry('old', 0).fingerprint]) }, { now }))).toEqual(['mid', 'new', 'used']);
  });

  it('keeps recent entries with --keep-days, and removes oldest first only as far as --max-size needs', () => {
    expect(ids(planGc(entries, used, { now, keepDays: 7 }))).toEqual(['mid', 'old']);
    expect(ids(planGc(entries, used, { now, maxBytes: 3000 }))).toEqual(['old']);
    expect(planGc(entries, used, { now, maxBytes: 2000 })).toMatchObject({ bytesBefore: 4000, bytesAfter: 2000 });
  });

  it('reads sizes as people write them', () => {
    expect(parseSize('500M')).toBe(500 * 1024 ** 2);
    expect(parseSize('2G')).toBe(2 * 1024 ** 3);
    expect(parseSize('1.5GB')).toBe(1.5 * 1024 ** 3);
    expect(parseSize('800')).toBe(800);
    expect(parseSize('lots')).toBeUndefined();
  });
});
