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
  it('runs at most `size` at once and starts the highest priority first, then in order', async () => {
    const slots = new Slots(1);
    const started: string[] = [];
    let release: () => void = () => undefined;
    const blocker = slots.run(0, () => new Promise<void>((resolve) => (release = resolve)));
    const runs = [
      ['low-1', 1],
      ['high', 5],
      ['low-2', 1],
      ['mid', 3],
    ].map(([name, priority]) => slots.run(priority as number, async () => void started.push(name as string)));
    expect(started).toEqual([]);
    release();
    await Promise.all([blocker, ...runs]);
    expect(started).toEqual(['high', 'mid', 'low-1', 'low-2']);
  });

  it('frees the slot when the work fails', async () => {
    const slots = new Slots(1);
    await expect(slots.run(1, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await slots.run(1, async () => 'next')).toBe('next');
  });
});
