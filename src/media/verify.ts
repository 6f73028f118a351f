// Is this file the video we asked for? Used by the runner after every download, so a truncated or
// wrong file is caught before it is renamed to its final name or used for chaining. The facts come
// from the MP4's own boxes (in-process, mp4-boxes.ts); ffprobe only reads what they cannot.
import { SeedanceError, isSeedanceError } from '../core/errors.js';
import { readMp4, type Mp4Facts } from './mp4-boxes.js';
import { probeMedia, videoSeconds, type AudioInfo, type MediaInfo, type VideoInfo } from './probe.js';

export interface VideoExpectation {
  width?: number;
  height?: number;
  durationSeconds?: number;
  /** true: must have sound; false: must have none. */
  audio?: boolean;
  /** Allowed difference in duration; default one frame of the file's own rate (at least 0.05 s). */
  toleranceSeconds?: number;
}

/** What a clip is checked against: a probe has all of it, and so do the MP4 boxes. */
export type ClipFacts = Pick<MediaInfo, 'durationSeconds' | 'sizeBytes'> & {
  video?: Pick<VideoInfo, 'codec' | 'width' | 'height' | 'fps' | 'frames' | 'durationSeconds'>;
  audio?: Pick<AudioInfo, 'codec'>;
  /** Where the facts came from. */
  source: 'mp4-boxes' | 'ffprobe';
};

/** Resolves with the clip's facts when the file matches; throws download.invalid listing every difference. */
export async function verifyVideo(file: string, expect: VideoExpectation = {}, options: { signal?: AbortSignal } = {}): Promise<ClipFacts> {
  const info = await clipFacts(file, options);
  const problems = videoProblems(info, expect);
  if (problems.length > 0) {
    throw new SeedanceError('download.invalid', `${file} is not the video expected: ${problems.join('; ')}.`, {
      hint: 'Run again to fetch it anew; if it keeps happening, the service returned something else than was asked for.',
    });
  }
  return info;
}

async function clipFacts(file: string, options: { signal?: AbortSignal }): Promise<ClipFacts> {
  // A file that cannot be opened is ffprobe's to report, in the words every other check uses.
  const reading = await readMp4(file).catch(() => undefined);
  if (reading?.kind === 'broken') {
    throw new SeedanceError('download.invalid', `${file} is not a whole video: ${reading.reason}.`, { hint: 'The download was cut short; run again to fetch it anew.' });
  }
  if (reading?.kind === 'read') return fromBoxes(reading.facts);
  try {
    return { ...(await probeMedia(file, options)), source: 'ffprobe' };
  } catch (error) {
    if (isSeedanceError(error, 'ffmpeg.failed')) {
      throw new SeedanceError('download.invalid', `${file} is not a readable video: ${error.message}`, {
        hint: 'The download may be truncated or not a video at all; run again to fetch it anew.',
        cause: error,
      });
    }
    throw error;
  }
}

/** The first video and audio tracks, as a probe would give them (the rate: frames over length). */
function fromBoxes(facts: Mp4Facts): ClipFacts {
  const v = facts.tracks.find((t) => t.kind === 'video');
  const a = facts.tracks.find((t) => t.kind === 'audio');
  return {
    durationSeconds: facts.durationSeconds,
    sizeBytes: facts.sizeBytes,
    ...(v
      ? {
          video: {
            codec: v.codec,
            width: v.width ?? 0,
            height: v.height ?? 0,
            fps: v.durationSeconds > 0 ? v.samples / v.durationSeconds : 0,
            ...(v.samples > 0 ? { frames: v.samples } : {}),
            durationSeconds: v.durationSeconds,
          },
        }
      : {}),
    ...(a ? { audio: { codec: a.codec } } : {}),
    source: 'mp4-boxes',
  };
}

/** Pure: what differs between a clip's facts and the expectation (empty when nothing). */
export function videoProblems(info: Omit<ClipFacts, 'source' | 'sizeBytes'>, expect: VideoExpectation): string[] {
  const problems: string[] = [];
  const v = info.video;
  if (!v) return ['it has no video stream'];
  if ((expect.width !== undefined && v.width !== expect.width) || (expect.height !== undefined && v.height !== expect.height)) {
    problems.push(`size ${v.width}x${v.height}, expected ${expect.width ?? v.width}x${expect.height ?? v.height}`);
  }
  if (expect.durationSeconds !== undefined) {
    const actual = videoSeconds(info);
    const tolerance = expect.toleranceSeconds ?? Math.max(v.fps > 0 ? 1 / v.fps : 0, 0.05);
    if (Math.abs(actual - expect.durationSeconds) > tolerance + 1e-6) {
      problems.push(`duration ${actual.toFixed(3)} s, expected ${expect.durationSeconds} s (± ${tolerance.toFixed(3)} s)`);
    }
  }
  if (expect.audio === true && !info.audio) problems.push('no audio stream, expected sound');
  if (expect.audio === false && info.audio) problems.push('an audio stream, expected none');
  return problems;
}
