// The OpenAI-compatible wire format (API.md section 2): its video object mapped onto TaskInfo.
import { SeedanceError } from '../core/errors.js';
import { parseSize } from '../models.js';
import type { TaskInfo, TaskStatus } from './types.js';
import { num, str, usageTokens, type Raw } from './wire-values.js';

export const OPENAI_VIDEOS_PATH = '/v1/videos';

export function openAiVideoPath(id: string): string {
  return `${OPENAI_VIDEOS_PATH}/${encodeURIComponent(id)}`;
}

export function openAiContentPath(id: string): string {
  return `${openAiVideoPath(id)}/content`;
}

const STATUS_MAP: Record<string, TaskStatus> = {
  queued: 'queued',
  in_progress: 'running',
  processing: 'running', // the gateway's docs also show this
  completed: 'succeeded',
  failed: 'failed',
  expired: 'expired',
  cancelled: 'cancelled',
};

export function parseOpenAiVideo(json: unknown): TaskInfo {
  const raw = (json ?? {}) as Raw;
  const id = str(raw.id);
  const status = STATUS_MAP[str(raw.status) ?? ''];
  if (!id || !status) {
    throw new SeedanceError('api.protocol', `A video object from the service lacks a valid id or status (status: ${JSON.stringify(raw.status)}).`, {
      hint: 'Check that base_url points at an OpenAI-compatible /v1/videos service, or use api: native.',
    });
  }
  const info: TaskInfo = { id, status };
  const meta = (raw.meta_data ?? {}) as Raw;
  const size = parseSize(str(raw.size) ?? '');
  const seconds = Number(raw.seconds);
  const error = raw.error as Raw | null | undefined;
  const progress = num(raw.progress);
  info.progress = progress ?? (status === 'succeeded' ? 100 : 0);
  if (str(raw.model)) info.model = str(raw.model) as string;
  if (size) [info.width, info.height] = size;
  if (str(raw.size)) info.resolution = str(raw.size) as string;
  if (Number.isFinite(seconds) && raw.seconds !== undefined) info.duration = seconds;
  if (str(meta.url)) info.videoUrl = str(meta.url) as string;
  if (num(raw.expires_at) !== undefined) info.expiresAt = num(raw.expires_at) as number;
  if (num(raw.created_at) !== undefined) info.createdAt = num(raw.created_at) as number;
  const tokens = usageTokens(raw.usage);
  if (tokens !== undefined) info.tokens = tokens;
  if (error && typeof error === 'object') info.error = { code: str(error.code) ?? 'Unknown', message: str(error.message) ?? '' };
  return info;
}
