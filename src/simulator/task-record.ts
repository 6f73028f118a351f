// A task as the simulator keeps it: plain data (it is persisted as JSON with stateDir), built
// from a validated request, its media and the seeds the simulator drew.
import { DEFAULT_RESOLUTION, FPS, estimateTokens, parseSize, videoSize, type FixedRatio, type Resolution } from '../models.js';
import type { WireFormat } from './api-error.js';
import type { RenderImage, RenderSpec } from './render-spec.js';
import type { GenerationRequest } from './request.js';
import type { ResolvedMedia } from './validate-media.js';

export type TaskStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'expired' | 'cancelled';
export const ACTIVE: ReadonlySet<TaskStatus> = new Set(['queued', 'running']);

/** How the task will end, decided at creation (faults, unreachable inputs in strict mode). */
export type PlannedEnd = { kind: 'succeed' } | { kind: 'fail'; code: string; message: string } | { kind: 'expire' };

export interface TaskRecord {
  id: string;
  format: WireFormat;
  /** The model name as sent, and the versioned model the service reports. */
  modelName: string;
  versioned: string;
  status: TaskStatus;
  /** ms timestamps. */
  createdAt: number;
  updatedAt: number;
  startedAt?: number;
  finishedAt?: number;
  queuedMs: number;
  runningMs: number;
  prompt: string;
  seed: number;
  resolution?: string;
  ratio?: string;
  size?: string;
  duration: number;
  frames?: number;
  width: number;
  height: number;
  generateAudio: boolean;
  watermark: boolean;
  returnLastFrame: boolean;
  serviceTier: string;
  executionExpiresAfter: number;
  draft: boolean;
  draftTaskId?: string;
  /** Stored and echoed; the simulator never calls it (it makes no outbound requests). */
  callbackUrl?: string;
  /** The label of the key that created it (never the key): limits are kept per key. */
  owner?: string;
  /** 0..9: a queued task of higher priority starts first (within one model's queue). */
  priority?: number;
  /** Searches made for `tools: [{ type: web_search }]` (usage.tool_usage.web_search). */
  webSearches?: number;
  safetyIdentifier?: string;
  tokens: number;
  media: ResolvedMedia[];
  planned: PlannedEnd;
  render: RenderSpec;
  error?: { code: string; message: string };
  /** Set once the video is made; files live in the render cache. */
  files?: { video: string; lastFrame?: string };
}

export interface TaskDraft {
  request: GenerationRequest;
  media: ResolvedMedia[];
  seed: number;
  /** The settled duration (a -1 request resolved from the seed). */
  duration: number;
  ratio?: string;
  resolution?: Resolution;
}

/** Width and height of a request: the OpenAI size, or the model's table cell. */
function pixelSize(draft: TaskDraft): [number, number] {
  const { request } = draft;
  if (request.size) return parseSize(request.size) as [number, number];
  const size = videoSize(request.model, draft.resolution ?? DEFAULT_RESOLUTION, (draft.ratio ?? '16:9') as FixedRatio);
  if (!size) throw new Error(`no size for ${request.model.id} ${draft.resolution} ${draft.ratio}`);
  return [size[0], size[1]];
}

export function buildTask(draft: TaskDraft, fields: { id: string; now: number; queuedMs: number; runningMs: number; planned: PlannedEnd }): TaskRecord {
  const { request, media } = draft;
  const [width, height] = pixelSize(draft);
  const frames = request.frames ?? draft.duration * FPS;
  const inputVideoSeconds = request.model.billsInputVideo ? media.filter((m) => m.kind === 'video').reduce((sum, m) => sum + (m.seconds ?? 0), 0) : 0;
  const task: TaskRecord = {
    id: fields.id,
    format: request.format,
    modelName: request.modelName,
    versioned: request.model.versioned,
    status: 'queued',
    createdAt: fields.now,
    updatedAt: fields.now,
    queuedMs: fields.queuedMs,
    runningMs: fields.runningMs,
    prompt: request.prompt,
    seed: draft.seed,
    duration: draft.duration,
    width,
    height,
    generateAudio: request.generateAudio,
    watermark: request.watermark,
    returnLastFrame: request.returnLastFrame,
    serviceTier: request.serviceTier,
    executionExpiresAfter: request.executionExpiresAfter,
    draft: request.draft,
    tokens: estimateTokens(width, height, frames / FPS, { inputVideoSeconds: Math.round(inputVideoSeconds), draft: request.draft, audio: request.generateAudio, ...(request.frames !== undefined ? { frames: request.frames } : {}) }),
    media,
    planned: fields.planned,
    render: renderSpecOf(draft, width, height, frames),
  };
  if (draft.resolution) task.resolution = draft.resolution;
  if (draft.ratio) task.ratio = draft.ratio;
  if (request.size) task.size = request.size;
  if (request.frames !== undefined) task.frames = request.frames;
  if (request.draftTaskId) task.draftTaskId = request.draftTaskId;
  if (request.callbackUrl) task.callbackUrl = request.callbackUrl;
  if (request.priority !== undefined) task.priority = request.priority;
  // A small count fixed by the seed: 1 to 3 searches.
  if (request.webSearch) task.webSearches = 1 + (draft.seed % 3);
  if (request.safetyIdentifier !== undefined) task.safetyIdentifier = request.safetyIdentifier;
  return task;
}

function renderSpecOf(draft: TaskDraft, width: number, height: number, frames: number): RenderSpec {
  const spec: RenderSpec = {
    width,
    height,
    frames,
    audio: draft.request.generateAudio,
    prompt: draft.request.prompt,
    seed: draft.seed,
    watermark: draft.request.watermark,
  };
  const image = (role: 'first_frame' | 'last_frame'): RenderImage | undefined => {
    const found = draft.media.find((m) => m.role === role);
    if (!found) return undefined;
    return found.source.kind === 'file' ? { kind: 'file', path: found.source.path, sha: found.source.sha } : { kind: 'placeholder', label: found.source.label };
  };
  const first = image('first_frame');
  const last = image('last_frame');
  if (first) spec.first = first;
  if (last) spec.last = last;
  return spec;
}
