// The fault matrix: every fault kind of the simulator, alone, against both wire formats, with the
// outcome the design promises (retried and done, or failed with a clear message) and the exact
// number of tasks the service made. The native format never pays twice for a lost answer: it lists
// the tasks created since and adopts its own. The OpenAI format has no list, so a lost create
// answer makes a duplicate unavoidable: there the run must say so (`duplicate-risk`) instead.
// test/run/faults.test.ts covers more native-only situations (fail-fast, dependents, 404).
import './sentinel.js';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiNotice } from '../../src/api/types.js';
import type { FaultRule, Simulator } from '../../src/simulator/index.js';
import { lockPathFor, readLock } from '../../src/state/lock.js';
import { eventsOf, load, run, startSim, writeStoryboard } from '../run/harness.js';
import { tempDir } from '../temp.js';
import { SENTINEL, leaksIn } from './sentinel.js';

type Format = 'native' | 'openai';

interface Outcome {
  exit: 0 | 1;
  /** Tasks the simulator made. */
  creates: number;
  /** Requests that made more than one task (the simulator's createsByRequest). */
  repeated?: number;
  /** A lost create answer was settled by finding the task (native list). */
  recovered?: boolean;
  /** The run warned that a duplicate could not be ruled out (and the lock says so). */
  duplicateRisk?: boolean;
  failure?: { code: string; serviceCode?: string; message: RegExp };
}

interface Row {
  name: string;
  /** `poll` stands for the endpoint each format polls with: list (native), query (openai). */
  fault: Omit<FaultRule, 'endpoint'> & { endpoint?: NonNullable<FaultRule['endpoint']> | 'poll' };
  native: Outcome;
  openai: Outcome;
  /** Client settings the case needs (a short response timeout for stalls, fewer attempts). */
  client?: { responseTimeoutMs?: number; maxAttempts?: number };
  retries?: number;
}

const DONE: Outcome = { exit: 0, creates: 1 };
const LOST_ANSWER: Pick<Row, 'native' | 'openai'> = {
  native: { exit: 0, creates: 1, recovered: true },
  openai: { exit: 0, creates: 2, repeated: 1, duplicateRisk: true },
};

