// A task as each wire format shows it: the native task object (API.md section 1) and the
// OpenAI-compatible video object (section 2). Each view hands out freshly signed URLs.
import { FPS } from '../models.js';
import type { UrlSigner } from './signing.js';
import type { TaskRecord } from './task-record.js';

export interface ViewContext {
  baseUrl: string;
  signer: UrlSigner;
  now: number;
}

const seconds = (ms: number): number => Math.floor(ms / 1000);

export function nativeView(task: TaskRecord, context: ViewContext): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: task.id,
    model: task.versioned,
    status: task.status,
    error: task.status === 'failed' || task.status === 'expired' ? (task.error ?? errorFor(task)) : null,
    created_at: seconds(task.createdAt),
    updated_at: seconds(task.updatedAt),
  };
  if (task.status === 'succeeded') {
    const content: Record<string, string> = { video_url: context.signer.sign(context.baseUrl, { taskId: task.id, file: 'video.mp4' }, context.now).url };
    if (task.returnLastFrame) content.last_frame_url = context.signer.sign(context.baseUrl, { taskId: task.id, file: 'last_frame.png' }, context.now).url;
    view.content = content;
  }
  Object.assign(view, {
    seed: task.seed,
    resolution: task.resolution,
    ratio: task.ratio,
    duration: task.duration,
    ...(task.frames !== undefined ? { frames: task.frames } : {}),
    framespersecond: FPS,
    generate_audio: task.generateAudio,
    ...(task.draft ? { draft: true } : {}),
    ...(task.draftTaskId ? { draft_task_id: task.draftTaskId } : {}),
    service_tier: task.serviceTier,
    execution_expires_after: task.executionExpiresAfter,
    ...(task.priority !== undefined ? { priority: task.priority } : {}),
    ...(task.safetyIdentifier !== undefined ? { safety_identifier: task.safetyIdentifier } : {}),
    ...(task.callbackUrl !== undefined ? { callback_url: task.callbackUrl } : {}),
  });
  // Only succeeded tasks are billed.
  if (task.status === 'succeeded') {
    view.usage = { completion_tokens: task.tokens, total_tokens: task.tokens, ...(task.webSearches !== undefined ? { tool_usage: { web_search: task.webSearches } } : {}) };
  }
  return view;
}

const OPENAI_STATUS: Record<TaskRecord['status'], string> = {
  queued: 'queued',
  running: 'in_progress',
  succeeded: 'completed',
  failed: 'failed',
  // The OpenAI-compatible format has four states; an expired or cancelled task reads as failed.
  expired: 'failed',
  cancelled: 'failed',
};

export function openAiView(task: TaskRecord, context: ViewContext): Record<string, unknown> {
  const status = OPENAI_STATUS[task.status];
  const view: Record<string, unknown> = {
    id: task.id,
    object: 'video',
    status,
    progress: progressOf(task, context.now),
    created_at: seconds(task.createdAt),
    model: task.modelName,
    seconds: String(task.duration),
    size: task.size ?? `${task.width}x${task.height}`,
    error: status === 'failed' ? (task.error ?? errorFor(task)) : null,
  };
  if (task.status === 'succeeded') {
    const signed = context.signer.sign(context.baseUrl, { taskId: task.id, file: 'video.mp4' }, context.now);
    view.completed_at = seconds(task.finishedAt ?? task.updatedAt);
    view.meta_data = { url: signed.url };
    view.expires_at = signed.expiresAt;
  }
  return view;
}

/** 0 while queued, rising while running (never 100 before the end), 100 when done. */
function progressOf(task: TaskRecord, now: number): number {
  if (task.status === 'queued') return 0;
  if (task.status === 'running') {
    const started = task.startedAt ?? now;
    const fraction = task.runningMs <= 0 ? 0.99 : (now - started) / task.runningMs;
    return Math.max(1, Math.min(99, Math.floor(fraction * 100)));
  }
  return task.status === 'succeeded' ? 100 : 0;
}

function errorFor(task: TaskRecord): { code: string; message: string } {
  if (task.status === 'expired') return { code: 'TaskExpired', message: `The task was still queued or running after execution_expires_after (${task.executionExpiresAfter} s).` };
  if (task.status === 'cancelled') return { code: 'TaskCancelled', message: 'The task was cancelled before it started.' };
  return { code: 'InternalServiceError', message: 'The task failed.' };
}
