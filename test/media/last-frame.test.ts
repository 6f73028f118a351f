// The last frame taken without ffprobe, decoding from the last key frame (the MP4's sync sample
// table): on clips with B-frames, H.265, NTSC rates, a key frame in the last half second, one key
// frame in all, an edit list that cuts the start, it is the real last frame and the very PNG the
// extraction before it made (ffprobe's length, then the last half second).
import { chmod, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFrame, probeMedia, psnr, readMp4, resetTools, runFfmpeg, verifyVideo, videoSeconds } from '../../src/media/index.js';
import { lastFrameStart } from '../../src/media/frames.js';
import { makeClip, tempDir, type ClipSpec } from './fixtures.js';

async function lastDecoded(video: string, dir: string): Promise<string> {
  await runFfmpeg(['-i', video, '-map', '0:v:0', '-vsync', '0', '-f', 'image2', '-c:v', 'png', join(dir, 'f-%04d.png')]);
  const frames = (await readdir(dir)).filter((f) => f.startsWith('f-')).sort();
  return join(dir, frames.at(-1) ?? 'none');
}

/**
 * Run `work` with an ffmpeg that logs its arguments (one line a run) and an ffprobe that answers
 * -version and fails everything else; resolves with the ffmpeg runs other than -version.
 */
async function loggedTools(dir: string, work: () => Promise<void>): Promise<string[][]> {
  const log = join(dir, 'ffmpeg.log');
  const ffmpeg = join(dir, 'logged-ffmpeg');
  const ffprobe = join(dir, 'failing-ffprobe');
  await writeFile(ffmpeg, `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec ffmpeg "$@"\n`);
  await writeFile(ffprobe, '#!/bin/sh\n[ "$1" = -version ] && exit 0\necho "this ffprobe must not be run" >&2\nexit 1\n');
  await Promise.all([chmod(ffmpeg, 0o755), chmod(ffprobe, 0o755)]);
  const saved = { FFMPEG_PATH: process.env.FFMPEG_PATH, FFPROBE_PATH: process.env.FFPROBE_PATH };
  Object.assign(process.env, { FFMPEG_PATH: ffmpeg, FFPROBE_PATH: ffprobe });
  resetTools();
  try {
    await work();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    resetTools();
  }
  const lines = (await readFile(log, 'utf8')).split('\n').filter((line) => line && line !== '-version');
  return lines.map((line) => line.split(' '));
}

/** The -ss of an ffmpeg run, 0 without one. */
const seekOf = (args: string[]): number => (args.includes('-ss') ? Number(args[args.indexOf('-ss') + 1]) : 0);

/** The extraction as it was: ffprobe for the length, then -ss to half a second before the end. */
async function previousExtraction(video: string, png: string): Promise<void> {
  const seekTo = videoSeconds(await probeMedia(video)) - 0.5;
  const seek = seekTo > 0 ? ['-ss', seekTo.toFixed(6)] : [];
  await runFfmpeg(['-y', ...seek, '-i', video, '-vf', 'reverse', '-map', '0:v:0', '-an', '-sn', '-dn', '-frames:v', '1', '-update', '1', '-f', 'image2', '-c:v', 'png', png]);
}

