// The film's last step: `loudness: -16` levels the film (music bed included) to -16 LUFS as ffmpeg's
// ebur128 measures it, and dialogue lines become a subtitle stream in the film with one cue per
// line at the time its shot shows. Real ffmpeg, small clips.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assemble, type AssembleInput } from '../../src/assemble/index.js';
import { subtitleFiles } from '../../src/assemble/finish.js';
import { runFfmpeg, runFfprobe } from '../../src/media/index.js';
import { makeClip, makeTone, tempDir } from '../media/fixtures.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('finish'));
  await Promise.all([
    makeClip(join(dir, 'a.mp4'), { seconds: 3, tone: 300 }),
    makeClip(join(dir, 'b.mp4'), { seconds: 3, tone: 500 }),
    makeClip(join(dir, 'c.mp4'), { seconds: 3, tone: 700 }),
    makeTone(join(dir, 'bed.m4a'), 10, 200),
  ]);
}, 60_000);
afterAll(() => cleanup());

/** Integrated loudness as ffmpeg's ebur128 filter measures it (its summary on stderr). */
async function ebur128(file: string): Promise<number> {
  let report = '';
  await runFfmpeg(['-loglevel', 'info', '-i', file, '-map', '0:a:0', '-af', 'ebur128', '-f', 'null', '-'], { onStderr: (t) => (report += t) });
  const summary = report.slice(report.lastIndexOf('Summary:'));
  return Number(/I:\s+(-?[\d.]+) LUFS/.exec(summary)?.[1]);
}

const clips = (): AssembleInput['clips'] => [
  { id: 'a', path: join(dir, 'a.mp4'), dialogue: [{ line: 'Good morning' }] },
  { id: 'b', path: join(dir, 'b.mp4'), trim: { start: 0.5 }, dialogue: [{ line: 'Is the kettle on?', speaker: 'Anna', start: 1, end: 2 }] },
  { id: 'c', path: join(dir, 'c.mp4'), dialogue: [{ line: 'It is.' }, { line: 'Good.' }] },
];

describe('finishing the film', () => {
  for (const target of [-16, -23]) {
    it(`levels the film and its music bed to ${target} LUFS (ebur128, within 1 LU)`, async () => {
      const output = join(dir, `level${target}.mp4`);
      const before = join(dir, `plain${target}.mp4`);
      await assemble({ clips: clips().map(({ dialogue: _d, ...c }) => c), output: before, transition: { type: 'crossfade', duration: 0.5 }, audio: { file: join(dir, 'bed.m4a'), volume: 0.5 } });
      const result = await assemble({ clips: clips().map(({ dialogue: _d, ...c }) => c), output, transition: { type: 'crossfade', duration: 0.5 }, audio: { file: join(dir, 'bed.m4a'), volume: 0.5 }, loudness: target });
      const measured = await ebur128(output);
      expect(Math.abs(measured - target)).toBeLessThanOrEqual(1);
      expect(Math.abs((await ebur128(before)) - target)).toBeGreaterThan(1); // it was not there already
      expect(result.loudness?.target).toBe(target);
      expect(Math.abs((result.loudness?.measured ?? 0) - measured)).toBeLessThan(0.5);
      expect(result.durationSeconds).toBeCloseTo(7.5, 2);
    }, 120_000);
  }

  it('puts the dialogue in the film as a subtitle stream, one cue per line at its time in the film', async () => {
    const output = join(dir, 'spoken.mp4');
    const result = await assemble({ clips: clips(), output, transition: { type: 'crossfade', duration: 0.5 } });
    const streams = JSON.parse((await runFfprobe(['-v', 'error', '-show_streams', '-of', 'json', output])).toString()) as { streams: { codec_type: string; codec_name: string }[] };
    // (MP4 keeps the chapters in a data track of its own.)
    expect(streams.streams.filter((s) => s.codec_type !== 'data').map((s) => `${s.codec_type}:${s.codec_name}`)).toEqual(['video:h264', 'audio:aac', 'subtitle:mov_text']);
    // a shows 0..2.5, b (trimmed by 0.5 s) 2.5..4.5, c 4.5..7.5.
    const srt = join(dir, 'spoken.from-film.srt');
    await runFfmpeg(['-y', '-i', output, '-map', '0:s:0', srt]);
    const cues = (await readFile(srt, 'utf8')).trim().split(/\n\s*\n/).map((cue) => cue.split('\n').slice(1).join(' '));
    expect(cues).toEqual([
      '00:00:00,000 --> 00:00:02,500 Good morning',
      '00:00:03,000 --> 00:00:04,000 Anna: Is the kettle on?',
      '00:00:04,500 --> 00:00:06,000 It is.',
      '00:00:06,000 --> 00:00:07,500 Good.',
    ]);
    const chapters = JSON.parse((await runFfprobe(['-v', 'error', '-show_chapters', '-of', 'json', output])).toString()) as { chapters: { tags: { title: string } }[] };
    expect(chapters.chapters.map((c) => c.tags.title)).toEqual(['a', 'b', 'c']);
    const files = subtitleFiles(output, result.subtitles ?? []);
    expect(files.map((f) => f.path)).toEqual([join(dir, 'spoken.srt'), join(dir, 'spoken.vtt')]);
    expect(files[0]?.text.match(/-->/g)).toHaveLength(4);
  }, 120_000);
});
