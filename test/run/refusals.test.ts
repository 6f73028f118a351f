// `refusals: N` against the simulator: a content-policy refusal is resubmitted with a new seed, on
// a budget of its own (never `retries:`'s), never for a real person in a reference; every attempt
// lands in the lock and on the report's card, and the next run and `status` agree that the clip
// is made (no create).
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { shotStates } from '../../src/report/shot-state.js';
import { writeReport } from '../../src/report/index.js';
import type { FaultRule, Simulator } from '../../src/simulator/index.js';
import { lockPathFor, readLock, type LockFile } from '../../src/state/lock.js';
import { eventsOf, load, run, startSim, tempDir, writeStoryboard } from './harness.js';

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

const REFUSED = 'OutputVideoSensitiveContentDetected';
const PRIVACY = 'InputImageSensitiveContentDetected.PrivacyInformation';

async function runShot(settings: string, faults: FaultRule[], seed = 41): Promise<{ file: string; lock: LockFile } & Awaited<ReturnType<typeof run>>> {
  for (const fault of faults) sim.addFault(fault);
  const dir = await tempDir('seedance-refusals-');
  const file = await writeStoryboard(dir, `version: 1\nshots:\n  - { id: a, prompt: A dragon over the harbour, resolution: 480p, duration: 5, seed: ${seed}${settings} }\n`);
  const result = await run(file, sim);
  return { ...result, file, lock: await readLock(lockPathFor(file), file) };
}

const refusal = (count?: number, code = REFUSED): FaultRule => ({ kind: 'task-failed', code, promptIncludes: 'dragon', ...(count !== undefined ? { count } : {}) });

