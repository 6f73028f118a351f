// The account pool's slots per model and resolution (issue 17): the service's limits are per
// account and model, 4k has its own (1 running, 15 a minute), a personal account takes the model's
// personal figures; queues primed queue_ahead past the running limit, within the queued cap and
// the expiry rule; the extras picked to be cancelled when the run stops.
import { describe, expect, it } from 'vitest';
import type { SeedanceClient } from '../../src/api/index.js';
import { systemClock } from '../../src/core/clock.js';
import type { ResolvedShot } from '../../src/manifest/types.js';
import { findModel } from '../../src/models.js';
import { AccountPool, type PooledAccount } from '../../src/run/account-pool.js';
import type { Poller } from '../../src/run/poller.js';
import { serviceSlot } from '../../src/run/slot-limits.js';

const shot = (id: string, model = 'doubao-seedance-2-0-260128', resolution = '720p', executionExpiresAfter?: number): ResolvedShot =>
  ({ id, dependsOn: [], settings: { model, resolution, ...(executionExpiresAfter !== undefined ? { executionExpiresAfter } : {}) }, capabilities: findModel(model) }) as unknown as ResolvedShot;
const poller = (times: number[] = []): Poller => ({ learnedTaskTimes: () => times }) as unknown as Poller;
const account = (extra: Partial<PooledAccount>): PooledAccount => ({ name: 'a', client: {} as SeedanceClient, poller: poller(), ...extra });

/** Ask for slots for each shot; which started after the pool settled. */
async function ask(pool: AccountPool, ids: string[]): Promise<{ started: string[]; releases: Map<string, () => void> }> {
  const started: string[] = [];
  const releases = new Map<string, () => void>();
  for (const id of ids) {
    void pool.acquire(id, 1).then((release) => {
      started.push(id);
      releases.set(id, release);
    });
  }
  await new Promise((resolve) => setImmediate(resolve));
  return { started, releases };
}

describe('serviceSlot', () => {
  it('per model, 4k apart, the personal tier from the capability table, figures written out winning', () => {
    const fast = 'doubao-seedance-2-0-fast-260128';
    expect(serviceSlot({ tier: 'default' }, shot('x'))).toEqual({ key: 'doubao-seedance-2-0-260128', running: 10, rpm: 600 });
    expect(serviceSlot({ tier: 'default' }, shot('x', fast))).toEqual({ key: fast, running: 10, rpm: 600 });
    // The gateway's name and the official id are one model at the service.
    expect(serviceSlot({ tier: 'default' }, shot('x', 'doubao-seedance-2.0')).key).toBe('doubao-seedance-2-0-260128');
    expect(serviceSlot({ tier: 'personal' }, shot('x'))).toEqual({ key: 'doubao-seedance-2-0-260128', running: 3, rpm: 180 });
    expect(serviceSlot({ tier: 'personal' }, shot('x', 'doubao-seedance-1-5-pro-251215'))).toMatchObject({ running: 3, rpm: 600 });
    expect(serviceSlot({ tier: 'default' }, shot('x', 'doubao-seedance-2-0-260128', '4k'))).toEqual({ key: 'doubao-seedance-2-0-260128@4k', running: 1, rpm: 15 });
    expect(serviceSlot({ tier: 'personal', running: 5, rpm: 50 }, shot('x'))).toMatchObject({ running: 5, rpm: 50 });
    // `running` is per model, not 4k's: only running_4k changes 4k.
    expect(serviceSlot({ tier: 'default', running: 5 }, shot('x', 'doubao-seedance-2-0-260128', '4k'))).toMatchObject({ running: 1, rpm: 15 });
    expect(serviceSlot({ tier: 'default', running4k: 2, rpm4k: 30 }, shot('x', 'doubao-seedance-2-0-260128', '4k'))).toMatchObject({ running: 2, rpm: 30 });
    expect(serviceSlot({ tier: 'personal' }, shot('x', 'ep-20260101-abcde'))).toEqual({ key: 'ep-20260101-abcde', running: 3, rpm: 180 });
  });
});

