// The re-encode in cached pieces: the pieces add up to the film, a film joined in pieces equals one
// joined in one pass (length, chapters, sound), one changed clip re-encodes exactly its body and its
// two crossfades, a damaged piece is not used, unused pieces are pruned. Real ffmpeg, small clips.
import { lstat, mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PIECES_FOLDER,
  PieceCache,
  assemble,
  hashFile,
  pieceFingerprint,
  planPieces,
  planReencode,
  type AssembleInput,
  type AssembleResult,
} from '../../src/assemble/index.js';
import { probeMedia, runFfmpeg, type MediaInfo } from '../../src/media/index.js';
import { TOOL_SETS, makeClip, tempDir, useTools } from '../media/fixtures.js';

function fakeInfo(frames: number): MediaInfo {
  return {
    file: '/x.mp4', durationSeconds: frames / 24, sizeBytes: 1, formatName: 'mov,mp4',
    video: { codec: 'h264', width: 320, height: 240, pixFmt: 'yuv420p', fps: 24, frameRate: '24/1', timeBase: '1/12288', frames },
    chapters: [],
  };
}

describe('planPieces and pieceFingerprint (pure)', () => {
  const input: AssembleInput = {
    clips: [{ id: 'a', path: '/a' }, { id: 'b', path: '/b', trim: { start: 0.5 } }, { id: 'c', path: '/c' }],
    output: '/o/f.mp4',
    transition: { type: 'crossfade', duration: 0.5 },
  };
  const plan = planReencode([fakeInfo(48), fakeInfo(60), fakeInfo(48)], input, 'xfade');
  const context = { clipHashes: ['ha', 'hb', 'hc'], ffmpegVersion: '5.1' };

  it('cuts the film into bodies and crossfades whose frames add up to the film', () => {
    const pieces = planPieces(plan);
    expect(pieces.map((p) => [p.name, p.frames, p.sources.map((s) => [s.clip, s.from, s.to])])).toEqual([
      ['body a', 36, [[0, 0, 36]]],
      ['crossfade a>b', 12, [[0, 36, 48], [1, 12, 24]]],
      ['body b', 24, [[1, 24, 48]]],
      ['crossfade b>c', 12, [[1, 48, 60], [2, 0, 12]]],
      ['body c', 36, [[2, 12, 48]]],
    ]);
    expect(pieces.reduce((sum, p) => sum + p.frames, 0)).toBe(plan.totalFrames);
  });

  it('makes only bodies for cuts', () => {
    const cuts = planReencode([fakeInfo(48), fakeInfo(48)], { ...input, clips: input.clips.slice(0, 2), transition: { type: 'cut', duration: 0 } }, 'xfade');
    expect(planPieces(cuts).map((p) => [p.name, p.frames])).toEqual([['body a', 48], ['body b', 36]]);
  });

  it('keys a piece by its sources\' bytes and frames, the size, recipe and ffmpeg: not by ids or paths', () => {
    const [body] = planPieces(plan);
    const base = pieceFingerprint(plan, body!, context);
    const renamed = planReencode([fakeInfo(48), fakeInfo(60), fakeInfo(48)], { ...input, clips: input.clips.map((c) => ({ ...c, id: `x${c.id}`, path: `/moved${c.path}` })) }, 'xfade');
    expect(pieceFingerprint(renamed, planPieces(renamed)[0]!, context)).toBe(base);
    expect(pieceFingerprint(plan, body!, { ...context, clipHashes: ['other', 'hb', 'hc'] })).not.toBe(base);
    expect(pieceFingerprint(plan, body!, { ...context, ffmpegVersion: '6.0' })).not.toBe(base);
    const sized = planReencode([fakeInfo(48), fakeInfo(60), fakeInfo(48)], { ...input, size: [640, 360] }, 'xfade');
    expect(pieceFingerprint(sized, planPieces(sized)[0]!, context)).not.toBe(base);
    const longer = planReencode([fakeInfo(48), fakeInfo(60), fakeInfo(48)], { ...input, transition: { type: 'crossfade', duration: 0.25 } }, 'xfade');
    expect(pieceFingerprint(longer, planPieces(longer)[0]!, context)).not.toBe(base);
    // The crossfade recipe shapes crossfades only.
    const overlay = planReencode([fakeInfo(48), fakeInfo(60), fakeInfo(48)], input, 'overlay');
    expect(pieceFingerprint(overlay, planPieces(overlay)[0]!, context)).toBe(base);
    expect(pieceFingerprint(overlay, planPieces(overlay)[1]!, context)).not.toBe(pieceFingerprint(plan, planPieces(plan)[1]!, context));
  });
});

