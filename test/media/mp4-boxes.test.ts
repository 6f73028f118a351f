// The in-process MP4 reader against ffprobe on real files made by ffmpeg: H.264 and H.265, with and
// without sound, moov after and before mdat, B-frames and edit lists, NTSC rates, a free-padded
// file; a truncated file is broken (even where ffprobe finds nothing wrong), a fragmented one is
// left to ffprobe. And verifyVideo decides on those facts without starting ffprobe.
import { appendFile, copyFile, open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSeedanceError } from '../../src/core/errors.js';
import { clearProbeCache, probeMedia, readMp4, runFfmpeg, runFfprobe, verifyVideo, videoSeconds, type Mp4Facts } from '../../src/media/index.js';
import { makeClip, tempDir, type ClipSpec } from './fixtures.js';

const CLIPS: [string, ClipSpec][] = [
  ['h264-sound-moov-at-end', { seconds: 2 }],
  ['h264-silent-faststart', { seconds: 2, tone: false, faststart: true }],
  ['h264-bframes-ntsc-sound-faststart', { seconds: 3, rate: '30000/1001', fps: 30, preset: 'medium', faststart: true, width: 640, height: 360 }],
  ['h264-bframes-silent', { seconds: 2.5, preset: 'medium', tone: false }],
  ['h265-sound', { seconds: 2, codec: 'h265', fps: 25 }],
  ['h265-silent-faststart', { seconds: 2, codec: 'h265', tone: false, faststart: true, preset: 'medium' }],
];

