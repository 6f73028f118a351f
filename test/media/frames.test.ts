// extractFrame: the exact first and last decoded frames, checked against every frame decoded on
// its own; psnr: Infinity for identical images, finite otherwise. With both ffmpeg builds.
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFrame, parsePsnrStats, psnr, runFfmpeg } from '../../src/media/index.js';
import { isSeedanceError } from '../../src/core/errors.js';
import { TOOL_SETS, makeClip, tempDir, useTools, type ClipSpec } from './fixtures.js';

/** Every decoded frame as its own PNG, in order: the reference the extraction must match. */
async function allFrames(video: string, dir: string): Promise<string[]> {
  await runFfmpeg(['-i', video, '-map', '0:v:0', '-vsync', '0', '-f', 'image2', '-c:v', 'png', join(dir, 'f-%04d.png')]);
  return (await readdir(dir)).filter((f) => f.startsWith('f-')).sort().map((f) => join(dir, f));
}

describe('parsePsnrStats', () => {
  it('is Infinity only when every frame is identical, and averages the error otherwise', () => {
    expect(parsePsnrStats('n:1 mse_avg:0.00 psnr_avg:inf psnr_r:inf\n')).toBe(Infinity);
    expect(parsePsnrStats('n:1 mse_avg:2796.81 psnr_avg:13.66\n')).toBeCloseTo(13.66, 2);
    expect(parsePsnrStats('n:1 psnr_avg:inf\nn:2 psnr_avg:20.00\n')).toBeCloseTo(20 + 10 * Math.log10(2), 6);
    expect(() => parsePsnrStats('')).toThrow(/no frames/);
  });
});

describe.each(TOOL_SETS)('frames with the %s ffmpeg', (toolSet) => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let restore: () => void;

  beforeAll(async () => {
    restore = await useTools(toolSet);
    ({ dir, cleanup } = await tempDir(`frames-${toolSet}`));
  });

  afterAll(async () => {
    restore();
    await cleanup();
  });

  it.each<[string, ClipSpec]>([
    ['a 2 s clip with sound', { seconds: 2 }],
    ['a 0.375 s clip (shorter than the seek window)', { seconds: 0.375, tone: false }],
    ['a 3.5 s clip at 25 fps', { seconds: 3.5, fps: 25 }],
  ])('extracts the exact first and last frames of %s', async (name, spec) => {
    const sub = join(dir, name.replace(/\W+/g, '-'));
    await mkdir(sub, { recursive: true });
    const video = await makeClip(join(sub, 'clip.mp4'), spec);
    const frames = await allFrames(video, sub);
    expect(frames.length).toBe(Math.round(spec.seconds * (spec.fps ?? 24)));
    // Names without .png, as the runner writes `.x.last.png.part`: the format is forced.
    await extractFrame(video, 'last', join(sub, 'last.part'));
    await extractFrame(video, 'first', join(sub, 'first.part'));
    expect(await psnr(join(sub, 'last.part'), frames.at(-1)!)).toBe(Infinity);
    expect(await psnr(join(sub, 'last.part'), frames.at(-2)!)).toBeLessThan(60);
    expect(await psnr(join(sub, 'first.part'), frames[0]!)).toBe(Infinity);
    expect(await psnr(join(sub, 'first.part'), frames[1]!)).toBeLessThan(60);
  });

  it('finds the last picture of a video whose sound runs on 2 s longer', async () => {
    const video = join(dir, 'long-sound.mp4');
    await runFfmpeg([
      '-y', '-f', 'lavfi', '-i', 'testsrc2=s=320x240:r=24:d=3', '-f', 'lavfi', '-i', 'sine=d=5',
      '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-f', 'mp4', video,
    ]);
    const sub = join(dir, 'long-sound');
    await mkdir(sub);
    const frames = await allFrames(video, sub);
    await extractFrame(video, 'last', join(sub, 'last.png'));
    expect(await psnr(join(sub, 'last.png'), frames.at(-1)!)).toBe(Infinity);
  });

  it('fails with download.invalid on a file that is not a video', async () => {
    const audio = join(dir, 'tone.m4a');
    await runFfmpeg(['-y', '-f', 'lavfi', '-i', 'sine=d=1', '-c:a', 'aac', '-f', 'mp4', audio]);
    const error = await extractFrame(audio, 'last', join(dir, 'x.png')).catch((e: unknown) => e);
    expect(isSeedanceError(error, 'download.invalid')).toBe(true);
    expect((error as Error).message).toMatch(/no video stream/);
  });

  it('measures PSNR between different images as a finite figure', async () => {
    const red = join(dir, 'red.png');
    const orange = join(dir, 'orange.png');
    await runFfmpeg(['-y', '-f', 'lavfi', '-i', 'color=c=red:s=64x64', '-frames:v', '1', red]);
    await runFfmpeg(['-y', '-f', 'lavfi', '-i', 'color=c=orange:s=64x64', '-frames:v', '1', orange]);
    const value = await psnr(red, orange);
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(20);
    expect(await psnr(red, red)).toBe(Infinity);
  });
});
