// Each fault the simulator can script, alone, and what a run does about it: retried and done, or
// failed with a clear message; never a duplicate create that could have been avoided.
import { afterAll, beforeAll, beforeEach, describe, expect, it, type TestContext } from 'vitest';
import type { FaultRule, Simulator } from '../../src/simulator/index.js';
import { lockPathFor, readLock } from '../../src/state/lock.js';
import { eventsOf, run, startSim, tempDir, writeStoryboard } from './harness.js';

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

const two = `version: 1
defaults: { resolution: 480p, duration: 5 }
shots:
  - id: a
    prompt: A lighthouse at dusk, waves rolling in
    seed: 5
  - id: b
    prompt: The lighthouse beam sweeps the sea
    first_frame: { shot: a }
`;

let nextSeed = 100;

async function runWith(faults: FaultRule[], yaml = two, options: Parameters<typeof run>[2] = {}, on: Simulator = sim, onFinished?: TestContext['onTestFinished']): Promise<Awaited<ReturnType<typeof run>> & { file: string }> {
  for (const fault of faults) on.addFault(fault);
  const dir = await tempDir('seedance-fault-', onFinished);
  // A seed of its own per test: a lost create is found by the settings it sent, and the shared
  // simulator still holds the tasks of earlier tests.
  const file = await writeStoryboard(dir, yaml.replace('seed: 5', `seed: ${nextSeed++}`));
  return { ...(await run(file, on, options)), file };
}

function oneCreatePerRequest(on: Simulator = sim): void {
  const counts = Object.values(on.stats().createsByRequest);
  expect(counts.every((n) => n === 1), `duplicates: ${JSON.stringify(counts)}`).toBe(true);
}

describe('faults, survived', () => {
  it.concurrent.for<[string, FaultRule[]]>([
    ['429 with Retry-After on create', [{ kind: 'http-429', endpoint: 'create', count: 2, retryAfter: 0.2 }]],
    ['429 without Retry-After on create', [{ kind: 'http-429-no-retry-after', endpoint: 'create', count: 2 }]],
    ['500 on create that created nothing', [{ kind: 'http-500', endpoint: 'create', count: 1 }]],
    ['502 on create that created the task anyway', [{ kind: 'http-502', endpoint: 'create', count: 1, effect: 'created' }]],
    ['503 on create that created the task anyway', [{ kind: 'http-503', endpoint: 'create', count: 1, effect: 'created' }]],
    ['connection dropped before a create', [{ kind: 'drop-before', endpoint: 'create', count: 1 }]],
    ['connection dropped after a create took effect', [{ kind: 'drop-after', endpoint: 'create', count: 1 }]],
    ['malformed JSON answering a create that took effect', [{ kind: 'malformed-json', endpoint: 'create', count: 1 }]],
    ['500 on polling', [{ kind: 'http-500', endpoint: 'list', count: 2 }]],
    ['503 on single queries', [{ kind: 'http-503', endpoint: 'query', count: 2 }]],
    ['malformed JSON on polling', [{ kind: 'malformed-json', endpoint: 'list', count: 2 }]],
    ['dropped polls', [{ kind: 'drop-after', endpoint: 'list', count: 2 }]],
    ['a download cut short', [{ kind: 'download-truncated', endpoint: 'download', count: 1 }]],
    ['a slow download', [{ kind: 'download-slow', endpoint: 'download', count: 2, bytesPerSecond: 2_000_000 }]],
  ])('%s: every shot done, one task per shot', async ([, faults], { expect, onTestFinished }) => {
    // A simulator of the case's own, so the cases run side by side (most of each is waiting).
    const own = await startSim();
    onTestFinished(() => own.close());
    const result = await runWith(faults, two, {}, own, onTestFinished);
    expect(result.summary).toMatchObject({ made: 2, failed: 0, result: 'done' });
    expect(own.stats().creates).toBe(2);
    oneCreatePerRequest(own);
  });

  it('a stalled create answer: times out, finds the task it made, does not send again', async () => {
    const result = await runWith([{ kind: 'stall', endpoint: 'create', count: 1, stallMs: 3000, effect: 'created' }], two, { client: { responseTimeoutMs: 500 } });
    expect(result.summary).toMatchObject({ made: 2, result: 'done' });
    expect(sim.stats().creates).toBe(2);
    expect(eventsOf(result.events, 'shot-submitted').some((e) => e.recovered)).toBe(true);
  });

  it('a task that expires at the service is submitted anew, and the run says so', async () => {
    const result = await runWith([{ kind: 'task-expired', count: 1 }]);
    expect(result.summary).toMatchObject({ made: 2, result: 'done' });
    expect(sim.stats().creates).toBe(3);
    expect(eventsOf(result.events, 'shot-failed').some((e) => e.willRetry && e.code === 'task.expired')).toBe(true);
  });

  it('a task that fails for a passing reason is resubmitted when the shot allows retries', async () => {
    const yaml = two.replace('    seed: 5\n', '    seed: 5\n    retries: 1\n');
    const result = await runWith([{ kind: 'task-failed', code: 'InternalServiceError', promptIncludes: 'lighthouse at dusk', count: 1 }], yaml);
    expect(result.summary).toMatchObject({ made: 2, result: 'done' });
    expect(sim.stats().creates).toBe(3);
  });
});

