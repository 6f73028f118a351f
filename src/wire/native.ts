// The native wire format (API.md section 1): Volcengine/BytePlus tasks API.
import { SeedanceError } from '../core/errors.js';
import { EXECUTION_EXPIRES, findModel, framesSeconds } from '../models.js';
import type { MediaSlot, MediaSource, ResolvedShot } from '../manifest/types.js';
import type { TaskInfo, TaskStatus } from './task.js';
import { bool, num, str, usageTokens, type Raw } from './values.js';
import type { InputResolver, ListQuery, WireFormat } from './wire-format.js';

const TASKS_PATH = '/api/v3/contents/generations/tasks';
const STATUSES: ReadonlySet<string> = new Set(['queued', 'running', 'succeeded', 'failed', 'expired', 'cancelled']);
const HINT = 'Check that base_url points at a Seedance-compatible service.';

const taskPath = (id: string): string => `${TASKS_PATH}/${encodeURIComponent(id)}`;

export const native: WireFormat = {
  name: 'native',
  label: 'native',
  createPath: TASKS_PATH,
  taskPath,
  body: nativeBody,
  parseCreated,
  parseTask,
  list: { max: 500, path: listPath, parse: parseList, matchesLost },
  cancelPath: taskPath,
  returnsLastFrame: true,
};

function listPath(query: ListQuery): string {
  const params = new URLSearchParams({ page_num: String(query.pageNum), page_size: String(query.pageSize) });
  if (query.status) params.append('filter.status', query.status);
  for (const id of query.taskIds ?? []) params.append('filter.task_ids', id);
  return `${TASKS_PATH}?${params.toString()}`;
}

function nativeBody(shot: ResolvedShot, inputs: InputResolver): Record<string, unknown> {
  const s = shot.settings;
  const wrote = (key: keyof typeof s): boolean => shot.explicit.has(key);
  if (shot.fromDraft !== undefined) {
    // A final reuses the draft's prompt, media, seed, ratio, duration and audio: send only what a final may set.
    const body: Record<string, unknown> = {
      model: s.model,
      content: [{ type: 'draft_task', draft_task: { id: inputs.draftTask(shot.fromDraft) } }],
      resolution: s.resolution,
    };
    if (s.watermark !== undefined) body.watermark = s.watermark;
    if (s.serviceTier !== undefined) body.service_tier = s.serviceTier;
    if (s.executionExpiresAfter !== undefined) body.execution_expires_after = s.executionExpiresAfter;
    if (s.returnLastFrame) body.return_last_frame = true;
    passThrough(body, s);
    return body;
  }
  const body: Record<string, unknown> = {
    model: s.model,
    content: nativeContent(shot, inputs),
    resolution: s.resolution,
    ratio: s.ratio,
  };
  // `frames` (1.0 series) is sent instead of duration, never beside it.
  if (s.frames !== undefined) body.frames = s.frames;
  else body.duration = s.duration;
  if (wrote('seed')) body.seed = s.seed;
  // Unknown models (ep-...) get generate_audio only when the user asked.
  if (shot.capabilities ? shot.capabilities.generateAudio : wrote('generateAudio')) body.generate_audio = s.generateAudio;
  if (s.watermark !== undefined) body.watermark = s.watermark;
  if (s.cameraFixed !== undefined) body.camera_fixed = s.cameraFixed;
  if (s.serviceTier !== undefined) body.service_tier = s.serviceTier;
  if (s.executionExpiresAfter !== undefined) body.execution_expires_after = s.executionExpiresAfter;
  if (s.returnLastFrame) body.return_last_frame = true;
  if (shot.draft) body.draft = true;
  if (s.tools !== undefined) body.tools = s.tools.map((tool) => ({ type: tool.type }));
  passThrough(body, s);
  return body;
}

/**
 * Fields that change how the task is queued, reported or who it is for, never the video:
 * priority, safety_identifier and callback_url (seedance polls anyway). The fingerprint leaves
 * them out (NOT_FINGERPRINTED), so changing them remakes nothing.
 */
function passThrough(body: Record<string, unknown>, s: ResolvedShot['settings']): void {
  if (s.priority !== undefined) body.priority = s.priority;
  if (s.safetyIdentifier !== undefined) body.safety_identifier = s.safetyIdentifier;
  if (s.callbackUrl !== undefined) body.callback_url = s.callbackUrl;
}

