// The assembler's pure parts: lists, arguments, chapters, method choice, plan, fingerprint.
import { describe, expect, it } from 'vitest';
import {
  assemblyFingerprint,
  buildChaptersMetadata,
  buildConcatList,
  buildCopyArgs,
  buildFilterGraph,
  buildReencodeArgs,
  copyBlockers,
  decideMethod,
  filmRate,
  planChapters,
  planReencode,
  type AssembleInput,
} from '../../src/assemble/index.js';
import { isSeedanceError } from '../../src/core/errors.js';
import type { MediaInfo } from '../../src/media/index.js';

function info(over: { width?: number; height?: number; frames?: number; audio?: boolean; frameRate?: string; extradata?: string; audioSeconds?: number } = {}): MediaInfo {
  const frames = over.frames ?? 48;
  const frameRate = over.frameRate ?? '24/1';
  const [n = 24, d = 1] = frameRate.split('/').map(Number);
  const seconds = (frames * d) / n;
  return {
    file: '/x.mp4',
    durationSeconds: seconds,
    sizeBytes: 1000,
    formatName: 'mov,mp4,m4a,3gp,3g2,mj2',
    video: {
      codec: 'h264', profile: 'High', width: over.width ?? 864, height: over.height ?? 496, pixFmt: 'yuv420p',
      fps: n / d, frameRate, timeBase: '1/12288', frames, durationSeconds: seconds, extradataHash: over.extradata ?? 'SHA256:aa',
    },
    ...(over.audio === false ? {} : { audio: { codec: 'aac', profile: 'LC', sampleRate: 48000, channels: 2, channelLayout: 'stereo', durationSeconds: over.audioSeconds ?? seconds, extradataHash: 'SHA256:bb' } }),
    chapters: [],
  };
}

function input(over: Partial<AssembleInput> = {}, n = 2): AssembleInput {
  return {
    clips: Array.from({ length: n }, (_, i) => ({ id: `s${i + 1}`, path: `/clips/s${i + 1}.mp4` })),
    output: '/out/final.mp4',
    transition: { type: 'cut', duration: 0.5 },
    ...over,
  };
}

describe('concat list', () => {
  it('quotes every path, writes a quote inside one as close-escape-reopen, and states each length', () => {
    expect(buildConcatList([{ path: '/a b/c.mp4', durationSeconds: 121 / 24 }, { path: "/it's/x'y.mp4" }])).toBe(
      "ffconcat version 1.0\nfile '/a b/c.mp4'\nduration 5.041667\nfile '/it'\\''s/x'\\''y.mp4'\n",
    );
  });

  it('refuses a path with a line break, which the list cannot hold', () => {
    expect(() => buildConcatList([{ path: '/a\nb.mp4' }])).toThrow(/line break/);
  });
});

describe('copy arguments', () => {
  it('reads the list with the concat demuxer, copies the streams, takes chapters from the metadata file', () => {
    expect(buildCopyArgs({ list: '/t/l.txt', chapters: '/t/c.txt', output: '/o/.f.part' }, true)).toEqual([
      '-y', '-thread_queue_size', '1024', '-f', 'concat', '-safe', '0', '-i', '/t/l.txt', '-f', 'ffmetadata', '-i', '/t/c.txt',
      '-map', '0:v:0', '-map', '0:a:0', '-map_metadata', '1', '-map_chapters', '1', '-c', 'copy', '-movflags', '+faststart', '-f', 'mp4', '/o/.f.part',
    ]);
    expect(buildCopyArgs({ list: 'l', chapters: 'c', output: 'o' }, false)).not.toContain('0:a:0');
  });
});

describe('chapters metadata', () => {
  it('writes one chapter per clip in milliseconds and escapes = ; # \\ and line breaks in titles', () => {
    const text = buildChaptersMetadata([
      { id: 'intro', start: 0, end: 5.0417 },
      { id: 'a=b;c#d\\e', start: 5.0417, end: 10 },
    ]);
    expect(text).toBe(';FFMETADATA1\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=5042\ntitle=intro\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=5042\nEND=10000\ntitle=a\\=b\\;c\\#d\\\\e\n');
  });
});

