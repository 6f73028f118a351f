// The clip store in an S3 bucket, with real runs at the simulator and a real S3 server (s3rver on
// 127.0.0.1): two checkouts of one storyboard with SEEDANCE_STORE=s3://… (two machines of a team,
// two jobs of a CI matrix): the second pays nothing; `seedance store` and `store gc` work on the
// bucket; a bucket that cannot be reached stops the run before anything is sent; a store that
// cannot take a clip only warns. No credential is written anywhere: every file is scanned.
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isSeedanceError } from '../../src/core/errors.js';
import type { Simulator } from '../../src/simulator/index.js';
import { openStore } from '../../src/state/open-store.js';
import { runCli } from '../cli/capture.js';
import { ACCESS_KEY_ID, SECRET_ACCESS_KEY, startS3, type S3Test } from '../state/s3-store-server.js';
import { eventsOf, removeDir, run, startSim, suiteTempDir, tempDir, writeStoryboard } from './harness.js';
import { allText } from '../all-text.js';

let sim: Simulator;
let s3: S3Test;
let root: string;
beforeAll(async () => {
  root = await suiteTempDir('seedance-s3-run-');
  [sim, s3] = await Promise.all([startSim(), startS3(root)]);
});
afterAll(async () => {
  await Promise.all([sim.close(), s3.close()]);
  await removeDir(root);
});
beforeEach(() => sim.resetStats());

const story = (bPrompt = 'The beam sweeps the dark sea') => `version: 1
name: team
defaults: { resolution: 480p, duration: 5 }
shots:
  - id: a
    prompt: A lighthouse at dusk, waves rolling in
    seed: 41
  - id: b
    prompt: ${bPrompt}
    first_frame: { shot: a }
`;

/** A checkout of the storyboard: a folder of its own with a .git, as a clone is. */
async function checkout(parent: string, name: string): Promise<string> {
  const dir = join(parent, name);
  await mkdir(join(dir, '.git'), { recursive: true });
  return writeStoryboard(dir, story());
}

const credentials = [ACCESS_KEY_ID, SECRET_ACCESS_KEY];