describe('readMp4 against ffprobe', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('mp4-boxes'));
  });
  afterAll(async () => cleanup());

  const facts = async (file: string): Promise<Mp4Facts> => {
    const reading = await readMp4(file);
    if (reading.kind !== 'read') throw new Error(`${file}: ${reading.kind}: ${reading.reason}`);
    return reading.facts;
  };

  it.each(CLIPS)('%s: codec, size, frames, rate, lengths and sound as ffprobe says', async (name, spec) => {
    const file = await makeClip(join(dir, `${name}.mp4`), spec);
    const [read, probe] = [await facts(file), await probeMedia(file)];
    const video = read.tracks.find((t) => t.kind === 'video');
    expect(video).toMatchObject({ codec: probe.video?.codec, width: probe.video?.width, height: probe.video?.height, samples: probe.video?.frames });
    expect(video?.fourcc).toBe(spec.codec === 'h265' ? 'hvc1' : 'avc1');
    expect(video?.durationSeconds).toBeCloseTo(probe.video?.durationSeconds ?? NaN, 6);
    expect(read.durationSeconds).toBeCloseTo(probe.durationSeconds, 3);
    expect(read.sizeBytes).toBe(probe.sizeBytes);
    expect(read.tracks.some((t) => t.kind === 'audio')).toBe(probe.audio !== undefined);
    if (probe.audio) expect(read.tracks.find((t) => t.kind === 'audio')?.codec).toBe(probe.audio.codec);
    // What the check decides on: the same length and rate as from the probe.
    const checked = await verifyVideo(file);
    expect(checked.source).toBe('mp4-boxes');
    expect(checked.video?.fps).toBeCloseTo(probe.video?.fps ?? NaN, 6);
    expect(videoSeconds(checked)).toBeCloseTo(videoSeconds(probe), 6);
  });

  it('finds the last frame and the last sync sample where ffprobe lists them', async () => {
    const file = await makeClip(join(dir, 'keys.mp4'), { seconds: 3, preset: 'medium', tone: false, gop: 24 });
    const out = await runFfprobe(['-print_format', 'json', '-select_streams', 'v', '-show_entries', 'packet=pts_time,flags', file]);
    const packets = JSON.parse(out.toString()) as { packets: { pts_time: string; flags: string }[] };
    const times = packets.packets.map((p) => Number(p.pts_time));
    const keys = packets.packets.filter((p) => p.flags.startsWith('K')).map((p) => Number(p.pts_time));
    const video = (await facts(file)).tracks.find((t) => t.kind === 'video');
    expect(video?.lastSeconds).toBeCloseTo(Math.max(...times), 6);
    expect(video?.lastSyncSeconds).toBeCloseTo(keys.at(-1) ?? NaN, 6);
    expect(video?.firstSeconds).toBeCloseTo(Math.min(...times), 6);
  });

  it('reads a file padded with a free box as its clip', async () => {
    const file = join(dir, 'padded.mp4');
    await makeClip(file, { seconds: 1 });
    const before = await facts(file);
    const pad = Buffer.alloc(100_000);
    pad.writeUInt32BE(pad.length, 0);
    pad.write('free', 4, 'latin1');
    await appendFile(file, pad);
    const after = await facts(file);
    expect(after.sizeBytes).toBe(before.sizeBytes + pad.length);
    expect(after.tracks).toEqual(before.tracks);
    clearProbeCache();
    expect((await probeMedia(file)).video?.frames).toBe(24);
  });

  it('calls a truncated file broken, with moov at the end and at the start (where ffprobe finds nothing wrong)', async () => {
    for (const faststart of [false, true]) {
      const whole = await makeClip(join(dir, `whole-${faststart}.mp4`), { seconds: 2, faststart });
      const cut = join(dir, `cut-${faststart}.mp4`);
      const size = (await facts(whole)).sizeBytes;
      await copyFile(whole, cut);
      const handle = await open(cut, 'r+');
      await handle.truncate(Math.floor(size * 0.7));
      await handle.close();
      const reading = await readMp4(cut);
      expect(reading).toMatchObject({ kind: 'broken', reason: expect.stringMatching(/past the end of the file at \d+: it is truncated/) });
      const error = await verifyVideo(cut).catch((e: unknown) => e);
      expect(isSeedanceError(error, 'download.invalid')).toBe(true);
      expect((error as Error).message).toMatch(/is not a whole video: .*truncated/);
      // moov first: ffprobe reads the tables and says nothing of the missing bytes.
      if (faststart) await expect(probeMedia(cut)).resolves.toMatchObject({ video: expect.objectContaining({ frames: 48 }) });
    }
  });

  it('calls samples beyond the end broken even when every box fits (an mdat sized "to the end")', async () => {
    const whole = await makeClip(join(dir, 'to-end.mp4'), { seconds: 1, tone: false, faststart: true });
    const bytes = await readFile(whole);
    const mdat = bytes.indexOf('mdat', 0, 'latin1') - 4;
    bytes.writeUInt32BE(0, mdat);
    const cut = join(dir, 'to-end-cut.mp4');
    await writeFile(cut, bytes.subarray(0, bytes.length - 1000));
    expect(await readMp4(cut)).toMatchObject({ kind: 'broken', reason: expect.stringMatching(/samples run to byte \d+, past the end/) });
  });

  it('leaves a fragmented MP4 and a file that is no MP4 to ffprobe', async () => {
    const fragmented = join(dir, 'fragmented.mp4');
    await runFfmpeg(['-y', '-f', 'lavfi', '-i', 'testsrc2=s=320x240:r=24:d=2', '-c:v', 'libx264', '-preset', 'ultrafast', '-g', '24', '-movflags', 'frag_keyframe+empty_moov', '-f', 'mp4', fragmented]);
    expect(await readMp4(fragmented)).toMatchObject({ kind: 'unreadable', reason: 'it is a fragmented MP4' });
    const checked = await verifyVideo(fragmented, { width: 320, height: 240 });
    expect(checked.source).toBe('ffprobe');
    const text = join(dir, 'text.mp4');
    await writeFile(text, 'not a video at all, just some words\n');
    expect((await readMp4(text)).kind).toBe('unreadable');
    expect((await verifyVideo(text).catch((e: unknown) => e)) as Error).toMatchObject({ code: 'download.invalid', message: expect.stringMatching(/not a readable video/) });
  });
});