const ROWS: Row[] = [
  // Creates: "surely not created" is retried at once, "unknown" is settled before sending again.
  { name: '429 on create', fault: { kind: 'http-429', endpoint: 'create', count: 2, retryAfter: 0.05 }, native: DONE, openai: DONE },
  { name: '429 without Retry-After on create', fault: { kind: 'http-429-no-retry-after', endpoint: 'create', count: 2 }, native: DONE, openai: DONE },
  { name: '500 on create that created nothing', fault: { kind: 'http-500', endpoint: 'create', count: 1 }, native: DONE, openai: { ...DONE, duplicateRisk: true } },
  { name: '502 on create that created the task', fault: { kind: 'http-502', endpoint: 'create', count: 1, effect: 'created' }, ...LOST_ANSWER },
  { name: '503 on create that created the task', fault: { kind: 'http-503', endpoint: 'create', count: 1, effect: 'created' }, ...LOST_ANSWER },
  { name: 'connection cut before a create', fault: { kind: 'drop-before', endpoint: 'create', count: 1 }, native: DONE, openai: { ...DONE, duplicateRisk: true } },
  { name: 'connection cut after a create took effect', fault: { kind: 'drop-after', endpoint: 'create', count: 1 }, ...LOST_ANSWER },
  { name: 'create answer stalls past the timeout', fault: { kind: 'stall', endpoint: 'create', count: 1, stallMs: 2000, effect: 'created' }, client: { responseTimeoutMs: 400 }, ...LOST_ANSWER },
  { name: 'create answer garbled', fault: { kind: 'malformed-json', endpoint: 'create', count: 1 }, ...LOST_ANSWER },
  // Polling: always safe to repeat.
  ...(['http-429', 'http-429-no-retry-after', 'http-500', 'http-502', 'http-503', 'drop-before', 'drop-after', 'malformed-json'] as const).map(
    (kind): Row => ({ name: `${kind} on polling`, fault: { kind, endpoint: 'poll', count: 2, retryAfter: 0.05 }, native: DONE, openai: DONE }),
  ),
  { name: 'poll answer stalls past the timeout', fault: { kind: 'stall', endpoint: 'poll', count: 1, stallMs: 2000 }, client: { responseTimeoutMs: 400 }, native: DONE, openai: DONE },
  // Downloads: resumed with Range, retried, checked.
  { name: 'download cut short', fault: { kind: 'download-truncated', endpoint: 'download', count: 1 }, native: DONE, openai: DONE },
  { name: 'slow download', fault: { kind: 'download-slow', endpoint: 'download', count: 1, bytesPerSecond: 4_000_000 }, native: DONE, openai: DONE },
  { name: 'download answered 503', fault: { kind: 'http-503', endpoint: 'download', count: 1 }, native: DONE, openai: DONE },
  { name: 'download connection cut', fault: { kind: 'drop-before', endpoint: 'download', count: 1 }, native: DONE, openai: DONE },
  // A create refused under the content policy: nothing made, not retried without `refusals:`.
  {
    name: 'create refused under the content policy (400)',
    fault: { kind: 'http-400' },
    native: { exit: 1, creates: 0, failure: { code: 'api.http', serviceCode: 'InputTextSensitiveContentDetected', message: /content policy/ } },
    openai: { exit: 1, creates: 0, failure: { code: 'api.http', serviceCode: 'InputTextSensitiveContentDetected', message: /content policy/ } },
  },
  // Tasks that end badly at the service.
  {
    name: 'task refused by content policy (never resubmitted, even with retries)',
    fault: { kind: 'task-failed' },
    retries: 2,
    native: { exit: 1, creates: 1, failure: { code: 'task.failed', serviceCode: 'OutputVideoSensitiveContentDetected', message: /content policy/ } },
    openai: { exit: 1, creates: 1, failure: { code: 'task.failed', serviceCode: 'OutputVideoSensitiveContentDetected', message: /content policy/ } },
  },
  // A failed task is not billed: resubmitting it is what `retries:` asks for, not a duplicate.
  { name: 'task failed for a passing reason, retries: 1', fault: { kind: 'task-failed', code: 'InternalServiceError', count: 1 }, retries: 1, native: { exit: 0, creates: 2, repeated: 1 }, openai: { exit: 0, creates: 2, repeated: 1 } },
  {
    // Native knows `expired` (not billed) and submits anew once; the OpenAI format shows it as failed.
    name: 'task expired at the service',
    fault: { kind: 'task-expired', count: 1 },
    native: { exit: 0, creates: 2, repeated: 1 },
    openai: { exit: 1, creates: 1, failure: { code: 'task.failed', serviceCode: 'TaskExpired', message: /ended failed at the service \(TaskExpired/ } },
  },
  // Faults that do not go away: a clear failure, and nothing paid for that could be avoided.
  {
    name: 'create answers 500 every time',
    fault: { kind: 'http-500', endpoint: 'create' },
    client: { maxAttempts: 3 },
    native: { exit: 1, creates: 0, failure: { code: 'api.duplicate-unknown', message: /answer was lost: .*HTTP 500/ } },
    openai: { exit: 1, creates: 0, duplicateRisk: true, failure: { code: 'api.duplicate-unknown', message: /answer was lost: .*HTTP 500/ } },
  },
  {
    name: 'create answers 429 every time',
    fault: { kind: 'http-429', endpoint: 'create', retryAfter: 0.02 },
    client: { maxAttempts: 3 },
    native: { exit: 1, creates: 0, failure: { code: 'api.http', message: /HTTP 429/ } },
    openai: { exit: 1, creates: 0, failure: { code: 'api.http', message: /HTTP 429/ } },
  },
];

/**
 * A simulator for one case: its counters and faults are that case's alone, so the cases run side
 * by side (most of a case is waiting on the simulator's clock and the client's backoffs). Fast
 * mode: one real clip per size and length; these cases are about requests, not pictures.
 */
async function simFor(fault: FaultRule, onFinished: (fn: () => Promise<void>) => void): Promise<Simulator> {
  const sim = await startSim({ apiKey: SENTINEL, fast: true, latency: { queuedMs: 10, runningMs: [40, 80] }, faults: [fault] });
  onFinished(() => sim.close());
  return sim;
}

let nextSeed = 9000;
/** One shot; its own seed, so a lost create is never matched with a task of another case. */
function storyboard(format: Format, retries = 0): string {
  const extra = retries > 0 ? `    retries: ${retries}\n` : '';
  if (format === 'native') return `version: 1\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n  - id: a\n    prompt: Fault matrix lighthouse ${nextSeed}\n    seed: ${nextSeed++}\n${extra}`;
  return `version: 1\napi: openai\ndefaults: { size: 1280x720, duration: 4 }\nshots:\n  - id: a\n    prompt: Fault matrix lighthouse ${nextSeed++}\n${extra}`;
}

const cases = ROWS.flatMap((row) => (['native', 'openai'] as const).map((format) => [`${format}: ${row.name}`, format, row] as const));

describe('fault matrix', () => {
  it('covers every fault kind of the simulator, for both formats', async () => {
    const { FAULT_KINDS } = await import('../../src/simulator/index.js');
    expect(new Set(ROWS.map((r) => r.fault.kind))).toEqual(new Set(FAULT_KINDS));
  });

  it.concurrent.for(cases)('%s', async ([, format, row], { expect, onTestFinished }) => {
    const { endpoint, ...rest } = row.fault;
    const pollEndpoint = format === 'native' ? 'list' : 'query';
    const dir = await tempDir('seedance-matrix-', onTestFinished);
    // Registered after the folder, so it closes first (finished hooks run last-registered first).
    const sim = await simFor({ ...rest, format, ...(endpoint ? { endpoint: endpoint === 'poll' ? pollEndpoint : endpoint } : {}) }, onTestFinished);
    const file = await writeStoryboard(dir, storyboard(format, row.retries));
    const notices: ApiNotice[] = [];
    const client = {
      apiKey: SENTINEL,
      onNotice: (n: ApiNotice) => notices.push(n),
      ...(row.client?.responseTimeoutMs ? { responseTimeoutMs: row.client.responseTimeoutMs } : {}),
      ...(row.client?.maxAttempts ? { retry: { maxAttempts: row.client.maxAttempts, baseDelayMs: 10, maxDelayMs: 40, maxRetryAfterMs: 200 } } : {}),
    };
    const { summary, events } = await run(file, sim, { client });
    const want = row[format];
    const stats = sim.stats();

    expect(summary.result).toBe(want.exit === 0 ? 'done' : 'failed');
    expect(stats.creates).toBe(want.creates);
    expect(Object.values(stats.createsByRequest).filter((n) => n > 1).length).toBe(want.repeated ?? 0);
    const recovered = eventsOf(events, 'shot-submitted').some((e) => e.recovered);
    expect(recovered).toBe(want.recovered ?? false);
    const warned = notices.some((n) => n.type === 'duplicate-risk') || eventsOf(events, 'warning').some((w) => w.code === 'duplicate-risk');
    expect(warned).toBe(want.duplicateRisk ?? false);

    const lock = await readLock(lockPathFor(file), file);
    const shot = lock.shots.a;
    if (want.exit === 0) {
      expect(shot?.status).toBe('saved');
      // A duplicate the run could not rule out is recorded where a reviewer will see it.
      expect(shot?.duplicateRisk ?? false).toBe(want.duplicateRisk ?? false);
      const video = shot?.outputs?.video;
      const bytes = await readFile(join((await load(file)).output, video?.file ?? 'missing'));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(video?.sha256);
    }
    if (want.failure) {
      const failure = eventsOf(events, 'shot-failed').find((e) => !e.willRetry);
      expect(failure).toMatchObject({ shot: 'a', code: want.failure.code, ...(want.failure.serviceCode ? { serviceCode: want.failure.serviceCode } : {}) });
      expect(failure?.message).toMatch(want.failure.message);
      // Every failure says what to do next.
      expect(failure?.hint ?? '').not.toBe('');
    } else {
      expect(eventsOf(events, 'shot-failed').filter((e) => !e.willRetry)).toEqual([]);
    }
    expect(leaksIn(JSON.stringify({ events, notices }))).toEqual([]);
  });
});
