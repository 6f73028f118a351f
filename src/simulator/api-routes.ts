// The service's JSON endpoints, both wire formats: create, query, list, delete. Each handler
// computes a Reply or throws ApiFailure; the server sends it (or a scripted fault instead).
import { canonicalJson } from '../core/canonical-json.js';
import { ApiFailure, invalid, type WireFormat } from './api-error.js';
import { findTask, type SimContext } from './context.js';
import { createTask } from './create-task.js';
import type { Reply } from './http-util.js';
import { sha256 } from '../core/sha256.js';
import type { TaskRecord, TaskStatus } from './task-record.js';
import { nativeView, openAiView, type ViewContext } from './task-view.js';

/** The code for an unknown or deleted task id (the service's own code is unconfirmed). */
const TASK_NOT_FOUND_CODE = 'ResourceNotFound';
/** Refusing to delete a running or cancelled task (unconfirmed code). */
const NOT_CANCELLABLE_CODE = 'OperationDenied.TaskNotCancellable';

const STATUSES: readonly TaskStatus[] = ['queued', 'running', 'succeeded', 'failed', 'expired', 'cancelled'];

/**
 * What tells two creates apart for createsByRequest: the body without `priority`, which only
 * orders the queue (a client may send the same shot again at another priority: still a duplicate).
 */
function requestHash(body: unknown): string {
  const { priority: _priority, ...rest } = body as Record<string, unknown>;
  return sha256(canonicalJson(rest));
}

function viewOf(task: TaskRecord, view: ViewContext): Record<string, unknown> {
  return task.format === 'native' ? nativeView(task, view) : openAiView(task, view);
}

export async function createRoute(context: SimContext, format: WireFormat, body: unknown, view: ViewContext, owner?: string): Promise<Reply> {
  const wait = context.rate.retryAfter(view.now, owner);
  if (wait > 0) {
    throw new ApiFailure(429, 'RateLimitExceeded.EndpointRPMExceeded', 'Too many creates in the last minute for this model; the task was not created. Wait and send it again.', undefined, { 'retry-after': String(wait) });
  }
  const task = await createTask(body, format, context.createDeps, () => Date.now(), owner);
  context.rate.record(task.createdAt, owner);
  context.stats.taskCreated(requestHash(body), context.engine.inFlight);
  if (owner !== undefined) context.stats.keyCreated(owner, context.engine.countsFor(owner));
  return { status: 200, json: format === 'native' ? { id: task.id } : openAiView(task, view) };
}

export function queryRoute(context: SimContext, format: WireFormat, id: string, view: ViewContext, owner?: string): Reply {
  return { status: 200, json: viewOf(requireTask(context, format, id, view.now, owner), view) };
}

/** `owner`: with isolateKeys, a task another key created is not found, as another account's. */
export function requireTask(context: SimContext, format: WireFormat, id: string, now: number, owner?: string): TaskRecord {
  const task = findTask(context, id, format, now, owner);
  if (!task) throw new ApiFailure(404, TASK_NOT_FOUND_CODE, `The task ${id} does not exist: it was never created here, was deleted, or is older than 7 days.`, 'id');
  return task;
}

/** GET list: page_num/page_size 1..500, filter.status, repeated filter.task_ids; newest first. */
export function listRoute(context: SimContext, query: URLSearchParams, view: ViewContext, owner?: string): Reply {
  const pageNum = pageParam(query, 'page_num', 1);
  const pageSize = pageParam(query, 'page_size', 10);
  const status = query.get('filter.status');
  if (status !== null && !STATUSES.includes(status as TaskStatus)) {
    throw invalid('filter.status', `filter.status must be one of ${STATUSES.join(', ')}; got ${JSON.stringify(status)}.`);
  }
  const ids = query.getAll('filter.task_ids').flatMap((v) => v.split(',')).filter((v) => v !== '');
  const idSet = ids.length > 0 ? new Set(ids) : undefined;
  const model = query.get('filter.model');
  const matching: TaskRecord[] = [];
  for (const task of context.store.all()) {
    if (task.format !== 'native' || !findTask(context, task.id, 'native', view.now, owner)) continue;
    if (status !== null && task.status !== status) continue;
    if (idSet && !idSet.has(task.id)) continue;
    if (model !== null && task.modelName !== model && task.versioned !== model) continue;
    matching.push(task);
  }
  // Newest first; the store keeps creation order, so reversing keeps ties stable.
  matching.reverse();
  const items = matching.slice((pageNum - 1) * pageSize, pageNum * pageSize).map((task) => nativeView(task, view));
  return { status: 200, json: { items, total: matching.length } };
}

function pageParam(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 500) throw invalid(name, `${name} must be an integer 1..500; got ${JSON.stringify(raw)}.`);
  return value;
}

/** DELETE: queued -> cancelled; running or cancelled -> refused; finished -> the record is deleted. */
export function deleteRoute(context: SimContext, id: string, now: number, owner?: string): Reply {
  const task = requireTask(context, 'native', id, now, owner);
  if (task.status === 'queued') {
    context.engine.cancel(task, now);
  } else if (task.status === 'running' || task.status === 'cancelled') {
    throw new ApiFailure(409, NOT_CANCELLABLE_CODE, `The task ${id} is ${task.status}: ${task.status === 'running' ? 'a running task cannot be cancelled; wait for it to finish, then delete its record' : 'it is already cancelled'}.`, 'id');
  } else {
    context.store.delete(id);
  }
  return { status: 200, json: {} };
}
