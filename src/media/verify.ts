// Is this file the video we asked for? Used by the runner after every download, so a truncated or
// wrong file is caught before it is renamed to its final name or used for chaining.
import { SeedanceError, isSeedanceError } from '../core/errors.js';
import { probeMedia, videoSeconds, type MediaInfo } from './probe.js';

export interface VideoExpectation {
  width?: number;
  height?: number;
  durationSeconds?: number;
  /** true: must have sound; false: must have none. */
  audio?: boolean;
  /** Allowed difference in duration; default one frame of the file's own rate (at least 0.05 s). */
  toleranceSeconds?: number;
}

/** Resolves with the probe when the file matches; throws download.invalid listing every difference. */
export async function verifyVideo(file: string, expect: VideoExpectation = {}, options: { signal?: AbortSignal } = {}): Promise<MediaInfo> {
  let info: MediaInfo;
  try {
    info = await probeMedia(file, options);
  } catch (error) {
    if (isSeedanceError(error, 'ffmpeg.failed')) {
      throw new SeedanceError('download.invalid', `${file} is not a readable video: ${error.message}`, {
        hint: 'The download may be truncated or not a video at all; run again to fetch it anew.',
        cause: error,
      });
    }
    throw error;
  }
  const problems = videoProblems(info, expect);
  if (problems.length > 0) {
    throw new SeedanceError('download.invalid', `${file} is not the video expected: ${problems.join('; ')}.`, {
      hint: 'Run again to fetch it anew; if it keeps happening, the service returned something else than was asked for.',
    });
  }
  return info;
}

/** Pure: what differs between a probed file and the expectation (empty when nothing). */
export function videoProblems(info: MediaInfo, expect: VideoExpectation): string[] {
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
