// The re-encode's timeline, counted in whole frames of one rate, so trims, crossfades and the
// chapters land on frame boundaries and the film's length is known exactly before ffmpeg runs.
import { SeedanceError } from '../core/errors.js';
import { FPS } from '../models.js';
import type { MediaInfo } from '../media/probe.js';
import { videoSeconds } from '../media/probe.js';
import type { AssembleInput, ChapterMark, PlannedClip, Rate, ReencodePlan } from './types.js';

export function planReencode(infos: readonly MediaInfo[], input: AssembleInput, crossfadeFilter: 'xfade' | 'overlay'): ReencodePlan {
  const first = infos[0]?.video;
  if (!first || input.clips.length === 0) throw usage('There are no clips to join.', 'List at least one shot under concat.shots.');
  const rate = filmRate(first.frameRate);
  const [width, height] = evenSize(input.size ?? [first.width, first.height]);
  const crossfade = input.transition.type === 'crossfade' && input.clips.length > 1 && input.transition.duration > 0;
  const overlapFrames = crossfade ? Math.max(1, secondsToFrames(input.transition.duration, rate)) : 0;

  const clips: PlannedClip[] = [];
  let filmStartFrame = 0;
  for (const [i, clip] of input.clips.entries()) {
    const info = infos[i];
    if (!info?.video) throw usage(`${clip.path} (shot ${clip.id}) has no video stream.`, 'Check the clip; run the shot again if it is damaged.');
    const natural = naturalFrames(info, rate);
    const startFrame = secondsToFrames(clip.trim?.start ?? 0, rate);
    // An end past the clip keeps the rest: the service's clips run a frame or so longer or shorter than asked.
    const endFrame = clip.trim?.end !== undefined ? Math.min(secondsToFrames(clip.trim.end, rate), natural) : natural;
    const frames = endFrame - startFrame;
    if (frames < 1) {
      throw usage(
        `The trim of shot ${clip.id} keeps nothing: start ${clip.trim?.start ?? 0} s, end ${clip.trim?.end ?? 'the clip end'}, and the clip is ${framesToSeconds(natural, rate).toFixed(3)} s long.`,
        `Change concat.trim.${clip.id} so that start < end within the clip.`,
      );
    }
    const overlaps = (i > 0 ? overlapFrames : 0) + (i < input.clips.length - 1 ? overlapFrames : 0);
    if (frames <= overlaps) {
      throw usage(
        `A crossfade of ${input.transition.duration} s is too long for shot ${clip.id}: it is ${framesToSeconds(frames, rate).toFixed(3)} s long and would overlap ${framesToSeconds(overlaps, rate).toFixed(3)} s with its neighbours.`,
        'Shorten concat.transition.duration (or the trim) so each clip outlasts its crossfades.',
      );
    }
    clips.push({ id: clip.id, path: clip.path, info, startFrame, frames, hasAudio: info.audio !== undefined, filmStartFrame });
    filmStartFrame += frames - overlapFrames;
  }
  const totalFrames = filmStartFrame + overlapFrames;
  return {
    clips,
    width,
    height,
    rate,
    overlapFrames,
    totalFrames,
    hasAudio: clips.some((c) => c.hasAudio) || input.audio !== undefined,
    ...(input.audio ? { bed: input.audio } : {}),
    crossfadeFilter,
  };
}

/** One chapter per clip: from where it starts to show to where the next one starts (the film's end for the last). */
export function planChapters(plan: ReencodePlan): ChapterMark[] {
  return plan.clips.map((clip, i) => ({
    id: clip.id,
    start: framesToSeconds(clip.filmStartFrame, plan.rate),
    end: framesToSeconds(plan.clips[i + 1]?.filmStartFrame ?? plan.totalFrames, plan.rate),
  }));
}

/** The first clip's rate when it is a clean one (24/1, 30000/1001); otherwise the nearest whole rate. */
export function filmRate(frameRate: string): Rate {
  const [n = NaN, d = 1] = frameRate.split('/').map(Number);
  if (Number.isInteger(n) && n > 0 && (d === 1 || d === 1001)) return reduce({ num: n, den: d });
  const rounded = Math.round(n / d);
  return { num: Number.isFinite(rounded) && rounded > 0 ? rounded : FPS, den: 1 };
}

export function rateText(rate: Rate): string {
  return rate.den === 1 ? String(rate.num) : `${rate.num}/${rate.den}`;
}

export function secondsToFrames(seconds: number, rate: Rate): number {
  return Math.round((seconds * rate.num) / rate.den);
}

export function framesToSeconds(frames: number, rate: Rate): number {
  return (frames * rate.den) / rate.num;
}

/** The clip's frames at the film's rate: counted by the container when the rates agree. */
function naturalFrames(info: MediaInfo, rate: Rate): number {
  const v = info.video;
  if (v?.frames && Math.abs(v.fps - rate.num / rate.den) < 1e-6) return v.frames;
  return secondsToFrames(videoSeconds(info), rate);
}

/** H.264 in 4:2:0 needs even sides: round odd ones up (the padding absorbs the extra pixel). */
function evenSize(size: readonly [number, number]): [number, number] {
  return [size[0] + (size[0] % 2), size[1] + (size[1] % 2)];
}

function reduce(rate: Rate): Rate {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const g = gcd(rate.num, rate.den);
  return { num: rate.num / g, den: rate.den / g };
}

function usage(message: string, hint: string): SeedanceError {
  return new SeedanceError('usage', message, { hint });
}
