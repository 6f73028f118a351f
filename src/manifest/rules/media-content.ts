// Checks of one media file's content against the service's limits: kind by magic bytes, image
// format, pixel size and aspect, byte size (30 MB, 4 MB on the gateway's models), audio length.
import { GATEWAY_MEDIA_BYTES, IMAGE_ASPECT, IMAGE_FORMATS, IMAGE_SIDE, MAX_IMAGE_BYTES, REFERENCE_CLIP_SECONDS, type ModelCapabilities } from '../../models.js';
import type { DiagnosticCollector } from '../collector.js';
import { mb } from '../../core/format.js';
import type { NodePath } from '../diagnostic.js';
import type { FileFacts } from '../file-probe.js';
import type { MediaKind } from '../media-sniff.js';
import type { MediaSlot } from '../types.js';

export function expectedKind(slot: MediaSlot): MediaKind {
  if (slot === 'reference_audio') return 'audio';
  if (slot === 'reference_videos') return 'video';
  return 'image';
}

export interface ContentCheck {
  out: DiagnosticCollector;
  facts: Extract<FileFacts, { ok: true }>;
  /** "`assets/cup.png` (reference_images of shot `tea-ad`)" */
  label: string;
  path: NodePath;
  expected: MediaKind;
  slotName: string;
  local: boolean;
  capabilities: ModelCapabilities | undefined;
  /** Reference clips must last 2..15 s; a music bed may last any time. */
  clipLimits?: boolean;
}

/** Returns the audio length in seconds when it is known and the file is acceptable audio. */
export function checkContent(c: ContentCheck): number | undefined {
  const { out, facts, label, path } = c;
  const sniffed = facts.sniffed;
  if (!sniffed) {
    out.error('unknown-media-type', `${label} is not an image, audio or video file that seedance recognises (judged by its content, not its name). ${c.slotName} needs ${article(c.expected)}.`, path);
    return undefined;
  }
  if (sniffed.kind === 'video' && c.local) {
    out.error(
      'local-video',
      `${label} is a local video file (${sniffed.format}). The service takes videos only as http(s) URLs or asset:// ids, never uploaded or as base64: put the file somewhere it can be fetched and use that URL, or use \`{ shot: ID }\` to reference one of this storyboard's own clips.`,
      path,
    );
    return undefined;
  }
  if (sniffed.kind !== c.expected) {
    out.error('wrong-media-kind', `${label} is ${article(sniffed.kind)} (${sniffed.format}), but ${c.slotName} needs ${article(c.expected)}.${moveHint(sniffed.kind)}`, path);
    return undefined;
  }
  if (sniffed.kind === 'image') checkImage(c, sniffed.format);
  if (sniffed.kind === 'audio') return checkAudio(c, sniffed.format);
  // Every audio format sniff() recognises (mp3, wav, aac, m4a, ogg, flac) is one the service takes.
  return undefined;
}

function checkImage(c: ContentCheck, format: string): void {
  const { out, facts, label, path } = c;
  if (!(IMAGE_FORMATS as readonly string[]).includes(format)) {
    out.error('image-format', `${label} is a ${format} image; the service takes ${IMAGE_FORMATS.join(', ')}. Convert it (e.g. \`ffmpeg -i in.${format} out.png\`).`, path);
    return;
  }
  const limit = c.capabilities?.gatewayLimits ? GATEWAY_MEDIA_BYTES : MAX_IMAGE_BYTES;
  if (facts.bytes > limit) {
    out.error('file-too-large', `${label} is ${mb(facts.bytes)}; ${c.capabilities?.gatewayLimits ? `${c.capabilities.id} (the gateway) takes images up to ${mb(limit)}` : `images must be under ${mb(limit)}`}. Compress or scale it down, or upload it and use its URL.`, path);
  }
  const d = facts.dimensions;
  if (!d) {
    out.warning('image-size-unknown', `${label}: the pixel size could not be read from the ${format} header, so the 300..6000 px limit was not checked.`, path);
    return;
  }
  if (Math.min(d.width, d.height) < IMAGE_SIDE.min || Math.max(d.width, d.height) > IMAGE_SIDE.max) {
    out.error('image-size', `${label} is ${d.width}x${d.height} px; each side must be ${IMAGE_SIDE.min}..${IMAGE_SIDE.max} px. Scale it (e.g. \`ffmpeg -i in.${format} -vf scale=1280:-2 out.png\`).`, path);
  }
  const aspect = d.width / d.height;
  if (aspect < IMAGE_ASPECT.min || aspect > IMAGE_ASPECT.max) {
    out.error('image-aspect', `${label} is ${d.width}x${d.height} px, an aspect ratio of ${aspect.toFixed(2)}; the service takes ${IMAGE_ASPECT.min}..${IMAGE_ASPECT.max}. Crop it.`, path);
  }
}

function checkAudio(c: ContentCheck, format: string): number | undefined {
  const { out, facts, label, path } = c;
  const seconds = facts.seconds;
  if (seconds === undefined || c.clipLimits === false) return seconds;
  const { min, max } = REFERENCE_CLIP_SECONDS;
  if (seconds < min - 0.05 || seconds > max + 0.05) {
    const fix = seconds > max ? `Cut it (e.g. \`ffmpeg -i in.${format} -t ${max} out.${format}\`).` : `Use a clip of at least ${min} s.`;
    out.error('audio-duration', `${label} lasts ${seconds.toFixed(1)} s; each reference audio clip must last ${min}..${max} s. ${fix}`, path);
  }
  return seconds;
}

function moveHint(kind: MediaKind): string {
  if (kind === 'image') return ' Move it to `first_frame` or `reference_images`.';
  if (kind === 'audio') return ' Move it to `reference_audio`.';
  return '';
}

function article(kind: MediaKind): string {
  return kind === 'image' ? 'an image' : kind === 'audio' ? 'audio' : 'a video';
}