describe('the last frame from the last key frame', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('last-frame'));
  });
  afterAll(async () => cleanup());

  it.each<[string, ClipSpec]>([
    ['h264 with B-frames and sound', { seconds: 3, preset: 'medium' }],
    ['h265 with B-frames, faststart', { seconds: 2.5, codec: 'h265', preset: 'medium', tone: false, faststart: true }],
    ['NTSC 29.97 fps', { seconds: 2, rate: '30000/1001', fps: 30, preset: 'medium', tone: false }],
    ['a key frame in the last half second', { seconds: 2.25, gop: 51, tone: false }],
    ['one key frame in all', { seconds: 3, gop: 1000, preset: 'medium', tone: false }],
  ])('%s: the real last frame, the same PNG as before', async (name, spec) => {
    const sub = join(dir, name.replace(/\W+/g, '-'));
    await mkdir(sub);
    const video = await makeClip(join(sub, 'clip.mp4'), spec);
    const runs = await loggedTools(sub, () => extractFrame(video, 'last', join(sub, 'last.part')));
    // One ffmpeg run, no ffprobe, decoding from the last key frame (or the window after it).
    const reading = await readMp4(video);
    const track = reading.kind === 'read' ? reading.facts.tracks.find((t) => t.kind === 'video') : undefined;
    expect(runs).toHaveLength(1);
    expect(seekOf(runs[0] ?? [])).toBeCloseTo(lastFrameStart(track ?? { firstSeconds: NaN, lastSeconds: NaN, lastSyncSeconds: NaN }), 5);
    expect(seekOf(runs[0] ?? [])).toBeGreaterThanOrEqual((track?.lastSyncSeconds ?? NaN) - 1e-6);
    expect(await psnr(join(sub, 'last.part'), await lastDecoded(video, sub))).toBe(Infinity);
    await previousExtraction(video, join(sub, 'before.png'));
    expect((await readFile(join(sub, 'last.part'))).equals(await readFile(join(sub, 'before.png')))).toBe(true);
  });

  it('a clip whose edit list cuts its first half second (frames before 0): the real last frame', async () => {
    const sub = join(dir, 'cut');
    await mkdir(sub);
    const whole = await makeClip(join(sub, 'whole.mp4'), { seconds: 3, preset: 'medium' });
    const video = join(sub, 'cut.mp4');
    await runFfmpeg(['-y', '-ss', '0.5', '-i', whole, '-c', 'copy', video]);
    const reading = await readMp4(video);
    expect(reading.kind === 'read' && reading.facts.tracks[0]?.firstSeconds).toBeLessThan(0);
    await extractFrame(video, 'last', join(sub, 'last.png'));
    expect(await psnr(join(sub, 'last.png'), await lastDecoded(video, sub))).toBe(Infinity);
  });

  it('needs no ffprobe: a clip is checked and its last frame taken with an ffprobe that always fails', async () => {
    const sub = join(dir, 'no-ffprobe');
    await mkdir(sub);
    const video = await makeClip(join(sub, 'clip.mp4'), { seconds: 2 });
    const runs = await loggedTools(sub, async () => {
      await expect(verifyVideo(video, { width: 320, height: 240, durationSeconds: 2, audio: true })).resolves.toMatchObject({ source: 'mp4-boxes' });
      await extractFrame(video, 'last', join(sub, 'last.png'));
    });
    expect(runs).toHaveLength(1);
    expect(await psnr(join(sub, 'last.png'), await lastDecoded(video, sub))).toBe(Infinity);
  });
});

describe('lastFrameStart', () => {
  it('starts at the last key frame, or half a second before the last frame when the key frame is further back', () => {
    // Key frames at 0, 2 and 4 s of a 5 s clip at 24 fps: ffmpeg seeks to 4 s and keeps the last 0.5 s.
    expect(lastFrameStart({ firstSeconds: 0, lastSeconds: 119 / 24, lastSyncSeconds: 4 })).toBeCloseTo(119 / 24 - 0.5, 9);
    // A key frame 0.25 s before the end: decoding starts there.
    expect(lastFrameStart({ firstSeconds: 0, lastSeconds: 4.75, lastSyncSeconds: 4.5 })).toBe(4.5);
    // Counted from the first frame (a track starting at 0.1 s), not from before it (frames an edit cut off).
    expect(lastFrameStart({ firstSeconds: 0.1, lastSeconds: 2, lastSyncSeconds: 1.9 })).toBeCloseTo(1.8, 9);
    expect(lastFrameStart({ firstSeconds: -0.5, lastSeconds: 2, lastSyncSeconds: 1 })).toBe(1.5);
  });
});
