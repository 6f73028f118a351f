/* Generated from schemas/manifest.schema.json by `npm run gen:types`. Do not edit. */

/**
 * The first frame (image). { shot: ID } uses that shot's last frame, chaining the two shots.
 */
export type Media = string | ShotOutput;
/**
 * The last frame (image); needs first_frame.
 */
export type Media1 = string | ShotOutput;
/**
 * A media input: an http(s) URL, asset://ID, a data: URI, a path relative to the manifest, or { shot: ID } to use another shot's output.
 */
export type Media2 = string | ShotOutput;

/**
 * seedance-pipeline manifest: a storyboard for seedance-pipeline: shots made with the Seedance video API, chained, then joined into one film.
 */
export interface Manifest {
  /**
   * Manifest format version. Only 1 exists.
   */
  version: 1;
  /**
   * Name of the film. Default: the manifest's file name without extension.
   */
  name?: string;
  /**
   * Wire format: native (/api/v3/contents/generations/tasks, the default) or openai (/v1/videos).
   */
  api?: 'native' | 'openai';
  /**
   * Host root of the service, e.g. https://api.wisgate.ai (the path is appended). The SEEDANCE_BASE_URL environment variable overrides it.
   */
  base_url?: string;
  /**
   * Output folder, relative to the manifest's folder. Default out/<name>.
   */
  output?: string;
  /**
   * The clip store's folder, relative to the manifest's folder and inside the project (SEEDANCE_STORE overrides it). Default .seedance/store beside the manifest.
   */
  store?: string;
  /**
   * Most tasks at the service at once (default 3). --concurrency overrides it.
   */
  concurrency?: number;
  /**
   * Prices, to show what shots cost: a built-in table by name, or your own. SEEDANCE_PRICING (a name or a file) overrides it. Without one, costs are not shown.
   */
  pricing?: ('volcengine' | 'byteplus') | PriceTable;
  budget?: Budget;
  defaults?: GenerationSettings;
  /**
   * The shots, in story order.
   *
   * @minItems 1
   */
  shots: Shot[];
  concat?: Concat;
}
export interface PriceTable {
  /**
   * ISO 4217 currency code of the figures, e.g. USD or CNY.
   */
  currency: string;
  /**
   * Price per million tokens, by model id (as written in the manifest, or the versioned id the service reports).
   */
  per_million_tokens: {
    [k: string]: number | RateByResolution;
  };
  /**
   * Price per million tokens for tasks with reference videos, by model id. Default: the per_million_tokens price.
   */
  with_video_input?: {
    [k: string]: number | RateByResolution1;
  };
}
export interface RateByResolution {
  /**
   * Price per million tokens at 480p.
   */
  '480p'?: number;
  /**
   * Price per million tokens at 720p.
   */
  '720p'?: number;
  /**
   * Price per million tokens at 1080p.
   */
  '1080p'?: number;
  /**
   * Price per million tokens at 4k.
   */
  '4k'?: number;
}
export interface RateByResolution1 {
  /**
   * Price per million tokens at 480p.
   */
  '480p'?: number;
  /**
   * Price per million tokens at 720p.
   */
  '720p'?: number;
  /**
   * Price per million tokens at 1080p.
   */
  '1080p'?: number;
  /**
   * Price per million tokens at 4k.
   */
  '4k'?: number;
}
/**
 * A spending limit for each run (needs pricing).
 */
export interface Budget {
  /**
   * Most a run may spend, in the price table's currency: a run whose estimate is higher sends nothing, and during a run no task is submitted that would take billed plus in-flight costs past it. --max-cost overrides it.
   */
  max: number;
}
/**
 * Generation settings applied to every shot; a shot's own value wins.
 */