describe('resubmission budgets', () => {
  it('an expiry is resubmitted on top of `retries:`: expired once, then failed once, with retries: 1, succeeds after 3 creates', async () => {
    const yaml = 'version: 1\nshots:\n  - { id: a, prompt: A tide pool at noon, resolution: 480p, seed: 5, retries: 1 }\n';
    const result = await runWith(
      [
        { kind: 'task-expired', promptIncludes: 'tide pool', count: 1 },
        // Every matching rule counts every create: the failure is for the second one.
        { kind: 'task-failed', code: 'InternalServiceError', promptIncludes: 'tide pool', skip: 1, count: 1 },
      ],
      yaml,
    );
    expect(result.summary, JSON.stringify(eventsOf(result.events, 'shot-failed'))).toMatchObject({ made: 1, failed: 0, result: 'done' });
    expect(sim.stats().creates).toBe(3);
    // Each resubmission says why, and which attempt it is.
    expect(eventsOf(result.events, 'shot-submitting').map((e) => [e.attempt, e.resubmit])).toEqual([
      [1, undefined],
      [2, 'expired'],
      [3, 'failed'],
    ]);
    expect(eventsOf(result.events, 'shot-failed').map((e) => [e.code, e.willRetry])).toEqual([
      ['task.expired', true],
      ['task.failed', true],
    ]);
  });

  it('a second expiry, or failures past `retries:`, end the shot with how often it was tried', async () => {
    const yaml = 'version: 1\nshots:\n  - { id: a, prompt: A kelp forest sways, resolution: 480p, seed: 5, retries: 1 }\n';
    const result = await runWith([{ kind: 'task-failed', code: 'InternalServiceError', promptIncludes: 'kelp forest', count: 2 }], yaml);
    expect(result.summary).toMatchObject({ failed: 1, result: 'failed' });
    expect(sim.stats().creates).toBe(2);
    const last = eventsOf(result.events, 'shot-failed').at(-1);
    expect(last).toMatchObject({ willRetry: false, code: 'task.failed' });
    expect(last?.hint).toContain('It failed 2 times (`retries: 1`)');
  });
});

