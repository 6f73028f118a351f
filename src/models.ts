// The capability table: what each model accepts, in one place. The validator, the request
// builder, the simulator and the token estimator all read it, so a limit is stated once.
// Sources: ../shared/API.md (official docs and SDKs) and the product brief (the gateway's docs).

export type ApiFormat = 'native' | 'openai';
export type Resolution = '480p' | '720p' | '1080p' | '4k';
export type Ratio = '16:9' | '4:3' | '1:1' | '3:4' | '9:16' | '21:9' | 'adaptive';
export type FixedRatio = Exclude<Ratio, 'adaptive'>;

export const RESOLUTIONS: readonly Resolution[] = ['480p', '720p', '1080p', '4k'];
export const RATIOS: readonly Ratio[] = ['16:9', '4:3', '1:1', '3:4', '9:16', '21:9', 'adaptive'];
export const FIXED_RATIOS: readonly FixedRatio[] = ['16:9', '4:3', '1:1', '3:4', '9:16', '21:9'];
export const OPENAI_SIZES = ['1280x720', '720x1080', '1920x1080', '1080x1920'] as const;
export type OpenAiSize = (typeof OPENAI_SIZES)[number];

export const FPS = 24;
/** Whole request body limit of the service (API.md). */
export const MAX_REQUEST_BYTES = 64 * 1024 * 1024;
/** Official per-image limit. */
export const MAX_IMAGE_BYTES = 30 * 1024 * 1024;
/** The brief's gateway: each image and video under 4 MB. */
export const GATEWAY_MEDIA_BYTES = 4 * 1024 * 1024;
export const IMAGE_SIDE = { min: 300, max: 6000 } as const;
export const IMAGE_ASPECT = { min: 0.4, max: 2.5 } as const;
export const IMAGE_FORMATS = ['jpeg', 'png', 'webp', 'bmp', 'tiff', 'gif'] as const;
/** Each reference video or audio clip, and all of them together (seconds). */
export const REFERENCE_CLIP_SECONDS = { min: 2, max: 15, total: 15 } as const;
export const EXECUTION_EXPIRES = { min: 3600, max: 259200, default: 172800 } as const;
export const SEED_RANGE = { min: -1, max: 4294967295 } as const;
/**
 * Drafts cost less than a final (API.md): 0.6 of the tokens with a sound track, 0.7 silent (a
 * third party's figure); the estimator and the simulator use these.
 */
export const DRAFT_TOKEN_FACTOR = 0.6;
export const DRAFT_TOKEN_FACTOR_SILENT = 0.7;
/** An endpoint id `ep-...` may stand for any model; where the model must be guessed, official 2.0. */
export const ENDPOINT_ID_MODEL = 'doubao-seedance-2-0-260128';
/** Task ids stay queryable this long (API.md: 7 days). */
export const TASK_RETENTION_SECONDS = 7 * 24 * 3600;
/** Video and last-frame URLs are signed and expire after this long (API.md: 24 hours). */
export const SIGNED_URL_TTL_SECONDS = 24 * 3600;
/** Default account limits per model (API.md): creates a minute (over it 429) and running tasks (over it queued). */
export const ACCOUNT_LIMITS = { createsPerMinute: 600, runningTasks: 10 } as const;

/**
 * What one account may do with one model at a time (API.md "Errors and limits"). Over
 * `runningTasks` a task waits in queued (its execution_expires_after clock runs); over
 * `createsPerMinute` create answers 429. Limits belong to the account, not the key.
 */
export interface AccountLimits {
  runningTasks: number;
  createsPerMinute: number;
}

export interface ModelAccountLimits extends AccountLimits {
  /** A personal account's figures (API.md: 3 running; 180 creates a minute on 2.0, else the default). */
  personal: AccountLimits;
  /** Resolutions with their own, lower limits (4k: 1 running and 15 creates a minute). */
  byResolution: Partial<Record<Resolution, AccountLimits>>;
}

/** 4k (official 2.0 only) has its own limits (API.md). */
export const LIMITS_4K: AccountLimits = { runningTasks: 1, createsPerMinute: 15 };

/** Codec of the service's output: MP4 H.264, except official 2.0's 4k, which is 10-bit H.265 (API.md). */
export function outputCodec(resolution: Resolution): 'h264' | 'hevc' {
  return resolution === '4k' ? 'hevc' : 'h264';
}

/** OpenAI format, mode i2v: images[0] the first frame, images[1] the last frame. */
export const OPENAI_I2V_MAX_IMAGES = 2;
/** Native `resolution` when none is sent (API.md), and the only resolution of a draft. */
export const DEFAULT_RESOLUTION: Resolution = '720p';
export const DRAFT_RESOLUTION: Resolution = '480p';