export interface GenerationSettings {
  /**
   * Model id. Native default: doubao-seedance-2.0 (or doubao-seedance-2-fast); openai default: doubao-seedance-2. Official ids such as doubao-seedance-2-0-260128 or doubao-seedance-1-5-pro-251215 work too; an endpoint id ep-... passes with a warning.
   */
  model?: string;
  /**
   * Output resolution (native format). Default 720p (a draft: 480p, whatever defaults say). doubao-seedance-2-fast stops at 720p; 4k is official 2.0 only.
   */
  resolution?: '480p' | '720p' | '1080p' | '4k';
  /**
   * Aspect ratio (native format). The gateway models take 16:9, 9:16 and 1:1; official ids add 4:3, 3:4, 21:9 and adaptive. Quote it in YAML: "16:9".
   */
  ratio?: '16:9' | '4:3' | '1:1' | '3:4' | '9:16' | '21:9' | 'adaptive';
  /**
   * Length in seconds. Gateway 2.0 models: 5..15; official 2.0: 4..15 or -1 (model chooses); 1.5 pro: 4..12 or -1; 1.0 series: 2..12; openai format: 4..15 (default 4).
   */
  duration?: number;
  /**
   * Random seed, -1..4294967295. -1 (default) lets the service pick; `seedance pin` writes the seed it used back here.
   */
  seed?: number;
  /**
   * Generate a synchronized sound track (2.0 and 1.5 pro only).
   */
  generate_audio?: boolean;
  /**
   * Add the AI-generated watermark (native format only). Default false.
   */
  watermark?: boolean;
  /**
   * Ask the service for the last frame as a PNG (native format). Turned on automatically for a shot whose last frame another shot uses.
   */
  return_last_frame?: boolean;
  /**
   * Keep the camera still (1.0 series and 1.5 pro; not 2.0).
   */
  camera_fixed?: boolean;
  /**
   * default, or flex: half price, run offline (not on 2.0).
   */
  service_tier?: 'default' | 'flex';
  /**
   * Seconds a task may stay queued or running before it becomes expired: 3600..259200, default 172800.
   */
  execution_expires_after?: number;
  /**
   * Length in frames instead of seconds (1.0 series only): 25 + 4n, 29..289 (at 24 fps, 29 frames is about 1.2 s and 289 about 12 s). Not with duration.
   */
  frames?: number;
  /**
   * Queue priority within the account's endpoint, 0..9 (default 0; first in, first out within one priority). 2.0 series only, not with service_tier: flex; it never pre-empts a running task.
   */
  priority?: number;
  /**
   * Tools the model may use (2.0 series only): [{ type: web_search }]. The searches made are listed in the task's usage.
   *
   * @minItems 1
   * @maxItems 1
   */
  tools?: Tool[];
  /**
   * A hashed id of the end user the shot is made for (at most 64 characters), passed to the service for its abuse checks and echoed back.
   */
  safety_identifier?: string;
  /**
   * A URL the service POSTs the task to on each status change. Passed through as is; seedance still polls, so nothing depends on it.
   */
  callback_url?: string;
  /**
   * Output size for api: openai (default 1280x720). With api: native use resolution and ratio instead.
   */
  size?: '1280x720' | '720x1080' | '1920x1080' | '1080x1920';
  /**
   * How many takes (tasks) to make of the shot, each with its own seed (seed + i - 1 where a seed is set, else random). All are kept in the clip store and listed in the lock; `take:` picks the one the film and the shots after it use. Default 1.
   */
  takes?: number;
  /**
   * How many times to resubmit this shot, with a new seed, when the service refuses it under its content policy (refusals are not billed, and the same prompt often passes on a second try). Never for a `…PrivacyInformation` refusal (a real person in a reference image: retrying cannot help). Default 0; separate from `retries:`.
   */
  refusals?: number;
}
export interface Tool {
  /**
   * web_search: the model may search the web for what the prompt names.
   */
  type: 'web_search';
}
/**
 * One shot: one generation task and one clip.
 */