/** Create-body fields that do not change the video: not part of a shot's fingerprint. */
export const NOT_FINGERPRINTED: ReadonlySet<string> = new Set(['priority', 'safety_identifier', 'callback_url']);

function nativeContent(shot: ResolvedShot, inputs: InputResolver): Record<string, unknown>[] {
  const content: Record<string, unknown>[] = [];
  if (shot.prompt !== undefined) content.push({ type: 'text', text: shot.prompt });
  const image = (source: MediaSource, slot: MediaSlot, role: string): Record<string, unknown> => ({ type: 'image_url', image_url: { url: inputs.media(source, slot) }, role });
  if (shot.firstFrame) content.push(image(shot.firstFrame, 'first_frame', 'first_frame'));
  if (shot.lastFrame) content.push(image(shot.lastFrame, 'last_frame', 'last_frame'));
  for (const source of shot.referenceImages) content.push(image(source, 'reference_images', 'reference_image'));
  for (const source of shot.referenceVideos) content.push({ type: 'video_url', video_url: { url: inputs.media(source, 'reference_videos') }, role: 'reference_video' });
  for (const source of shot.referenceAudio) content.push({ type: 'audio_url', audio_url: { url: inputs.media(source, 'reference_audio') }, role: 'reference_audio' });
  return content;
}

function parseCreated(json: unknown): string {
  const id = (json as { id?: unknown } | undefined)?.id;
  if (typeof id !== 'string' || id.length === 0) throw new SeedanceError('api.protocol', 'The create answer has no task id.', { hint: HINT });
  return id;
}

function parseTask(json: unknown): TaskInfo {
  const raw = (json ?? {}) as Raw;
  const id = str(raw.id);
  const status = str(raw.status);
  if (!id || !status || !STATUSES.has(status)) {
    throw new SeedanceError('api.protocol', `A task object from the service lacks a valid id or status (status: ${JSON.stringify(raw.status)}).`, { hint: HINT });
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
  // A task made with `frames` lasts (frames - 1) / 24 s whatever whole duration it reports.
  const frames = num(raw.frames);
  if (frames !== undefined && frames > 1) info.duration = framesSeconds(frames);
  set('fps', num(raw.framespersecond));
  set('generateAudio', bool(raw.generate_audio));
  set('draft', bool(raw.draft));
  set('draftTaskId', str(raw.draft_task_id));
  set('serviceTier', str(raw.service_tier));
  set('executionExpiresAfter', num(raw.execution_expires_after));
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

function parseList(json: unknown): { items: TaskInfo[]; total: number } {
  const raw = (json ?? {}) as Raw;
  if (!Array.isArray(raw.items)) throw new SeedanceError('api.protocol', 'The list answer has no items array.', { hint: HINT });
  return { items: raw.items.map(parseTask), total: num(raw.total) ?? raw.items.length };
}

/**
 * The task object does not echo the prompt, so a task matches a create when every setting it
 * reports equals what was sent (the versioned model standing for its short name; a setting not
 * sent standing for the service's default).
 */
function matchesLost(body: Record<string, unknown>, task: TaskInfo): boolean {
  const sentModel = typeof body.model === 'string' ? body.model : '';
  const modelOk = sentModel.startsWith('ep-') || task.model === undefined || task.model === sentModel || task.model === findModel(sentModel)?.versioned;
  const same = (sent: unknown, got: unknown, skip: unknown[] = []): boolean => sent === undefined || skip.includes(sent) || got === undefined || sent === got;
  const draftTask = draftTaskIdOf(body);
  return (
    modelOk &&
    same(body.resolution, task.resolution) &&
    same(body.ratio, task.ratio, ['adaptive']) &&
    same(body.duration, task.duration, [-1]) &&
    same(body.seed, task.seed, [-1]) &&
    same(body.generate_audio, task.generateAudio) &&
    same(body.service_tier ?? 'default', task.serviceTier) &&
    same(body.execution_expires_after ?? EXECUTION_EXPIRES.default, task.executionExpiresAfter) &&
    Boolean(body.draft) === Boolean(task.draft) &&
    (draftTask === undefined || task.draftTaskId === draftTask)
  );
}

function draftTaskIdOf(body: Record<string, unknown>): string | undefined {
  if (!Array.isArray(body.content)) return undefined;
  for (const item of body.content as { type?: string; draft_task?: { id?: string } }[]) {
    if (item.type === 'draft_task') return item.draft_task?.id;
  }
  return undefined;
}
