// probeMedia on real files, the pure JSON parser, the probe cache's identity rule, and verifyVideo.
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearProbeCache, parseProbeJson, probeMedia, verifyVideo, videoSeconds } from '../../src/media/index.js';
import { isSeedanceError } from '../../src/core/errors.js';
import { makeClip, tempDir, useTools } from './fixtures.js';

describe('parseProbeJson', () => {
  it('skips cover art, reads rates and N/A fields, and names layouts from channel counts', () => {
    const info = parseProbeJson('/f.mp4', {
      format: { duration: '5.041667', size: '1234', format_name: 'mov,mp4,m4a,3gp,3g2,mj2' },
      streams: [
        { codec_type: 'video', codec_name: 'mjpeg', width: 300, height: 300, disposition: { attached_pic: 1 } },
        { codec_type: 'video', codec_name: 'h264', width: 864, height: 496, pix_fmt: 'yuv420p', avg_frame_rate: '0/0', r_frame_rate: '24/1', time_base: '1/12288', nb_frames: 'N/A', duration: '5.041667' },
        { codec_type: 'audio', codec_name: 'aac', sample_rate: '48000', channels: 1 },
      ],
      chapters: [{ start_time: '0.000000', end_time: '5.041667', tags: { title: 'intro' } }],
    });
    expect(info).toEqual({
      file: '/f.mp4',
      durationSeconds: 5.041667,
      sizeBytes: 1234,
      formatName: 'mov,mp4,m4a,3gp,3g2,mj2',
      video: { codec: 'h264', width: 864, height: 496, pixFmt: 'yuv420p', fps: 24, frameRate: '24/1', timeBase: '1/12288', durationSeconds: 5.041667 },
      audio: { codec: 'aac', sampleRate: 48000, channels: 1, channelLayout: 'mono' },
      chapters: [{ title: 'intro', start: 0, end: 5.041667 }],
    });
  });
});

describe('probing real files (system ffmpeg)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let restore: () => void;
  let clip: string;

  beforeAll(async () => {
    restore = await useTools('system');
    ({ dir, cleanup } = await tempDir('probe'));
    clip = await makeClip(join(dir, 'clip.mp4'), { seconds: 2, width: 320, height: 240 });
  });

  afterAll(async () => {
    restore();
    await cleanup();
  });

  it('reads codecs, size, rate, time base, frames, sound and the codec setup hash', async () => {
    const info = await probeMedia(clip);
    expect(info.video).toMatchObject({ codec: 'h264', width: 320, height: 240, pixFmt: 'yuv420p', fps: 24, frameRate: '24/1', timeBase: '1/12288', frames: 48 });
    expect(info.video?.extradataHash).toMatch(/^SHA256:[0-9a-f]{64}$/);
    expect(info.audio).toMatchObject({ codec: 'aac', sampleRate: 48000, channels: 1, channelLayout: 'mono' });
    expect(videoSeconds(info)).toBe(2);
    expect(info.sizeBytes).toBeGreaterThan(1000);
    expect(info.formatName).toContain('mp4');
  });

  it('remembers a probe across a rename (same file), never across a rewrite', async () => {
    clearProbeCache();
    const part = join(dir, '.x.mp4.part');
    await makeClip(part, { seconds: 1 });
    const before = await probeMedia(part);
    await rename(part, join(dir, 'x.mp4'));
    const after = await probeMedia(join(dir, 'x.mp4'));
    expect(after.file).toBe(join(dir, 'x.mp4'));
    expect(after.video?.frames).toBe(before.video?.frames);
    await makeClip(join(dir, 'x.mp4'), { seconds: 1.5 });
    expect((await probeMedia(join(dir, 'x.mp4'))).video?.frames).toBe(36);
  });

  it('fails with ffmpeg.failed on a file that is not media, and on a missing file', async () => {
    const text = join(dir, 'not-media.mp4');
    await writeFile(text, 'hello');
    for (const file of [text, join(dir, 'missing.mp4')]) {
      const error = await probeMedia(file).catch((e: unknown) => e);
      expect(isSeedanceError(error, 'ffmpeg.failed')).toBe(true);
    }
  });

  describe('verifyVideo', () => {
    it('accepts the video expected', async () => {
      const info = await verifyVideo(clip, { width: 320, height: 240, durationSeconds: 2, audio: true });
      expect(info.video?.frames).toBe(48);
      await verifyVideo(clip, { durationSeconds: 2.4, toleranceSeconds: 0.5 });
    });

    it('lists every difference in one download.invalid error', async () => {
      const error = await verifyVideo(clip, { width: 864, height: 496, durationSeconds: 5, audio: false }).catch((e: unknown) => e);
      expect(isSeedanceError(error, 'download.invalid')).toBe(true);
      const message = (error as Error).message;
      expect(message).toContain('size 320x240, expected 864x496');
      expect(message).toContain('duration 2.000 s, expected 5 s');
      expect(message).toContain('an audio stream, expected none');
    });

    it('by default allows one frame of difference in length, no more', async () => {
      await verifyVideo(clip, { durationSeconds: 2 + 1 / 24 });
      await expect(verifyVideo(clip, { durationSeconds: 2 + 2 / 24 })).rejects.toThrow(/duration/);
    });

    it('says so when sound was expected and there is none, or the file is not a video', async () => {
      const mute = await makeClip(join(dir, 'mute.mp4'), { seconds: 1, tone: false });
      await expect(verifyVideo(mute, { audio: true })).rejects.toThrow(/no audio stream, expected sound/);
      const text = join(dir, 'truncated.mp4');
      await writeFile(text, Buffer.alloc(100));
      const error = await verifyVideo(text).catch((e: unknown) => e);
      expect(isSeedanceError(error, 'download.invalid')).toBe(true);
      expect((error as Error).message).toMatch(/not a readable video/);
    });
  });
});