export interface Shot {
  /**
   * Unique shot id: lowercase letters, digits, _ and -, starting with a letter or digit, at most 64 characters. Names the output files (<id>.mp4).
   */
  id: string;
  /**
   * What the shot shows. Optional when the shot has images or videos; not allowed with from_draft (the draft's prompt is reused).
   */
  prompt?: string;
  /**
   * Model id. Native default: doubao-seedance-2.0 (or doubao-seedance-2-fast); openai default: doubao-seedance-2. Official ids such as doubao-seedance-2-0-260128 or doubao-seedance-1-5-pro-251215 work too; an endpoint id ep-... passes with a warning.
   */
  model?: string;
  /**
   * Output resolution (native format). Default 720p (a draft: 480p, whatever defaults say). doubao-seedance-2-fast stops at 720p; 4k is official 2.0 only.
   */
  resolution?: '480p' | '720p' | '1080p' | '4k';
  /**
   * Aspect ratio (native format). The gateway models take 16:9, 9:16 and 1:1; official ids add 4:3, 3:4, 21:9 and adaptive. Quote it in YAML: "16:9".
   */
  ratio?: '16:9' | '4:3' | '1:1' | '3:4' | '9:16' | '21:9' | 'adaptive';
  /**
   * Length in seconds. Gateway 2.0 models: 5..15; official 2.0: 4..15 or -1 (model chooses); 1.5 pro: 4..12 or -1; 1.0 series: 2..12; openai format: 4..15 (default 4).
   */
  duration?: number;
  /**
   * Random seed, -1..4294967295. -1 (default) lets the service pick; `seedance pin` writes the seed it used back here.
   */
  seed?: number;
  /**
   * Generate a synchronized sound track (2.0 and 1.5 pro only).
   */
  generate_audio?: boolean;
  /**
   * Add the AI-generated watermark (native format only). Default false.
   */
  watermark?: boolean;
  /**
   * Ask the service for the last frame as a PNG (native format). Turned on automatically for a shot whose last frame another shot uses.
   */
  return_last_frame?: boolean;
  /**
   * Keep the camera still (1.0 series and 1.5 pro; not 2.0).
   */
  camera_fixed?: boolean;
  /**
   * default, or flex: half price, run offline (not on 2.0).
   */
  service_tier?: 'default' | 'flex';
  /**
   * Seconds a task may stay queued or running before it becomes expired: 3600..259200, default 172800.
   */
  execution_expires_after?: number;
  /**
   * Length in frames instead of seconds (1.0 series only): 25 + 4n, 29..289 (at 24 fps, 29 frames is about 1.2 s and 289 about 12 s). Not with duration.
   */
  frames?: number;
  /**
   * Queue priority within the account's endpoint, 0..9 (default 0; first in, first out within one priority). 2.0 series only, not with service_tier: flex; it never pre-empts a running task.
   */
  priority?: number;
  /**
   * Tools the model may use (2.0 series only): [{ type: web_search }]. The searches made are listed in the task's usage.
   *
   * @minItems 1
   * @maxItems 1
   */
  tools?: Tool1[];
  /**
   * A hashed id of the end user the shot is made for (at most 64 characters), passed to the service for its abuse checks and echoed back.
   */
  safety_identifier?: string;
  /**
   * A URL the service POSTs the task to on each status change. Passed through as is; seedance still polls, so nothing depends on it.
   */
  callback_url?: string;
  /**
   * Output size for api: openai (default 1280x720). With api: native use resolution and ratio instead.
   */
  size?: '1280x720' | '720x1080' | '1920x1080' | '1080x1920';
  /**
   * Make a cheap 480p draft; a later shot with from_draft turns it into the final video. Native format only.
   */
  draft?: boolean;
  /**
   * The id of a draft: true shot; this shot is that draft's final video (content type draft_task). The draft's prompt, images, seed, ratio, duration and audio setting are reused. Its model defaults to the draft's model: a draft can only be finished by the model family that made it.
   */
  from_draft?: string;
  first_frame?: Media;
  last_frame?: Media1;
  /**
   * Reference images (1..9 on 2.0). Not together with first_frame/last_frame.
   *
   * @minItems 1
   * @maxItems 9
   */
  reference_images?: Media2[];
  /**
   * Reference videos (2.0 only; at most 3, 2..15 s each, 15 s together): URLs or asset:// ids, or { shot: ID } for that shot's video. Local video files are not accepted by the service.
   *
   * @minItems 1
   * @maxItems 3
   */
  reference_videos?: Media2[];
  /**
   * Reference audio clips (2.0 native only; at most 3, 2..15 s each, 15 s together). Needs a reference image or video beside it.
   *
   * @minItems 1
   * @maxItems 3
   */
  reference_audio?: Media2[];
  /**
   * How many times to resubmit this shot when its task ends failed (never for content-policy refusals). Default 0. A task that expired at the service, or one the service no longer knows, is resubmitted once on top of these.
   */
  retries?: number;
  /**
   * How many takes (tasks) to make of the shot, each with its own seed (seed + i - 1 where a seed is set, else random). All are kept in the clip store and listed in the lock; `take:` picks the one the film and the shots after it use. Default 1.
   */
  takes?: number;
  /**
   * Which take (1-based) the film and the shots chained from this one use, at most `takes:`. Default 1. `seedance pick <manifest> <shot> <K>` writes it.
   */
  take?: number;
  /**
   * How many times to resubmit this shot, with a new seed, when the service refuses it under its content policy (refusals are not billed, and the same prompt often passes on a second try). Never for a `…PrivacyInformation` refusal (a real person in a reference image: retrying cannot help). Default 0; separate from `retries:`.
   */
  refusals?: number;
}
export interface Tool1 {
  /**
   * web_search: the model may search the web for what the prompt names.
   */
  type: 'web_search';
}
/**
 * Another shot's output: its last frame in image slots, its video in reference_videos.
 */
export interface ShotOutput {
  /**
   * The id of the shot whose output is used.
   */
  shot: string;
}
/**
 * Join the clips into one film after the shots are made.
 */
export interface Concat {
  /**
   * File name of the film, relative to the output folder. Default final.mp4.
   */
  output?: string;
  /**
   * Shot ids in film order. Default: every shot that is not a draft, in manifest order.
   *
   * @minItems 1
   */
  shots?: string[];
  transition?: Transition;
  /**
   * Per-shot trims, by shot id: { start, end } in seconds within the clip.
   */
  trim?: {
    [k: string]: Trim;
  };
  audio?: MusicBed;
  /**
   * Frame size of the film, WIDTHxHEIGHT. Default: the first clip's size.
   */
  size?: string;
}
/**
 * How clips meet: cut (default) or crossfade.
 */
export interface Transition {
  /**
   * cut: straight join (stream copy when the clips match); crossfade: video and audio overlap by duration.
   */
  type: 'cut' | 'crossfade';
  /**
   * Crossfade length in seconds (default 0.5). The film is shorter by one overlap per join.
   */
  duration?: number;
}
/**
 * Keep the part of the clip from start to end (seconds).
 */
export interface Trim {
  /**
   * Seconds cut from the beginning (default 0).
   */
  start?: number;
  /**
   * Where the kept part ends, in seconds from the clip's start (default: the clip's end).
   */
  end?: number;
}
/**
 * A music bed mixed under the clips' own sound.
 */
export interface MusicBed {
  /**
   * Audio file, relative to the manifest.
   */
  file: string;
  /**
   * Gain of the music bed (1 = as is; default 0.3).
   */
  volume?: number;
}
