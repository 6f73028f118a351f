// Result files: the signed URLs of both formats and the OpenAI format's /content endpoint. Also
// the simulator's own reader of its URLs, used when a request names one as an input.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiFailure } from './api-error.js';
import { requireTask } from './api-routes.js';
import { findTask, type SimContext } from './context.js';
import { isLoopbackHost, type Fetched, type InputReader } from './inputs.js';
import { serveFile } from './serve-file.js';
import { FILES_PREFIX, type SignedFile } from './signing.js';
import type { TaskRecord } from './task-record.js';

/** The path of a task's file, or why there is none. */
async function fileOf(context: SimContext, task: TaskRecord | undefined, file: SignedFile['file']): Promise<string> {
  if (!task || task.status !== 'succeeded') throw new ApiFailure(404, 'NotFound', 'The file no longer exists: its task was deleted or has not succeeded.');
  const files = await context.engine.filesOf(task);
  const path = file === 'video.mp4' ? files.video : files.lastFrame;
  if (!path) throw new ApiFailure(404, 'NotFound', 'This task has no last frame: it was created without return_last_frame.');
  return path;
}

/** GET or HEAD of a signed file URL (no API key: the signature is the permission). */
export async function signedFileRoute(context: SimContext, req: IncomingMessage, res: ServerResponse, url: URL, signal: AbortSignal): Promise<void> {
  const now = Date.now();
  const checked = context.signer.verify(url.pathname, url.searchParams, now);
  if (!checked.ok) throw new ApiFailure(checked.status, checked.status === 403 ? 'AccessDenied' : 'NotFound', checked.reason);
  const task = context.store.get(checked.file.taskId);
  const path = await fileOf(context, task, checked.file.file);
  const fault = context.faults.pick('download', { endpoint: 'download', format: task?.format ?? 'native', prompt: task?.prompt ?? '' });
  await serveFile(req, res, path, {
    contentType: checked.file.file === 'video.mp4' ? 'video/mp4' : 'image/png',
    fault,
    signal,
    onBytes: (count) => (context.stats.bytesServed += count),
  });
}

/** GET /v1/videos/{id}/content: the MP4 once completed, an error body before. */
export async function openAiContentRoute(context: SimContext, req: IncomingMessage, res: ServerResponse, id: string, signal: AbortSignal): Promise<void> {
  const task = requireTask(context, 'openai', id, Date.now());
  if (task.status !== 'succeeded') {
    throw new ApiFailure(409, 'VideoNotReady', `The video ${id} is ${task.status === 'running' ? 'in_progress' : task.status}; GET /v1/videos/${id} until its status is completed, then download it.`, 'id');
  }
  const path = await fileOf(context, task, 'video.mp4');
  const fault = context.faults.pick('download', { endpoint: 'download', format: 'openai', prompt: task.prompt });
  await serveFile(req, res, path, { contentType: 'video/mp4', fault, signal, onBytes: (count) => (context.stats.bytesServed += count) });
}

/** Reads the simulator's own file URLs directly (a chained first frame), as the service would fetch them. */
export function ownReader(context: () => SimContext, port: () => number, host: string): InputReader {
  return {
    async readOwn(url: URL): Promise<Fetched | undefined> {
      const samePort = Number(url.port || (url.protocol === 'https:' ? 443 : 80)) === port();
      const ours = samePort && (isLoopbackHost(url.hostname) || url.hostname === host);
      if (!ours || !url.pathname.startsWith(FILES_PREFIX)) return undefined;
      const ctx = context();
      const checked = ctx.signer.verify(url.pathname, url.searchParams, Date.now());
      if (!checked.ok) return { ok: false, reason: `GET ${url.pathname} answered HTTP ${checked.status}: ${checked.reason}` };
      const task = ctx.store.get(checked.file.taskId);
      try {
        const path = await fileOf(ctx, task && findTask(ctx, task.id, task.format, Date.now()), checked.file.file);
        return { ok: true, bytes: await readFile(path) };
      } catch (error) {
        return { ok: false, reason: `GET ${url.pathname} failed: ${(error as Error).message}` };
      }
    },
  };
}
