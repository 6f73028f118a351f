// Moves tasks through queued -> running -> succeeded/failed/expired on the clock: the latency
// model, the running limit per model, expiry after execution_expires_after, and the renders.
import { stat } from 'node:fs/promises';
import { FPS } from '../models.js';
import type { Renderer } from './renderer.js';
import type { RenderSpec } from './render-spec.js';
import { ACTIVE, type TaskRecord, type TaskStatus } from './task-record.js';
import type { TaskStore } from './task-store.js';

export interface EngineOptions {
  /** Running tasks per key (owner label) and model. */
  runningLimit: number;
  /** A key's own running limit, by its label. */
  runningLimits?: Readonly<Record<string, number>>;
  fast: boolean;
  videoOverride?: string;
}

type RenderState = 'pending' | 'done' | 'failed';

export class Engine {
  private readonly queue: TaskRecord[] = [];
  private readonly running = new Set<TaskRecord>();
  private readonly renders = new Map<string, RenderState>();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly store: TaskStore,
    private readonly renderer: Renderer,
    private readonly options: EngineOptions,
    private readonly onChange: (task: TaskRecord) => void = () => {},
    private readonly onStart: (owner: string, counts: { inFlight: number; running: number }) => void = () => {},
  ) {
    // After a restart: pick up the tasks that were still in flight.
    for (const task of store.all()) {
      if (task.status === 'queued') this.queue.push(task);
      if (task.status === 'running') this.running.add(task);
      if (ACTIVE.has(task.status)) this.startRender(task);
    }
  }

  get inFlight(): number {
    return this.queue.length + this.running.size;
  }

  /** A new task: queued now, rendered in the background (unless it is going to fail). */
  add(task: TaskRecord): void {
    this.store.add(task);
    this.queue.push(task);
    this.startRender(task);
    this.advance(task.createdAt);
  }

  /** Cancel a queued task (the caller checked its status). */
  cancel(task: TaskRecord, now: number): void {
    const at = this.queue.indexOf(task);
    if (at >= 0) this.queue.splice(at, 1);
    this.transition(task, 'cancelled', now);
    this.advance(now);
  }

  /** Bring every task up to `now`, then sleep until the next thing is due. */
  advance(now = Date.now()): void {
    if (this.closed) return;
    for (const task of [...this.running, ...this.queue]) {
      if (now >= task.createdAt + task.executionExpiresAfter * 1000) this.finish(task, 'expired', now);
    }
    this.finishDue(now);
    // Higher priority first, first in first out within one priority (a stable sort); a running task is never pre-empted.
    for (const task of [...this.queue].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0))) {
      if (now < task.createdAt + task.queuedMs || this.runningFor(task.versioned, task.owner) >= this.limitOf(task.owner)) continue;
      this.queue.splice(this.queue.indexOf(task), 1);
      this.running.add(task);
      task.startedAt = now;
      this.transition(task, 'running', now);
      if (task.owner !== undefined) this.onStart(task.owner, this.countsFor(task.owner));
    }
    this.finishDue(now);
    this.sleepUntilNext(now);
  }

  /** A succeeded task's files, made again if the cache lost them (renders are deterministic). */
  async filesOf(task: TaskRecord): Promise<{ video: string; lastFrame?: string }> {
    const files = task.files;
    if (files && (await exists(files.video)) && (!task.returnLastFrame || (files.lastFrame !== undefined && (await exists(files.lastFrame))))) return files;
    task.files = await this.produce(task);
    this.store.changed();
    return task.files;
  }

  /** Stop the clock and the renders. */
  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.renderer.close();
  }

  private finishDue(now: number): void {
    for (const task of [...this.running]) {
      if (now < (task.startedAt ?? now) + task.runningMs) continue;
      const { planned } = task;
      if (planned.kind === 'fail') {
        task.error = { code: planned.code, message: planned.message };
        this.finish(task, 'failed', now);
      } else if (planned.kind === 'expire') {
        this.finish(task, 'expired', now);
      } else if (this.renders.get(task.id) === 'done') {
        this.finish(task, 'succeeded', now);
      } else if (this.renders.get(task.id) === 'failed') {
        this.finish(task, 'failed', now);
      }
      // Otherwise the video is still rendering: the task stays running until it is ready.
    }
  }

  private finish(task: TaskRecord, status: TaskStatus, now: number): void {
    this.running.delete(task);
    const at = this.queue.indexOf(task);
    if (at >= 0) this.queue.splice(at, 1);
    task.finishedAt = now;
    this.transition(task, status, now);
  }

  private transition(task: TaskRecord, status: TaskStatus, now: number): void {
    task.status = status;
    task.updatedAt = now;
    this.store.changed();
    this.onChange(task);
  }

  /** Limits are the account's (here: the key's), per model, as at the service. */
  private runningFor(model: string, owner: string | undefined): number {
    let count = 0;
    for (const task of this.running) if (task.versioned === model && task.owner === owner) count++;
    return count;
  }

  private limitOf(owner: string | undefined): number {
    const limits = this.options.runningLimits;
    return owner !== undefined && limits && Object.hasOwn(limits, owner) ? (limits[owner] as number) : this.options.runningLimit;
  }

  /** One key's tasks queued or running, and running (any model). */
  countsFor(owner: string): { inFlight: number; running: number } {
    let running = 0;
    let queued = 0;
    for (const task of this.running) if (task.owner === owner) running++;
    for (const task of this.queue) if (task.owner === owner) queued++;
    return { inFlight: running + queued, running };
  }

  private sleepUntilNext(now: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    let next = Infinity;
    for (const task of this.queue) next = Math.min(next, task.createdAt + task.queuedMs, task.createdAt + task.executionExpiresAfter * 1000);
    for (const task of this.running) next = Math.min(next, (task.startedAt ?? now) + task.runningMs, task.createdAt + task.executionExpiresAfter * 1000);
    if (next === Infinity) return;
    // Queued tasks held back by the running limit wake with the next finish; never spin.
    const delay = Math.min(Math.max(next - now, 1), 2 ** 31 - 1);
    this.timer = setTimeout(() => this.advance(Date.now()), delay);
    this.timer.unref();
  }

  private startRender(task: TaskRecord): void {
    if (task.planned.kind !== 'succeed' || this.renders.has(task.id)) return;
    this.renders.set(task.id, 'pending');
    this.produce(task).then(
      (files) => {
        task.files = files;
        this.renders.set(task.id, 'done');
        this.store.changed();
        this.advance(Date.now());
      },
      (error: unknown) => {
        if (this.closed) return;
        task.error = { code: 'InternalServiceError', message: `The simulator could not render the video: ${(error as Error).message}` };
        this.renders.set(task.id, 'failed');
        this.advance(Date.now());
      },
    );
  }

  private async produce(task: TaskRecord): Promise<{ video: string; lastFrame?: string }> {
    if (this.options.videoOverride) {
      const video = this.options.videoOverride;
      return task.returnLastFrame ? { video, lastFrame: await this.renderer.lastFrameOf(video) } : { video };
    }
    const spec: RenderSpec = this.options.fast ? fastSpec(task.render) : task.render;
    return this.renderer.render(spec, { lastFrame: task.returnLastFrame });
  }
}

/** Fast mode: one plain clip per size, length and audio shape, shared by every task of that shape. */
function fastSpec(spec: RenderSpec): RenderSpec {
  return { width: spec.width, height: spec.height, frames: spec.frames, audio: spec.audio, prompt: `seedance simulator fast mode: ${spec.frames / FPS} s`, seed: 0, watermark: false };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}
