// Checks on the media bytes a request names, once read: image format and size (each side
// 300..6000 px, aspect 0.4..2.5, under 30 MB, or 4 MB on the brief's gateway), reference clips
// 2..15 s each and at most 15 s together. What cannot be read is kept as a placeholder.
import { GATEWAY_MEDIA_BYTES, IMAGE_ASPECT, IMAGE_SIDE, MAX_IMAGE_BYTES, REFERENCE_CLIP_SECONDS } from '../models.js';
import { runFfprobe } from '../media/ffmpeg.js';
import { invalid } from './api-error.js';
import { extensionOf, imageInfo } from './image-info.js';
import { fetchInput, storeInput, type InputReader } from './inputs.js';
import type { MediaKind, MediaRef, MediaRole } from './request.js';

export type InputSource = { kind: 'file'; path: string; sha: string } | { kind: 'placeholder'; label: string; reason: string };

export interface ResolvedMedia {
  kind: MediaKind;
  role: MediaRole;
  source: InputSource;
  width?: number;
  height?: number;
  seconds?: number;
}

/**
 * An unreachable reference video counts as 3 s: then the brief's reference-to-video example bills
 * the 173,700 tokens its answer shows (5 s of 720p plus 3 s of input video).
 */
const PLACEHOLDER_VIDEO_SECONDS = 3;

export async function resolveMedia(media: readonly MediaRef[], options: { reader: InputReader; inputsDir: string; gatewayLimits: boolean }): Promise<ResolvedMedia[]> {
  const resolved = await Promise.all(media.map((ref) => resolveOne(ref, options)));
  for (const kind of ['video', 'audio'] as const) {
    const total = resolved.filter((m) => m.kind === kind).reduce((sum, m) => sum + (m.seconds ?? 0), 0);
    if (total > REFERENCE_CLIP_SECONDS.total + 0.05) {
      throw invalid('content', `The reference ${kind} clips last ${total.toFixed(1)} s together; at most ${REFERENCE_CLIP_SECONDS.total} s are allowed.`);
    }
  }
  return resolved;
}

async function resolveOne(ref: MediaRef, options: { reader: InputReader; inputsDir: string; gatewayLimits: boolean }): Promise<ResolvedMedia> {
  const fetched = await fetchInput(ref.url, ref.param, options.reader);
  const base = { kind: ref.kind, role: ref.role };
  if (!fetched.ok) {
    const placeholder: ResolvedMedia = { ...base, source: { kind: 'placeholder', label: ref.url.slice(0, 200), reason: fetched.reason } };
    if (ref.kind === 'video') placeholder.seconds = PLACEHOLDER_VIDEO_SECONDS;
    return placeholder;
  }
  const { bytes } = fetched;
  if (options.gatewayLimits && ref.kind !== 'audio' && bytes.length >= GATEWAY_MEDIA_BYTES) {
    throw invalid(ref.param, `${ref.param} is ${megabytes(bytes.length)}; each image and video must be under 4 MB here.`);
  }
  if (ref.kind === 'image') {
    const info = imageInfo(bytes);
    if (!info) throw invalid(ref.param, `${ref.param} is not an image in a supported format (jpeg, png, webp, bmp, tiff, gif).`);
    if (bytes.length >= MAX_IMAGE_BYTES) throw invalid(ref.param, `${ref.param} is ${megabytes(bytes.length)}; images must be under 30 MB.`);
    const { width, height } = info;
    if (Math.min(width, height) < IMAGE_SIDE.min || Math.max(width, height) > IMAGE_SIDE.max) {
      throw invalid(ref.param, `${ref.param} is ${width}x${height}; each side must be ${IMAGE_SIDE.min}..${IMAGE_SIDE.max} px.`);
    }
    const aspect = width / height;
    if (aspect < IMAGE_ASPECT.min || aspect > IMAGE_ASPECT.max) {
      throw invalid(ref.param, `${ref.param} is ${width}x${height} (aspect ${aspect.toFixed(2)}); the aspect ratio must be ${IMAGE_ASPECT.min}..${IMAGE_ASPECT.max}.`);
    }
    const stored = await storeInput(options.inputsDir, bytes, extensionOf(info.format));
    return { ...base, source: { kind: 'file', ...stored }, width, height };
  }
  const stored = await storeInput(options.inputsDir, bytes, ref.kind === 'video' ? 'video' : 'audio');
  const seconds = await probeSeconds(stored.path, ref);
  if (seconds < REFERENCE_CLIP_SECONDS.min - 0.05 || seconds > REFERENCE_CLIP_SECONDS.max + 0.05) {
    throw invalid(ref.param, `${ref.param} lasts ${seconds.toFixed(1)} s; each reference ${ref.kind} must last ${REFERENCE_CLIP_SECONDS.min}..${REFERENCE_CLIP_SECONDS.max} s.`);
  }
  return { ...base, source: { kind: 'file', ...stored }, seconds };
}

async function probeSeconds(path: string, ref: MediaRef): Promise<number> {
  let text: string;
  try {
    text = (await runFfprobe(['-show_entries', 'format=duration', '-of', 'csv=p=0', path])).toString('utf8').trim();
  } catch {
    throw invalid(ref.param, `${ref.param} is not a readable ${ref.kind} file.`);
  }
  const seconds = Number(text);
  if (!Number.isFinite(seconds)) throw invalid(ref.param, `${ref.param} is not a readable ${ref.kind} file (no duration).`);
  return seconds;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
