// Counters for tests and benchmarks: what clients asked, what was created, what was served.
import type { SimulatorKeyStats, SimulatorStats, SimulatorTaskTiming } from './types.js';

export class StatsCounter {
  creates = 0;
  createRequests = 0;
  createsByRequest: Record<string, number> = {};
  queries = 0;
  lists = 0;
  deletes = 0;
  downloads = 0;
  bytesServed = 0;
  maxInFlight = 0;
  /** Tasks created before this time are left out of byStatus and tasks. */
  since = 0;
  byKey: Record<string, SimulatorKeyStats> = {};

  /** A task of this key was created; `counts` include it. */
  keyCreated(owner: string, counts: { inFlight: number; running: number }): void {
    const entry = this.keyEntry(owner);
    entry.creates++;
    this.keyPeaks(owner, counts);
  }

  /** A task of this key started running, or was created: the key's peaks. */
  keyPeaks(owner: string, counts: { inFlight: number; running: number }): void {
    const entry = this.keyEntry(owner);
    entry.maxInFlight = Math.max(entry.maxInFlight, counts.inFlight);
    entry.maxRunning = Math.max(entry.maxRunning, counts.running);
  }

  private keyEntry(owner: string): SimulatorKeyStats {
    if (!Object.hasOwn(this.byKey, owner)) this.byKey[owner] = { creates: 0, maxInFlight: 0, maxRunning: 0 };
    return this.byKey[owner] as SimulatorKeyStats;
  }

  taskCreated(requestHash: string, inFlight: number): void {
    this.creates++;
    this.createsByRequest[requestHash] = (this.createsByRequest[requestHash] ?? 0) + 1;
    this.maxInFlight = Math.max(this.maxInFlight, inFlight);
  }

  reset(now: number, inFlight: number): void {
    this.creates = this.createRequests = this.queries = this.lists = this.deletes = this.downloads = this.bytesServed = 0;
    this.createsByRequest = {};
    this.byKey = {};
    this.maxInFlight = inFlight;
    this.since = now;
  }

  snapshot(tasks: Iterable<{ id: string; status: string; createdAt: number; startedAt?: number; finishedAt?: number; owner?: string; queuedMs?: number }>, inFlight: number): SimulatorStats {
    const byStatus: Record<string, number> = {};
    const timings: SimulatorTaskTiming[] = [];
    for (const task of tasks) {
      if (task.createdAt < this.since) continue;
      byStatus[task.status] = (byStatus[task.status] ?? 0) + 1;
      const timing: SimulatorTaskTiming = { id: task.id, status: task.status, createdAt: task.createdAt };
      if (task.startedAt !== undefined) timing.startedAt = task.startedAt;
      if (task.finishedAt !== undefined) timing.finishedAt = task.finishedAt;
      if (task.owner !== undefined) timing.key = task.owner;
      if (task.queuedMs !== undefined) timing.queuedMs = task.queuedMs;
      timings.push(timing);
    }
    return {
      creates: this.creates,
      createRequests: this.createRequests,
      createsByRequest: { ...this.createsByRequest },
      queries: this.queries,
      lists: this.lists,
      deletes: this.deletes,
      downloads: this.downloads,
      bytesServed: this.bytesServed,
      inFlight,
      maxInFlight: Math.max(this.maxInFlight, inFlight),
      byStatus,
      tasks: timings,
      byKey: Object.fromEntries(Object.entries(this.byKey).map(([k, v]) => [k, { ...v }])),
    };
  }
}

/** Creates in the last minute, per key as the service counts per account (429 with Retry-After over it). */
export class CreateRateWindow {
  private readonly times = new Map<string, number[]>();

  constructor(private readonly perMinute: number) {}

  /** Seconds to wait before another create of this key is accepted, or 0 when one is accepted now. */
  retryAfter(now: number, owner = ''): number {
    const times = this.times.get(owner) ?? [];
    while (times.length > 0 && (times[0] as number) <= now - 60_000) times.shift();
    if (times.length < this.perMinute) return 0;
    return Math.max(1, Math.ceil(((times[0] as number) + 60_000 - now) / 1000));
  }

  record(now: number, owner = ''): void {
    const times = this.times.get(owner);
    if (times) times.push(now);
    else this.times.set(owner, [now]);
  }
}
