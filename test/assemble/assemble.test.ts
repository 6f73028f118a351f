// assemble() with real ffmpeg on small generated clips, once with the system ffmpeg (Debian 5.1:
// xfade) and once with the bundled 2018 build (no xfade: the fade+overlay crossfade).
import { spawn } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeCapabilities, probeMedia, runFfmpeg } from '../../src/media/index.js';
import { assemble, type AssembleInput } from '../../src/assemble/index.js';
import { isSeedanceError } from '../../src/core/errors.js';
import { TOOL_SETS, makeClip, makeTone, tempDir, useTools } from '../media/fixtures.js';

/**
 * md5 of every decoded picture. Stream copy keeps them bit-exact (a re-encode cannot); the packets
 * themselves gain in-band SPS/PPS on key frames, as the concat demuxer converts H.264 to Annex B.
 */
async function pictureHashes(file: string): Promise<string[]> {
  const out = await runFfmpeg(['-i', file, '-map', '0:v:0', '-f', 'framemd5', '-']);
  return out
    .toString('utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split(',').at(-1)?.trim() ?? '');
}

/** The pid of a process that has ended (as a killed run's would be). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid as number;
}

/** RMS level (dBFS) of the film's sound between two times; -Infinity-ish (< -90) for silence. */
async function rmsDb(file: string, from: number, to: number): Promise<number> {
  const out = await runFfmpeg(['-ss', String(from), '-t', String(to - from), '-i', file, '-map', '0:a:0', '-af', 'astats=metadata=1:reset=0,ametadata=print:key=lavfi.astats.Overall.RMS_level:file=-', '-f', 'null', '-']);
  const values = [...out.toString('utf8').matchAll(/RMS_level=(-?[\d.]+|-inf)/g)].map((m) => (m[1] === '-inf' ? -Infinity : Number(m[1])));
  return values.at(-1) ?? NaN;
}

describe.each(TOOL_SETS)('assemble with the %s ffmpeg', (toolSet) => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let restore: () => void;
  const clip: Record<string, string> = {};
  const cut = { type: 'cut', duration: 0 } as const;

  beforeAll(async () => {
    restore = await useTools(toolSet);
    ({ dir, cleanup } = await tempDir(`assemble-${toolSet}`));
    await Promise.all([
      makeClip(join(dir, 'a.mp4'), { seconds: 2, tone: 440 }).then((p) => (clip.a = p)),
      makeClip(join(dir, "b clip's.mp4"), { seconds: 1.5, tone: 660 }).then((p) => (clip.b = p)),
      makeClip(join(dir, 'tall.mp4'), { seconds: 2, width: 240, height: 320, tone: 880 }).then((p) => (clip.tall = p)),
      makeClip(join(dir, 'mute.mp4'), { seconds: 1, tone: false }).then((p) => (clip.mute = p)),
      makeClip(join(dir, 'mute2.mp4'), { seconds: 2, tone: false }).then((p) => (clip.mute2 = p)),
      makeTone(join(dir, 'bed.m4a'), 2, 330).then((p) => (clip.bed = p)),
    ]);
  });

  afterAll(async () => {
    restore();
    await cleanup();
  });

  const film = (name: string, over: Partial<AssembleInput> & Pick<AssembleInput, 'clips'>): AssembleInput => ({ output: join(dir, 'out', name), transition: cut, ...over });

  it('joins matching clips by stream copy: pictures bit-exact, chapters titled with the ids', async () => {
    const result = await assemble(film('copy.mp4', { clips: [{ id: 'one', path: clip.a! }, { id: 'two', path: clip.b! }, { id: 'three', path: clip.a! }] }));
    expect(result.method).toBe('copy');
    const [outHashes, aHashes, bHashes] = await Promise.all([pictureHashes(result.output), pictureHashes(clip.a!), pictureHashes(clip.b!)]);
    expect(outHashes).toEqual([...aHashes, ...bHashes, ...aHashes]);
    const info = await probeMedia(result.output);
    expect(info.chapters.map((c) => c.title)).toEqual(['one', 'two', 'three']);
    expect(info.chapters.map((c) => c.start)).toEqual([0, 2, 3.5]);
    expect(info.video?.frames).toBe(48 + 36 + 48);
    expect(result.durationSeconds).toBeCloseTo(5.5, 6);
    expect(result.hasAudio).toBe(true);
  });

  it('removes the part film of a run that was killed while assembling, not one still being written', async () => {
    const out = join(dir, 'out');
    await mkdir(out, { recursive: true });
    const stale = `.again.mp4.${await deadPid()}-0badc0de.part`;
    const live = `.again.mp4.${process.pid}-0fedcba9.part`;
    await Promise.all([writeFile(join(out, stale), 'half a film'), writeFile(join(out, live), 'being written')]);
    await assemble(film('again.mp4', { clips: [{ id: 'a', path: clip.a! }] }));
    expect((await readdir(out)).filter((f) => f.includes('again')).sort()).toEqual([live, 'again.mp4']);
    await rm(join(out, live));
  });

  it('accepts clip paths relative to the working folder', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const result = await assemble({ clips: [{ id: 'a', path: 'a.mp4' }, { id: 'b', path: "b clip's.mp4" }], output: 'out/relative.mp4', transition: cut });
      expect(result.method).toBe('copy');
      expect((await probeMedia(join(dir, 'out', 'relative.mp4'))).video?.frames).toBe(48 + 36);
    } finally {
      process.chdir(cwd);
    }
  });

  it('re-encodes mixed sizes to the first clip\'s size, with silence for a clip without sound', async () => {
    const result = await assemble(film('mixed.mp4', { clips: [{ id: 'a', path: clip.a! }, { id: 'mute', path: clip.mute! }, { id: 'tall', path: clip.tall! }] }));
    expect(result.method).toBe('reencode');
    const info = await probeMedia(result.output);
    expect([info.video?.width, info.video?.height, info.video?.pixFmt, info.video?.frameRate]).toEqual([320, 240, 'yuv420p', '24/1']);
    expect(info.video?.frames).toBe(48 + 24 + 48);
    // Sound runs the whole film (never drifts), silent exactly where the mute clip is.
    expect(info.audio?.durationSeconds).toBeCloseTo(5, 1);
    expect(await rmsDb(result.output, 2.1, 2.9)).toBeLessThan(-90);
    expect(await rmsDb(result.output, 0.2, 1.8)).toBeGreaterThan(-30);
    expect(await rmsDb(result.output, 3.2, 4.8)).toBeGreaterThan(-30);
    expect(info.chapters.map((c) => [c.title, c.start])).toEqual([['a', 0], ['mute', 2], ['tall', 3]]);
  });

  it('uses a forced size', async () => {
    const result = await assemble(film('sized.mp4', { clips: [{ id: 'a', path: clip.a! }, { id: 'b', path: clip.b! }], size: [160, 160] }));
    const info = await probeMedia(result.output);
    expect([result.method, info.video?.width, info.video?.height]).toEqual(['reencode', 160, 160]);
  });

  it.each([
    [0.5, 2 + 1.5 + 2 - 2 * 0.5],
    [0.25, 2 + 1.5 + 2 - 2 * 0.25],
  ])('crossfades %s s: the film is shorter by one overlap per join', async (duration, expected) => {
    const result = await assemble(film(`xf-${duration}.mp4`, {
      clips: [{ id: 'a', path: clip.a! }, { id: 'b', path: clip.b! }, { id: 'tall', path: clip.tall! }],
      transition: { type: 'crossfade', duration },
    }));
    const info = await probeMedia(result.output);
    expect(info.video?.frames).toBe(Math.round(expected * 24));
    expect(info.audio?.durationSeconds).toBeCloseTo(expected, 1);
    expect(result.durationSeconds).toBeCloseTo(expected, 6);
    expect(info.chapters.map((c) => c.start)).toEqual([0, 2 - duration, 2 - duration + 1.5 - duration]);
  });

  it('crossfades with the filter this build has', async () => {
    const caps = await probeCapabilities();
    expect(caps.filters.has('xfade')).toBe(toolSet === 'system');
  });

  it('trims clips to whole frames', async () => {
    const result = await assemble(film('trim.mp4', {
      clips: [{ id: 'a', path: clip.a!, trim: { start: 0.5 } }, { id: 'b', path: clip.b!, trim: { start: 0.25, end: 1 } }, { id: 'a2', path: clip.a!, trim: { end: 1.25 } }],
    }));
    const info = await probeMedia(result.output);
    expect(result.method).toBe('reencode');
    expect(info.video?.frames).toBe(36 + 18 + 30);
    expect(info.chapters.map((c) => c.start)).toEqual([0, 1.5, 2.25]);
  });

  it('mixes a music bed under the clips at its volume and keeps the clips\' level', async () => {
    const result = await assemble(film('bed.mp4', { clips: [{ id: 'mute', path: clip.mute2! }, { id: 'a', path: clip.a! }], audio: { file: clip.bed!, volume: 0.5 } }));
    expect(result.hasAudio).toBe(true);
    // The test tones are mono sines of amplitude 1/8 (-21 dBFS RMS), spread equal-power over two
    // channels (-3 dB each): -24 dBFS. The clip keeps that level (amix's halving is undone) after
    // the 2 s bed has ended; the bed plays 6 dB lower at volume 0.5.
    const clipLevel = await rmsDb(result.output, 2.3, 3.7);
    const bedLevel = await rmsDb(result.output, 0.3, 1.7);
    expect(Math.abs(clipLevel - -24)).toBeLessThan(0.5);
    expect(Math.abs(bedLevel - clipLevel - 20 * Math.log10(0.5))).toBeLessThan(0.5);
  });

  it('makes a film without sound when no clip has any', async () => {
    const result = await assemble(film('silent.mp4', { clips: [{ id: 'm1', path: clip.mute! }, { id: 'm2', path: clip.mute2! }] }));
    const info = await probeMedia(result.output);
    expect([result.method, result.hasAudio, info.audio]).toEqual(['copy', false, undefined]);
  });

  it('reports progress up to 1', async () => {
    const seen: number[] = [];
    await assemble(film('progress.mp4', { clips: [{ id: 'a', path: clip.a! }, { id: 'tall', path: clip.tall! }] }), { onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= (seen[i - 1] ?? 0)))).toBe(true);
  });

  it.each([
    ['a crossfade longer than a clip', { transition: { type: 'crossfade', duration: 1 } as const, clips: [{ id: 'a', path: 'A' }, { id: 'mute', path: 'MUTE' }, { id: 'b', path: 'B' }] }, 'usage', /too long for shot mute/],
    ['a missing clip', { clips: [{ id: 'gone', path: '/nonexistent/gone.mp4' }] }, 'usage', /gone.mp4 does not exist/],
    ['a bed without sound', { clips: [{ id: 'a', path: 'A' }], audio: { file: 'MUTE', volume: 1 } }, 'usage', /has no sound/],
  ])('fails clearly on %s and leaves no file behind', async (_name, over, code, message) => {
    const resolve = (p: string): string => ({ A: clip.a!, B: clip.b!, MUTE: clip.mute! })[p] ?? p;
    const inp = film('failed.mp4', {
      ...over,
      clips: over.clips.map((c) => ({ ...c, path: resolve(c.path) })),
      ...('audio' in over && over.audio ? { audio: { ...over.audio, file: resolve(over.audio.file) } } : {}),
    });
    const error = await assemble(inp).catch((e: unknown) => e);
    expect(isSeedanceError(error, code as 'usage')).toBe(true);
    expect((error as Error).message).toMatch(message);
    expect((await readdir(join(dir, 'out')).catch(() => [])).filter((f) => f.includes('failed'))).toEqual([]);
  });

  it('stops when aborted, with no partial film under either name', async () => {
    const controller = new AbortController();
    const run = assemble(film('aborted.mp4', { clips: [{ id: 'a', path: clip.a! }, { id: 'tall', path: clip.tall! }] }), {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    setTimeout(() => controller.abort(), 50);
    const error = await run.catch((e: unknown) => e);
    expect(isSeedanceError(error, 'interrupted')).toBe(true);
    expect((await readdir(join(dir, 'out'))).filter((f) => f.includes('aborted'))).toEqual([]);
  });
});
