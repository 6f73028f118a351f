// The film is probed before it gets its final name: its length must be the clips' sum less the
// overlaps (within one frame), its size the planned one, and it has sound exactly when it should.
import { SeedanceError } from '../core/errors.js';
import { probeMedia, videoSeconds, type MediaInfo } from '../media/probe.js';

export interface FilmExpectation {
  durationSeconds: number;
  /** One frame of the film. */
  toleranceSeconds: number;
  hasAudio: boolean;
  width: number;
  height: number;
  /** copy: the picture's and the container's length; reencode: the picture's and the sound's. */
  method: 'copy' | 'reencode';
}

export async function checkFilm(file: string, expect: FilmExpectation, options: { signal?: AbortSignal } = {}): Promise<MediaInfo> {
  const info = await probeMedia(file, options);
  const problems = filmProblems(info, expect);
  if (problems.length > 0) {
    throw new SeedanceError('ffmpeg.failed', `The assembled film is not what was planned: ${problems.join('; ')}. It was not saved.`, {
      hint: 'Try another ffmpeg build (set FFMPEG_PATH and FFPROBE_PATH); if it persists, report it with the clips\' `ffprobe` output.',
    });
  }
  return info;
}

/** Pure: what differs between the probed film and the plan. */
export function filmProblems(info: MediaInfo, expect: FilmExpectation): string[] {
  const problems: string[] = [];
  if (!info.video) return ['it has no video stream'];
  if (info.video.width !== expect.width || info.video.height !== expect.height) {
    problems.push(`size ${info.video.width}x${info.video.height}, planned ${expect.width}x${expect.height}`);
  }
  const lengths: [string, number | undefined][] = [
    ['picture', videoSeconds(info)],
    expect.method === 'copy' ? ['length', info.durationSeconds] : ['sound', expect.hasAudio ? info.audio?.durationSeconds : undefined],
  ];
  // AAC frames (1024 samples) do not end on video frames: allow the one that straddles the end.
  const audioSlack = info.audio && info.audio.sampleRate > 0 ? 1024 / info.audio.sampleRate : 0;
  for (const [what, seconds] of lengths) {
    if (seconds === undefined) continue;
    const tolerance = expect.toleranceSeconds + (what === 'picture' ? 0 : audioSlack) + 1e-3;
    if (Math.abs(seconds - expect.durationSeconds) > tolerance) {
      problems.push(`${what} ${seconds.toFixed(3)} s long, planned ${expect.durationSeconds.toFixed(3)} s (± ${tolerance.toFixed(3)} s)`);
    }
  }
  if (expect.hasAudio && !info.audio) problems.push('no sound, though a clip or the music bed has some');
  if (!expect.hasAudio && info.audio) problems.push('sound, though no clip has any');
  return problems;
}
