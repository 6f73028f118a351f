// The concurrency pool of a run: at most `size` tasks at the service. When more shots are ready
// than there are slots, the one heading the longest chain of shots still to come goes first, so
// long chains start early and the run does not end with one chain crawling on while slots idle
// (list scheduling by critical path); ties go to the order of asking.
import type { ResolvedShot } from '../manifest/types.js';

interface Waiting {
  priority: number;
  order: number;
  start: () => void;
}

export class Slots {
  private active = 0;
  private order = 0;
  private readonly waiting: Waiting[] = [];

  constructor(private readonly size: number) {}

  /** Wait for a slot; the returned function gives it back (once). */
  acquire(priority: number): Promise<() => void> {
    return new Promise((resolve) => {
      const start = (): void => {
        this.active++;
        let held = true;
        resolve(() => {
          if (!held) return;
          held = false;
          this.active--;
          this.next();
        });
      };
      if (this.active < this.size) start();
      else this.enqueue({ priority, order: this.order++, start });
    });
  }

  private enqueue(entry: Waiting): void {
    const at = this.waiting.findIndex((w) => w.priority < entry.priority || (w.priority === entry.priority && w.order > entry.order));
    this.waiting.splice(at === -1 ? this.waiting.length : at, 0, entry);
  }

  private next(): void {
    while (this.active < this.size) {
      const entry = this.waiting.shift();
      if (!entry) return;
      entry.start();
    }
  }
}

/** Each shot's height: how many shots the longest chain starting at it holds (itself included), among `shots`. */
export function chainHeights(shots: readonly ResolvedShot[]): Map<string, number> {
  const ids = new Set(shots.map((s) => s.id));
  const users = new Map<string, string[]>();
  for (const shot of shots) for (const dep of shot.dependsOn) if (ids.has(dep)) users.set(dep, [...(users.get(dep) ?? []), shot.id]);
  const heights = new Map<string, number>();
  const height = (id: string): number => {
    const known = heights.get(id);
    if (known !== undefined) return known;
    const h = 1 + Math.max(0, ...(users.get(id) ?? []).map(height));
    heights.set(id, h);
    return h;
  };
  for (const shot of shots) height(shot.id);
  return heights;
}

/**
 * The service's queue priority (0..9) for each shot still to make: its place on the critical path,
 * the head of the longest chain still to come 9, the others scaled to it, so when tasks wait
 * queued on an account the ones holding up the most work start first.
 */
export function criticalPathPriorities(shots: readonly ResolvedShot[]): Map<string, number> {
  const heights = chainHeights(shots);
  const longest = Math.max(1, ...heights.values());
  return new Map([...heights].map(([id, height]) => [id, Math.round((9 * height) / longest)]));
}