type SizeTable = Record<Resolution, Partial<Record<FixedRatio, readonly [number, number]>>>;

/** 2.0 and 1.5 pro (API.md "Output size"). 4k is official 2.0 only (not fast, not mini), 10-bit H.265. */
const SIZES_V2: SizeTable = {
  '480p': { '16:9': [864, 496], '4:3': [752, 560], '1:1': [640, 640], '3:4': [560, 752], '9:16': [496, 864], '21:9': [992, 432] },
  '720p': { '16:9': [1280, 720], '4:3': [1112, 834], '1:1': [960, 960], '3:4': [834, 1112], '9:16': [720, 1280], '21:9': [1470, 630] },
  '1080p': { '16:9': [1920, 1080], '4:3': [1664, 1248], '1:1': [1440, 1440], '3:4': [1248, 1664], '9:16': [1080, 1920], '21:9': [2206, 946] },
  '4k': { '16:9': [3840, 2160], '4:3': [3326, 2494], '1:1': [2880, 2880], '3:4': [2494, 3326], '9:16': [2160, 3840], '21:9': [4398, 1886] },
};

/** The 1.0 series (API.md: "720p 16:9 = 1248x704"; the other cells from the official tables, unconfirmed). */
const SIZES_V1: SizeTable = {
  '480p': { '16:9': [864, 480], '4:3': [736, 544], '1:1': [640, 640], '3:4': [544, 736], '9:16': [480, 864], '21:9': [960, 416] },
  '720p': { '16:9': [1248, 704], '4:3': [1120, 832], '1:1': [960, 960], '3:4': [832, 1120], '9:16': [704, 1248], '21:9': [1504, 640] },
  '1080p': { '16:9': [1920, 1088], '4:3': [1664, 1248], '1:1': [1440, 1440], '3:4': [1248, 1664], '9:16': [1088, 1920], '21:9': [2176, 928] },
  '4k': {},
};

export interface ModelCapabilities {
  /** The name a user writes. */
  id: string;
  /** The versioned model the service reports (and the lock records). */
  versioned: string;
  api: ApiFormat;
  family: ModelFamily;
  /** 4k, where listed, is official 2.0 only and encoded H.265 (see outputCodec). */
  resolutions: readonly Resolution[];
  ratios: readonly Ratio[];
  /** Inclusive range in seconds; `auto` means -1 (the model chooses) is accepted. */
  duration: { min: number; max: number; default: number; auto: boolean };
  /** `frames` (25+4n in 29..289) as an alternative to duration: 1.0 series only. */
  frames: boolean;
  /** `priority` 0..9 (order within the endpoint's queue): 2.0 series only. */
  priority: boolean;
  /** `tools: [{ type: web_search }]`: 2.0 series only. */
  tools: boolean;
  generateAudio: boolean;
  audioDefault: boolean;
  firstFrame: boolean;
  lastFrame: boolean;
  /** Most reference images; 0 when the model has no reference mode for images. */
  referenceImages: number;
  referenceVideos: number;
  referenceAudio: number;
  /** Needs at least one image (image-to-video only models). */
  imageRequired: boolean;
  textOnly: boolean;
  draft: boolean;
  cameraFixed: boolean;
  flexTier: boolean;
  /** Official 2.0 adds the input video seconds to the billed tokens. */
  billsInputVideo: boolean;
  sizes: SizeTable;
  /** The brief's gateway: each image and video under 4 MB. */
  gatewayLimits: boolean;
  /** Per-account limits of this model (a scheduler may read them; the runner's concurrency is its own). */
  limits: ModelAccountLimits;
}

export type ModelFamily = '2.0' | '2.0-fast' | '2.0-mini' | '1.5-pro' | '1.0-pro' | '1.0-pro-fast' | '1.0-lite-t2v' | '1.0-lite-i2v';

/** The families of the 2.0 series: the ones that take priority and tools. */
export const SERIES_2_0: readonly ModelFamily[] = ['2.0', '2.0-fast', '2.0-mini'];

/** `frames`: 25 + 4n, 29..289 (API.md), for the 1.0 series. */
export const FRAMES_RANGE = { min: 29, max: 289, base: 25, step: 4 } as const;
/** Whether a frame count is one the service takes. */
export function validFrames(frames: number): boolean {
  return Number.isInteger(frames) && frames >= FRAMES_RANGE.min && frames <= FRAMES_RANGE.max && (frames - FRAMES_RANGE.base) % FRAMES_RANGE.step === 0;
}
/** The length of a video of `frames` frames at 24 fps: (frames - 1) / 24 seconds (29 frames: about 1.17 s). */
export function framesSeconds(frames: number): number {
  return (frames - 1) / FPS;
}
/** `priority`: 0..9, default 0 (API.md). */
export const PRIORITY_RANGE = { min: 0, max: 9, default: 0 } as const;
/** `safety_identifier`: at most 64 characters (API.md). */
export const SAFETY_IDENTIFIER_MAX = 64;
/** The one documented tool type. */
export const TOOL_TYPES = ['web_search'] as const;

