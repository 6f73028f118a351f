// The assembler's inputs and outputs: plain data, so the runner, `seedance concat` and library
// users call it the same way.
import type { MediaInfo } from '../media/probe.js';
import type { SpokenLine, SubtitleTrack } from './subtitles.js';

export interface AssembleClip {
  /** The shot id: the chapter title. */
  id: string;
  /** The clip file. */
  path: string;
  /** Keep the part from start to end, in seconds within the clip. */
  trim?: { start?: number; end?: number };
  /** The clip's sha256 (hex), when the caller knows it (the lock does); else it is computed. Keys the pieces cache. */
  sha256?: string;
  /** The lines spoken in it (`dialogue:`): the film's subtitles. */
  dialogue?: readonly SpokenLine[];
}

export interface AssembleInput {
  clips: AssembleClip[];
  /** The film's path; written through a temp file in the same folder and renamed on success. */
  output: string;
  /** crossfade overlaps neighbouring clips (video and sound) by `duration` seconds; cut ignores it. */
  transition: { type: 'cut' | 'crossfade'; duration: number };
  /** A music bed mixed under the clips' sound at `volume` (1 = as is). */
  audio?: { file: string; volume: number };
  /** Frame size of the film; default the first clip's. */
  size?: readonly [number, number];
  /** Level the film's sound to this integrated loudness, LUFS (concat.loudness). */
  loudness?: number;
}

export interface AssembleOptions {
  signal?: AbortSignal;
  /** 0..1 as ffmpeg gets through the film (on the pieces path: as the pieces are encoded). */
  onProgress?: (fraction: number) => void;
  /**
   * How a film that must be re-encoded is made: `pieces` (default) encodes each clip's body and each
   * crossfade on its own, cached in `piecesDir`, and joins them by stream copy; `one-pass` encodes
   * the whole film in one ffmpeg run, caching nothing.
   */
  reencode?: 'pieces' | 'one-pass';
  /** The pieces' cache folder; default `.seedance-pieces` beside the film. */
  piecesDir?: string;
}

/** The pieces path's account of one join. */
export interface PiecesReport {
  /** Pieces of the film (bodies and crossfades). */
  total: number;
  /** The pieces encoded by this join (`body s2`, `crossfade s2>s3`); the others came from the cache. */
  made: string[];
  /** Pieces taken from the cache. */
  reused: number;
  /** Cached pieces deleted after the join, as the film no longer uses them. */
  pruned: number;
}

export interface ChapterMark {
  id: string;
  /** Seconds in the film. */
  start: number;
  end: number;
}

export interface AssembleResult {
  output: string;
  /** With `loudness`: the target and the film's integrated loudness measured after levelling. */
  loudness?: { target: number; measured: number };
  /** The dialogue's subtitle tracks, as muxed into the film (the caller writes the .srt/.vtt files). */
  subtitles?: SubtitleTrack[];
  method: 'copy' | 'reencode';
  durationSeconds: number;
  chapters: ChapterMark[];
  hasAudio: boolean;
  /** When the film was re-encoded in pieces. */
  pieces?: PiecesReport;
}

/** An exact frame rate: num/den frames per second. */
export interface Rate {
  num: number;
  den: number;
}

/** One clip as the re-encode will use it, counted in frames of the film's rate. */
export interface PlannedClip {
  id: string;
  path: string;
  info: MediaInfo;
  /** First kept frame (after the trim start) and how many frames are kept. */
  startFrame: number;
  frames: number;
  hasAudio: boolean;
  /** Where the clip starts in the film, in frames (earlier than the previous clip's end by the overlap). */
  filmStartFrame: number;
}

/** Everything the re-encode needs, decided up front so the argument builder stays pure. */
export interface ReencodePlan {
  clips: PlannedClip[];
  width: number;
  height: number;
  rate: Rate;
  /** Frames each crossfade overlaps; 0 for cuts. */
  overlapFrames: number;
  totalFrames: number;
  /** Sound in the film: some clip has it, or there is a music bed. */
  hasAudio: boolean;
  bed?: { file: string; volume: number };
  /** xfade (newer ffmpeg) or fade-with-alpha + overlay (older builds without xfade). */
  crossfadeFilter: 'xfade' | 'overlay';
}

/** The film's audio format on the re-encode path: one rate and layout for every clip. */
export const AUDIO_RATE = 48_000;
export const AUDIO_LAYOUT = 'stereo';
