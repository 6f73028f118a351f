// Per-model limits, all read from the capability table in src/models.ts: resolutions, ratios,
// duration range, reference counts, audio, drafts, settings a model does not take. An unknown
// model id (an endpoint `ep-...`) gets a warning and only the generic checks.
import { DRAFT_RESOLUTION, MODELS, type ModelCapabilities } from '../../models.js';
import { listOr } from '../describe.js';
import { nearest } from '../nearest.js';
import { manifestSchema } from '../schema-validator.generated.js';
import type { ResolvedShot } from '../types.js';
import { settingPath, shotTitle, shotPath, type Rule, type RuleContext } from './context.js';

/** maxItems of a reference list in the schema: beyond it, the schema check has reported the list. */
function schemaMaxItems(key: string): number {
  const shot = (manifestSchema as unknown as { $defs: { shot: { properties: Record<string, { maxItems?: number }> } } }).$defs.shot;
  return shot.properties[key]?.maxItems ?? Infinity;
}

export const knownModels: Rule = (ctx) => {
  const warned = new Set<string>();
  for (const shot of ctx.manifest.shots) {
    const model = shot.settings.model;
    const path = settingPath(ctx, shot, 'model');
    const where = path.join('/');
    if (!shot.capabilities) {
      if (warned.has(where)) continue;
      warned.add(where);
      const ids = MODELS.filter((m) => m.api === ctx.manifest.api).map((m) => m.id);
      const endpoint = model.startsWith('ep-');
      const guess = endpoint ? undefined : nearest(model, ids);
      const hint = endpoint ? ' (an endpoint id can stand for any model)' : guess ? `. Did you mean \`${guess}\`?` : `. Known ${ctx.manifest.api} models: ${ids.join(', ')}.`;
      ctx.out.warning('unknown-model', `Model \`${model}\` is not in the capability table, so only generic checks apply${hint}${endpoint ? '.' : ''}`, path);
      continue;
    }
    if (shot.capabilities.api !== ctx.manifest.api) {
      const other = MODELS.find((m) => m.api === ctx.manifest.api && m.versioned === shot.capabilities?.versioned)?.id;
      ctx.out.error(
        'model-format-mismatch',
        `Model \`${model}\` is a name of the ${shot.capabilities.api} format, but this manifest uses api: ${ctx.manifest.api}. ${other ? `Use \`${other}\`, or` : 'Pick a model of that format, or'} set \`api: ${shot.capabilities.api}\`.`,
        path,
      );
    }
  }
};

export const modelLimits: Rule = (ctx) => {
  for (const shot of ctx.manifest.shots) {
    audioAlone(ctx, shot);
    const caps = shot.capabilities;
    if (!caps || caps.api !== ctx.manifest.api) continue;
    if (ctx.manifest.api === 'native') nativeOutputLimits(ctx, shot, caps);
    if (shot.fromDraft === undefined) durationLimit(ctx, shot, caps);
    mediaLimits(ctx, shot, caps);
    settingLimits(ctx, shot, caps);
  }
};

function nativeOutputLimits(ctx: RuleContext, shot: ResolvedShot, caps: ModelCapabilities): void {
  const s = shot.settings;
  if (!caps.resolutions.includes(s.resolution)) {
    ctx.out.error('unsupported-resolution', `${shotTitle(shot)}: ${caps.id} makes ${listOr([...caps.resolutions])}, not ${s.resolution}.${caps.family === '2.0-fast' ? ' The fast model stops at 720p; use doubao-seedance-2.0 for 1080p.' : ''}`, settingPath(ctx, shot, 'resolution'));
  }
  if (!caps.ratios.includes(s.ratio) && shot.fromDraft === undefined) {
    ctx.out.error('unsupported-ratio', `${shotTitle(shot)}: ${caps.id} takes the ratios ${listOr([...caps.ratios])}, not ${s.ratio}.`, settingPath(ctx, shot, 'ratio'));
  }
  if (shot.draft) {
    if (!caps.draft) ctx.out.error('draft-unsupported', `${shotTitle(shot)} is a draft, but ${caps.id} makes no drafts. Drafts are for ${listOr(MODELS.filter((m) => m.draft && m.api === 'native').map((m) => m.id))}.`, ['shots', shot.index, 'draft']);
    if (s.resolution !== DRAFT_RESOLUTION) ctx.out.error('draft-resolution', `${shotTitle(shot)} is a draft at ${s.resolution}; drafts are ${DRAFT_RESOLUTION} only. Remove \`resolution\` from the draft (the final sets its own).`, settingPath(ctx, shot, 'resolution'));
    if (s.returnLastFrame) ctx.out.error('draft-last-frame', `${shotTitle(shot)} is a draft, and drafts cannot return their last frame. Remove \`return_last_frame\`, or take the last frame of the final instead.`, settingPath(ctx, shot, 'return_last_frame'));
  }
}

