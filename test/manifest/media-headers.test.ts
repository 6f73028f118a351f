// Media recognition by content, on real files made by ffmpeg: the kind and format by magic bytes,
// image sizes from each format's header, audio lengths from wav, mp3 (CBR and VBR), flac, m4a,
// ogg (Vorbis and Opus) and raw AAC.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audioDuration } from '../../src/manifest/audio-duration.js';
import { probeFile } from '../../src/manifest/file-probe.js';
import { imageSize } from '../../src/manifest/image-size.js';
import { sniff } from '../../src/manifest/media-sniff.js';
import { removeDir, suiteTempDir } from '../temp.js';

let dir: string;
const ffmpeg = (...args: string[]): Promise<unknown> => promisify(execFile)('/usr/bin/ffmpeg', ['-v', 'error', '-y', ...args]);

beforeAll(async () => {
  dir = await suiteTempDir('seedance-media-');
  const picture = ['-f', 'lavfi', '-i', 'color=c=0x3070b0:s=334x222,format=rgb24,scale=333:223', '-frames:v', '1'];
  const tone = ['-f', 'lavfi', '-i', 'sine=frequency=440:duration=3', '-ac', '1'];
  const clip = ['-f', 'lavfi', '-i', 'testsrc2=s=160x96:r=12:d=1', '-pix_fmt', 'yuv420p'];
  // Independent files: made side by side.
  await Promise.all([
    ...['png', 'jpg', 'gif', 'bmp', 'webp', 'tiff'].map((ext) => ffmpeg(...picture, join(dir, `image.${ext}`))),
    ffmpeg(...tone, join(dir, 'audio.wav')),
    ffmpeg(...tone, '-c:a', 'libmp3lame', '-b:a', '64k', join(dir, 'cbr.mp3')),
    ffmpeg(...tone, '-c:a', 'libmp3lame', '-q:a', '4', join(dir, 'vbr.mp3')),
    ffmpeg(...tone, '-c:a', 'libmp3lame', '-b:a', '32k', '-ar', '22050', join(dir, 'mpeg2.mp3')),
    ffmpeg(...tone, join(dir, 'audio.flac')),
    ffmpeg(...tone, '-c:a', 'aac', join(dir, 'audio.m4a')),
    ffmpeg(...tone, '-c:a', 'aac', '-f', 'adts', join(dir, 'audio.aac')),
    ffmpeg(...tone, '-c:a', 'libvorbis', join(dir, 'audio.ogg')),
    ffmpeg(...tone, '-c:a', 'aac', '-movflags', '+faststart', join(dir, 'faststart.m4a')),
    ffmpeg(...tone, '-c:a', 'libopus', join(dir, 'opus.ogg')),
    // Longer than the 64 kB head, with the movie header at the end: read whole to find its length.
    ffmpeg('-f', 'lavfi', '-i', 'sine=frequency=440:duration=20', '-c:a', 'aac', '-b:a', '128k', join(dir, 'long.m4a')),
    ffmpeg(...clip, '-c:v', 'libx264', '-preset', 'ultrafast', join(dir, 'video.mp4')),
    ffmpeg(...clip, '-c:v', 'libx264', '-preset', 'ultrafast', join(dir, 'video.mov')),
    ffmpeg(...clip, '-c:v', 'libvpx', '-deadline', 'realtime', join(dir, 'video.webm')),
  ]);
  // A PNG under a misleading name: the content decides.
  await writeFile(join(dir, 'renamed.mp3'), await readFile(join(dir, 'image.png')));
});

afterAll(() => removeDir(dir));

