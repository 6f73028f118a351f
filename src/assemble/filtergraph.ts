// The re-encode's filter graph, built as text from the plan. Every clip becomes exactly its planned
// number of frames at one size and rate, and sound of exactly the same length (silence where a clip
// has none), so picture and sound never drift apart however many clips are joined.
import { AUDIO_LAYOUT, AUDIO_RATE, type PlannedClip, type ReencodePlan } from './types.js';
import { framesToSeconds, rateText } from './plan.js';

/** The graph's output pads: [vout] always, [aout] when the film has sound. */
export function buildFilterGraph(plan: ReencodePlan): string {
  const parts: string[] = [];
  plan.clips.forEach((clip, i) => {
    parts.push(videoChain(plan, clip, i));
    if (plan.hasAudio) parts.push(audioChain(plan, clip, i));
  });
  const n = plan.clips.length;
  if (plan.overlapFrames === 0) {
    const pads = plan.clips.map((_, i) => (plan.hasAudio ? `[v${i}][a${i}]` : `[v${i}]`)).join('');
    parts.push(`${pads}concat=n=${n}:v=1:a=${plan.hasAudio ? 1 : 0}${plan.hasAudio ? '[vcat][acat]' : '[vcat]'}`);
  } else {
    parts.push(...(plan.crossfadeFilter === 'xfade' ? xfadeChain(plan) : overlayCrossfade(plan)));
    if (plan.hasAudio) parts.push(...audioCrossfade(plan));
  }
  parts.push('[vcat]null[vout]');
  if (plan.hasAudio) parts.push(plan.bed ? mixBed(plan, n) : '[acat]anull[aout]');
  return parts.join(';\n');
}

/**
 * Timestamps from zero, the film's rate, frames past the end cloned (a source that falls a frame
 * short still fills its count), the trim in whole frames, then one size with letterboxing.
 */
function videoChain(plan: ReencodePlan, clip: PlannedClip, i: number): string {
  return normaliseVideo(plan, `${i}:v:0`, clip.startFrame, clip.startFrame + clip.frames, `v${i}`);
}

/**
 * One input's picture as the film shows it: frames [from, to) of the stream at the film's rate
 * (counted from the clip's first frame), at the film's size. The one-pass graph and the pieces
 * (pieces.ts) both use it, so a piece holds exactly the frames the one-pass film has there.
 */
export function normaliseVideo(plan: ReencodePlan, input: string, from: number, to: number, out: string): string {
  const { width: w, height: h } = plan;
  return [
    `[${input}]setpts=PTS-STARTPTS`,
    `fps=${rateText(plan.rate)}`,
    `tpad=stop_mode=clone:stop=${Math.ceil(plan.rate.num / plan.rate.den)}`,
    `trim=start_frame=${from}:end_frame=${to}`,
    'setpts=PTS-STARTPTS',
    `scale=${w}:${h}:force_original_aspect_ratio=decrease`,
    `pad=${w}:${h}:(ow-iw)/2:(oh-ih)/2:color=black`,
    'setsar=1',
    `format=yuv420p[${out}]`,
  ].join(',');
}

/**
 * The film's sound alone, [aout], from the same inputs as the one-pass graph (the clips, then the
 * bed): the pieces path encodes it in one pass over the whole film, so no AAC frame boundary ever
 * falls at a join between pieces.
 */
export function buildAudioGraph(plan: ReencodePlan): string {
  const parts = plan.clips.map((clip, i) => audioChain(plan, clip, i));
  const n = plan.clips.length;
  if (plan.overlapFrames === 0) parts.push(`${plan.clips.map((_, i) => `[a${i}]`).join('')}concat=n=${n}:v=0:a=1[acat]`);
  else parts.push(...audioCrossfade(plan));
  parts.push(plan.bed ? mixBed(plan, n) : '[acat]anull[aout]');
  return parts.join(';\n');
}

/**
 * A crossfade as a piece of its own: [vout] from two normalised inputs ([x0] the end of the earlier
 * clip, [x1] the start of the later one, both `frames` long), the same recipe as in the film.
 */
export function crossfadePiece(plan: ReencodePlan, frames: number): string {
  if (plan.crossfadeFilter === 'xfade') return `[x0][x1]xfade=transition=fade:duration=${seconds(plan, frames)}:offset=0[vout]`;
  return `[x1]format=yuva420p,fade=t=in:s=0:n=${frames}:alpha=1[h1];\n[x0][h1]overlay=eof_action=pass,format=yuv420p[vout]`;
}

