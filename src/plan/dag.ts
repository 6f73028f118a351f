// The order shots can run in: every shot after the shots whose outputs it uses, and otherwise in
// manifest order (Kahn's algorithm with the manifest index as priority).
import { SeedanceError } from '../core/errors.js';
import type { ResolvedShot } from '../manifest/types.js';

export function dagOrder(shots: readonly ResolvedShot[]): ResolvedShot[] {
  const byId = new Map<string, ResolvedShot>();
  for (const shot of shots) if (!byId.has(shot.id)) byId.set(shot.id, shot);
  const position = new Map(shots.map((s, i) => [s, i]));
  const waiting = new Map<ResolvedShot, number>();
  const dependents = new Map<ResolvedShot, ResolvedShot[]>();
  for (const shot of shots) {
    const deps = shot.dependsOn.map((id) => byId.get(id)).filter((d): d is ResolvedShot => d !== undefined && d !== shot);
    waiting.set(shot, deps.length);
    for (const dep of deps) {
      const list = dependents.get(dep) ?? [];
      list.push(shot);
      dependents.set(dep, list);
    }
  }
  const ready = new MinHeap<ResolvedShot>((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  for (const shot of shots) if (waiting.get(shot) === 0) ready.push(shot);
  const order: ResolvedShot[] = [];
  for (let shot = ready.pop(); shot !== undefined; shot = ready.pop()) {
    order.push(shot);
    for (const next of dependents.get(shot) ?? []) {
      const left = (waiting.get(next) ?? 0) - 1;
      waiting.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  if (order.length !== shots.length) {
    const stuck = shots.filter((s) => !order.includes(s)).map((s) => s.id);
    throw new SeedanceError('internal', `The shots ${stuck.join(', ')} depend on each other in a cycle, which validation should have refused.`);
  }
  return order;
}

class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly compare: (a: T, b: T) => number) {}

  push(item: T): void {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (this.compare(items[i] as T, items[parent] as T) >= 0) break;
      [items[i], items[parent]] = [items[parent] as T, items[i] as T];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < items.length && this.compare(items[left] as T, items[smallest] as T) < 0) smallest = left;
      if (right < items.length && this.compare(items[right] as T, items[smallest] as T) < 0) smallest = right;
      if (smallest === i) break;
      [items[i], items[smallest]] = [items[smallest] as T, items[i] as T];
      i = smallest;
    }
    return top;
  }
}