function durationLimit(ctx: RuleContext, shot: ResolvedShot, caps: ModelCapabilities): void {
  const d = shot.settings.duration;
  const { min, max, auto } = caps.duration;
  if (d === -1 ? auto : d >= min && d <= max) return;
  const range = `${min}..${max} seconds${auto ? ' (or -1: the model chooses)' : ''}`;
  ctx.out.error('duration-range', `${shotTitle(shot)} lasts ${d === -1 ? '-1 (model chooses)' : `${d} s`}, but ${caps.id} takes ${range}.`, settingPath(ctx, shot, 'duration'));
}

function mediaLimits(ctx: RuleContext, shot: ResolvedShot, caps: ModelCapabilities): void {
  const at = (key: string): (string | number)[] => ['shots', shot.index, key];
  const counts = [
    ['reference_images', shot.referenceImages.length, caps.referenceImages],
    ['reference_videos', shot.referenceVideos.length, caps.referenceVideos],
    ['reference_audio', shot.referenceAudio.length, caps.referenceAudio],
  ] as const;
  for (const [key, count, limit] of counts) {
    // Over the schema's own maximum: already reported; audio with api: openai: the format rule says it.
    if (count <= limit || count > schemaMaxItems(key) || (key === 'reference_audio' && ctx.manifest.api === 'openai')) continue;
    const message = limit === 0 ? `${caps.id} takes no \`${key}\`.${key === 'reference_images' ? '' : ' Reference videos and audio are 2.0 features: use doubao-seedance-2.0.'}` : `${caps.id} takes at most ${limit} \`${key}\`; there are ${count}.`;
    ctx.out.error('too-many-references', `${shotTitle(shot)}: ${message}`, at(key), { key: true });
  }
  if (caps.textOnly && (shot.firstFrame || shot.lastFrame || shot.referenceImages.length > 0 || shot.referenceVideos.length > 0)) {
    ctx.out.error('model-text-only', `${shotTitle(shot)}: ${caps.id} makes video from text only and takes no images or videos. Remove them, or use an image-to-video model.`, shotPath(shot));
  }
  if (caps.imageRequired && !shot.firstFrame && shot.referenceImages.length === 0) {
    ctx.out.error('model-needs-image', `${shotTitle(shot)}: ${caps.id} needs an image (\`first_frame\` or \`reference_images\`). Add one, or use a text-to-video model.`, shotPath(shot));
  }
  if (shot.firstFrame && !caps.firstFrame && !caps.textOnly) ctx.out.error('unsupported-media', `${shotTitle(shot)}: ${caps.id} takes no \`first_frame\`.`, at('first_frame'), { key: true });
  if (shot.lastFrame && !caps.lastFrame && !caps.textOnly) ctx.out.error('unsupported-media', `${shotTitle(shot)}: ${caps.id} takes no \`last_frame\`.`, at('last_frame'), { key: true });
}

/** Every model: audio is never the only reference (API.md's allowed combinations). */
function audioAlone(ctx: RuleContext, shot: ResolvedShot): void {
  if (shot.referenceAudio.length > 0 && shot.referenceImages.length === 0 && shot.referenceVideos.length === 0) {
    ctx.out.error('audio-alone', `${shotTitle(shot)} has reference audio but no reference image or video. The service never takes audio alone: add a reference image or video.`, ['shots', shot.index, 'reference_audio'], { key: true });
  }
}

function settingLimits(ctx: RuleContext, shot: ResolvedShot, caps: ModelCapabilities): void {
  const s = shot.settings;
  if (s.generateAudio && !caps.generateAudio) {
    ctx.out.error('unsupported-setting', `${shotTitle(shot)}: ${caps.id} makes no sound, so \`generate_audio: true\` cannot be honoured. Remove it, or use a 2.0 or 1.5 pro model.`, settingPath(ctx, shot, 'generate_audio'));
  }
  if (s.cameraFixed !== undefined && !caps.cameraFixed) {
    ctx.out.error('unsupported-setting', `${shotTitle(shot)}: ${caps.id} does not take \`camera_fixed\` (2.0 models steer the camera from the prompt). Remove it, and describe the camera in the prompt.`, settingPath(ctx, shot, 'camera_fixed'));
  }
  if (s.serviceTier === 'flex' && !caps.flexTier) {
    ctx.out.error('unsupported-setting', `${shotTitle(shot)}: ${caps.id} has no flex tier. Remove \`service_tier: flex\`, or use a 1.x model.`, settingPath(ctx, shot, 'service_tier'));
  }
}
