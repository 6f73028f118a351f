// The manifest after validation: defaults applied, paths made absolute, media classified,
// dependencies known. Everything after validation (plan, run, assemble, report) reads this.
import type { ApiFormat, ModelCapabilities, Ratio, Resolution } from '../models.js';
import type { PriceTable } from '../pricing/price-table.js';

/** Where a media input comes from. */
export type MediaSource =
  /** An http(s) URL, sent as is. */
  | { kind: 'url'; url: string }
  /** `asset://ID`, sent as is. */
  | { kind: 'asset'; url: string }
  /** A `data:` URI written in the manifest. */
  | { kind: 'data'; url: string; mime: string; bytes: number }
  /** A local file (absolute path; `relative` as written). Sent as a data URI. */
  | { kind: 'file'; path: string; relative: string; mime: string; bytes: number }
  /** Another shot's output: its last frame in image slots, its video in reference_videos. */
  | { kind: 'shot'; shot: string };

export type MediaSlot = 'first_frame' | 'last_frame' | 'reference_images' | 'reference_videos' | 'reference_audio';

/** Generation settings with every default applied. */
export interface EffectiveSettings {
  model: string;
  resolution: Resolution;
  ratio: Ratio;
  /**
   * Seconds; -1 lets the model choose (where the model allows it). With `frames` set, the length
   * those frames make, (frames - 1) / 24 s (not a whole number), which estimates and checks use.
   */
  duration: number;
  /** 1.0 series: the frame count sent instead of duration (25 + 4n, 29..289). */
  frames?: number;
  /** 2.0 series: order within the endpoint's queue, 0..9 (not part of the fingerprint). */
  priority?: number;
  /** 2.0 series: the tools the model may use (web_search). */
  tools?: { type: string }[];
  /** A hashed end-user id passed through (not part of the fingerprint). */
  safetyIdentifier?: string;
  /** Passed through; the tool still polls (not part of the fingerprint). */
  callbackUrl?: string;
  /** -1 = random (the service reports the seed it used). */
  seed: number;
  generateAudio: boolean;
  watermark?: boolean;
  returnLastFrame: boolean;
  cameraFixed?: boolean;
  serviceTier?: 'default' | 'flex';
  executionExpiresAfter?: number;
  /** api: openai only: the `size` sent (e.g. 1280x720). */
  size?: string;
}

/** One line of `dialogue:`; `start`/`end` are seconds within the clip (before any trim). */
export interface DialogueLine {
  line: string;
  speaker?: string;
  /** A BCP 47 tag (en, pt-BR). */
  language?: string;
  start?: number;
  end?: number;
}

export interface ResolvedShot {
  id: string;
  /** Position in the manifest (0-based). */
  index: number;
  /** The prompt as sent: as written, with the `dialogue:` lines quoted at its end. */
  prompt?: string;
  /** `dialogue:` as written (a final made from a draft speaks its draft's lines): the subtitles. */
  dialogue: DialogueLine[];
  settings: EffectiveSettings;
  /** Which settings the user wrote (on the shot or in defaults); only these and the ones the tool needs are sent. */
  explicit: ReadonlySet<keyof EffectiveSettings>;
  /** undefined for a model the table does not know (an `ep-...` endpoint id): checked only generically. */
  capabilities: ModelCapabilities | undefined;
  draft: boolean;
  fromDraft?: string;
  firstFrame?: MediaSource;
  lastFrame?: MediaSource;
  referenceImages: MediaSource[];
  referenceVideos: MediaSource[];
  referenceAudio: MediaSource[];
  retries: number;
  /** `refusals:` (of the shot, else defaults): resubmissions, with a new seed, of a content-policy refusal. */
  refusals: number;
  /** Ids of the shots whose outputs this shot uses, without repeats, in manifest order. */
  dependsOn: string[];
  /** Expected output size in pixels, when known before running (not for ratio adaptive). */
  expectedSize?: readonly [number, number];
  /**
   * A shot with `takes:` over 1: which take this is (`number` of `of`) of the manifest's shot
   * `shot`. The manifest's shot is the picked take (`take:`); the other takes follow it as shots
   * of their own, `<shot>.take<K>` (their clips `<shot>.take<K>.mp4`). See takes.ts.
   */
  take?: { number: number; of: number; shot: string };
}

export interface ResolvedConcat {
  /** Absolute path of the film. */
  output: string;
  shots: string[];
  transition: { type: 'cut' | 'crossfade'; duration: number };
  trim: Record<string, { start?: number; end?: number }>;
  audio?: { file: string; volume: number };
  size?: readonly [number, number];
  /** `loudness:` the film's integrated loudness to level to, in LUFS. */
  loudness?: number;
  /** `export:` editor projects written after every join (`seedance export`'s formats), without repeats. */
  export?: readonly ('mlt' | 'otio' | 'fcpxml' | 'edl')[];
}

export interface ResolvedManifest {
  /** Absolute path of the manifest file. */
  file: string;
  /** The folder of the manifest; relative paths start here. */
  dir: string;
  name: string;
  api: ApiFormat;
  baseUrl?: string;
  /** Absolute output folder. */
  output: string;
  /** Absolute folder of the clip store, when the manifest names one (`store:`). */
  store?: string;
  concurrency: number;
  /** The price table (SEEDANCE_PRICING, else `pricing:`); none: costs are not shown. */
  pricing?: PriceTable;
  /** `budget: { max }`: the most a run may spend, in the table's currency (--max-cost overrides it). */
  budget?: { max: number };
  shots: ResolvedShot[];
  concat?: ResolvedConcat;
}