/** md5 of the decoded sound: equal only when the two films' sound is sample for sample the same. */
async function soundMd5(file: string): Promise<string> {
  return (await runFfmpeg(['-i', file, '-map', '0:a:0', '-f', 'md5', '-'])).toString('utf8').trim();
}

/** Mean PSNR of the pictures of two films of the same length. */
async function meanPsnr(a: string, b: string): Promise<number> {
  const out = await runFfmpeg(['-i', a, '-i', b, '-lavfi', '[0:v][1:v]psnr=stats_file=-', '-f', 'null', '-']);
  const values = [...out.toString('utf8').matchAll(/psnr_avg:(\S+)/g)].map((m) => (m[1] === 'inf' ? 100 : Number(m[1])));
  return values.reduce((s, v) => s + v, 0) / values.length;
}

describe.each(TOOL_SETS)('pieces with the %s ffmpeg', (toolSet) => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let restore: () => void;
  const clip: Record<string, string> = {};

  beforeAll(async () => {
    restore = await useTools(toolSet);
    ({ dir, cleanup } = await tempDir(`pieces-${toolSet}`));
    await Promise.all([
      makeClip(join(dir, 'a.mp4'), { seconds: 2, tone: 440 }).then((p) => (clip.a = p)),
      makeClip(join(dir, 'mute.mp4'), { seconds: 1.5, tone: false }).then((p) => (clip.mute = p)),
      makeClip(join(dir, 'tall.mp4'), { seconds: 2, width: 240, height: 320, tone: 880 }).then((p) => (clip.tall = p)),
      makeClip(join(dir, 'b.mp4'), { seconds: 1.5, tone: 660, fps: 30 }).then((p) => (clip.b = p)),
    ]);
  });

  afterAll(async () => {
    restore();
    await cleanup();
  });

  it('gives the film a one-pass join gives: length, chapters, sound sample for sample, pictures within coding noise', async () => {
    const clips = [{ id: 'a', path: clip.a! }, { id: 'mute', path: clip.mute! }, { id: 'tall', path: clip.tall!, trim: { start: 0.25 } }, { id: 'b', path: clip.b! }];
    const transition = { type: 'crossfade', duration: 0.25 } as const;
    const pieces = await assemble({ clips, transition, output: join(dir, 'eq', 'pieces.mp4') });
    const onePass = await assemble({ clips, transition, output: join(dir, 'eq', 'one-pass.mp4') }, { reencode: 'one-pass' });
    expect(pieces.pieces?.total).toBe(7);
    expect(onePass.pieces).toBeUndefined();
    const [p, o] = await Promise.all([probeMedia(pieces.output), probeMedia(onePass.output)]);
    const planned = 2 + 1.5 + 1.75 + 1.5 - 3 * 0.25;
    expect(p.video?.frames).toBe(Math.round(planned * 24));
    expect(p.video?.frames).toBe(o.video?.frames);
    expect(Math.abs(p.durationSeconds - o.durationSeconds)).toBeLessThan(1 / 24);
    expect(p.chapters).toEqual(o.chapters);
    expect(p.chapters.map((c) => [c.title, c.start])).toEqual([['a', 0], ['mute', 1.75], ['tall', 3], ['b', 4.5]]);
    expect(p.audio?.durationSeconds).toBeCloseTo(o.audio?.durationSeconds ?? 0, 3);
    expect(await soundMd5(pieces.output)).toBe(await soundMd5(onePass.output));
    expect(await meanPsnr(pieces.output, onePass.output)).toBeGreaterThan(40);
  });

  it('after one clip changes, re-encodes exactly its body and its two crossfades; prunes the pieces it replaced, nothing else', async () => {
    await Promise.all(
      [0, 1, 2, 3, 4].map((i) => makeClip(join(dir, `c${i}.mp4`), { seconds: 1, width: 160, height: 120, tone: 300 + 50 * i })),
    );
    const changed = await makeClip(join(dir, 'c2-new.mp4'), { seconds: 1, width: 160, height: 120, tone: 1200 });
    const out = join(dir, 'change');
    await mkdir(join(out, PIECES_FOLDER), { recursive: true });
    await writeFile(join(out, PIECES_FOLDER, 'mine.mp4'), 'a file of the user');
    const film = (c2: string): AssembleInput => ({
      clips: [0, 1, 2, 3, 4].map((i) => ({ id: `c${i}`, path: i === 2 ? c2 : join(dir, `c${i}.mp4`) })),
      transition: { type: 'crossfade', duration: 0.25 },
      output: join(out, 'film.mp4'),
    });
    const first = await assemble(film(join(dir, 'c2.mp4')));
    expect([first.pieces?.made.length, first.pieces?.reused]).toEqual([9, 0]);
    const again = await assemble(film(join(dir, 'c2.mp4')));
    expect([again.pieces?.made, again.pieces?.reused, again.pieces?.pruned]).toEqual([[], 9, 0]);
    const second = await assemble(film(changed));
    expect(second.pieces?.made.sort()).toEqual(['body c2', 'crossfade c1>c2', 'crossfade c2>c3']);
    expect([second.pieces?.reused, second.pieces?.pruned]).toEqual([6, 3]);
    const info = await probeMedia(second.output);
    expect(info.video?.frames).toBe(5 * 24 - 4 * 6);
    expect(info.chapters.map((c) => c.title)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    // The folder holds the film's nine pieces, the index and the user's file: nothing more, nothing less.
    const cache = await PieceCache.open(join(out, PIECES_FOLDER));
    const index = JSON.parse(await readFile(join(out, PIECES_FOLDER, 'index.json'), 'utf8')) as { pieces: Record<string, { file: string }>; probes: { clips: Record<string, unknown> } };
    expect((await cache!.fingerprints()).length).toBe(9);
    // The clips' probes are kept by sha256 for the next join: the film's five clips, the new c2 among them.
    expect(Object.keys(index.probes.clips).sort()).toEqual((await Promise.all(film(changed).clips.map((c) => hashFile(c.path)))).sort());
    expect((await readdir(join(out, PIECES_FOLDER))).sort()).toEqual(['index.json', 'mine.mp4', ...Object.values(index.pieces).map((e) => e.file)].sort());
    expect(await readFile(join(out, PIECES_FOLDER, 'mine.mp4'), 'utf8')).toBe('a file of the user');
  });

  it('does not use a damaged piece: it is encoded again and the film is whole', async () => {
    const out = join(dir, 'damage');
    const input: AssembleInput = {
      clips: [{ id: 'a', path: clip.a! }, { id: 'b', path: clip.b! }],
      transition: { type: 'crossfade', duration: 0.5 },
      output: join(out, 'film.mp4'),
    };
    const first = await assemble(input);
    expect(first.pieces?.made.length).toBe(3);
    const index = JSON.parse(await readFile(join(out, PIECES_FOLDER, 'index.json'), 'utf8')) as { pieces: Record<string, { file: string; bytes: number }> };
    // The biggest piece (a body), one byte changed in the middle: same size, other bytes.
    const [victim] = Object.values(index.pieces).sort((x, y) => y.bytes - x.bytes);
    const path = join(out, PIECES_FOLDER, victim!.file);
    const bytes = await readFile(path);
    bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] ?? 0) ^ 0xff;
    await writeFile(path, bytes);
    const again = await assemble(input);
    expect([again.pieces?.made.length, again.pieces?.reused]).toEqual([1, 2]);
    const info = await probeMedia(again.output);
    expect(info.video?.frames).toBe(48 + 36 - 12);
    expect(await meanPsnr(first.output, again.output)).toBeGreaterThan(40);
  });

  it('reports progress as the pieces are encoded, up to 1', async () => {
    const seen: number[] = [];
    await assemble(
      { clips: [{ id: 'a', path: clip.a! }, { id: 'tall', path: clip.tall! }, { id: 'b', path: clip.b! }], transition: { type: 'crossfade', duration: 0.25 }, output: join(dir, 'progress', 'film.mp4') },
      { onProgress: (f) => seen.push(f) },
    );
    expect(seen.at(-1)).toBe(1);
    expect(seen.filter((f) => f > 0 && f < 1).length).toBeGreaterThan(2);
    expect(seen.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= (seen[i - 1] ?? 0)))).toBe(true);
  });
});

