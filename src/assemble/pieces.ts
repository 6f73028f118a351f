// The re-encode in pieces: every clip's body (the part outside any crossfade) and every crossfade
// are encoded on their own, cached by fingerprint (piece-cache.ts), and joined by stream copy; the
// sound is encoded in one pass over the whole film and muxed in. Pure: the pieces, their
// fingerprints and every ffmpeg argument list, checked by tests without ffmpeg.
import { canonicalJson } from '../core/canonical-json.js';
import { sha256 } from '../core/sha256.js';
import { buildAudioGraph, crossfadePiece, normaliseVideo } from './filtergraph.js';
import { rateText } from './plan.js';
import { AUDIO_ENCODING, VIDEO_ENCODING } from './reencode-args.js';
import type { ReencodePlan } from './types.js';

/** Raise when a piece's recipe changes, so pieces cached by an older version are not used. */
export const PIECES_VERSION = 1;

/** Frames [from, to) of clip `clip` (an index into plan.clips), counted at the film's rate from the clip's first frame. */
export interface PieceSource {
  clip: number;
  from: number;
  to: number;
}

export interface PieceSpec {
  kind: 'body' | 'crossfade';
  /** For messages and tests: `body s2`, `crossfade s2>s3`. */
  name: string;
  /** One source for a body; the earlier clip's end and the later one's start for a crossfade. */
  sources: PieceSource[];
  /** Frames the piece has. */
  frames: number;
}

/** What shapes a piece's pictures besides its sources: fixed for one join. */
export interface PieceContext {
  /** sha256 of each clip (plan.clips order). */
  clipHashes: readonly string[];
  /** The ffmpeg that encodes (its version string). */
  ffmpegVersion: string;
}

/**
 * The film's pictures as pieces, in order: body 0, crossfade 0>1, body 1, ... Their frames add up
 * to plan.totalFrames. With cuts (no overlap) there are only bodies.
 */
export function planPieces(plan: ReencodePlan): PieceSpec[] {
  const k = plan.overlapFrames;
  const last = plan.clips.length - 1;
  const pieces: PieceSpec[] = [];
  plan.clips.forEach((clip, i) => {
    const head = i > 0 ? k : 0;
    const tail = i < last ? k : 0;
    const from = clip.startFrame + head;
    const to = clip.startFrame + clip.frames - tail;
    pieces.push({ kind: 'body', name: `body ${clip.id}`, sources: [{ clip: i, from, to }], frames: to - from });
    const next = plan.clips[i + 1];
    if (tail > 0 && next) {
      pieces.push({
        kind: 'crossfade',
        name: `crossfade ${clip.id}>${next.id}`,
        sources: [
          { clip: i, from: to, to: clip.startFrame + clip.frames },
          { clip: i + 1, from: next.startFrame, to: next.startFrame + k },
        ],
        frames: k,
      });
    }
  });
  return pieces;
}

/**
 * sha256 over everything that shapes the piece's pictures: the recipe version, its kind, each
 * source's clip sha256 and frame range, the film's size and rate, the crossfade recipe, the encoder
 * settings and the ffmpeg version. Not the clips' ids, paths or places in the film: a piece moves
 * with its clip. Not the thread count, which changes x264's bytes but not what it encodes.
 */
export function pieceFingerprint(plan: ReencodePlan, piece: PieceSpec, context: PieceContext): string {
  return sha256(
    canonicalJson({
      version: PIECES_VERSION,
      kind: piece.kind,
      sources: piece.sources.map((s) => ({ sha256: context.clipHashes[s.clip] ?? '', from: s.from, to: s.to })),
      size: [plan.width, plan.height],
      rate: rateText(plan.rate),
      crossfade: piece.kind === 'crossfade' ? plan.crossfadeFilter : undefined,
      encoding: [...VIDEO_ENCODING],
      ffmpeg: context.ffmpegVersion,
    }),
  );
}

/** The piece's filter graph: [vout], exactly piece.frames frames at the film's size and rate. */
export function buildPieceGraph(plan: ReencodePlan, piece: PieceSpec): string {
  const chains = piece.sources.map((s, j) => normaliseVideo(plan, `${j}:v:0`, s.from, s.to, piece.kind === 'body' ? 'vout' : `x${j}`));
  if (piece.kind === 'crossfade') chains.push(crossfadePiece(plan, piece.frames));
  return chains.join(';\n');
}

/**
 * ffmpeg arguments that encode one piece into `output` (MP4, video only). `threads` bounds the
 * decoder, the filters and x264, so pieces encoded side by side do not oversubscribe the cores. A
 * piece starts with a key frame (forced, though x264 starts every encode with one), so the pieces
 * can be joined by stream copy.
 */
export function buildPieceArgs(plan: ReencodePlan, piece: PieceSpec, output: string, threads: number): string[] {
  const t = String(threads);
  const inputs = piece.sources.flatMap((s) => ['-threads', t, '-i', plan.clips[s.clip]?.path ?? '']);
  return [
    '-y',
    ...inputs,
    '-filter_complex_threads', t,
    '-filter_complex', buildPieceGraph(plan, piece),
    '-map', '[vout]', '-an', '-sn', '-dn',
    ...VIDEO_ENCODING,
    '-threads', t,
    '-force_key_frames', 'expr:eq(n,0)',
    '-r', rateText(plan.rate),
    '-map_metadata', '-1',
    '-f', 'mp4', output,
  ];
}

/** ffmpeg arguments that encode the film's whole sound track (AAC in MP4) into `output`. */
export function buildAudioArgs(plan: ReencodePlan, files: { output: string; graphScript?: string }, threads: number): string[] {
  // -vn on each input: the pictures are not even demuxed into the pipeline (a third faster here).
  const inputs = plan.clips.flatMap((clip) => ['-thread_queue_size', '512', '-vn', '-i', clip.path]);
  if (plan.bed) inputs.push('-thread_queue_size', '512', '-vn', '-i', plan.bed.file);
  const graph = files.graphScript ? ['-filter_complex_script', files.graphScript] : ['-filter_complex', buildAudioGraph(plan)];
  return ['-y', ...inputs, '-filter_complex_threads', String(threads), ...graph, '-map', '[aout]', '-vn', '-sn', '-dn', ...AUDIO_ENCODING, '-map_metadata', '-1', '-f', 'mp4', files.output];
}

export interface MuxFiles {
  /** The concat list of the pieces (buildConcatList, each with its duration). */
  list: string;
  /** The sound (buildAudioArgs' output), when the film has sound. */
  audio?: string;
  /** The chapters (buildChaptersMetadata). */
  chapters: string;
  /** The temp file the film is written to. */
  output: string;
}

/** ffmpeg arguments that join the pieces by stream copy, add the sound and the chapters, +faststart. */
export function buildMuxArgs(files: MuxFiles): string[] {
  const chaptersInput = files.audio ? '2' : '1';
  return [
    '-y',
    '-thread_queue_size', '1024', '-f', 'concat', '-safe', '0', '-i', files.list,
    ...(files.audio ? ['-thread_queue_size', '1024', '-i', files.audio] : []),
    '-f', 'ffmetadata', '-i', files.chapters,
    '-map', '0:v:0', ...(files.audio ? ['-map', '1:a:0'] : []),
    '-map_metadata', chaptersInput, '-map_chapters', chaptersInput,
    '-c', 'copy',
    '-movflags', '+faststart',
    '-f', 'mp4', files.output,
  ];
}
