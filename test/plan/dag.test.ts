// Run order: dependencies first, otherwise manifest order.
import { describe, expect, it } from 'vitest';
import type { ResolvedShot } from '../../src/manifest/types.js';
import { dagOrder } from '../../src/plan/index.js';

function shots(spec: Record<string, string[]>): ResolvedShot[] {
  return Object.entries(spec).map(([id, dependsOn], index) => ({ id, index, dependsOn }) as unknown as ResolvedShot);
}
const ids = (list: ResolvedShot[]): string[] => list.map((s) => s.id);

describe('dagOrder', () => {
  it.each<[string, Record<string, string[]>, string[]]>([
    ['keeps manifest order without dependencies', { a: [], b: [], c: [] }, ['a', 'b', 'c']],
    ['puts a chain written backwards in dependency order', { c: ['b'], b: ['a'], a: [] }, ['a', 'b', 'c']],
    ['breaks ties by manifest order', { x: ['z'], y: [], z: [], w: ['y'] }, ['y', 'z', 'x', 'w']],
    ['orders a diamond', { d: ['b', 'c'], c: ['a'], b: ['a'], a: [] }, ['a', 'c', 'b', 'd']],
    ['ignores ids that name no shot', { a: ['ghost'], b: ['a'] }, ['a', 'b']],
  ])('%s', (_, spec, expected) => {
    expect(ids(dagOrder(shots(spec)))).toEqual(expected);
  });

  it('orders a long chain without deep recursion', () => {
    const spec: Record<string, string[]> = {};
    for (let i = 4999; i >= 0; i--) spec[`s${i}`] = i === 0 ? [] : [`s${i - 1}`];
    const order = ids(dagOrder(shots(spec)));
    expect(order[0]).toBe('s0');
    expect(order[4999]).toBe('s4999');
  });

  it('refuses a cycle as a bug, since validation reports cycles', () => {
    expect(() => dagOrder(shots({ a: ['b'], b: ['a'], c: [] }))).toThrow(expect.objectContaining({ code: 'internal' }));
  });
});