describe('the pieces folder', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let restore: () => void;

  beforeAll(async () => {
    restore = await useTools('system');
    ({ dir, cleanup } = await tempDir('pieces-folder'));
  });

  afterAll(async () => {
    restore();
    await cleanup();
  });

  it('is not used through a symlink: the film is made in one pass and nothing is written where it leads', async () => {
    const a = await makeClip(join(dir, 'a.mp4'), { seconds: 1, width: 160, height: 120 });
    const elsewhere = join(dir, 'elsewhere');
    await mkdir(join(dir, 'out'), { recursive: true });
    await mkdir(elsewhere);
    await symlink(elsewhere, join(dir, 'out', PIECES_FOLDER));
    const result: AssembleResult = await assemble({ clips: [{ id: 'a', path: a }, { id: 'b', path: a }], transition: { type: 'crossfade', duration: 0.25 }, output: join(dir, 'out', 'film.mp4') });
    expect(result.pieces).toBeUndefined();
    expect((await probeMedia(result.output)).video?.frames).toBe(48 - 6);
    expect(await readdir(elsewhere)).toEqual([]);
    expect((await lstat(join(dir, 'out', PIECES_FOLDER))).isSymbolicLink()).toBe(true);
  });

  it('joins 20 clips of 5 s with 0.5 s crossfades into a 90.5 s film with 20 chapters, sound as long as the picture', async () => {
    const clips = await Promise.all(
      Array.from({ length: 20 }, (_, i) => makeClip(join(dir, `long-${i}.mp4`), { seconds: 5, width: 64, height: 48, tone: 200 + 40 * i }).then((path) => ({ id: `s${i + 1}`, path }))),
    );
    const result = await assemble({ clips, transition: { type: 'crossfade', duration: 0.5 }, output: join(dir, 'long', 'film.mp4') });
    expect(result.pieces?.total).toBe(39);
    const info = await probeMedia(result.output);
    expect(Math.abs((info.video?.frames ?? 0) / 24 - 90.5)).toBeLessThan(1 / 24);
    expect(Math.abs(info.durationSeconds - 90.5)).toBeLessThan(1 / 24 + 1024 / 48000);
    expect(Math.abs((info.audio?.durationSeconds ?? 0) - 90.5)).toBeLessThan(1 / 24 + 1024 / 48000);
    expect(info.chapters.map((c) => c.title)).toEqual(clips.map((c) => c.id));
    expect(info.chapters.map((c) => c.start)).toEqual(clips.map((_, i) => i * 4.5));
    expect(info.chapters.at(-1)?.end).toBe(90.5);
  });
});