describe('sniff', () => {
  it.each([
    ['image.png', 'image', 'png', 'image/png'],
    ['image.jpg', 'image', 'jpeg', 'image/jpeg'],
    ['image.gif', 'image', 'gif', 'image/gif'],
    ['image.bmp', 'image', 'bmp', 'image/bmp'],
    ['image.webp', 'image', 'webp', 'image/webp'],
    ['image.tiff', 'image', 'tiff', 'image/tiff'],
    ['audio.wav', 'audio', 'wav', 'audio/wav'],
    ['cbr.mp3', 'audio', 'mp3', 'audio/mpeg'],
    ['audio.flac', 'audio', 'flac', 'audio/flac'],
    ['audio.m4a', 'audio', 'm4a', 'audio/mp4'],
    ['audio.aac', 'audio', 'aac', 'audio/aac'],
    ['audio.ogg', 'audio', 'ogg', 'audio/ogg'],
    ['video.mp4', 'video', 'mp4', 'video/mp4'],
    ['video.mov', 'video', 'mov', 'video/quicktime'],
    ['video.webm', 'video', 'webm', 'video/webm'],
    ['renamed.mp3', 'image', 'png', 'image/png'],
  ])('%s is %s/%s', (file, kind, format, mime) => {
    expect(sniff(readFileSync(join(dir, file)))).toEqual({ kind, format, mime });
  });

  it('recognises nothing in text or an empty buffer', () => {
    expect(sniff(Buffer.from('hello, this is text'))).toBeUndefined();
    expect(sniff(Buffer.alloc(0))).toBeUndefined();
  });
});

describe('imageSize', () => {
  it.each(['png', 'jpg', 'gif', 'bmp', 'webp', 'tiff'])('reads 333x223 from %s', (ext) => {
    const buf = readFileSync(join(dir, `image.${ext}`));
    expect(imageSize(sniff(buf)?.format ?? '', buf)).toEqual({ width: 333, height: 223 });
  });

  it('gives up on a header cut short instead of throwing', () => {
    const buf = readFileSync(join(dir, 'image.jpg')).subarray(0, 30);
    expect(imageSize('jpeg', buf)).toBeUndefined();
    expect(imageSize('tiff', Buffer.from('II*\0\xff\xff\xff\x0f', 'latin1'))).toBeUndefined();
  });
});

describe('audioDuration', () => {
  it.each(['audio.wav', 'cbr.mp3', 'vbr.mp3', 'mpeg2.mp3', 'audio.flac', 'audio.m4a', 'faststart.m4a', 'audio.aac', 'audio.ogg', 'opus.ogg'])('reads about 3 s from %s', (file) => {
    const buf = readFileSync(join(dir, file));
    const seconds = audioDuration(sniff(buf)?.format ?? '', buf.subarray(0, 64 * 1024), buf.length);
    expect(seconds).toBeGreaterThan(2.9);
    expect(seconds).toBeLessThan(3.15);
  });

  it('does not guess from the head of an m4a, ogg or aac file whose length is not in it', () => {
    const buf = readFileSync(join(dir, 'long.m4a'));
    expect(buf.length).toBeGreaterThan(64 * 1024);
    expect(audioDuration('m4a', buf.subarray(0, 64 * 1024), buf.length)).toBeUndefined();
    expect(audioDuration('ogg', Buffer.from('OggS not really'), 100)).toBeUndefined();
  });
});

describe('probeFile', () => {
  it('reports bytes, kind and size together', async () => {
    const facts = await probeFile(join(dir, 'image.png'));
    expect(facts).toMatchObject({ ok: true, dimensions: { width: 333, height: 223 }, sniffed: { format: 'png' } });
  });

  it('reads an m4a longer than its head whole, so a clip over the limit is caught', async () => {
    const facts = await probeFile(join(dir, 'long.m4a'));
    expect(facts.ok && facts.seconds).toBeGreaterThan(19.9);
    expect(facts.ok && facts.seconds).toBeLessThan(20.1);
  });

  it('tells a missing file from a folder', async () => {
    expect(await probeFile(join(dir, 'nope.png'))).toMatchObject({ ok: false, problem: 'missing' });
    expect(await probeFile(dir)).toMatchObject({ ok: false, problem: 'not-a-file' });
  });
});
