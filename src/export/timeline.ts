// The film's cut as plain data, for the editor projects (mlt.ts, otio.ts, fcpxml.ts, edl.ts): the
// shots in order with their picked takes, trims and crossfades counted in whole frames by the same
// planReencode that times the film, so a project and the film agree to the frame. Built from the
// manifest, the lock and the clips on disk (probed with ffprobe); nothing is sent anywhere.
import { basename, join } from 'node:path';
import { planChapters, planReencode, type AssembleInput, type Rate } from '../assemble/index.js';
import { SeedanceError } from '../core/errors.js';
import { probeMedia, videoSeconds, type MediaInfo } from '../media/index.js';
import type { ResolvedConcat, ResolvedManifest, ResolvedShot } from '../manifest/types.js';
import type { LockFile } from '../state/lock.js';

/** What the project says about a shot: its marker's text and the facts behind it. */
export interface ShotNote {
  /** The shot id (a take's own id, `wave.take2`, for a take in the bin). */
  id: string;
  prompt?: string;
  /** The seed the service used, from the lock. */
  seed?: number;
  taskId?: string;
  /** Take `number` of `of`, for a shot with `takes:`. */
  take?: { number: number; of: number };
}

/** A media file the project refers to. */
export interface CutMedia {
  /** Absolute path. */
  path: string;
  /** Its length in the film's frames. */
  frames: number;
  hasVideo: boolean;
  hasAudio: boolean;
  /** The sound's channels and sample rate, when it has sound. */
  audio?: { channels: number; sampleRate: number };
}

/** One shot of the film, in frames of the film's rate. */
export interface CutClip {
  note: ShotNote;
  media: CutMedia;
  /** The kept part of the clip: its first frame (the trim start) and how many frames. */
  sourceIn: number;
  frames: number;
  /** Where the kept part starts in the film (it overlaps the previous clip's end by the crossfade). */
  filmStart: number;
  /**
   * The clip from edit point to edit point, as editors that put a transition between abutting
   * clips (OTIO, FCPXML) hold it: a crossfade's edit point lies `inOffset` frames into it, and the
   * frames of the kept part outside the edit points are the handles the crossfades use (the
   * previous crossfade's inOffset before, the next one's outOffset after). cutStart is in the
   * film, cutSourceIn in the clip; the cut ranges of all clips tile the film exactly.
   */
  cutStart: number;
  cutSourceIn: number;
  cutFrames: number;
  /** The chapter of the shot in the film (where it starts to show to where the next one does). */
  chapter: { start: number; end: number };
}

/** A crossfade between clip `index - 1` and clip `index`. */
export interface Crossfade {
  /** The incoming clip's index. */
  index: number;
  /** Film frame where it starts (the incoming clip's filmStart) and how long it lasts. */
  start: number;
  frames: number;
  /** Its frames before the edit point (on the outgoing clip) and after it (on the incoming clip). */
  inOffset: number;
  outOffset: number;
}

export interface Cut {
  /** The film's name (the manifest's `name:`). */
  name: string;
  /** The film file the assembly writes. */
  film: string;
  rate: Rate;
  width: number;
  height: number;
  totalFrames: number;
  clips: CutClip[];
  crossfades: Crossfade[];
  /** The music bed from the film's start, cut to the film, at `volume` (1 = as is). */
  music?: { media: CutMedia; frames: number; volume: number };
  /** The other takes of the film's shots: media for a bin, not on the timeline. */
  bin: { note: ShotNote; media: CutMedia }[];
  hasAudio: boolean;
}

/** The film's shots whose clips are not on disk as the lock records them: what `seedance run` must make. */
export function missingClips(manifest: ResolvedManifest, concat: ResolvedConcat, lock: Readonly<LockFile>, onDisk: (path: string) => boolean): string[] {
  return concat.shots.filter((id) => {
    const video = lock.shots[id]?.status === 'saved' ? lock.shots[id]?.outputs?.video : undefined;
    return !video || !onDisk(join(manifest.output, video.file));
  });
}

