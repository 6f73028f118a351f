// Single frames out of a video (the first, or the real last one, for chaining shots) and PSNR
// between two images (tests and chaining checks).
import { rm, stat } from 'node:fs/promises';
import { SeedanceError } from '../core/errors.js';
import { runFfmpeg } from './ffmpeg.js';
import { probeMedia, videoSeconds } from './probe.js';

/**
 * Decode this much before the end and keep the last frame. `reverse` buffers the window's frames
 * (12 at 24 fps: 36 MB at 1080p), so it stays short; a stream with a longer gap before its last
 * frame leaves the window empty and falls back to decoding everything.
 */
const LAST_FRAME_WINDOW_SECONDS = 0.5;

/**
 * Write the first or the last decoded frame of `video` as PNG to `pngPath` (any file name: the
 * format is forced). The last frame is the real final frame: ffmpeg seeks (to a key frame, then
 * decodes forward and drops what precedes the target) to shortly before the video's own end and
 * `reverse` hands out the final frame first; if that yields nothing, the whole video is decoded.
 */
export async function extractFrame(video: string, which: 'first' | 'last', pngPath: string, options: { signal?: AbortSignal } = {}): Promise<void> {
  await rm(pngPath, { force: true });
  if (which === 'first') {
    await runFfmpeg(['-y', '-i', video, ...frameOutput(pngPath)], options);
  } else {
    const info = await probeMedia(video, options);
    if (!info.video) {
      throw new SeedanceError('download.invalid', `${video} has no video stream, so it has no last frame.`, { hint: 'Check the file; download it again if it is damaged.' });
    }
    const seekTo = videoSeconds(info) - LAST_FRAME_WINDOW_SECONDS;
    const seek = seekTo > 0 ? ['-ss', seekTo.toFixed(6)] : [];
    await runFfmpeg(['-y', ...seek, '-i', video, '-vf', 'reverse', ...frameOutput(pngPath)], options);
    // Odd timestamps (a video stream that ends well before the audio, say) can leave the window empty.
    if (!(await nonEmpty(pngPath))) await runFfmpeg(['-y', '-i', video, ...frameOutput(pngPath, { everyFrame: true })], options);
  }
  if (!(await nonEmpty(pngPath))) {
    throw new SeedanceError('download.invalid', `No ${which} frame could be decoded from ${video}.`, { hint: 'The video may be empty or damaged; download it again.' });
  }
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
