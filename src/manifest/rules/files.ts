// Local files and data URIs the shots use: they exist, are readable, and are what their slot
// needs by content. Then the per-shot sums: reference clip seconds and the whole request size.
import { MAX_REQUEST_BYTES, REFERENCE_CLIP_SECONDS } from '../../models.js';
import { secondsText } from '../describe.js';
import { probeBuffer, type FileFacts } from '../file-probe.js';
import { mb, plural } from '../../core/format.js';
import type { MediaRef } from '../resolve-media.js';
import type { MediaSource, ResolvedShot } from '../types.js';
import { shotLabel, shotTitle, shotPath, type Rule, type RuleContext } from './context.js';
import { checkContent, expectedKind } from './media-content.js';

/** Room for the JSON around the media and prompt. */
const BODY_OVERHEAD = 4096;

export const mediaFiles: Rule = async (ctx) => {
  // Files outside the project were reported by filesInProject and are never opened.
  const entries = [...ctx.media].filter(([source]) => (source.kind === 'file' && !ctx.outside.has(source.path)) || source.kind === 'data');
  // Probe every distinct file at once; report in manifest order.
  const facts = await Promise.all(entries.map(([source]) => (source.kind === 'file' ? ctx.files.probe(source.path) : Promise.resolve(dataFacts(source)))));
  const audio = new Map<number, { seconds: number; clips: number }>();
  entries.forEach(([source, ref], i) => {
    const seconds = checkOne(ctx, source, ref, facts[i]);
    if (seconds === undefined) return;
    const sum = audio.get(ref.shotIndex) ?? { seconds: 0, clips: 0 };
    audio.set(ref.shotIndex, { seconds: sum.seconds + seconds, clips: sum.clips + 1 });
  });
  for (const [index, { seconds: total, clips }] of audio) {
    const shot = ctx.manifest.shots[index];
    // One clip over the limit is already reported by itself.
    if (shot && clips > 1 && total > REFERENCE_CLIP_SECONDS.total + 0.05) {
      ctx.out.error('audio-total-duration', `${shotTitle(shot)}: the reference audio lasts ${total.toFixed(1)} s together; at most ${REFERENCE_CLIP_SECONDS.total} s are allowed. Use fewer or shorter clips.`, ['shots', index, 'reference_audio'], { key: true });
    }
  }
  for (const shot of ctx.manifest.shots) {
    referenceVideoSeconds(ctx, shot);
    requestSize(ctx, shot);
  }
};

function dataFacts(source: MediaSource): FileFacts {
  if (source.kind !== 'data') return { ok: false, problem: 'unreadable', detail: 'not data' };
  const comma = source.url.indexOf(',');
  return probeBuffer(Buffer.from(source.url.slice(comma + 1), 'base64'));
}

function checkOne(ctx: RuleContext, source: MediaSource, ref: MediaRef, facts: FileFacts | undefined): number | undefined {
  const shot = ctx.manifest.shots[ref.shotIndex];
  const slotName = `\`${ref.slot}\``;
  const owner = shot ? shotLabel(shot) : 'a shot';
  const label = source.kind === 'file' ? `File \`${source.relative}\` (${ref.slot} of ${owner})` : `The data URI in ${ref.slot} of ${owner}`;
  if (!facts) return undefined;
  if (!facts.ok) {
    const relative = source.kind === 'file' ? source.relative : '';
    if (facts.problem === 'missing') {
      ctx.out.error('file-missing', `${label} does not exist. Paths are relative to the manifest's folder: check the name and the folder.`, ref.path);
    } else if (facts.problem === 'not-a-file') {
      ctx.out.error('file-not-a-file', `${label} is ${facts.detail}, not a file. Name a file inside it, e.g. \`${relative.replace(/\/$/, '')}/picture.png\`.`, ref.path);
    } else {
      ctx.out.error('file-unreadable', `${label} cannot be read (${facts.detail}). Check its permissions.`, ref.path);
    }
    return undefined;
  }
  if (source.kind === 'file') {
    source.bytes = facts.bytes;
    if (facts.sniffed) source.mime = facts.sniffed.mime;
  }
  if (source.kind === 'data' && (source.mime.startsWith('video/') || facts.sniffed?.kind === 'video')) {
    ctx.out.error('data-uri-video', `${label} is a video as base64. The service takes videos only as http(s) URLs or asset:// ids: upload it and use that URL.`, ref.path);
    return undefined;
  }
  return checkContent({ out: ctx.out, facts, label, path: ref.path, expected: expectedKind(ref.slot), slotName, local: source.kind === 'file', capabilities: shot?.capabilities });
}

function referenceVideoSeconds(ctx: RuleContext, shot: ResolvedShot): void {
  let total = 0;
  shot.referenceVideos.forEach((source, i) => {
    const target = source.kind === 'shot' ? ctx.byId.get(source.shot) : undefined;
    const seconds = target && target.settings.duration > 0 ? target.settings.duration : undefined;
    if (seconds === undefined) return;
    total += seconds;
    const { min, max } = REFERENCE_CLIP_SECONDS;
    if (seconds < min || seconds > max) {
      ctx.out.error('video-duration', `${shotTitle(shot)}: the video of shot \`${target?.id}\` lasts ${secondsText(seconds)} s; each reference video must last ${min}..${max} s.`, ['shots', shot.index, 'reference_videos', i]);
    }
  });
  if (total > REFERENCE_CLIP_SECONDS.total) {
    ctx.out.error(
      'video-total-duration',
      `${shotTitle(shot)}: its reference videos from this storyboard last ${secondsText(total)} s together; at most ${REFERENCE_CLIP_SECONDS.total} s are allowed. Reference fewer or shorter shots.`,
      ['shots', shot.index, 'reference_videos'],
      { key: true },
    );
  }
}

/** The body carries local files as base64: 4 bytes for every 3. */
function requestSize(ctx: RuleContext, shot: ResolvedShot): void {
  let bytes = BODY_OVERHEAD + Buffer.byteLength(shot.prompt ?? '');
  let files = 0;
  for (const source of [shot.firstFrame, shot.lastFrame, ...shot.referenceImages, ...shot.referenceAudio]) {
    if (source?.kind === 'file') {
      bytes += `data:${source.mime};base64,`.length + Math.ceil(source.bytes / 3) * 4;
      files++;
    } else if (source?.kind === 'data') {
      bytes += source.url.length;
    }
  }
  if (bytes > MAX_REQUEST_BYTES) {
    ctx.out.error(
      'request-too-large',
      `${shotTitle(shot)}'s request would be about ${mb(bytes)} with its ${plural(files, 'local file')} inlined as base64; the service takes at most ${mb(MAX_REQUEST_BYTES)}. Upload the large files and use their URLs or asset:// ids.`,
      shotPath(shot),
    );
  }
}