describe('refusals:', () => {
  it('`refusals: 1` on a shot refused once succeeds after 2 creates, with the next seed, and retries: is untouched', async () => {
    const result = await runShot(', refusals: 1', [refusal(1)]);
    expect(result.summary).toMatchObject({ made: 1, failed: 0, result: 'done' });
    expect(sim.stats().creates).toBe(2);
    expect(eventsOf(result.events, 'shot-submitting').map((e) => [e.attempt, e.resubmit])).toEqual([
      [1, undefined],
      [2, 'refused'],
    ]);
    const record = result.lock.shots.a;
    expect(record).toMatchObject({ status: 'saved', seed: 42 });
    expect(record?.attempts).toEqual([{ attempt: 1, taskId: expect.stringMatching(/^cgt-/) as string, code: REFUSED, seed: 41 }]);
    expect(record?.taskId).not.toBe(record?.attempts?.[0]?.taskId);

    // The fingerprint is the manifest's: `status` says fresh and a second run creates nothing.
    const manifest = await load(result.file);
    const [state] = await shotStates(manifest, result.lock);
    expect(state?.kind).toBe('fresh');
    sim.resetStats();
    const again = await run(result.file, sim);
    expect(again.summary).toMatchObject({ reused: 1, made: 0, result: 'done' });
    expect(sim.stats().createRequests).toBe(0);

    // The report's card lists the refused attempt: its code, task and seed.
    const html = await readFile(await writeReport(manifest), 'utf8');
    expect(html).toMatch(new RegExp(`<details class="attempts" open><summary>1 attempt without a clip</summary><ol><li>try 1: <strong>${REFUSED}</strong> · task <code>cgt-[^<]+</code> · seed 41</li></ol></details>`));
  });

  it('a refusal does not use up retries:: refused once, then failed once, with refusals: 1 and retries: 1, succeeds after 3 creates', async () => {
    const result = await runShot(', refusals: 1, retries: 1', [refusal(1), { kind: 'task-failed', code: 'InternalServiceError', promptIncludes: 'dragon', skip: 1, count: 1 }], 60);
    expect(result.summary).toMatchObject({ made: 1, result: 'done' });
    expect(sim.stats().creates).toBe(3);
    expect(eventsOf(result.events, 'shot-submitting').map((e) => e.resubmit)).toEqual([undefined, 'refused', 'failed']);
    expect(result.lock.shots.a?.attempts?.map((a) => [a.attempt, a.code, a.seed])).toEqual([
      [1, REFUSED, 60],
      [2, 'InternalServiceError', 61],
    ]);
  });

  it('retries: alone never resubmits a refusal, and the message points to refusals:', async () => {
    const result = await runShot(', retries: 2', [refusal()]);
    expect(result.summary).toMatchObject({ failed: 1, result: 'failed' });
    expect(sim.stats().creates).toBe(1);
    const failure = eventsOf(result.events, 'shot-failed').at(-1);
    expect(failure?.message).toBe(`Shot a: the service refused the video under its content policy (${REFUSED}); refusals are not billed. It was not resubmitted: the shot has no \`refusals:\`.`);
    expect(failure?.hint).toContain('set `refusals: 1` on the shot (or in defaults) to resubmit a refused shot with a new seed');
  });

  it('refusals: in defaults counts for every shot', async () => {
    sim.addFault(refusal(1));
    const dir = await tempDir('seedance-refusals-');
    const file = await writeStoryboard(dir, 'version: 1\ndefaults: { refusals: 2 }\nshots:\n  - { id: a, prompt: A dragon in the fog, resolution: 480p, duration: 5 }\n');
    const result = await run(file, sim);
    expect(result.summary).toMatchObject({ made: 1, result: 'done' });
    expect(sim.stats().creates).toBe(2);
  });

  it('never resubmits a PrivacyInformation refusal (a real person in a reference), whatever refusals: says', async () => {
    const result = await runShot(', refusals: 3', [refusal(undefined, PRIVACY)]);
    expect(result.summary).toMatchObject({ failed: 1, result: 'failed' });
    expect(sim.stats().creates).toBe(1);
    const failure = eventsOf(result.events, 'shot-failed');
    expect(failure).toHaveLength(1);
    expect(failure[0]).toMatchObject({ willRetry: false, serviceCode: PRIVACY });
    expect(failure[0]?.message).toContain('a reference shows a real person, which another try cannot change, so it was not resubmitted (whatever `refusals: 3` allows)');
    expect(failure[0]?.hint).toContain('Replace the reference image of a real person');
    expect(result.lock.shots.a?.attempts?.map((a) => a.code)).toEqual([PRIVACY]);
  });

  it('a create refused 400 under the content policy is resubmitted too, the input it named in the lock and the report', async () => {
    const result = await runShot(', refusals: 1', [{ kind: 'http-400', promptIncludes: 'dragon', count: 1 }], 80);
    expect(result.summary).toMatchObject({ made: 1, result: 'done' });
    expect(sim.stats()).toMatchObject({ createRequests: 2, creates: 1 });
    expect(result.lock.shots.a).toMatchObject({ status: 'saved', seed: 81, attempts: [{ attempt: 1, code: 'InputTextSensitiveContentDetected', param: 'content[0].text', seed: 80 }] });
    expect(result.lock.shots.a?.attempts?.[0]?.taskId).toBeUndefined();
    const html = await readFile(await writeReport(await load(result.file)), 'utf8');
    expect(html).toContain('try 1: <strong>InputTextSensitiveContentDetected</strong> · refused at create · input <code>content[0].text</code> · seed 80');
  });

  it('a create refused for a real person (PrivacyInformation) is never resubmitted, and the message names the input', async () => {
    const result = await runShot(', refusals: 2', [{ kind: 'http-400', code: PRIVACY, promptIncludes: 'dragon' }]);
    expect(result.summary).toMatchObject({ failed: 1, result: 'failed' });
    expect(sim.stats().createRequests).toBe(1);
    const failure = eventsOf(result.events, 'shot-failed');
    expect(failure.map((f) => f.willRetry)).toEqual([false]);
    expect(failure[0]?.message).toBe(`Shot a: the service refused the request under its content policy (${PRIVACY}, naming \`content[1].image_url\`): a reference shows a real person, which another try cannot change, so it was not resubmitted (whatever \`refusals: 2\` allows); refusals are not billed.`);
    expect(result.lock.shots.a).toMatchObject({ status: 'failed', attempts: [{ attempt: 1, code: PRIVACY, param: 'content[1].image_url' }] });
  });

  it('a create sent with a moved seed whose answer was lost (the run stopped) is found by the next run, not paid again', async () => {
    const stop = new AbortController();
    sim.addFault(refusal(1));
    sim.addFault({ kind: 'stall', endpoint: 'create', promptIncludes: 'dragon', skip: 1, count: 1, stallMs: 20_000, effect: 'created' });
    const dir = await tempDir('seedance-refusals-');
    const file = await writeStoryboard(dir, 'version: 1\nshots:\n  - { id: a, prompt: A dragon asleep on the pier, resolution: 480p, duration: 5, seed: 90, refusals: 1 }\n');
    // Stop once the second create (seed 91) took effect at the service, before its answer came.
    const watch = setInterval(() => sim.stats().creates >= 2 && stop.abort(), 20);
    try {
      await run(file, sim, { abortSignal: stop.signal });
    } finally {
      clearInterval(watch);
    }
    expect((await readLock(lockPathFor(file), file)).shots.a).toMatchObject({ status: 'submitting', submittedSeed: 91 });
    sim.clearFaults();
    sim.resetStats();
    const again = await run(file, sim);
    expect(again.summary).toMatchObject({ made: 1, result: 'done' });
    expect(sim.stats().createRequests).toBe(0);
    expect((await readLock(lockPathFor(file), file)).shots.a).toMatchObject({ status: 'saved', seed: 91 });
  });

  it('refusals used up: ends the shot saying how often it was tried and what to do, every attempt in the lock and the report', async () => {
    const result = await runShot(', refusals: 1', [refusal()], 70);
    expect(result.summary).toMatchObject({ failed: 1, result: 'failed' });
    expect(sim.stats().creates).toBe(2);
    const failures = eventsOf(result.events, 'shot-failed');
    expect(failures.map((f) => f.willRetry)).toEqual([true, false]);
    expect(failures[0]?.message).toContain('it is submitted again with a new seed (try 2 of 2, `refusals: 1`)');
    expect(failures[1]?.message).toBe(`Shot a: the service refused the video under its content policy (${REFUSED}) on all 2 tries (\`refusals: 1\`, each with a new seed); refusals are not billed.`);
    expect(failures[1]?.hint).toMatch(/^Change the prompt or the reference media of this shot .*; or raise `refusals:` on the shot to try more seeds\.$/);
    const attempts = result.lock.shots.a?.attempts;
    expect(attempts?.map((a) => [a.attempt, a.code, a.seed])).toEqual([
      [1, REFUSED, 70],
      [2, REFUSED, 71],
    ]);
    const html = await readFile(await writeReport(await load(result.file)), 'utf8');
    expect(html).toContain('<summary>2 attempts without a clip</summary>');
    for (const attempt of attempts ?? []) expect(html).toContain(`task <code>${attempt.taskId ?? ''}</code> · seed ${attempt.seed ?? ''}`);
  });
});
