// The exact wire body of a shot's create request, for the manifest's format (API.md sections 1
// and 2). Pure and deterministic: the same manifest, shot and resolver give the same bytes, which
// is what lets the runner fingerprint a shot by hashing this body.
import { NATIVE_TASKS_PATH } from '../api/native-format.js';
import { OPENAI_VIDEOS_PATH } from '../api/openai-format.js';
import type { MediaSlot, MediaSource, ResolvedManifest, ResolvedShot } from '../manifest/types.js';
export const OPENAI_DEFAULT_SIZE = '1280x720';

export interface TaskRequest {
  method: 'POST';
  path: string;
  body: Record<string, unknown>;
}

/** Turns inputs into what the body carries: URLs, data URIs, placeholders, task ids. */
export interface InputResolver {
  media(source: MediaSource, slot: MediaSlot): string;
  /** The task id of a draft shot (for from_draft). */
  draftTask(shotId: string): string;
}

export function buildRequest(manifest: ResolvedManifest, shot: ResolvedShot, inputs: InputResolver): TaskRequest {
  return manifest.api === 'openai'
    ? { method: 'POST', path: OPENAI_VIDEOS_PATH, body: openAiBody(shot, inputs) }
    : { method: 'POST', path: NATIVE_TASKS_PATH, body: nativeBody(shot, inputs) };
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
    return body;
  }
  const body: Record<string, unknown> = {
    model: s.model,
    content: nativeContent(shot, inputs),
    resolution: s.resolution,
    ratio: s.ratio,
    duration: s.duration,
  };
  if (wrote('seed')) body.seed = s.seed;
  // Unknown models (ep-...) get generate_audio only when the user asked.
  if (shot.capabilities ? shot.capabilities.generateAudio : wrote('generateAudio')) body.generate_audio = s.generateAudio;
  if (s.watermark !== undefined) body.watermark = s.watermark;
  if (s.cameraFixed !== undefined) body.camera_fixed = s.cameraFixed;
  if (s.serviceTier !== undefined) body.service_tier = s.serviceTier;
  if (s.executionExpiresAfter !== undefined) body.execution_expires_after = s.executionExpiresAfter;
  if (s.returnLastFrame) body.return_last_frame = true;
  if (shot.draft) body.draft = true;
  return body;
}

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