/** Sound resampled to one rate and layout, trimmed like the picture, padded or cut to its exact length. */
function audioChain(plan: ReencodePlan, clip: PlannedClip, i: number): string {
  const format = `aformat=sample_fmts=fltp:sample_rates=${AUDIO_RATE}:channel_layouts=${AUDIO_LAYOUT}`;
  const endSample = samples(plan, clip.frames);
  if (!clip.hasAudio) return `anullsrc=r=${AUDIO_RATE}:cl=${AUDIO_LAYOUT},${format},atrim=end_sample=${endSample}[a${i}]`;
  return [
    `[${i}:a:0]aresample=${AUDIO_RATE}`,
    format,
    'asetpts=PTS-STARTPTS',
    `atrim=start_sample=${samples(plan, clip.startFrame)}`,
    'asetpts=PTS-STARTPTS',
    'apad',
    `atrim=end_sample=${endSample}[a${i}]`,
  ].join(',');
}

/** Newer ffmpeg: xfade, each join offset to where the next clip starts in the film. */
function xfadeChain(plan: ReencodePlan): string[] {
  const duration = seconds(plan, plan.overlapFrames);
  const parts: string[] = [];
  let previous = 'v0';
  for (let i = 1; i < plan.clips.length; i++) {
    const out = i === plan.clips.length - 1 ? 'vcat' : `vx${i}`;
    const offset = seconds(plan, plan.clips[i]?.filmStartFrame ?? 0);
    parts.push(`[${previous}][v${i}]xfade=transition=fade:duration=${duration}:offset=${offset}[${out}]`);
    previous = out;
  }
  return parts;
}

/**
 * Builds without xfade (the bundled 2018 ffmpeg): each clip is split into head (the overlap with
 * the previous clip), body and tail (the overlap with the next); a join is the next clip's head,
 * faded in through its alpha channel, laid over this clip's tail. Then everything is concatenated.
 */
function overlayCrossfade(plan: ReencodePlan): string[] {
  const k = plan.overlapFrames;
  const last = plan.clips.length - 1;
  const parts: string[] = [];
  const sequence: string[] = [];
  plan.clips.forEach((clip, i) => {
    const head = i > 0 ? k : 0;
    const tail = i < last ? k : 0;
    const branches = [head ? `[v${i}h]` : '', `[v${i}b]`, tail ? `[v${i}t]` : ''].filter(Boolean);
    parts.push(`[v${i}]split=${branches.length}${branches.join('')}`);
    if (head) parts.push(`[v${i}h]trim=end_frame=${k},setpts=PTS-STARTPTS,format=yuva420p,fade=t=in:s=0:n=${k}:alpha=1[h${i}]`);
    parts.push(`[v${i}b]trim=start_frame=${head}:end_frame=${clip.frames - tail},setpts=PTS-STARTPTS[b${i}]`);
    if (tail) parts.push(`[v${i}t]trim=start_frame=${clip.frames - tail},setpts=PTS-STARTPTS[t${i}]`);
    if (head) {
      parts.push(`[t${i - 1}][h${i}]overlay=eof_action=pass,format=yuv420p[x${i}]`);
      sequence.push(`[x${i}]`);
    }
    sequence.push(`[b${i}]`);
  });
  parts.push(`${sequence.join('')}concat=n=${sequence.length}:v=1:a=0[vcat]`);
  return parts;
}

/** acrossfade (in every build) over exactly the overlap's samples. */
function audioCrossfade(plan: ReencodePlan): string[] {
  const overlap = samples(plan, plan.overlapFrames);
  const parts: string[] = [];
  let previous = 'a0';
  for (let i = 1; i < plan.clips.length; i++) {
    const out = i === plan.clips.length - 1 ? 'acat' : `ax${i}`;
    parts.push(`[${previous}][a${i}]acrossfade=ns=${overlap}:c1=tri:c2=tri[${out}]`);
    previous = out;
  }
  return parts;
}

/**
 * The bed under the clips' sound. amix divides every input by the number of inputs (old builds have
 * no normalize=0), so the bed is padded to never end (the division stays exactly 1/2 for the whole
 * film) and the sum is doubled back: the clips keep their level and the bed sits at its volume.
 */
function mixBed(plan: ReencodePlan, bedInput: number): string {
  const volume = plan.bed?.volume ?? 1;
  return [
    `[${bedInput}:a:0]aresample=${AUDIO_RATE},aformat=sample_fmts=fltp:sample_rates=${AUDIO_RATE}:channel_layouts=${AUDIO_LAYOUT},volume=${volume},apad[bed]`,
    `[acat][bed]amix=inputs=2:duration=first:dropout_transition=0,volume=2[aout]`,
  ].join(';\n');
}

function samples(plan: ReencodePlan, frames: number): number {
  return Math.round(framesToSeconds(frames, plan.rate) * AUDIO_RATE);
}

/** Seconds as ffmpeg option text: enough digits to land on the intended frame. */
function seconds(plan: ReencodePlan, frames: number): string {
  return framesToSeconds(frames, plan.rate).toFixed(6);
}