const limits20: ModelAccountLimits = {
  ...ACCOUNT_LIMITS,
  personal: { runningTasks: 3, createsPerMinute: 180 },
  byResolution: {},
};
const limitsOther: ModelAccountLimits = {
  ...ACCOUNT_LIMITS,
  personal: { runningTasks: 3, createsPerMinute: ACCOUNT_LIMITS.createsPerMinute },
  byResolution: {},
};
const limits20With4k: ModelAccountLimits = { ...limits20, byResolution: { '4k': LIMITS_4K } };

const V2_RATIOS_BRIEF: readonly Ratio[] = ['16:9', '9:16', '1:1'];
const ALL_RATIOS: readonly Ratio[] = RATIOS;

const seedance2 = {
  family: '2.0',
  resolutions: ['480p', '720p', '1080p'],
  ratios: ALL_RATIOS,
  duration: { min: 4, max: 15, default: 5, auto: true },
  frames: false,
  priority: true,
  tools: true,
  generateAudio: true,
  audioDefault: true,
  firstFrame: true,
  lastFrame: true,
  referenceImages: 9,
  referenceVideos: 3,
  referenceAudio: 3,
  imageRequired: false,
  textOnly: false,
  draft: false,
  cameraFixed: false,
  flexTier: false,
  billsInputVideo: true,
  sizes: SIZES_V2,
  gatewayLimits: false,
  limits: limits20,
} as const satisfies Omit<ModelCapabilities, 'id' | 'versioned' | 'api'>;

const seedance10 = {
  ...seedance2,
  family: '1.0-pro',
  duration: { min: 2, max: 12, default: 5, auto: false },
  frames: true,
  priority: false,
  tools: false,
  generateAudio: false,
  audioDefault: false,
  referenceImages: 0,
  referenceVideos: 0,
  referenceAudio: 0,
  cameraFixed: true,
  flexTier: true,
  billsInputVideo: false,
  sizes: SIZES_V1,
  limits: limitsOther,
} as const satisfies Omit<ModelCapabilities, 'id' | 'versioned' | 'api'>;

export const MODELS: readonly ModelCapabilities[] = [
  // The brief's gateway names (native format): 5..15 s, three ratios, audio off by default,
  // drafts listed among the native format's features.
  {
    ...seedance2, id: 'doubao-seedance-2.0', versioned: 'doubao-seedance-2-0-260128', api: 'native',
    ratios: V2_RATIOS_BRIEF, duration: { min: 5, max: 15, default: 5, auto: false },
    audioDefault: false, draft: true, gatewayLimits: true,
  },
  {
    ...seedance2, id: 'doubao-seedance-2-fast', versioned: 'doubao-seedance-2-0-fast-260128', api: 'native', family: '2.0-fast',
    resolutions: ['480p', '720p'], ratios: V2_RATIOS_BRIEF, duration: { min: 5, max: 15, default: 5, auto: false },
    audioDefault: false, draft: true, gatewayLimits: true,
  },
  // The gateway's OpenAI-compatible name: sizes instead of resolution and ratio.
  {
    ...seedance2, id: 'doubao-seedance-2', versioned: 'doubao-seedance-2-0-260128', api: 'openai',
    resolutions: ['720p', '1080p'], ratios: ['16:9', '9:16'], duration: { min: 4, max: 15, default: 4, auto: false },
    audioDefault: false, gatewayLimits: true, referenceAudio: 0,
    // The openai format has no priority or tools fields.
    priority: false, tools: false,
  },
  // Official ids (Volcengine Ark, BytePlus ModelArk). 4k is official 2.0 only (H.265, its own limits).
  { ...seedance2, id: 'doubao-seedance-2-0-260128', versioned: 'doubao-seedance-2-0-260128', api: 'native', resolutions: ['480p', '720p', '1080p', '4k'], limits: limits20With4k },
  { ...seedance2, id: 'dreamina-seedance-2-0-260128', versioned: 'dreamina-seedance-2-0-260128', api: 'native', resolutions: ['480p', '720p', '1080p', '4k'], limits: limits20With4k },
  { ...seedance2, id: 'doubao-seedance-2-0-fast-260128', versioned: 'doubao-seedance-2-0-fast-260128', api: 'native', family: '2.0-fast', resolutions: ['480p', '720p'] },
  { ...seedance2, id: 'dreamina-seedance-2-0-fast-260128', versioned: 'dreamina-seedance-2-0-fast-260128', api: 'native', family: '2.0-fast', resolutions: ['480p', '720p'] },
  // 2.0 mini: 2.0's limits at 480p and 720p only (no 1080p, no 4k).
  { ...seedance2, id: 'doubao-seedance-2-0-mini-260615', versioned: 'doubao-seedance-2-0-mini-260615', api: 'native', family: '2.0-mini', resolutions: ['480p', '720p'] },
  { ...seedance2, id: 'dreamina-seedance-2-0-mini-260615', versioned: 'dreamina-seedance-2-0-mini-260615', api: 'native', family: '2.0-mini', resolutions: ['480p', '720p'] },
  {
    ...seedance2, id: 'doubao-seedance-1-5-pro-251215', versioned: 'doubao-seedance-1-5-pro-251215', api: 'native', family: '1.5-pro',
    duration: { min: 4, max: 12, default: 5, auto: true },
    referenceImages: 0, referenceVideos: 0, referenceAudio: 0, draft: true, cameraFixed: true, flexTier: true, billsInputVideo: false,
    priority: false, tools: false, limits: limitsOther,
  },
  { ...seedance10, id: 'doubao-seedance-1-0-pro-250528', versioned: 'doubao-seedance-1-0-pro-250528', api: 'native' },
  { ...seedance10, id: 'doubao-seedance-1-0-pro-fast-251015', versioned: 'doubao-seedance-1-0-pro-fast-251015', api: 'native', family: '1.0-pro-fast', lastFrame: false },
  {
    ...seedance10, id: 'doubao-seedance-1-0-lite-t2v-250428', versioned: 'doubao-seedance-1-0-lite-t2v-250428', api: 'native', family: '1.0-lite-t2v',
    firstFrame: false, lastFrame: false, textOnly: true,
  },
  {
    ...seedance10, id: 'doubao-seedance-1-0-lite-i2v-250428', versioned: 'doubao-seedance-1-0-lite-i2v-250428', api: 'native', family: '1.0-lite-i2v',
    referenceImages: 4, imageRequired: true,
  },
];

