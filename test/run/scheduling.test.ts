// Scheduling properties, asserted by the order of calls and events: a fake service whose tasks end
// only when the test says so, and a clock the test moves, so nothing depends on how fast this
// machine is. The downloads are real files checked by the real ffprobe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunEvent } from '../../src/core/events.js';
import { runShots, type RunSummary } from '../../src/run/runner.js';
import { removeDir, suiteTempDir, tempDir } from '../temp.js';
import { FakeApi, FakeClock, makeClip, until } from './fake-api.js';
import { load, writeStoryboard } from './harness.js';

let clip: { video: string; frame: string };
let clipDir: string;
beforeAll(async () => {
  clipDir = await suiteTempDir('seedance-fake-clip-');
  clip = await makeClip(clipDir);
});
afterAll(() => removeDir(clipDir));

interface Started {
  api: FakeApi;
  clock: FakeClock;
  events: RunEvent[];
  done: Promise<RunSummary>;
  /** The shots of the `type` events so far, in order. */
  shotsOf: (type: RunEvent['type']) => string[];
  /** Move the clock past one poll, and let the run catch up. */
  poll: () => Promise<void>;
}

async function start(yaml: string, options: { failFast?: boolean } = {}): Promise<Started> {
  const dir = await tempDir('seedance-sched-');
  const manifest = await load(await writeStoryboard(dir, yaml));
  const api = new FakeApi(clip);
  const clock = new FakeClock();
  const events: RunEvent[] = [];
  const done = runShots(manifest, { client: api, clock, emit: (e) => events.push(e), poll: { intervalMs: 1000 }, skipConcat: true, ...options });
  const shotsOf = (type: RunEvent['type']): string[] => events.filter((e) => e.type === type).map((e) => (e as { shot: string }).shot);
  const poll = async (): Promise<void> => {
    const polls = api.log.filter((l) => l.startsWith('poll')).length;
    // The poller sets its next tick once the task ids are recorded: wait for that timer.
    await until(() => clock.pending() > 0, 'the poller to be due');
    clock.advance(1000);
    await until(() => api.log.filter((l) => l.startsWith('poll')).length > polls, 'a poll');
  };
  return { api, clock, events, done, shotsOf, poll };
}

const CHAIN_AND_TWO = `version: 1
concurrency: 2
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: a, prompt: shot a, seed: 1 }
  - { id: b, prompt: shot b uses a, first_frame: { shot: a } }
  - { id: c, prompt: shot c, seed: 3 }
  - { id: d, prompt: shot d, seed: 4 }
`;

describe('the scheduler', () => {
  it('holds no slot while a shot waits for the shot it uses', async () => {
    const run = await start(CHAIN_AND_TWO);
    // Two slots: a and c go to the service; b waits for a without a slot, d waits for a slot.
    await until(() => run.api.created().length === 2, 'two creates');
    expect(run.api.created()).toEqual(['shot a', 'shot c']);
    expect(run.shotsOf('shot-submitting')).toEqual(['a', 'c']);

    // a finishes: its slot goes to d at once (a's download needs none); b waits for a's files.
    run.api.end('shot a');
    await run.poll();
    await until(() => run.shotsOf('shot-done').includes('a'), 'a saved');
    await until(() => run.api.created().length === 3, 'd submitted');
    expect(run.api.created()).toEqual(['shot a', 'shot c', 'shot d']);
    // b is ready now but both slots are taken by c and d.
    expect(run.shotsOf('shot-submitting')).not.toContain('b');

    run.api.end('shot c');
    await run.poll();
    await until(() => run.api.created().length === 4, 'b submitted');
    const order = run.events.map((e) => `${e.type} ${(e as { shot?: string }).shot ?? ''}`);
    expect(order.indexOf('shot-submitting b')).toBeGreaterThan(order.indexOf('shot-done a'));
    expect(order.indexOf('shot-submitting b')).toBeGreaterThan(order.indexOf('shot-succeeded c'));

    await until(() => run.shotsOf('shot-submitted').length === 4, 'b at the service');
    run.api.end('shot b');
    run.api.end('shot d');
    await run.poll();
    const summary = await run.done;
    expect(summary).toMatchObject({ made: 4, result: 'done' });
  });

  it('polls every task in flight with one request a tick, and not before the clock says so', async () => {
    const run = await start(CHAIN_AND_TWO.replace('concurrency: 2', 'concurrency: 3'));
    await until(() => run.api.created().length === 3 && run.shotsOf('shot-submitted').length === 3, 'three creates');
    // Nothing is asked until the poll interval has passed on the clock.
    expect(run.api.log.filter((l) => l.startsWith('poll'))).toEqual([]);
    await run.poll();
    expect(run.api.log.filter((l) => l.startsWith('poll'))).toEqual(['poll shot a, shot c, shot d']);
    run.clock.advance(999);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(run.api.log.filter((l) => l.startsWith('poll'))).toHaveLength(1);
    for (const text of ['shot a', 'shot c', 'shot d']) run.api.end(text);
    await run.poll();
    await until(() => run.shotsOf('shot-submitted').length === 4, 'b at the service');
    run.api.end('shot b');
    await run.poll();
    expect((await run.done).made).toBe(4);
  });

  it('--fail-fast: a failure stops the next submission while it still waits for the slot', async () => {
    const shots = Array.from({ length: 4 }, (_, i) => `  - { id: s${i}, prompt: shot ${i}${i === 0 ? ' doomed' : ''} }`).join('\n');
    const run = await start(`version: 1\nconcurrency: 1\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n${shots}\n`, { failFast: true });
    await until(() => run.api.created().length === 1, 'the first create');
    run.api.end('doomed', 'failed');
    await run.poll();
    const summary = await run.done;
    expect(run.api.created()).toEqual(['shot 0 doomed']);
    expect(summary).toMatchObject({ failed: 1, stopped: 3, result: 'failed' });
    const order = run.events.map((e) => e.type);
    expect(order.indexOf('stopping')).toBeGreaterThan(order.indexOf('shot-failed'));
  });
});
