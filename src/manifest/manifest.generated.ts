/* Generated from schemas/manifest.schema.json by `npm run gen:types`. Do not edit. */

/**
 * The image the clip starts on: a file path relative to the manifest, an http(s) URL, asset://ID or a data: URI. Or { shot: <id> } to start on that shot's last frame, chaining the two shots so the film flows. Example: first_frame: { shot: wake-up }
 */
export type Media = string | ShotOutput;
/**
 * The image the clip ends on (same forms as first_frame, including { shot: <id> }). Needs first_frame. Example: last_frame: images/garden.png
 */
export type Media1 = string | ShotOutput;
/**
 * A media input: a file path relative to the manifest, an http(s) URL, asset://ID, a data: URI, or { shot: <id> } to use another shot's output.
 */
export type Media2 = string | ShotOutput;

/**
 * A storyboard for seedance-pipeline: shots made with the Seedance video API, chained, then joined into one film. Needs version: 1 and shots:.
 */
export interface Manifest {
  /**
   * The manifest format version. Only 1 exists: write version: 1.
   */
  version: 1;
  /**
   * Name of the film: 1 to 64 letters, digits, ., _ and -, starting with a letter or digit. It names the output folder (out/<name>). Default: the manifest's file name without its extension. Example: name: kitten-morning
   */
  name?: string;
  /**
   * Which API the shots are sent to: native (/api/v3/contents/generations/tasks: resolution, ratio, drafts, reference audio) or openai (/v1/videos: size instead). Default: native.
   */
  api?: 'native' | 'openai';
  /**
   * Host root of the service; the API path is appended. SEEDANCE_BASE_URL overrides it. The API key is only sent to hosts you chose or trust. Example: base_url: https://api.wisgate.ai
   */
  base_url?: string;
  /**
   * Folder for the clips, the film, the lock and the report, relative to the manifest's folder and inside the project. Default: out/<name>. Example: output: out/trailer
   */
  output?: string;
  /**
   * Folder of the clip store (every clip made, kept by the fingerprint of its inputs, so a shot made before costs nothing again), relative to the manifest's folder and inside the project. SEEDANCE_STORE overrides it, and only SEEDANCE_STORE can name a bucket (s3://bucket/prefix). Default: .seedance/store beside the manifest.
   */
  store?: string;
  /**
   * Most tasks at the service at once, 1..100. --concurrency overrides it. Mind your account's limit of running tasks (10 by default; 4k: 1). Default: 3. Example: concurrency: 5
   */
  concurrency?: number;
  /**
   * Prices, so plan, run, status and the report show what shots cost. Either a built-in table by name — volcengine (CNY) or byteplus (USD); see docs/pricing.md for each figure, its source and date — or a table of your own, with a currency and prices per million tokens by model id. SEEDANCE_PRICING (a name or a file) overrides it. Without a table, costs are not shown and nothing else changes.
   */
  pricing?: ('volcengine' | 'byteplus') | PriceTable;
  budget?: Budget;
  defaults?: GenerationSettings;
  /**
   * The shots, in story order: each is one generation task and one clip, with at least an id and (unless it has images or videos) a prompt. A shot can start on another's last frame with first_frame: { shot: <id> }.
   *
   * @minItems 1
   */
  shots: Shot[];
  concat?: Concat;
}
export interface PriceTable {
  /**
   * ISO 4217 code of the figures: three capital letters. Example: currency: USD
   */
  currency: string;
  /**
   * Price per million tokens, by model id (as written in the manifest, or the versioned id the service reports): one number, or one per resolution.
   */
  per_million_tokens: {
    /**
     * Price of this model: one number for every resolution, or one per resolution.
     */
    [k: string]: number | RateByResolution;
  };
  /**
   * Price per million tokens for tasks with reference videos, by model id, in the same forms as per_million_tokens. Default: the per_million_tokens price.
   */
  with_video_input?: {
    /**
     * Price of this model with video input: one number for every resolution, or one per resolution.
     */
    [k: string]: number | RateByResolution;
  };
}
export interface RateByResolution {
  /**
   * Price per million tokens at 480p. Example: 480p: 7.0
   */
  '480p'?: number;
  /**
   * Price per million tokens at 720p. Example: 720p: 7.0
   */
  '720p'?: number;
  /**
   * Price per million tokens at 1080p. Example: 1080p: 7.0
   */
  '1080p'?: number;
  /**
   * Price per million tokens at 4k. Example: 4k: 7.0
   */
  '4k'?: number;
}
/**
 * A spending limit for each run, in the price table's currency (needs pricing). --max-cost overrides it. Example: budget: { max: 20 }
 */
