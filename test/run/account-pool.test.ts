// The accounts' slots (issue 17): whole chains on one account, the account with the most free
// slots, models: restrictions, an account set aside, and the creates-a-minute window.
import { describe, expect, it } from 'vitest';
import type { SeedanceClient } from '../../src/api/index.js';
import type { Clock } from '../../src/core/clock.js';
import type { ResolvedShot } from '../../src/manifest/types.js';
import { AccountPool, type PooledAccount } from '../../src/run/account-pool.js';
import { chains } from '../../src/plan/split.js';
import type { Poller } from '../../src/run/poller.js';

const shot = (id: string, dependsOn: string[] = [], model = 'doubao-seedance-2.0'): ResolvedShot => ({ id, dependsOn, settings: { model } }) as unknown as ResolvedShot;
const account = (name: string, running: number, extra: Partial<PooledAccount> = {}): PooledAccount => ({ name, running, client: {} as SeedanceClient, poller: {} as Poller, ...extra });

function manualClock(): Clock & { advance: (ms: number) => void } {
  let now = 0;
  const timers: { at: number; fn: () => void }[] = [];
  return {
    now: () => now,
    setTimer: (fn, ms) => {
      const timer = { at: now + ms, fn };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
    advance: (ms) => {
      now += ms;
      for (const timer of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(timer), 1);
        timer.fn();
      }
    },
  };
}

describe('AccountPool', () => {
  it('finds the chains: a shot, what it uses and what uses it', () => {
    const groups = chains([shot('a'), shot('b', ['a']), shot('c'), shot('d', ['c', 'a']), shot('e')]);
    expect(groups.map((g) => g.map((s) => s.id))).toEqual([['a', 'b', 'c', 'd'], ['e']]);
  });

  it('gives each new chain the account with the most free slots, and keeps a chain on it', async () => {
    const pool = new AccountPool([account('a', 2), account('b', 3)], [shot('x'), shot('y', ['x']), shot('z1'), shot('z2'), shot('w')], manualClock());
    const x = await pool.acquire('x', 2);
    expect(pool.accountOf('x').name).toBe('b');
    await pool.acquire('z1', 1);
    await pool.acquire('z2', 1);
    expect([pool.accountOf('z1').name, pool.accountOf('z2').name]).toEqual(['a', 'b']);
    x();
    await pool.acquire('w', 1);
    expect(pool.accountOf('w').name).toBe('b');
    // a and b have one free slot each now: y goes where its chain is.
    await pool.acquire('y', 1);
    expect(pool.accountOf('y').name).toBe('b');
  });

  it('never more at once on an account than its running limit; a waiting shot of an unplaced chain takes the first free slot anywhere', async () => {
    const pool = new AccountPool([account('a', 1), account('b', 1)], [shot('p'), shot('q'), shot('r')], manualClock());
    const p = await pool.acquire('p', 1);
    await pool.acquire('q', 1);
    let started = false;
    const r = pool.acquire('r', 1).then((release) => ((started = true), release));
    await Promise.resolve();
    expect(started).toBe(false);
    const on = pool.accountOf('p').name;
    p();
    await r;
    expect(pool.accountOf('r').name).toBe(on);
  });

  it('keeps a chain to the accounts whose models: allow every model of it, and refuses a chain no account may make', () => {
    const shots = [shot('m', [], 'doubao-seedance-1-5-pro-251215'), shot('n', ['m'])];
    const pool = new AccountPool([account('wide', 10, { models: ['doubao-seedance-2.0'] }), account('both', 1, { models: ['doubao-seedance-2.0', 'doubao-seedance-1-5-pro-251215'] })], shots, manualClock());
    expect(pool.accountOf('n').name).toBe('both');
    expect(() => new AccountPool([account('only', 2, { models: ['doubao-seedance-2.0'] })], shots, manualClock())).toThrow(/No account of the accounts file may make doubao-seedance-1-5-pro-251215, doubao-seedance-2.0 \(shots m, n\)/);
  });

  it('an account set aside gives up its chains: a moved shot gets a slot on another account; with none left, move says so', async () => {
    const pool = new AccountPool([account('a', 2), account('b', 1)], [shot('s'), shot('t', ['s']), shot('u')], manualClock());
    await pool.acquire('s', 2);
    expect(pool.accountOf('s').name).toBe('a');
    expect(pool.setAside('a')).toBe(true);
    expect(pool.setAside('a')).toBe(false);
    expect(await pool.move('s', 2)).toBe(true);
    expect(pool.accountOf('s').name).toBe('b');
    expect(pool.accountOf('t').name).toBe('b');
    pool.setAside('b');
    expect(await pool.move('s', 2)).toBe(false);
  });

  it('holds creates to the account\'s creates a minute', async () => {
    const clock = manualClock();
    const limited = account('a', 5, { rpm: 2 });
    const pool = new AccountPool([limited], [shot('x')], clock);
    await pool.acquire('x', 1);
    await pool.createPermit('x');
    await pool.createPermit('x');
    let third = false;
    const waiting = pool.createPermit('x').then(() => (third = true));
    clock.advance(59_000);
    await Promise.resolve();
    expect(third).toBe(false);
    clock.advance(1_000);
    await waiting;
    expect(third).toBe(true);
  });
});
