// The run's concurrency pool: never more than its size at once, and the shot heading the
// longest chain goes first when several wait.
import { describe, expect, it } from 'vitest';
import type { ResolvedShot } from '../../src/manifest/types.js';
import { Slots, chainHeights } from '../../src/run/slots.js';

const shot = (id: string, dependsOn: string[] = []): ResolvedShot => ({ id, dependsOn } as unknown as ResolvedShot);

describe('chainHeights', () => {
  it('counts the longest chain of shots starting at each shot', () => {
    const heights = chainHeights([shot('a'), shot('b', ['a']), shot('c', ['b']), shot('d'), shot('e', ['a', 'd'])]);
    expect(Object.fromEntries(heights)).toEqual({ a: 3, b: 2, c: 1, d: 2, e: 1 });
  });
});

describe('Slots', () => {
  it('gives at most `size` at once and the highest priority first, then in order of asking', async () => {
    const slots = new Slots(1);
    const started: string[] = [];
    const release = await slots.acquire(0);
    const waits = [
      ['low-1', 1],
      ['high', 5],
      ['low-2', 1],
      ['mid', 3],
    ].map(async ([name, priority]) => {
      const done = await slots.acquire(priority as number);
      started.push(name as string);
      done();
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([]);
    release();
    await Promise.all(waits);
    expect(started).toEqual(['high', 'mid', 'low-1', 'low-2']);
  });

  it('gives a slot back once, however often it is released', async () => {
    const slots = new Slots(1);
    const release = await slots.acquire(1);
    release();
    release();
    const first = await slots.acquire(1);
    let second = false;
    void slots.acquire(1).then(() => (second = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(second).toBe(false);
    first();
    await new Promise((resolve) => setImmediate(resolve));
    expect(second).toBe(true);
  });
});