export interface Budget {
  /**
   * Most a run may spend, in the price table's currency (more than 0). A run whose estimate is higher sends nothing; during a run no task is submitted that would take billed plus in-flight costs past it (takes and re-rolls count). Example: max: 20
   */
  max: number;
}
/**
 * Generation settings for every shot (model, resolution, ratio, duration, …); a shot's own value wins. Shot-only keys such as id, prompt or first_frame cannot go here.
 */
export interface GenerationSettings {
  /**
   * Which Seedance model makes the shot. Pick one from the list (each says what it can do), or write any other id: an endpoint id ep-… or a model newer than this tool passes with a warning and generic checks. Default: doubao-seedance-2.0 (api: native) or doubao-seedance-2 (api: openai).
   */
  model?:
    | (
        | 'doubao-seedance-2.0'
        | 'doubao-seedance-2-fast'
        | 'doubao-seedance-2'
        | 'doubao-seedance-2-0-260128'
        | 'dreamina-seedance-2-0-260128'
        | 'doubao-seedance-2-0-fast-260128'
        | 'dreamina-seedance-2-0-fast-260128'
        | 'doubao-seedance-2-0-mini-260615'
        | 'dreamina-seedance-2-0-mini-260615'
        | 'doubao-seedance-1-5-pro-251215'
        | 'doubao-seedance-1-0-pro-250528'
        | 'doubao-seedance-1-0-pro-fast-251015'
        | 'doubao-seedance-1-0-lite-t2v-250428'
        | 'doubao-seedance-1-0-lite-i2v-250428'
      )
    | string;
  /**
   * Output resolution (api: native; with api: openai use size). Higher costs more tokens: tokens grow with the pixel count. Default: 720p. A draft: true shot is always 480p.
   */
  resolution?: '480p' | '720p' | '1080p' | '4k';
  /**
   * Aspect ratio of the clip (api: native). Quote it in YAML, or it is read as a number: ratio: "16:9". Default: "16:9".
   */
  ratio?: '16:9' | '4:3' | '1:1' | '3:4' | '9:16' | '21:9' | 'adaptive';
  /**
   * Length of the clip in whole seconds. What a model accepts: gateway 2.0 names 5..15, official 2.0 ids 4..15 or -1 (the model chooses), 1.5 pro 4..12 or -1, the 1.0 series 2..12 (or use frames), api: openai 4..15. seedance validate checks it against the model. Default: the model's own (5 s; 4 s with api: openai). Example: duration: 10
   */
  duration?: number;
  /**
   * Random seed, -1..4294967295. The same seed and inputs give a similar clip; -1 lets the service pick. seedance pin writes the seed a clip was made with back here. Sources disagree on whether 2.0 honours it: use takes: to get a choice. Default: -1 (random).
   */
  seed?: number;
  /**
   * Make a synchronized sound track with the clip: true or false (2.0 and 1.5 pro only). Default: the model's own (on for official 2.0 ids, off for the gateway names).
   */
  generate_audio?: boolean;
  /**
   * Put the "AI generated" watermark on the clip: true or false (api: native only). Default: false.
   */
  watermark?: boolean;
  /**
   * Ask the service for the clip's last frame as a PNG (api: native). seedance asks for it on every native shot but a draft, since the frame is free and spares decoding the clip; write return_last_frame: false to have the frame taken from the clip instead. Default: true (false for drafts).
   */
  return_last_frame?: boolean;
  /**
   * Keep the camera still: true or false (1.0 series and 1.5 pro; not 2.0). Default: off.
   */
  camera_fixed?: boolean;
  /**
   * How the service schedules the task: default (online) or flex (half price, run offline and slower; not on the 2.0 series: 2.0, fast and mini). Default: default.
   */
  service_tier?: 'default' | 'flex';
  /**
   * Seconds a task may stay queued or running at the service before it is given up as expired: 3600..259200 (1 hour to 3 days). Default: 172800 (2 days). Example: execution_expires_after: 86400
   */
  execution_expires_after?: number;
  /**
   * Length in frames instead of seconds (1.0 series only): 25 + 4n, from 29 to 289 (29, 33, 37, …). At 24 fps, 29 frames last about 1.2 s and 289 about 12 s. Not together with duration. Example: frames: 121 (about 5 s)
   */
  frames?: number;
  /**
   * Queue priority among your own tasks on the account's endpoint, 0..9 (higher goes first; first in, first out within one priority). It never stops a running task. 2.0 series only, not with service_tier: flex. Default: 0.
   */
  priority?: number;
  /**
   * Tools the model may use while making the shot (2.0 series only). The only one is web search, so the model can look up what the prompt names: The searches made are counted in the task's usage.
   *
   * @minItems 1
   * @maxItems 1
   */
  tools?: Tool[];
  /**
   * A hashed id of the end user the shot is made for (at most 64 characters), passed to the service for its abuse checks and echoed back. Never put a name or e-mail address here: hash it. Example: safety_identifier: 5f2b9c0e
   */
  safety_identifier?: string;
  /**
   * An http(s) URL the service POSTs the task to on each status change. Passed through as is; seedance still polls, so nothing depends on it. Example: callback_url: https://example.com/seedance-hook
   */
  callback_url?: string;
  /**
   * Output size for api: openai, WIDTHxHEIGHT. With api: native use resolution and ratio instead. Default: 1280x720.
   */
  size?: '1280x720' | '720x1080' | '1920x1080' | '1080x1920';
  /**
   * How many takes (tasks) to make of the shot, 1..10, each with its own seed (seed + i - 1 where a seed is set, else random). All are kept in the clip store and listed in the lock; take: picks the one the film and the shots after it use. Each take is billed. Default: 1. Example: takes: 3
   */
  takes?: number;
  /**
   * How many times to resubmit the shot, with a new seed, when the service refuses it under its content policy, 0..10. Refusals are not billed, and the same prompt often passes on a second try. Never for a …PrivacyInformation refusal (a real person in a reference image: retrying cannot help). Separate from retries:. Default: 0. Example: refusals: 2
   */
  refusals?: number;
}
/**
 * A tool: { type: web_search }.
 */
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
   * The shot's name, unique in the storyboard: 1 to 64 lowercase letters (a-z), digits (0-9), _ and -, starting with a letter or digit. It names the output files (<id>.mp4) and is how other shots, concat.shots and seedance pick refer to the shot. Example: id: wake-up
   */
  id: string;
  /**
   * What the shot shows: subject, action, camera, light, sound (at most 5000 characters). Optional when the shot has images or videos; not allowed with from_draft (the draft's prompt is reused). Use > for a long prompt over several lines. Example: prompt: A kitten stretches on a sunny windowsill, slow push-in
   */
  prompt?: string;
  /**
   * The lines a character speaks in the shot: a list of lines, each the words or { line, speaker, language, start, end }. They go into the prompt as quoted speech (the service voices quoted lines when generate_audio is on) and into the film's subtitles (<film>.srt and .vtt beside it, and a subtitle track inside it), timed to where the shot sits in the film. Example: dialogue: [{ speaker: Anna, line: Is the kettle on? }]
   *
   * @minItems 1
   * @maxItems 20
   */
  dialogue?: (string | DialogueLine)[];
  /**
   * Which Seedance model makes the shot. Pick one from the list (each says what it can do), or write any other id: an endpoint id ep-… or a model newer than this tool passes with a warning and generic checks. Default: doubao-seedance-2.0 (api: native) or doubao-seedance-2 (api: openai).
   */
  model?:
    | (
        | 'doubao-seedance-2.0'
        | 'doubao-seedance-2-fast'
        | 'doubao-seedance-2'
        | 'doubao-seedance-2-0-260128'
        | 'dreamina-seedance-2-0-260128'
        | 'doubao-seedance-2-0-fast-260128'
        | 'dreamina-seedance-2-0-fast-260128'
        | 'doubao-seedance-2-0-mini-260615'
        | 'dreamina-seedance-2-0-mini-260615'
        | 'doubao-seedance-1-5-pro-251215'
        | 'doubao-seedance-1-0-pro-250528'
        | 'doubao-seedance-1-0-pro-fast-251015'
        | 'doubao-seedance-1-0-lite-t2v-250428'
        | 'doubao-seedance-1-0-lite-i2v-250428'
      )
    | string;
  /**
   * Output resolution (api: native; with api: openai use size). Higher costs more tokens: tokens grow with the pixel count. Default: 720p. A draft: true shot is always 480p.
   */
  resolution?: '480p' | '720p' | '1080p' | '4k';
  /**
   * Aspect ratio of the clip (api: native). Quote it in YAML, or it is read as a number: ratio: "16:9". Default: "16:9".
   */
  ratio?: '16:9' | '4:3' | '1:1' | '3:4' | '9:16' | '21:9' | 'adaptive';
  /**
   * Length of the clip in whole seconds. What a model accepts: gateway 2.0 names 5..15, official 2.0 ids 4..15 or -1 (the model chooses), 1.5 pro 4..12 or -1, the 1.0 series 2..12 (or use frames), api: openai 4..15. seedance validate checks it against the model. Default: the model's own (5 s; 4 s with api: openai). Example: duration: 10
   */
  duration?: number;
  /**
   * Random seed, -1..4294967295. The same seed and inputs give a similar clip; -1 lets the service pick. seedance pin writes the seed a clip was made with back here. Sources disagree on whether 2.0 honours it: use takes: to get a choice. Default: -1 (random).
   */
  seed?: number;
  /**
   * Make a synchronized sound track with the clip: true or false (2.0 and 1.5 pro only). Default: the model's own (on for official 2.0 ids, off for the gateway names).
   */
  generate_audio?: boolean;
  /**
   * Put the "AI generated" watermark on the clip: true or false (api: native only). Default: false.
   */
  watermark?: boolean;
  /**
   * Ask the service for the clip's last frame as a PNG (api: native). seedance asks for it on every native shot but a draft, since the frame is free and spares decoding the clip; write return_last_frame: false to have the frame taken from the clip instead. Default: true (false for drafts).
   */
  return_last_frame?: boolean;
  /**
   * Keep the camera still: true or false (1.0 series and 1.5 pro; not 2.0). Default: off.
   */
  camera_fixed?: boolean;
  /**
   * How the service schedules the task: default (online) or flex (half price, run offline and slower; not on the 2.0 series: 2.0, fast and mini). Default: default.
   */
  service_tier?: 'default' | 'flex';
  /**
   * Seconds a task may stay queued or running at the service before it is given up as expired: 3600..259200 (1 hour to 3 days). Default: 172800 (2 days). Example: execution_expires_after: 86400
   */
  execution_expires_after?: number;
  /**
   * Length in frames instead of seconds (1.0 series only): 25 + 4n, from 29 to 289 (29, 33, 37, …). At 24 fps, 29 frames last about 1.2 s and 289 about 12 s. Not together with duration. Example: frames: 121 (about 5 s)
   */
  frames?: number;
  /**
   * Queue priority among your own tasks on the account's endpoint, 0..9 (higher goes first; first in, first out within one priority). It never stops a running task. 2.0 series only, not with service_tier: flex. Default: 0.
   */
  priority?: number;
  /**
   * Tools the model may use while making the shot (2.0 series only). The only one is web search, so the model can look up what the prompt names: The searches made are counted in the task's usage.
   *
   * @minItems 1
   * @maxItems 1
   */
  tools?: Tool1[];
  /**
   * A hashed id of the end user the shot is made for (at most 64 characters), passed to the service for its abuse checks and echoed back. Never put a name or e-mail address here: hash it. Example: safety_identifier: 5f2b9c0e
   */
  safety_identifier?: string;
  /**
   * An http(s) URL the service POSTs the task to on each status change. Passed through as is; seedance still polls, so nothing depends on it. Example: callback_url: https://example.com/seedance-hook
   */
  callback_url?: string;
  /**
   * Output size for api: openai, WIDTHxHEIGHT. With api: native use resolution and ratio instead. Default: 1280x720.
   */
  size?: '1280x720' | '720x1080' | '1920x1080' | '1080x1920';
  /**
   * Make a cheap 480p draft of the shot first; a later shot with from_draft: <this id> turns it into the final video. Drafts are left out of the film. api: native only, and only on models that make drafts. Default: false.
   */
  draft?: boolean;
  /**
   * The id of a draft: true shot: this shot is that draft made final (content type draft_task). The draft's prompt, images, seed, ratio, duration and audio setting are reused, and its model makes the final: leave model off. Example: from_draft: garden-draft
   */
  from_draft?: string;
  first_frame?: Media;
  last_frame?: Media1;
  /**
   * Images the model takes people, products, places or a style from (1..9 on 2.0; 1..4 on 1.0 lite i2v), each a file, URL, asset://ID, data: URI or { shot: <id> } (that shot's last frame). Not together with first_frame/last_frame.
   *
   * @minItems 1
   * @maxItems 9
   */
  reference_images?: Media2[];
  /**
   * Videos the model takes motion, camera work or a look from (2.0 only; at most 3, 2..15 s each, 15 s together): http(s) URLs or asset:// ids, or { shot: <id> } for that shot's video. The service takes no uploaded video files, so local paths are refused. Their seconds are billed as input. Example: reference_videos: [{ shot: opening }]
   *
   * @minItems 1
   * @maxItems 3
   */
  reference_videos?: Media2[];
  /**
   * Sound the model takes voice, music or rhythm from (2.0 api: native only; at most 3 clips, 2..15 s each, 15 s together): files, URLs, asset:// ids or data: URIs. Needs a reference image or video beside it. Example: reference_audio: [audio/jingle.mp3]
   *
   * @minItems 1
   * @maxItems 3
   */
  reference_audio?: Media2[];
  /**
   * How many times to resubmit the shot when its task ends failed for another reason than the content policy (that is refusals:), 0..10. A task that expired at the service, or one it no longer knows, is resubmitted once on top of these. Default: 0. Example: retries: 2
   */
  retries?: number;
  /**
   * How many takes (tasks) to make of the shot, 1..10, each with its own seed (seed + i - 1 where a seed is set, else random). All are kept in the clip store and listed in the lock; take: picks the one the film and the shots after it use. Each take is billed. Default: 1. Example: takes: 3
   */
  takes?: number;
  /**
   * Which take (1-based, at most takes:) the film and the shots chained from this one use. seedance pick <manifest> <shot> <K> and seedance review write it. Default: 1. Example: take: 2
   */
  take?: number;
  /**
   * How many times to resubmit the shot, with a new seed, when the service refuses it under its content policy, 0..10. Refusals are not billed, and the same prompt often passes on a second try. Never for a …PrivacyInformation refusal (a real person in a reference image: retrying cannot help). Separate from retries:. Default: 0. Example: refusals: 2
   */
  refusals?: number;
}
/**
 * One spoken line: the words, and optionally who says them, their language and when within the clip.
 */
