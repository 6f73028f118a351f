// Issue 16, "Measuring media right": audio lengths and image sizes of files ffmpeg made, as the
// manifest's file probe reads them, against what ffprobe says.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeFile } from '../../src/manifest/file-probe.js';
import { runFfmpeg, runFfprobe } from '../../src/media/index.js';
import { tempDir } from './fixtures.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('measure'));
});
afterAll(() => cleanup());

/** A loud first second then quiet: a VBR encoder's first frames are far above its average rate. */
const loudThenQuiet = (seconds: number): string[] => ['-f', 'lavfi', '-i', `anoisesrc=d=1:a=0.5,apad=whole_dur=${seconds}`, '-ar', '44100', '-ac', '2'];
const tone = (seconds: number): string[] => ['-f', 'lavfi', '-i', `sine=f=440:d=${seconds}`];

async function make(name: string, args: string[]): Promise<string> {
  const file = join(dir, name);
  await runFfmpeg(['-y', ...args, file]);
  return file;
}

async function probedSeconds(file: string): Promise<number | undefined> {
  const facts = await probeFile(file);
  return facts.ok ? facts.seconds : undefined;
}

/** ffprobe's length; with count, from the frames it decodes (its own estimate is wrong without a Xing header too). */
async function ffprobeSeconds(file: string, count = false): Promise<number> {
  if (!count) return Number(String(await runFfprobe(['-show_entries', 'format=duration', '-of', 'csv=p=0', file])).trim());
  const out = String(await runFfprobe(['-count_frames', '-select_streams', 'a:0', '-show_entries', 'stream=nb_read_frames,sample_rate', '-of', 'csv=p=0', file])).trim();
  const [rate, frames] = out.split(',').map(Number) as [number, number];
  return (frames * 1152) / rate;
}

describe('audio lengths', () => {
  const cases: [name: string, args: (s: number) => string[], countFrames: boolean][] = [
    ['cbr.mp3', (s) => [...tone(s), '-c:a', 'libmp3lame', '-b:a', '128k'], false],
    ['vbr-xing.mp3', (s) => [...loudThenQuiet(s), '-c:a', 'libmp3lame', '-q:a', '2'], false],
    ['vbr-no-xing.mp3', (s) => [...loudThenQuiet(s), '-c:a', 'libmp3lame', '-q:a', '2', '-write_xing', '0'], true],
    ['cbr-no-xing.mp3', (s) => [...tone(s), '-c:a', 'libmp3lame', '-b:a', '128k', '-write_xing', '0'], true],
    ['mono-22k-vbr-no-xing.mp3', (s) => [...loudThenQuiet(s).slice(0, 4), '-ar', '22050', '-ac', '1', '-c:a', 'libmp3lame', '-q:a', '2', '-write_xing', '0'], false],
    ['tone.wav', (s) => tone(s), false],
    ['tone.m4a', (s) => [...tone(s), '-c:a', 'aac'], false],
    ['tone.ogg', (s) => [...tone(s), '-c:a', 'libvorbis'], false],
    ['tone.flac', (s) => tone(s), false],
  ];

  it.each(cases.flatMap(([name, args, count]) => [7.5, 20].map((s) => [`${s}s-${name}`, args(s), count, s] as const)))('%s', async (name, args, count, seconds) => {
    const file = await make(name, [...args]);
    const measured = await probedSeconds(file);
    expect(measured, 'measured').toBeDefined();
    // MPEG-2 frames hold 576 samples: counting them with ffprobe's 1152 would halve the answer.
    const reference = name.includes('22k') ? seconds : await ffprobeSeconds(file, count);
    expect(Math.abs((measured ?? 0) - reference), `${measured} vs ${reference}`).toBeLessThan(0.1);
    expect(Math.abs((measured ?? 0) - seconds)).toBeLessThan(0.2);
  });
});

describe('TIFF sizes', () => {
  async function size(file: string): Promise<{ width: number; height: number } | undefined> {
    const facts = await probeFile(file);
    return facts.ok ? facts.dimensions : undefined;
  }

  it.each([
    ['packbits', []],
    ['raw', ['-compression_algo', 'raw']],
    ['deflate, rgba', ['-compression_algo', 'deflate', '-pix_fmt', 'rgba']],
  ])('an ffmpeg TIFF (%s), its IFD after the pixels, far past the first 64 KB', async (name, extra) => {
    const file = await make(`${name.replace(/\W/g, '')}.tiff`, ['-f', 'lavfi', '-i', 'testsrc2=s=1280x720:d=1', '-frames:v', '1', ...extra]);
    const facts = await probeFile(file);
    expect(facts.ok && facts.bytes).toBeGreaterThan(64 * 1024);
    expect(await size(file)).toEqual({ width: 1280, height: 720 });
  });

  it('a big-endian TIFF with its IFD at the end (hand-made: ffmpeg writes little-endian only), and one with the IFD first', async () => {
    const entry = (tag: number, type: number, value: number): Buffer => {
      const b = Buffer.alloc(12);
      b.writeUInt16BE(tag, 0);
      b.writeUInt16BE(type, 2);
      b.writeUInt32BE(1, 4);
      if (type === 3) b.writeUInt16BE(value, 8);
      else b.writeUInt32BE(value, 8);
      return b;
    };
    const ifd = (): Buffer => {
      const count = Buffer.alloc(2);
      count.writeUInt16BE(2);
      return Buffer.concat([count, entry(256, 3, 1000), entry(257, 4, 800), Buffer.alloc(4)]);
    };
    const pixels = 300 * 1024;
    const header = Buffer.from([0x4d, 0x4d, 0, 42, 0, 0, 0, 0]);
    header.writeUInt32BE(8 + pixels, 4);
    const atEnd = join(dir, 'be-end.tiff');
    await writeFile(atEnd, Buffer.concat([header, Buffer.alloc(pixels), ifd()]));
    expect(await size(atEnd)).toEqual({ width: 1000, height: 800 });
    const first = Buffer.from([0x4d, 0x4d, 0, 42, 0, 0, 0, 8]);
    const atStart = join(dir, 'be-start.tiff');
    await writeFile(atStart, Buffer.concat([first, ifd(), Buffer.alloc(pixels)]));
    expect(await size(atStart)).toEqual({ width: 1000, height: 800 });
  });
});