export const DEFAULT_MODEL: Record<ApiFormat, string> = {
  native: 'doubao-seedance-2.0',
  openai: 'doubao-seedance-2',
};

const byId = new Map(MODELS.map((m) => [m.id, m]));

/** The capabilities of a known model id, or undefined (an endpoint id `ep-...`, a new model). */
export function findModel(id: string): ModelCapabilities | undefined {
  return byId.get(id);
}

/** The limits that apply to a model at a resolution (4k has its own). */
export function accountLimitsFor(model: ModelCapabilities, resolution: Resolution): AccountLimits {
  const own = model.limits.byResolution[resolution];
  return own ?? { runningTasks: model.limits.runningTasks, createsPerMinute: model.limits.createsPerMinute };
}

/** Pixel size of a resolution and ratio for a model, or undefined when the table has no such cell. */
export function videoSize(model: ModelCapabilities | undefined, resolution: Resolution, ratio: FixedRatio): readonly [number, number] | undefined {
  return (model?.sizes ?? SIZES_V2)[resolution]?.[ratio];
}

/** Parse an OpenAI-format size such as `1280x720`. */
export function parseSize(size: string): [number, number] | undefined {
  const m = /^(\d{2,5})x(\d{2,5})$/.exec(size);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** The OpenAI-format size for a resolution and ratio, where that format has one. */
export function openAiSizeFor(resolution: Resolution, ratio: Ratio): OpenAiSize | undefined {
  const key = `${resolution} ${ratio}`;
  const table: Record<string, OpenAiSize> = {
    '720p 16:9': '1280x720',
    '1080p 16:9': '1920x1080',
    '1080p 9:16': '1080x1920',
  };
  return table[key];
}

/**
 * Tokens billed for a video: width x height x frames / 1024, counting 24·seconds+1 frames
 * (API.md: 720p 16:9 5 s = 1280·720·121/1024 = 108,900). Input video seconds are added where the
 * model bills them; a draft costs DRAFT_TOKEN_FACTOR of that (DRAFT_TOKEN_FACTOR_SILENT without audio).
 */
export function estimateTokens(width: number, height: number, seconds: number, opts: { inputVideoSeconds?: number; draft?: boolean; frames?: number; audio?: boolean } = {}): number {
  // `frames` (1.0 series) counts exactly that many output frames: (frames - 1) / 24 s.
  const frames = opts.frames !== undefined ? opts.frames + FPS * (opts.inputVideoSeconds ?? 0) : FPS * (seconds + (opts.inputVideoSeconds ?? 0)) + 1;
  const tokens = Math.floor((width * height * frames) / 1024);
  if (!opts.draft) return tokens;
  return Math.floor(tokens * (opts.audio === false ? DRAFT_TOKEN_FACTOR_SILENT : DRAFT_TOKEN_FACTOR));
}