export interface DialogueLine {
  /**
   * The words spoken, as they should appear in the subtitles (at most 500 characters). Example: line: Is the kettle on?
   */
  line: string;
  /**
   * Who speaks the line: put in the prompt ("Anna says: …") and in the subtitles (a WebVTT voice, "Anna: " in SRT). Example: speaker: Anna
   */
  speaker?: string;
  /**
   * The line's language as a BCP 47 tag (en, fr, zh-Hans, pt-BR). Each language gets a subtitle track and files of its own. Default: the other lines' language, else none.
   */
  language?: string;
  /**
   * When the line begins, in seconds within the clip (before any trim). Default: the lines of a shot share its time on screen evenly. Example: start: 1.5
   */
  start?: number;
  /**
   * When the line ends, in seconds within the clip. Default: where the next line starts, else the shot's end on screen. Example: end: 3
   */
  end?: number;
}
/**
 * A tool: { type: web_search }.
 */
export interface Tool1 {
  /**
   * web_search: the model may search the web for what the prompt names.
   */
  type: 'web_search';
}
export interface ShotOutput {
  /**
   * The id of the shot whose output is used: its last frame in an image slot, its video in reference_videos. Example: { shot: wake-up }
   */
  shot: string;
}
/**
 * Join the clips into one film after the shots are made: which shots, in what order, how they meet, trims and a music bed. Without it every shot that is not a draft is joined in manifest order with cuts.
 */
