// The assembler's public API: the film from a list of clips, and the pure pieces tests and the
// runner use (method choice, argument builders, fingerprint).
export { assemble } from './assemble.js';
export { decideMethod, copyBlockers } from './decide.js';
export { buildConcatList, quoteConcatPath, buildCopyArgs, buildChaptersMetadata, copyChapters, escapeMetadata, type CopyFiles } from './copy-args.js';
export { buildReencodeArgs, VIDEO_ENCODING, AUDIO_ENCODING, type ReencodeFiles } from './reencode-args.js';
export { buildFilterGraph, buildAudioGraph } from './filtergraph.js';
export { planPieces, pieceFingerprint, buildPieceGraph, buildPieceArgs, buildAudioArgs, buildMuxArgs, PIECES_VERSION, type PieceSpec, type PieceSource, type PieceContext, type MuxFiles } from './pieces.js';
export { PieceCache, PIECES_FOLDER, hashFile, type PieceEntry } from './piece-cache.js';
export { planReencode, planChapters, filmRate, framesToSeconds, secondsToFrames } from './plan.js';
export { checkFilm, filmProblems, type FilmExpectation } from './check.js';
export { assemblyFingerprint, ASSEMBLER_VERSION } from './fingerprint.js';
export type { AssembleInput, AssembleClip, AssembleOptions, AssembleResult, ChapterMark, PiecesReport, PlannedClip, Rate, ReencodePlan } from './types.js';
