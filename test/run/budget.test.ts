// Money during a run: a budget refuses a run whose estimate is over it before anything is sent,
// and no task is submitted that would take billed plus in-flight estimates past it; every task's
// end goes into the lock's ledger. A fake service whose tasks end when the test says, and whose
// bills the test sets, so the estimates and the bills can differ.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunEvent } from '../../src/core/events.js';
import { isSeedanceError } from '../../src/core/errors.js';
import { summaryLine } from '../../src/report/plain.js';
import { runShots, type RunSummary } from '../../src/run/runner.js';
import { lockPathFor } from '../../src/state/lock.js';
import { removeDir, suiteTempDir, tempDir } from '../temp.js';
import { FakeApi, FakeClock, makeClip, until } from './fake-api.js';
import { load, writeStoryboard } from './harness.js';

let clip: { video: string; frame: string };
let clipDir: string;
beforeAll(async () => {
  clipDir = await suiteTempDir('seedance-budget-clip-');
  clip = await makeClip(clipDir);
});
afterAll(() => removeDir(clipDir));

// 480p 16:9 5 s on 2.0: 864 x 496 x 121 / 1024 = 50,638 tokens, at 10 USD a million 0.50638 USD.
const ESTIMATE = 0.50638;
const story = (budget: number, concurrency = 1): string => `version: 1
concurrency: ${concurrency}
pricing: { currency: USD, per_million_tokens: { doubao-seedance-2.0: 10 } }
budget: { max: ${budget} }
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: a, prompt: shot a }
  - { id: b, prompt: shot b }
  - { id: c, prompt: shot c }
`;

async function start(yaml: string, tokens: (prompt: string) => number) {
  const dir = await tempDir('seedance-budget-');
  const file = await writeStoryboard(dir, yaml);
  const manifest = await load(file);
  const api = new FakeApi(clip, { tokens });
  const clock = new FakeClock();
  const events: RunEvent[] = [];
  const done: Promise<RunSummary> = runShots(manifest, { client: api, clock, emit: (e) => events.push(e), poll: { intervalMs: 1000 }, skipConcat: true });
  const poll = async (): Promise<void> => {
    const polls = api.log.filter((l) => l.startsWith('poll')).length;
    await until(() => clock.pending() > 0, 'the poller to be due');
    clock.advance(1000);
    await until(() => api.log.filter((l) => l.startsWith('poll')).length > polls, 'a poll');
  };
  const ledger = async (): Promise<Record<string, unknown>> => JSON.parse(await readFile(lockPathFor(file), 'utf8')).ledger;
  return { api, events, done, poll, ledger };
}

describe('a budget', () => {
  it('refuses a run whose estimate is over it before anything is sent, with the estimate and what to change', async () => {
    const run = await start(story(1.5), () => 100);
    const error = await run.done.catch((e: unknown) => e);
    expect(isSeedanceError(error, 'budget.exceeded')).toBe(true);
    expect((error as Error).message).toContain('3 tasks estimated at 1.52 USD, over the budget of 1.50 USD; nothing was sent');
    expect((error as { hint?: string }).hint).toMatch(/Raise --max-cost/);
    expect(run.api.log).toEqual([]);
  });

  it('submits no task that would take billed plus in-flight estimates past it, and says the run stopped for it', async () => {
    // a bills 1.10 USD (more than its estimate); with b still at the service (0.51), c (0.51) would make 2.11.
    const chained = story(2.1, 2) + '  - { id: d, prompt: shot d, first_frame: { shot: c } }\n';
    const run = await start(chained, (prompt) => (prompt === 'shot a' ? 110_000 : 50_638));
    await until(() => run.api.created().length === 2, 'a and b submitted');
    run.api.end('shot a');
    await run.poll();
    await until(() => run.events.some((e) => e.type === 'stopping'), 'the budget stop');
    run.api.end('shot b');
    await run.poll();
    const summary = await run.done;
    expect(run.api.created()).toEqual(['shot a', 'shot b']);
    expect(summary).toMatchObject({ made: 2, stopped: 2, result: 'failed', tokens: 160_638, cost: { amount: 1.60638, currency: 'USD' } });
    const stopping = run.events.find((e) => e.type === 'stopping') as { reason: string };
    expect(stopping.reason).toContain('the budget is reached: c (about 0.51 USD) would take the run to 2.11 USD with 1.10 USD billed and 0.51 USD at the service, over the budget of 2.10 USD');
    // c was never sent, and d, which needs c, is stopped with it rather than skipped as if c had failed.
    expect(run.events.filter((e) => e.type === 'shot-stopped').map((e) => (e as { shot: string }).shot).sort()).toEqual(['c', 'd']);
    expect(run.events.some((e) => e.type === 'shot-skipped')).toBe(false);
    expect(run.events.find((e) => e.type === 'run-finished')).toMatchObject({ skipped: 2, stopped: 2 });
    expect(summaryLine({ time: '', ...(run.events.find((e) => e.type === 'run-finished') as Extract<RunEvent, { type: 'run-finished' }>) })).toMatch(/0 failed, 0 skipped, 2 stopped;/);
    const ready = run.events.find((e) => e.type === 'plan-ready') as Extract<RunEvent, { type: 'plan-ready' }>;
    expect(ready.estimatedCost).toEqual({ amount: 2.02552, currency: 'USD' });
    expect(ready.budget).toEqual({ amount: 2.1, currency: 'USD' });
    const succeeded = run.events.filter((e) => e.type === 'shot-succeeded') as Extract<RunEvent, { type: 'shot-succeeded' }>[];
    expect(succeeded.map((e) => e.cost)).toEqual([{ amount: 1.1, currency: 'USD' }, { amount: ESTIMATE, currency: 'USD' }]);
  });

  it('keeps a ledger entry for every task, 0 for a failed one', async () => {
    const run = await start(story(100), () => 50_638);
    await until(() => run.api.created().length === 1, 'a submitted');
    run.api.end('shot a', 'failed');
    await run.poll();
    for (const prompt of ['shot b', 'shot c']) {
      await until(() => run.api.created().includes(prompt), `${prompt} submitted`);
      run.api.end(prompt);
      await run.poll();
    }
    await run.done;
    expect(await run.ledger()).toEqual({
      'task-1': { shot: 'a', status: 'failed', tokens: 0, cost: { amount: 0, currency: 'USD' } },
      'task-2': { shot: 'b', status: 'succeeded', tokens: 50_638, cost: { amount: ESTIMATE, currency: 'USD' } },
      'task-3': { shot: 'c', status: 'succeeded', tokens: 50_638, cost: { amount: ESTIMATE, currency: 'USD' } },
    });
  });
});