describe('decideMethod', () => {
  it('copies when every clip matches and nothing asks for a re-encode', () => {
    expect(decideMethod([info(), info({ frames: 121 })], input())).toBe('copy');
    expect(decideMethod([info({ audio: false }), info({ audio: false })], input())).toBe('copy');
    expect(decideMethod([info(), info()], input({ size: [864, 496] }))).toBe('copy');
  });

  it.each([
    ['crossfade transition', [info(), info()], input({ transition: { type: 'crossfade', duration: 0.5 } })],
    ['trims', [info(), info()], input({ clips: [{ id: 's1', path: '/a', trim: { start: 1 } }, { id: 's2', path: '/b' }] })],
    ['music bed', [info(), info()], input({ audio: { file: '/bed.m4a', volume: 0.3 } })],
    ['a size different from the clips', [info(), info()], input({ size: [1280, 720] })],
    ['s2: size differ from s1', [info(), info({ width: 640 })], input()],
    ['s2: frame rate, time base', [info(), info({ frameRate: '25/1' })], input()],
    ['s2: audio presence differ', [info(), info({ audio: false })], input()],
    ['s2: video codec setup differ', [info(), info({ extradata: 'SHA256:cc' })], input()],
    ['s2: sound and picture lengths differ', [info(), info({ audioSeconds: 3 })], input()],
  ])('re-encodes for %s', (reason, infos, inp) => {
    expect(decideMethod(infos, inp)).toBe('reencode');
    expect(copyBlockers(infos, inp).join(' | ')).toContain(reason.split(',')[0]);
  });

  it('treats a crossfade with a single clip as a cut', () => {
    expect(decideMethod([info()], input({ transition: { type: 'crossfade', duration: 1 } }, 1))).toBe('copy');
  });
});