describe('a clip store in an S3 bucket', () => {
  it('two checkouts of one storyboard: the second run makes 0 creates; store and gc work on the bucket; no credential anywhere', async () => {
    const dir = await tempDir('seedance-s3-run-');
    const env = { ...s3.env, SEEDANCE_STORE: `s3://${s3.bucket}/team/` };
    const one = await checkout(dir, 'one');
    const two = await checkout(dir, 'two');
    const first = await run(one, sim, { env });
    expect(first.summary).toMatchObject({ made: 2, result: 'done' });
    expect(sim.stats().creates).toBe(2);
    const second = await run(two, sim, { env });
    expect(second.summary).toMatchObject({ made: 0, restored: 2, tasksCreated: 0, result: 'done' });
    expect(sim.stats().creates).toBe(2);
    for (const file of ['a.mp4', 'a.last.png', 'b.mp4', 'b.last.png']) {
      expect((await readFile(join(dir, 'two', 'out', 'team', file))).equals(await readFile(join(dir, 'one', 'out', 'team', file))), file).toBe(true);
    }

    // A prompt changed in the first checkout: a third entry, which no lock of the second uses.
    await writeStoryboard(join(dir, 'one'), story('The beam sweeps a stormy sea'));
    expect((await run(one, sim, { env })).summary).toMatchObject({ made: 1, reused: 1 });
    const cwd = join(dir, 'two');
    const listed = await runCli(['store', 'story.yaml'], cwd, env);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(/^s3:\/\/clips\/team\/: 3 entries, [\d.]+ (kB|MB)$/m);
    const kept = await runCli(['store', 'gc', 'story.yaml', '--keep-days', '1'], cwd, env);
    expect(kept.stdout).toMatch(/removed 0 entries/);
    const collected = await runCli(['store', 'gc', 'story.yaml'], cwd, env);
    expect(collected.code, collected.stderr).toBe(0);
    expect(collected.stdout).toMatch(/^s3:\/\/clips\/team\/: removed 1 entry, [\d.]+ (kB|MB); kept 2 entries \(2 used by the 1 lock file under \.\)/m);
    const store = openStore(env.SEEDANCE_STORE, env);
    expect((await store.index()).size).toBe(2);
    await store.close();
    // What gc removed is gone from the bucket whole: two entries' three objects are left.
    const objects = (await readdir(join(s3.dir, s3.bucket, 'team'), { recursive: true })).filter((f) => f.endsWith('._S3rver_object'));
    expect(objects).toHaveLength(6);

    // What it kept still serves the second checkout: its output folder deleted, nothing is sent.
    await rm(join(dir, 'two', 'out'), { recursive: true });
    sim.resetStats();
    expect((await run(two, sim, { env })).summary).toMatchObject({ made: 0, restored: 2, result: 'done' });
    expect(sim.stats().createRequests + sim.stats().queries + sim.stats().downloads).toBe(0);

    const outputs = JSON.stringify([first.events, second.events, listed, kept, collected]);
    const files = (await allText(dir)) + (await allText(s3.dir));
    for (const secret of credentials) {
      expect(outputs).not.toContain(secret);
      expect(files).not.toContain(secret);
    }
  });

  it('a bucket that cannot be reached stops the run before anything is sent, saying what to do', async () => {
    const dir = await tempDir('seedance-s3-run-');
    const file = await checkout(dir, 'one');
    const error = await run(file, sim, { env: { ...s3.env, SEEDANCE_STORE: 's3://no-such-bucket/team' } }).catch((e: unknown) => e);
    expect(isSeedanceError(error, 'store.unreachable'), String(error)).toBe(true);
    expect((error as Error).message).toMatch(/^The clip store s3:\/\/no-such-bucket\/team\/ could not be listed: the bucket no-such-bucket does not exist/);
    expect(sim.stats().createRequests).toBe(0);
    const cli = await runCli(['run', 'story.yaml'], join(dir, 'one'), { ...s3.env, SEEDANCE_STORE: 's3://no-such-bucket/team', SEEDANCE_BASE_URL: sim.url, SEEDANCE_API_KEY: 'test-key' });
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/could not be listed: the bucket no-such-bucket does not exist/);
    expect(cli.stderr).toMatch(/Create the bucket, or point SEEDANCE_STORE at one that exists/);
    for (const secret of credentials) expect(cli.stdout + cli.stderr).not.toContain(secret);
    expect(sim.stats().createRequests).toBe(0);
  });

  it('a store that cannot take a clip only warns: the run is done, the clips are in the output folder', async () => {
    const dir = await tempDir('seedance-s3-run-');
    const own = await startS3(dir);
    const file = await checkout(dir, 'one');
    let stopped: Promise<void> | undefined;
    // The bucket goes away once the run has read the store, before the first clip is kept.
    const result = await run(file, sim, { env: { ...own.env, SEEDANCE_STORE: `s3://${own.bucket}/team` }, emit: (event) => void (event.type === 'download-started' && (stopped ??= own.close())) });
    await stopped;
    expect(result.summary).toMatchObject({ made: 2, result: 'done' });
    const warnings = eventsOf(result.events, 'warning').filter((w) => w.code === 'store.failed');
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings[0]?.message).toMatch(/could not be kept in the clip store s3:\/\/clips\/team\/ \(The clip store s3:\/\/clips\/team\/ could not be read: the service at http:\/\/127\.0\.0\.1:\d+ could not be reached/);
    expect((await readdir(join(dir, 'one', 'out', 'team'))).filter((f) => f.endsWith('.mp4')).sort()).toEqual(['a.mp4', 'b.mp4']);
    for (const secret of credentials) expect(JSON.stringify(result.events)).not.toContain(secret);
  });
});
