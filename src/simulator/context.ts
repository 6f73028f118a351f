// Everything a request handler of the simulator needs, in one object.
import type { CreateDeps } from './create-task.js';
import type { Engine } from './engine.js';
import type { FaultBook } from './faults.js';
import type { UrlSigner } from './signing.js';
import type { CreateRateWindow, StatsCounter } from './stats.js';
import type { TaskRecord } from './task-record.js';
import type { TaskStore } from './task-store.js';
import type { WireFormat } from './api-error.js';
import type { SimulatorKey } from './types.js';
import { TASK_RETENTION_SECONDS } from '../models.js';

export interface SimContext {
  apiKey: string | undefined;
  /** Per-key limits, labels and refusals (SimulatorOptions.keys). */
  keys: Readonly<Record<string, SimulatorKey>>;
  /** Each key sees only its own tasks (SimulatorOptions.isolateKeys). */
  isolateKeys: boolean;
  store: TaskStore;
  engine: Engine;
  signer: UrlSigner;
  faults: FaultBook;
  stats: StatsCounter;
  rate: CreateRateWindow;
  createDeps: CreateDeps;
  /** Aborted when the simulator closes: stalls and slow downloads end. */
  closing: AbortSignal;
}

/** A task of this wire format that is still retained (ids stay queryable for 7 days). */
export function findTask(context: SimContext, id: string, format: WireFormat, now: number, owner?: string): TaskRecord | undefined {
  const task = context.store.get(id);
  if (!task || task.format !== format) return undefined;
  if (context.isolateKeys && owner !== undefined && task.owner !== owner) return undefined;
  if (now - task.createdAt > TASK_RETENTION_SECONDS * 1000) {
    context.store.delete(id);
    return undefined;
  }
  return task;
}