describe('AccountPool slots per model', () => {
  it('each model has its own running limit on the account, and 4k its own of 1', async () => {
    const shots = [shot('x1'), shot('x2'), shot('x3'), shot('f1', 'doubao-seedance-2-0-fast-260128'), shot('k1', undefined, '4k'), shot('k2', undefined, '4k')];
    const pool = new AccountPool([account({ limits: { tier: 'default', running: 2 } })], shots, systemClock);
    const { started, releases } = await ask(pool, shots.map((s) => s.id));
    expect(started).toEqual(['x1', 'x2', 'f1', 'k1']);
    releases.get('k1')?.();
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toContain('k2');
    expect(started).not.toContain('x3');
  });

  it('without the service\'s limits (no accounts file): one slot of `running` for every model, as before', async () => {
    const shots = [shot('x1'), shot('f1', 'doubao-seedance-2-0-fast-260128'), shot('k1', undefined, '4k')];
    const pool = new AccountPool([account({ name: undefined, running: 2 })], shots, systemClock);
    expect((await ask(pool, shots.map((s) => s.id))).started).toEqual(['x1', 'f1']);
  });

  it('primes queue_ahead past the running limit (never more than the limit itself), within the queued cap', async () => {
    const shots = ['a', 'b', 'c', 'd'].map((id) => shot(id));
    const primed = new AccountPool([account({ limits: { tier: 'default', running: 1 }, queueAhead: 5 })], shots, systemClock);
    // queue_ahead 5 is capped at the running limit, 1: two at once.
    expect((await ask(primed, ['a', 'b', 'c'])).started).toEqual(['a', 'b']);

    const capped = new AccountPool([account({ limits: { tier: 'default', running: 1 }, queueAhead: 1, queued: 1 })], shots, systemClock);
    const { started } = await ask(capped, ['a', 'b']);
    // a is not yet seen running: it counts as queued, and the cap is 1.
    expect(started).toEqual(['a']);
    capped.created('a', 'task-a');
    capped.seen('a', 'running');
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['a', 'b']);
  });

  it('never primes a shot whose expected wait could use half of its execution_expires_after', async () => {
    // 10 minutes a task before any finished: the first extra waits about 10 minutes (< 30).
    const soon = [shot('a', undefined, '720p', 3600), shot('b', undefined, '720p', 3600)];
    expect((await ask(new AccountPool([account({ limits: { tier: 'default', running: 1 }, queueAhead: 1 })], soon, systemClock), ['a', 'b'])).started).toEqual(['a', 'b']);
    // Tasks of this account took 40 minutes: the extra would wait about 40, over half of 60.
    const slow = account({ limits: { tier: 'default', running: 1 }, queueAhead: 1, poller: poller([40 * 60_000]) });
    expect((await ask(new AccountPool([slow], soon, systemClock), ['a', 'b'])).started).toEqual(['a']);
    // The same wait is fine for a shot that may wait 2 days (the default).
    const patient = [shot('a'), shot('b')];
    expect((await ask(new AccountPool([slow], patient, systemClock), ['a', 'b'])).started).toEqual(['a', 'b']);
  });

  it('picks, per slot over its running limit, that many tasks last seen queued, newest first, each once until kept', async () => {
    const shots = ['a', 'b', 'c', 'd'].map((id) => shot(id));
    const pool = new AccountPool([account({ limits: { tier: 'default', running: 2 }, queueAhead: 2 })], shots, systemClock);
    await ask(pool, ['a', 'b', 'c', 'd']);
    for (const id of ['a', 'b', 'c', 'd']) pool.created(id, `task-${id}`);
    pool.seen('a', 'running');
    pool.stop();
    // Over by 2; queued are b, c, d: the newest two.
    expect(pool.takeExtras(() => true).map((e) => e.taskId)).toEqual(['task-d', 'task-c']);
    expect(pool.takeExtras(() => true)).toEqual([]);
    pool.kept('c', 'running');
    expect(pool.takeExtras(() => true).map((e) => e.taskId)).toEqual(['task-b']);
    // Kept once (a cancel refused, say): never picked again.
    pool.kept('b');
    expect(pool.takeExtras(() => true)).toEqual([]);
    expect(pool.takeExtras(() => false)).toEqual([]);
    expect(pool.overLimit().map((o) => o.count)).toEqual([2]);
  });
});
