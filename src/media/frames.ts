// Single frames out of a video (the first, or the real last one, for chaining shots) and PSNR
// between two images (tests and chaining checks).
import { rm, stat } from 'node:fs/promises';
import { SeedanceError } from '../core/errors.js';
import { runFfmpeg } from './ffmpeg.js';
import { readMp4, type Mp4Track } from './mp4-boxes.js';
import { probeMedia, videoSeconds } from './probe.js';

/**
 * Keep at most this much before the end for `reverse`, which buffers the frames it is given (12
 * at 24 fps: 36 MB at 1080p). A stream with a longer gap before its last frame leaves the window
 * empty and falls back to decoding everything.
 */
const LAST_FRAME_WINDOW_SECONDS = 0.5;

/**
 * Write the first or the last decoded frame of `video` as PNG to `pngPath` (any file name: the
 * format is forced). The last frame is the real final frame: ffmpeg seeks to the last key frame
 * (found in the MP4's sync sample table, no ffprobe) and decodes from there only, keeping the
 * frames from the later of that key frame and the window before the end; `reverse` hands out the
 * final frame first. If that yields nothing, the whole video is decoded.
 */
export async function extractFrame(video: string, which: 'first' | 'last', pngPath: string, options: { signal?: AbortSignal } = {}): Promise<void> {
  await rm(pngPath, { force: true });
  if (which === 'first') {
    await runFfmpeg(['-y', '-i', video, ...frameOutput(pngPath)], options);
  } else {
    const from = await lastFrameFrom(video, options);
    const seek = from > 0 ? ['-ss', from.toFixed(6)] : [];
    // One decoding thread: a group of pictures is short, and the CPU queue runs one clip a core.
    await runFfmpeg(['-y', ...seek, '-threads', '1', '-i', video, '-vf', 'reverse', ...frameOutput(pngPath)], options);
    // Odd timestamps (a video stream that ends well before the audio, say) can leave the window empty.
    if (!(await nonEmpty(pngPath))) await runFfmpeg(['-y', '-i', video, ...frameOutput(pngPath, { everyFrame: true })], options);
  }
  if (!(await nonEmpty(pngPath))) {
    throw new SeedanceError('download.invalid', `No ${which} frame could be decoded from ${video}.`, { hint: 'The video may be empty or damaged; download it again.' });
  }
}

/** Seconds into `video` (as ffmpeg's -ss counts) to decode the last frame from: the MP4's boxes, else ffprobe's length. */
async function lastFrameFrom(video: string, options: { signal?: AbortSignal }): Promise<number> {
  const reading = await readMp4(video).catch(() => undefined);
  if (reading?.kind === 'broken') {
    throw new SeedanceError('download.invalid', `${video} is not a whole video (${reading.reason}), so its last frame cannot be taken.`, { hint: 'Download it again.' });
  }
  const track = reading?.kind === 'read' ? reading.facts.tracks.find((t) => t.kind === 'video') : undefined;
  if (track) return lastFrameStart(track);
  const info = reading?.kind === 'read' ? undefined : await probeMedia(video, options);
  if (!info?.video) {
    throw new SeedanceError('download.invalid', `${video} has no video stream, so it has no last frame.`, { hint: 'Check the file; download it again if it is damaged.' });
  }
  return videoSeconds(info) - LAST_FRAME_WINDOW_SECONDS;
}

/**
 * Pure: where the last frame's decoding starts. ffmpeg seeks to the key frame at or before this
 * time and drops the frames before it: from the window before the end when the last key frame is
 * earlier (decoding still starts at that key frame), else from the key frame itself. Counted from
 * the first frame, as -ss is (frames an edit list cuts off lie before 0).
 */
export function lastFrameStart(track: Pick<Mp4Track, 'firstSeconds' | 'lastSeconds' | 'lastSyncSeconds'>): number {
  return Math.max(track.lastSyncSeconds, track.lastSeconds - LAST_FRAME_WINDOW_SECONDS) - Math.max(0, track.firstSeconds);
}

/** `-update 1` rewrites one image file, so with every frame written the last one stays. */
function frameOutput(pngPath: string, opts: { everyFrame?: boolean } = {}): string[] {
  return ['-map', '0:v:0', '-an', '-sn', '-dn', ...(opts.everyFrame ? [] : ['-frames:v', '1']), '-update', '1', '-f', 'image2', '-c:v', 'png', pngPath];
}

/** The file exists and holds at least one byte. */
export async function nonEmpty(file: string): Promise<boolean> {
  try {
    return (await stat(file)).size > 0;
  } catch {
    return false;
  }
}

/**
 * Peak signal-to-noise ratio in dB between two images (or two videos, frame by frame, averaged
 * over the mean squared error) of the same size, compared as 8-bit RGB. Infinity when identical.
 */
export async function psnr(imageA: string, imageB: string, options: { signal?: AbortSignal } = {}): Promise<number> {
  const graph = '[0:v]format=gbrp[a];[1:v]format=gbrp[b];[a][b]psnr=stats_file=-';
  const out = await runFfmpeg(['-i', imageA, '-i', imageB, '-lavfi', graph, '-f', 'null', '-'], options);
  return parsePsnrStats(out.toString('utf8'));
}

/** Pure: the psnr filter's per-frame stats (`n:1 mse_avg:... psnr_avg:inf ...`) to one figure. */
export function parsePsnrStats(text: string): number {
  const values = [...text.matchAll(/psnr_avg:(inf|[\d.]+)/g)].map((m) => (m[1] === 'inf' ? Infinity : Number(m[1])));
  if (values.length === 0) throw new SeedanceError('ffmpeg.failed', 'The psnr filter reported no frames.', { hint: 'Check that both inputs are readable images of the same size.' });
  if (values.every((v) => v === Infinity)) return Infinity;
  // Average the error, not the decibels: one identical frame must not make the mean infinite.
  const peak = 255 * 255;
  const meanMse = values.reduce((sum, v) => sum + (v === Infinity ? 0 : peak / 10 ** (v / 10)), 0) / values.length;
  return 10 * Math.log10(peak / meanMse);
}
