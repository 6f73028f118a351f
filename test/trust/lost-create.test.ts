// A create whose answer was lost is settled by listing the account's recent tasks. It may adopt a
// task only when that is the single candidate created after the request was sent, matching every
// field the service echoes, and claimed by no lock of the project; otherwise the shot is reported
// ambiguous, nothing is made for it, and `seedance adopt` settles it by hand.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/api/index.js';
import { sha256 } from '../../src/core/sha256.js';
import type { Simulator } from '../../src/simulator/index.js';
import { lockPathFor, readLock } from '../../src/state/lock.js';
import { runCli } from '../cli/capture.js';
import { eventsOf, run, startSim, tempDir, writeStoryboard } from '../run/harness.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => {
  sim.clearFaults();
  sim.resetStats();
});

/** Same settings, another prompt: the task object does not echo the prompt, so only settings tell tasks apart. */
const story = (prompt: string, seed = 77) => `version: 1\nshots:\n  - { id: only, prompt: ${prompt}, resolution: 480p, duration: 5, seed: ${seed} }\n`;

describe('settling a create whose answer was lost', () => {
  it("never adopts another project's task made with the same settings just before", async () => {
    const dir = await tempDir('seedance-lost-');
    // Project Q, in the same folder, made its clip a moment ago on the same account.
    const q = await writeStoryboard(dir, story('A red kite over the dunes'), {}, 'q.yaml');
    await run(q, sim);
    const qLock = await readLock(lockPathFor(q), q);
    // P's create fails with a 500 that created nothing: the outcome is unknown, so the client lists.
    sim.addFault({ kind: 'http-500', endpoint: 'create', count: 1 });
    const p = await writeStoryboard(dir, story('A blue kite over the sea'), {}, 'p.yaml');
    const result = await run(p, sim);
    expect(result.summary).toMatchObject({ made: 1, result: 'done' });
    const pLock = await readLock(lockPathFor(p), p);
    expect(pLock.shots.only?.taskId).not.toBe(qLock.shots.only?.taskId);
    // P's clip is P's own, not a byte-identical copy of Q's.
    expect(sha256(await readFile(join(dir, 'out/p/only.mp4')))).not.toBe(sha256(await readFile(join(dir, 'out/q/only.mp4'))));
    expect(eventsOf(result.events, 'shot-submitted')[0]?.recovered).toBe(false);
    expect(sim.stats().creates).toBe(2);
  });

  it('reports the shot ambiguous when two tasks could be it, makes nothing, and `seedance adopt` settles it', async () => {
    const dir = await tempDir('seedance-lost-');
    const file = await writeStoryboard(dir, story('A paper boat on a pond', 91));
    // As if the last run was killed after sending its create, before the answer was recorded...
    const sentAt = Math.floor(Date.now() / 1000);
    // ...and meanwhile two tasks with these settings were created on the account, by someone.
    const client = createClient({ format: 'native', baseUrl: sim.url, apiKey: 'k' });
    const body = { model: 'doubao-seedance-2.0', content: [{ type: 'text', text: 'someone else' }], resolution: '480p', ratio: '16:9', duration: 5, seed: 91 };
    const [one, two] = [await client.create(body), await client.create({ ...body, content: [{ type: 'text', text: 'someone else again' }] })];
    await client.close();
    const fingerprint = JSON.parse(JSON.stringify(await planFingerprint(file)));
    await writeFile(lockPathFor(file), JSON.stringify({ version: 2, manifest: 'story.yaml', shots: { only: { ...fingerprint, status: 'submitting', submittedAt: sentAt } } }));
    sim.resetStats();

    const ambiguous = await run(file, sim);
    expect(ambiguous.summary).toMatchObject({ made: 0, failed: 1, result: 'failed' });
    const failure = eventsOf(ambiguous.events, 'shot-failed')[0];
    expect(failure).toMatchObject({ shot: 'only', code: 'task.ambiguous', willRetry: false });
    expect(failure?.message).toContain(one?.id);
    expect(failure?.message).toContain(two?.id);
    expect(failure?.hint).toContain(`seedance adopt story.yaml only ${one?.id}`);
    expect(sim.stats().creates).toBe(0);
    expect((await readLock(lockPathFor(file), file)).shots.only?.status).toBe('submitting');

    const adopted = await runCli(['adopt', 'story.yaml', 'only', two?.id as string], dir, { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url });
    expect(adopted.code, adopted.stderr).toBe(0);
    expect(adopted.stdout).toContain(`only: task ${two?.id} adopted`);
    expect((await readLock(lockPathFor(file), file)).shots.only).toMatchObject({ status: 'created', taskId: two?.id });
    const resumed = await run(file, sim);
    expect(resumed.summary).toMatchObject({ made: 1, result: 'done' });
    expect(sim.stats().creates).toBe(0);
    expect(sha256(await readFile(join(dir, 'out/story/only.mp4'))).length).toBe(64);
  });

  it('`seedance adopt` refuses a task another lock of the project already claims', async () => {
    const dir = await tempDir('seedance-lost-');
    const other = await writeStoryboard(dir, story('A lantern drifts downriver', 5).replace('shots:', 'name: other\nshots:'), {}, 'other.yaml');
    await run(other, sim);
    const claimed = (await readLock(lockPathFor(other), other)).shots.only?.taskId as string;
    await writeStoryboard(dir, story('A lantern drifts downriver', 5));
    const refused = await runCli(['adopt', 'story.yaml', 'only', claimed], dir, { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`task ${claimed} is already the task of shot only in other.lock.json`);
  });
});

/** The fingerprint fields a lock record of the shot would carry, as the planner computes them. */
async function planFingerprint(file: string): Promise<{ fingerprint: string; inputs: Record<string, string> }> {
  const { load } = await import('../run/harness.js');
  const { fingerprintShot } = await import('../../src/plan/fingerprint.js');
  const manifest = await load(file);
  const fp = fingerprintShot(manifest, manifest.shots[0] as NonNullable<(typeof manifest.shots)[0]>, () => undefined, () => undefined);
  return { fingerprint: fp.value, inputs: fp.parts };
}
