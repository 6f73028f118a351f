// The effective generation settings of one shot: its own value, else `defaults`, else the built-in
// default, with the special cases of drafts (480p) and finals made from a draft (the draft's
// model, ratio, duration, seed and audio setting are reused).
import { DEFAULT_MODEL, DEFAULT_RESOLUTION, DRAFT_RESOLUTION, OPENAI_SIZES, RATIOS, RESOLUTIONS, findModel, framesSeconds, openAiSizeFor, parseSize, videoSize } from '../models.js';
import type { ApiFormat, FixedRatio, ModelCapabilities, Ratio, Resolution } from '../models.js';
import { SETTING_KEYS, bool, int, list, obj, oneOf, str, type Raw, type SettingKey } from './raw.js';
import type { EffectiveSettings, ResolvedShot } from './types.js';

export interface SettingsInput {
  shot: Raw;
  defaults: Raw;
  api: ApiFormat;
  draft: boolean;
  /** The draft this shot finishes (from_draft), already resolved. */
  draftShot: ResolvedShot | undefined;
  /** Another shot uses this shot's last frame. */
  lastFrameUsed: boolean;
}

export interface SettingsResult {
  settings: EffectiveSettings;
  explicit: Set<keyof EffectiveSettings>;
  capabilities: ModelCapabilities | undefined;
  expectedSize?: readonly [number, number];
}

export function resolveSettings(input: SettingsInput): SettingsResult {
  const { shot, defaults, api, draft, draftShot } = input;
  // A draft is 480p whatever `defaults` says: defaults.resolution is meant for the finals.
  const written = (key: SettingKey): unknown => (key === 'resolution' && draft ? shot[key] : (shot[key] ?? defaults[key]));
  const explicit = new Set<keyof EffectiveSettings>();
  for (const key of Object.keys(SETTING_KEYS) as SettingKey[]) if (written(key) !== undefined) explicit.add(SETTING_KEYS[key]);

  // A final is made by its draft's model unless the shot itself names one (defaults do not count).
  const model = str(shot.model) ?? draftShot?.settings.model ?? str(defaults.model) ?? DEFAULT_MODEL[api];
  const caps = findModel(model);
  const fromDraft = draftShot?.settings;
  const sizeWritten = oneOf(written('size'), OPENAI_SIZES);
  const fromSize = sizeWritten ? resolutionOfSize(sizeWritten) : undefined;
  const resolution = oneOf<Resolution>(written('resolution'), RESOLUTIONS) ?? fromSize?.resolution ?? (draft ? DRAFT_RESOLUTION : DEFAULT_RESOLUTION);
  const ratio = fromDraft?.ratio ?? oneOf<Ratio>(written('ratio'), RATIOS) ?? fromSize?.ratio ?? '16:9';

  // `frames` instead of duration (1.0 series): the shot then lasts (frames - 1) / 24 s.
  const frames = fromDraft ? fromDraft.frames : int(written('frames'));
  const duration = int(written('duration'));
  const settings: EffectiveSettings = {
    model,
    resolution,
    ratio,
    duration: fromDraft?.duration ?? duration ?? (frames !== undefined ? framesSeconds(frames) : undefined) ?? caps?.duration.default ?? 5,
    seed: fromDraft?.seed ?? int(written('seed')) ?? -1,
    generateAudio: fromDraft?.generateAudio ?? bool(written('generate_audio')) ?? caps?.audioDefault ?? false,
    returnLastFrame: bool(written('return_last_frame')) ?? (api === 'native' && !draft && input.lastFrameUsed),
  };
  const watermark = bool(written('watermark'));
  if (watermark !== undefined) settings.watermark = watermark;
  const cameraFixed = bool(written('camera_fixed'));
  if (cameraFixed !== undefined) settings.cameraFixed = cameraFixed;
  const tier = oneOf(written('service_tier'), ['default', 'flex'] as const);
  if (tier) settings.serviceTier = tier;
  const expires = int(written('execution_expires_after'));
  if (expires !== undefined) settings.executionExpiresAfter = expires;
  if (frames !== undefined) settings.frames = frames;
  const priority = int(written('priority'));
  if (priority !== undefined) settings.priority = priority;
  const tools = toolsOf(written('tools'));
  if (tools) settings.tools = tools;
  const safety = str(written('safety_identifier'));
  if (safety !== undefined) settings.safetyIdentifier = safety;
  const callback = str(written('callback_url'));
  if (callback !== undefined) settings.callbackUrl = callback;
  if (api === 'openai') {
    const size = sizeWritten ?? openAiSizeFor(resolution, ratio);
    if (size) settings.size = size;
  } else if (sizeWritten) {
    settings.size = sizeWritten; // an error (size is the openai format's), kept so the rule can say so
  }

  const result: SettingsResult = { settings, explicit, capabilities: caps };
  const expected = api === 'openai' ? (settings.size ? parseSize(settings.size) : undefined) : ratio === 'adaptive' ? undefined : videoSize(caps, resolution, ratio as FixedRatio);
  if (expected) result.expectedSize = expected;
  return result;
}

/** The openai sizes as resolution and ratio, for token estimates (720x1080 is nearest 9:16). */
function resolutionOfSize(size: string): { resolution: Resolution; ratio: Ratio } | undefined {
  const parsed = parseSize(size);
  if (!parsed) return undefined;
  const [w, h] = parsed;
  return { resolution: Math.min(w, h) >= 1080 ? '1080p' : '720p', ratio: w >= h ? '16:9' : '9:16' };
}

/** `tools: [{ type: web_search }]` as written (each item's type; the schema checks the values). */
function toolsOf(value: unknown): { type: string }[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const tools = list(value).flatMap((item) => {
    const type = str(obj(item)?.type);
    return type ? [{ type }] : [];
  });
  return tools.length > 0 ? tools : undefined;
}