describe('faults, reported', () => {
  it('a content-policy refusal fails the shot (never resubmitted), skips its dependents, keeps the rest', async () => {
    const yaml = `${two}  - id: c\n    prompt: An unrelated meadow\n`.replace('    seed: 5\n', '    seed: 5\n    retries: 3\n');
    const result = await runWith([{ kind: 'task-failed', promptIncludes: 'lighthouse at dusk' }], yaml);
    expect(result.summary).toMatchObject({ made: 1, failed: 1, skipped: 1, result: 'failed' });
    expect(result.summary.outcomes).toEqual({ a: 'failed', b: 'skipped', c: 'made' });
    const failure = eventsOf(result.events, 'shot-failed')[0];
    expect(failure).toMatchObject({ shot: 'a', serviceCode: 'OutputVideoSensitiveContentDetected', willRetry: false });
    expect(failure?.message).toContain('content policy');
    expect(failure?.hint).toContain('Change the prompt');
    expect(eventsOf(result.events, 'shot-skipped')[0]).toMatchObject({ shot: 'b', because: ['a'] });
    expect(sim.stats().creates).toBe(2);
    const lock = await readLock(lockPathFor(result.file), result.file);
    expect(lock.shots.a).toMatchObject({ status: 'failed', error: { code: 'OutputVideoSensitiveContentDetected' } });
  });

  it('--fail-fast stops submitting after the first failure', async () => {
    const shots = Array.from({ length: 6 }, (_, i) => `  - id: s${i}\n    prompt: Shot ${i}${i === 0 ? ' doomed' : ''}\n`).join('');
    const result = await runWith([{ kind: 'task-failed', promptIncludes: 'doomed' }], `version: 1\nconcurrency: 1\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n${shots}`, { failFast: true });
    expect(result.summary.failed).toBe(1);
    expect(result.summary.made).toBe(0);
    expect(result.summary.result).toBe('failed');
    expect(sim.stats().creates).toBe(1);
  });

  it('a create that keeps failing with 500 ends with a message that names the doubt', async () => {
    const result = await runWith([{ kind: 'http-500', endpoint: 'create' }], 'version: 1\nshots:\n  - { id: a, prompt: x y z, resolution: 480p, seed: 5150 }\n', { client: { retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 20 } } });
    expect(result.summary).toMatchObject({ failed: 1, result: 'failed' });
    const failure = eventsOf(result.events, 'shot-failed')[0];
    expect(failure?.code).toBe('api.duplicate-unknown');
    expect(sim.stats().creates).toBe(0);
  });

  it('a refused key stops the run after the first refusal instead of repeating it for every shot', async () => {
    const guarded = await startSim({ apiKey: 'the-right-key' });
    try {
      const dir = await tempDir('seedance-fault-');
      const shots = Array.from({ length: 4 }, (_, i) => `  - { id: s${i}, prompt: refused key shot ${i}, resolution: 480p }\n`).join('');
      const file = await writeStoryboard(dir, `version: 1\nconcurrency: 1\nshots:\n${shots}`);
      const result = await run(file, guarded, { client: { apiKey: 'a-wrong-key' } });
      expect(result.summary, JSON.stringify(result.events.slice(-4))).toMatchObject({ failed: 1, stopped: 3, result: 'failed' });
      expect(guarded.stats().createRequests).toBe(1);
      expect(eventsOf(result.events, 'stopping')[0]?.reason).toContain('refused the API key (HTTP 401)');
      expect(eventsOf(result.events, 'shot-failed')[0]?.hint).toContain('Set SEEDANCE_API_KEY');
    } finally {
      await guarded.close();
    }
  });

  it('a create the service refuses (404, unknown endpoint) fails at once with its reason and is not retried', async () => {
    const dir = await tempDir('seedance-fault-');
    const file = await writeStoryboard(dir, 'version: 1\nshots:\n  - { id: a, prompt: hello there, resolution: 480p }\n');
    const result = await run(file, sim, { client: { apiKey: 'wrong', baseUrl: `${sim.url}/nowhere` } });
    expect(result.summary.failed).toBe(1);
    const failure = eventsOf(result.events, 'shot-failed')[0];
    expect(failure?.message).toMatch(/HTTP 404/);
    expect(sim.stats().creates).toBe(0);
  });
});