/** The cut of the manifest's film; a usage error (exit 2) names the film's shots without a clip on disk. */
export async function buildCut(manifest: ResolvedManifest, concat: ResolvedConcat, lock: Readonly<LockFile>, onDisk: (path: string) => boolean): Promise<Cut> {
  const missing = missingClips(manifest, concat, lock, onDisk);
  if (missing.length > 0) {
    throw new SeedanceError('usage', `The film's ${missing.length === 1 ? 'shot' : 'shots'} ${missing.join(', ')} ${missing.length === 1 ? 'has' : 'have'} no clip on disk, so there is no cut to export.`, {
      hint: `Run \`seedance run ${basename(manifest.file)}\` to make ${missing.length === 1 ? 'it' : 'them'} (it fetches clips already paid for without paying again), then export again.`,
    });
  }
  const clipPath = (id: string): string => join(manifest.output, lock.shots[id]?.outputs?.video?.file ?? `${id}.mp4`);
  const input: AssembleInput = {
    clips: concat.shots.map((id) => {
      const trim = concat.trim[id];
      return { id, path: clipPath(id), ...(trim ? { trim } : {}) };
    }),
    output: concat.output,
    transition: concat.transition,
    ...(concat.audio ? { audio: concat.audio } : {}),
    ...(concat.size ? { size: concat.size } : {}),
  };
  const infos = await Promise.all(input.clips.map((c) => probeMedia(c.path)));
  // The filter only matters to the ffmpeg arguments; the timeline is the same for both.
  const plan = planReencode(infos, input, 'xfade');
  const chapters = planChapters(plan);
  const rate = plan.rate;
  const frameOf = (seconds: number): number => Math.round((seconds * rate.num) / rate.den);
  const mediaOf = (info: MediaInfo): CutMedia => ({
    path: info.file,
    frames: info.video ? (info.video.frames && Math.abs(info.video.fps - rate.num / rate.den) < 1e-6 ? info.video.frames : frameOf(videoSeconds(info))) : frameOf(info.durationSeconds),
    hasVideo: info.video !== undefined,
    hasAudio: info.audio !== undefined,
    ...(info.audio ? { audio: { channels: info.audio.channels, sampleRate: info.audio.sampleRate } } : {}),
  });
  const shots = new Map(manifest.shots.map((s) => [s.id, s]));

  const overlap = plan.overlapFrames;
  const inOffset = Math.floor(overlap / 2);
  const outOffset = overlap - inOffset;
  const crossfades: Crossfade[] = overlap > 0
    ? plan.clips.slice(1).map((c, i) => ({ index: i + 1, start: c.filmStartFrame, frames: overlap, inOffset, outOffset }))
    : [];
  const clips: CutClip[] = plan.clips.map((c, i) => {
    const head = i > 0 ? inOffset : 0;
    const tail = i < plan.clips.length - 1 ? outOffset : 0;
    const chapter = chapters[i] as { start: number; end: number };
    return {
      note: noteOf(c.id, shots.get(c.id), lock),
      media: mediaOf(c.info),
      sourceIn: c.startFrame,
      frames: c.frames,
      filmStart: c.filmStartFrame,
      cutStart: c.filmStartFrame + head,
      cutSourceIn: c.startFrame + head,
      cutFrames: c.frames - head - tail,
      chapter: { start: frameOf(chapter.start), end: frameOf(chapter.end) },
    };
  });

  let music: Cut['music'];
  if (concat.audio) {
    const info = await probeMedia(concat.audio.file);
    const media = mediaOf(info);
    music = { media, frames: Math.min(media.frames, plan.totalFrames), volume: concat.audio.volume };
  }

  const filmShots = new Set(concat.shots);
  const bin: Cut['bin'] = [];
  for (const shot of manifest.shots) {
    if (!shot.take || shot.id === shot.take.shot || !filmShots.has(shot.take.shot)) continue;
    const video = lock.shots[shot.id]?.status === 'saved' ? lock.shots[shot.id]?.outputs?.video : undefined;
    const path = video ? join(manifest.output, video.file) : undefined;
    if (!path || !onDisk(path)) continue;
    bin.push({ note: noteOf(shot.id, shot, lock), media: mediaOf(await probeMedia(path)) });
  }

  return {
    name: manifest.name,
    film: concat.output,
    rate,
    width: plan.width,
    height: plan.height,
    totalFrames: plan.totalFrames,
    clips,
    crossfades,
    ...(music ? { music } : {}),
    bin,
    hasAudio: plan.hasAudio,
  };
}

function noteOf(id: string, shot: ResolvedShot | undefined, lock: Readonly<LockFile>): ShotNote {
  const record = lock.shots[id];
  return {
    id,
    ...(shot?.prompt !== undefined ? { prompt: shot.prompt } : {}),
    ...(record?.seed !== undefined ? { seed: record.seed } : {}),
    ...(record?.taskId !== undefined ? { taskId: record.taskId } : {}),
    ...(shot?.take ? { take: { number: shot.take.number, of: shot.take.of } } : {}),
  };
}

/** The marker's text: `id: prompt (seed S, task T)`, one line. */
export function noteText(note: ShotNote): string {
  const facts = [note.take ? `take ${note.take.number} of ${note.take.of}` : undefined, note.seed !== undefined ? `seed ${note.seed}` : undefined, note.taskId ? `task ${note.taskId}` : undefined].filter(Boolean);
  const prompt = note.prompt ? `: ${note.prompt.replace(/\s+/g, ' ').trim()}` : '';
  return `${note.id}${prompt}${facts.length > 0 ? ` (${facts.join(', ')})` : ''}`;
}