export interface Concat {
  /**
   * File name of the film, relative to the output folder; a video name (.mp4, .mov, …). Default: final.mp4. Example: output: kitten-morning.mp4
   */
  output?: string;
  /**
   * Shot ids in film order; a shot may be left out or repeated. Default: every shot that is not a draft, in manifest order. Example: shots: [opening, garden, window]
   *
   * @minItems 1
   */
  shots?: string[];
  transition?: Transition;
  /**
   * Per-shot trims, by shot id: keep the part of the clip from start to end, in seconds.
   */
  trim?: {
    [k: string]: Trim;
  };
  audio?: MusicBed;
  /**
   * Level the whole film, music bed included, to this integrated loudness in LUFS (EBU R128) with ffmpeg's two-pass loudnorm: -16 for the web and phones, -23 for broadcast. The report and summary state the measured value. Default: left as made. Example: loudness: -16
   */
  loudness?: number;
  /**
   * Frame size of the film, WIDTHxHEIGHT; clips of another size are scaled to fit. Default: the first clip's size. Example: size: 1920x1080
   */
  size?: string;
  /**
   * Editor projects of the cut written after every join, beside the film as <name>.mlt, .otio, .fcpxml, .edl (as seedance export writes them): mlt for Shotcut and Kdenlive, otio for DaVinci Resolve, fcpxml for Final Cut Pro, edl for any CMX3600 reader. Example: export: [mlt, otio]
   */
  export?: ('mlt' | 'otio' | 'fcpxml' | 'edl')[];
}
/**
 * How the clips meet: { type: cut } (the default) or { type: crossfade, duration: 0.5 }.
 */
export interface Transition {
  /**
   * cut (a straight join, stream copy when the clips match) or crossfade (video and audio overlap by duration). Default: cut.
   */
  type: 'cut' | 'crossfade';
  /**
   * Crossfade length in seconds, more than 0 and at most 5. The film is shorter by one overlap per join. Default: 0.5. Example: duration: 1
   */
  duration?: number;
}
/**
 * Keep the part of the clip from start to end (seconds).
 */
export interface Trim {
  /**
   * Seconds cut from the clip's beginning (0 or more). Default: 0. Example: start: 0.5
   */
  start?: number;
  /**
   * Where the kept part ends, in seconds from the clip's start (more than start). Default: the clip's end. Example: end: 4
   */
  end?: number;
}
/**
 * A music bed mixed under the clips' own sound, as long as the film. Example: audio: { file: audio/theme.mp3, volume: 0.3 }
 */
export interface MusicBed {
  /**
   * The audio file, relative to the manifest (wav, mp3, m4a, flac, ogg, …). Example: file: audio/theme.mp3
   */
  file: string;
  /**
   * Gain of the music bed, 0..4 (1 = as is). Default: 0.3. Example: volume: 0.5
   */
  volume?: number;
}