describe('planReencode', () => {
  it('counts whole frames: trims, overlaps, film starts, total and chapters', () => {
    const inp = input({
      transition: { type: 'crossfade', duration: 0.5 },
      clips: [
        { id: 'a', path: '/a' },
        { id: 'b', path: '/b', trim: { start: 0.25, end: 1.5 } },
        { id: 'c', path: '/c', trim: { end: 99 } },
      ],
    });
    const plan = planReencode([info({ frames: 48 }), info({ frames: 48, width: 640 }), info({ frames: 121 })], inp, 'xfade');
    expect(plan.overlapFrames).toBe(12);
    expect(plan.clips.map((c) => [c.startFrame, c.frames, c.filmStartFrame])).toEqual([[0, 48, 0], [6, 30, 36], [0, 121, 54]]);
    expect(plan.totalFrames).toBe(48 + 30 + 121 - 24);
    expect([plan.width, plan.height]).toEqual([864, 496]);
    expect(planChapters(plan)).toEqual([
      { id: 'a', start: 0, end: 1.5 },
      { id: 'b', start: 1.5, end: 2.25 },
      { id: 'c', start: 2.25, end: 175 / 24 },
    ]);
  });

  it('uses the forced size, rounded up to even sides, and silence is planned when only the bed has sound', () => {
    const plan = planReencode([info({ audio: false })], input({ size: [641, 361], audio: { file: '/bed', volume: 1 } }, 1), 'xfade');
    expect([plan.width, plan.height, plan.hasAudio]).toEqual([642, 362, true]);
  });

  it.each([
    ['a crossfade longer than a clip', input({ transition: { type: 'crossfade', duration: 1.5 } }, 3), /too long for shot s2/],
    ['a trim that keeps nothing', input({ clips: [{ id: 's1', path: '/a', trim: { start: 3 } }] }), /trim of shot s1 keeps nothing/],
  ])('refuses %s with a usage error', (_name, inp, message) => {
    const error = (() => {
      try {
        planReencode([info(), info(), info()], inp, 'xfade');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(isSeedanceError(error, 'usage')).toBe(true);
    expect(String((error as Error).message)).toMatch(message);
  });

  it('keeps clean rates and rounds odd averages', () => {
    expect(filmRate('24/1')).toEqual({ num: 24, den: 1 });
    expect(filmRate('30000/1001')).toEqual({ num: 30000, den: 1001 });
    expect(filmRate('2997/125')).toEqual({ num: 24, den: 1 });
    expect(filmRate('0/0')).toEqual({ num: 24, den: 1 });
  });
});

describe('re-encode graph and arguments', () => {
  const twoClips = [info(), info({ audio: false, width: 640, height: 480 })];

  it('joins cuts with concat, silence for a clip without sound, and one size and rate', () => {
    const graph = buildFilterGraph(planReencode(twoClips, input(), 'xfade'));
    expect(graph).toContain('[v0][a0][v1][a1]concat=n=2:v=1:a=1[vcat][acat]');
    expect(graph).toContain('anullsrc=r=48000:cl=stereo');
    expect(graph).toContain('atrim=end_sample=96000[a1]');
    expect(graph).toContain('scale=864:496:force_original_aspect_ratio=decrease,pad=864:496');
    expect(graph).toContain('trim=start_frame=0:end_frame=48');
  });

  it('crossfades with xfade where ffmpeg has it, else with fade+overlay; sound with acrossfade', () => {
    const inp = input({ transition: { type: 'crossfade', duration: 0.5 } });
    const xfade = buildFilterGraph(planReencode(twoClips, inp, 'xfade'));
    expect(xfade).toContain('[v0][v1]xfade=transition=fade:duration=0.500000:offset=1.500000[vcat]');
    expect(xfade).toContain('[a0][a1]acrossfade=ns=24000:c1=tri:c2=tri[acat]');
    const overlay = buildFilterGraph(planReencode(twoClips, inp, 'overlay'));
    expect(overlay).not.toContain('xfade');
    expect(overlay).toContain('[t0][h1]overlay=eof_action=pass,format=yuv420p[x1]');
    expect(overlay).toContain('[b0][x1][b1]concat=n=3:v=1:a=0[vcat]');
  });

  it('maps the chapters from the input after the clips and the bed, and mixes the bed without amix scaling', () => {
    const plan = planReencode(twoClips, input({ audio: { file: '/bed.m4a', volume: 0.3 } }), 'xfade');
    const args = buildReencodeArgs(plan, { chapters: '/t/c.txt', output: '/o/.f.part' });
    expect(args.filter((a, i) => args[i - 1] === '-i')).toEqual(['/clips/s1.mp4', '/clips/s2.mp4', '/bed.m4a', '/t/c.txt']);
    expect(args.join(' ')).toContain('-map_metadata 3 -map_chapters 3');
    expect(args.join(' ')).toContain('-map [vout] -map [aout] -c:v libx264');
    const graph = args[args.indexOf('-filter_complex') + 1] ?? '';
    expect(graph).toContain('[2:a:0]aresample=48000');
    expect(graph).toContain('volume=0.3,apad[bed]');
    expect(graph).toContain('amix=inputs=2:duration=first:dropout_transition=0,volume=2[aout]');
  });

  it('reads a long graph from a script file instead of the command line', () => {
    const args = buildReencodeArgs(planReencode(twoClips, input(), 'xfade'), { chapters: 'c', output: 'o', graphScript: '/t/g.txt' });
    expect(args).toContain('-filter_complex_script');
    expect(args).not.toContain('-filter_complex');
  });

  it('leaves sound out when no clip has any and there is no bed', () => {
    const args = buildReencodeArgs(planReencode([info({ audio: false })], input({}, 1), 'xfade'), { chapters: 'c', output: 'o' });
    expect(args).not.toContain('[aout]');
    expect(args).not.toContain('aac');
  });
});

describe('assemblyFingerprint', () => {
  const hashes = { s1: 'h1', s2: 'h2' };
  const base = assemblyFingerprint(input(), hashes);

  it('is stable and ignores the duration of a cut', () => {
    expect(assemblyFingerprint(input(), { ...hashes })).toBe(base);
    expect(assemblyFingerprint(input({ transition: { type: 'cut', duration: 3 } }), hashes)).toBe(base);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['a clip changes', input(), { s1: 'h1', s2: 'other' }, undefined],
    ['the order changes', input({ clips: [{ id: 's2', path: '/b' }, { id: 's1', path: '/a' }] }), hashes, undefined],
    ['a trim is added', input({ clips: [{ id: 's1', path: '/a', trim: { end: 1 } }, { id: 's2', path: '/b' }] }), hashes, undefined],
    ['the transition changes', input({ transition: { type: 'crossfade', duration: 0.5 } }), hashes, undefined],
    ['a bed is added', input({ audio: { file: '/m', volume: 0.3 } }), hashes, 'bed'],
    ['the size is forced', input({ size: [640, 360] }), hashes, undefined],
    ['the output name changes', input({ output: '/out/other.mp4' }), hashes, undefined],
  ])('changes when %s', (_name, inp, clipHashes, bed) => {
    expect(assemblyFingerprint(inp, clipHashes, bed)).not.toBe(base);
  });
});
