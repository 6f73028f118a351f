// One poller for every task in flight. With the native format a single list request
// (filter.task_ids, up to 500 a page) asks about all of them, so the request rate does not grow
// with the number of tasks; the OpenAI format is asked one task at a time. The cadence follows
// the tasks: young tasks and tasks near the end are asked about often, long-running ones less,
// and a service that finishes tasks in seconds (the simulator, a fast model) is asked more often
// than once a second, so noticing a finish never costs a large share of a short task.
import { systemClock, type Clock } from '../core/clock.js';
import { SeedanceError, isSeedanceError } from '../core/errors.js';
import { TERMINAL_STATUSES, type SeedanceClient, type TaskInfo } from '../api/index.js';

export interface PollerOptions {
  /** A fixed interval (tests, benchmarks); otherwise adaptive between minMs and maxMs. */
  intervalMs?: number;
  minMs?: number;
  maxMs?: number;
  /** Consecutive failed polls before the waiting shots are failed. */
  maxFailures?: number;
  onUpdate?: (taskId: string, info: TaskInfo) => void;
  onError?: (error: Error, failures: number) => void;
  clock?: Clock;
}

/** Never ask more often than this, however quick the service is. */
export const FASTEST_POLL_MS = 100;
/** Ask about young tasks at this fraction of the typical task time seen in this run. */
const TYPICAL_SHARE = 1 / 50;
/** How many recent task times the typical one is taken from. */
const LEARN_WINDOW = 32;

interface Waiter {
  taskId: string;
  since: number;
  /** Picked up from an earlier run: its age here says nothing about how long tasks take. */
  resumed: boolean;
  /** When a poll first saw it running. */
  runningSince?: number;
  last?: TaskInfo;
  resolve: (info: TaskInfo) => void;
  reject: (error: Error) => void;
}

export class Poller {
  private readonly waiters = new Map<string, Waiter>();
  /** Cancels the tick that is due, if one is. */
  private timer: (() => void) | undefined;
  private running = false;
  private failures = 0;
  private stopReason: Error | undefined;
  /** Running times of recent tasks of this run (ms), as learnedTaskMs measures them. */
  private readonly taskTimes: number[] = [];
  private readonly clock: Clock;

  constructor(
    private readonly client: SeedanceClient,
    private readonly options: PollerOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
  }

  /** Resolves with the task's final state (succeeded, failed, expired, cancelled). */
  wait(taskId: string, options: { soon?: boolean } = {}): Promise<TaskInfo> {
    return new Promise<TaskInfo>((resolve, reject) => {
      // After stop() (the run is leaving) nothing is asked any more: a late waiter is told at once.
      if (this.stopReason) return reject(this.stopReason);
      this.waiters.set(taskId, { taskId, since: this.clock.now(), resumed: options.soon === true, resolve, reject });
      // A resumed task may be finished already: ask at once.
      this.schedule(options.soon ? 0 : undefined);
    });
  }

  /** The running times the cadence is learned from (for diagnostics and tests). */
  learnedTaskTimes(): readonly number[] {
    return this.taskTimes;
  }

  stop(reason: Error): void {
    this.stopReason = reason;
    this.timer?.();
    for (const waiter of this.waiters.values()) waiter.reject(reason);
    this.waiters.clear();
  }

  private schedule(delay = this.nextDelay()): void {
    if (this.stopReason || this.running || this.waiters.size === 0) return;
    if (this.timer) {
      if (delay > 0) return; // an earlier tick is already due
      this.timer();
    }
    this.timer = this.clock.setTimer(() => void this.tick(), delay);
  }

