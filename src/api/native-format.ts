// The native wire format (API.md section 1): paths and the mapping of its task object.
import { SeedanceError } from '../core/errors.js';
import type { TaskInfo, TaskStatus } from './types.js';
import { bool, num, str, usageTokens, type Raw } from './wire-values.js';

export const NATIVE_TASKS_PATH = '/api/v3/contents/generations/tasks';
/** The list endpoint's largest page and largest filter.task_ids count. */
export const NATIVE_LIST_MAX = 500;

const STATUSES: ReadonlySet<string> = new Set(['queued', 'running', 'succeeded', 'failed', 'expired', 'cancelled']);

export function nativeTaskPath(id: string): string {
  return `${NATIVE_TASKS_PATH}/${encodeURIComponent(id)}`;
}

export function nativeListPath(query: { pageNum: number; pageSize: number; taskIds?: readonly string[]; status?: TaskStatus }): string {
  const params = new URLSearchParams({ page_num: String(query.pageNum), page_size: String(query.pageSize) });
  if (query.status) params.append('filter.status', query.status);
  for (const id of query.taskIds ?? []) params.append('filter.task_ids', id);
  return `${NATIVE_TASKS_PATH}?${params.toString()}`;
}

export function parseNativeCreated(json: unknown): string {
  const id = (json as { id?: unknown } | undefined)?.id;
  if (typeof id !== 'string' || id.length === 0) {
    throw new SeedanceError('api.protocol', 'The create answer has no task id.', { hint: 'Check that base_url points at a Seedance-compatible service.' });
  }
  return id;
}

export function parseNativeTask(json: unknown): TaskInfo {
  const raw = (json ?? {}) as Raw;
  const id = str(raw.id);
  const status = str(raw.status);
  if (!id || !status || !STATUSES.has(status)) {
    throw new SeedanceError('api.protocol', `A task object from the service lacks a valid id or status (status: ${JSON.stringify(raw.status)}).`, {
      hint: 'Check that base_url points at a Seedance-compatible service.',
    });
  }
  const content = (raw.content ?? {}) as Raw;
  const error = raw.error as Raw | null | undefined;
  const info: TaskInfo = { id, status: status as TaskStatus };
  const set = <K extends keyof TaskInfo>(key: K, value: TaskInfo[K] | undefined): void => {
    if (value !== undefined) info[key] = value;
  };
  set('model', str(raw.model));
  set('seed', num(raw.seed));
  set('resolution', str(raw.resolution));
  set('ratio', str(raw.ratio));
  set('duration', num(raw.duration));
  set('fps', num(raw.framespersecond));
  set('generateAudio', bool(raw.generate_audio));
  set('draft', bool(raw.draft));
  set('draftTaskId', str(raw.draft_task_id));
  set('videoUrl', str(content.video_url));
  set('lastFrameUrl', str(content.last_frame_url));
  set('tokens', usageTokens(raw.usage));
  set('createdAt', num(raw.created_at));
  set('updatedAt', num(raw.updated_at));
  if (error && typeof error === 'object') {
    info.error = { code: str(error.code) ?? 'Unknown', message: str(error.message) ?? '' };
  }
  // The native format reports no progress; only the ends are certain.
  if (status === 'succeeded') info.progress = 100;
  else if (status === 'queued') info.progress = 0;
  return info;
}

export function parseNativeList(json: unknown): { items: TaskInfo[]; total: number } {
  const raw = (json ?? {}) as Raw;
  if (!Array.isArray(raw.items)) {
    throw new SeedanceError('api.protocol', 'The list answer has no items array.', { hint: 'Check that base_url points at a Seedance-compatible service.' });
  }
  return { items: raw.items.map(parseNativeTask), total: num(raw.total) ?? raw.items.length };
}
