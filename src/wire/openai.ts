// The OpenAI-compatible wire format (API.md section 2): a /v1/videos gateway. It has no list and
// no cancel, and streams the video from the API itself.
import { SeedanceError } from '../core/errors.js';
import { parseSize } from '../models.js';
import type { ResolvedShot } from '../manifest/types.js';
import type { TaskInfo, TaskStatus } from './task.js';
import { num, str, usageTokens, type Raw } from './values.js';
import type { InputResolver, WireFormat } from './wire-format.js';

export const OPENAI_DEFAULT_SIZE = '1280x720';
const VIDEOS_PATH = '/v1/videos';

const videoPath = (id: string): string => `${VIDEOS_PATH}/${encodeURIComponent(id)}`;

export const openai: WireFormat = {
  name: 'openai',
  label: 'OpenAI-compatible',
  createPath: VIDEOS_PATH,
  taskPath: videoPath,
  body: openAiBody,
  // The create answer is the video object itself.
  parseCreated: (json) => parseVideo(json).id,
  parseTask: parseVideo,
  contentPath: (id) => `${videoPath(id)}/content`,
  returnsLastFrame: false,
};

function openAiBody(shot: ResolvedShot, inputs: InputResolver): Record<string, unknown> {
  const s = shot.settings;
  const body: Record<string, unknown> = {
    prompt: shot.prompt ?? '',
    model: s.model,
    duration: s.duration,
    size: s.size ?? OPENAI_DEFAULT_SIZE,
  };
  if (shot.firstFrame) {
    body.mode = 'i2v';
    body.images = [inputs.media(shot.firstFrame, 'first_frame'), ...(shot.lastFrame ? [inputs.media(shot.lastFrame, 'last_frame')] : [])];
  } else if (shot.referenceImages.length > 0 || shot.referenceVideos.length > 0) {
    body.mode = 'r2v';
    if (shot.referenceImages.length > 0) body.images = shot.referenceImages.map((source) => inputs.media(source, 'reference_images'));
    if (shot.referenceVideos.length > 0) body.videos = shot.referenceVideos.map((source) => inputs.media(source, 'reference_videos'));
  }
  return body;
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

function parseVideo(json: unknown): TaskInfo {
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