  private nextDelay(): number {
    if (this.options.intervalMs !== undefined) return this.options.intervalMs;
    const max = this.options.maxMs ?? 10_000;
    // With a list endpoint (native) a tick is one request whatever the number of tasks, so every
    // tick asks about all of them at the fastest useful pace (1 request a second against real
    // minute-long tasks). Without one (OpenAI) a tick asks task by task, so ageing tasks are
    // asked less often.
    if (this.client.wire.list) return fastestUseful(this.options.minMs ?? 1_000, this.taskTimes);
    const min = this.options.minMs ?? 1_000;
    let delay = max;
    const now = this.clock.now();
    for (const waiter of this.waiters.values()) delay = Math.min(delay, desiredInterval(waiter, min, max, now));
    return delay;
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    this.running = true;
    const ids = [...this.waiters.keys()];
    try {
      const found = await this.client.getMany(ids);
      this.failures = 0;
      for (const id of ids) {
        // A task missing from a list answer is asked for alone; without a list it was asked already.
        const info = found.get(id) ?? (this.client.wire.list ? await this.client.get(id) : undefined);
        this.settle(id, info);
      }
    } catch (error) {
      this.failures++;
      this.options.onError?.(error as Error, this.failures);
      const fatal = isSeedanceError(error, 'api.http') && (error.status === 401 || error.status === 403);
      if (fatal || this.failures >= (this.options.maxFailures ?? 10)) {
        for (const id of ids) this.reject(id, error as Error);
      }
    } finally {
      this.running = false;
      this.schedule();
    }
  }

  private settle(id: string, info: TaskInfo | undefined): void {
    const waiter = this.waiters.get(id);
    if (!waiter) return;
    if (!info) {
      this.reject(id, new SeedanceError('task.vanished', `The service no longer knows task ${id}.`, {
        hint: 'It was deleted or is older than the 7 days tasks are kept; the shot is submitted anew.',
      }));
      return;
    }
    const changed = waiter.last?.status !== info.status || waiter.last?.progress !== info.progress;
    waiter.last = info;
    if (info.status === 'running') waiter.runningSince ??= this.clock.now();
    if (changed) this.options.onUpdate?.(id, info);
    if (TERMINAL_STATUSES.has(info.status)) {
      this.waiters.delete(id);
      if (!waiter.resumed) this.learn(learnedTaskMs(waiter, this.clock.now()));
      waiter.resolve(info);
    }
  }

  private learn(ms: number): void {
    this.taskTimes.push(ms);
    if (this.taskTimes.length > LEARN_WINDOW) this.taskTimes.shift();
  }

  private reject(id: string, error: Error): void {
    const waiter = this.waiters.get(id);
    if (!waiter) return;
    this.waiters.delete(id);
    waiter.reject(error);
  }
}

/**
 * How long a finished task took at the service, for the cadence: from when a poll first saw it
 * running, so time spent queued behind the service's running limit (which grows with the number
 * of tasks in flight) does not slow the polling; from its submission when no poll saw it running.
 */
export function learnedTaskMs(waiter: { since: number; runningSince?: number }, now: number): number {
  return now - (waiter.runningSince ?? waiter.since);
}

/**
 * The shortest interval worth using: `min` until tasks of this run have been seen finishing,
 * then a fiftieth of their typical (median) running time when that is shorter, never below
 * FASTEST_POLL_MS. Real tasks take minutes, so this stays `min` there; against a service that
 * finishes in 3 s, waiting up to a second for the next poll would idle a slot for 15% of a task.
 */
export function fastestUseful(min: number, taskTimes: readonly number[]): number {
  if (taskTimes.length === 0) return min;
  const sorted = [...taskTimes].sort((a, b) => a - b);
  const typical = sorted[Math.floor(sorted.length / 2)] as number;
  return Math.min(min, Math.max(FASTEST_POLL_MS, typical * TYPICAL_SHARE));
}

/**
 * How soon a task is worth asking about again: often while it is young (it may fail fast or
 * the service may be quick), by its progress when the service reports one, less as it ages.
 */
export function desiredInterval(waiter: { since: number; last?: TaskInfo }, min: number, max: number, now: number): number {
  const age = now - waiter.since;
  const progress = waiter.last?.progress;
  if (waiter.last?.status === 'running' && progress !== undefined && progress > 0 && progress < 100) {
    const remaining = (age * (100 - progress)) / progress;
    return clamp(remaining / 3, min, max);
  }
  if (age < 20_000) return min;
  if (age < 120_000) return clamp(2_000, min, max);
  if (age < 600_000) return clamp(5_000, min, max);
  return max;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}
