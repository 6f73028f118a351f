// Per-model limits, all read from the capability table in src/models.ts: resolutions, ratios,
// duration range, reference counts, audio, drafts, settings a model does not take. An unknown
// model id (an endpoint `ep-...`, Seedance 2.5) gets a warning and only the generic checks.
import { DRAFT_RESOLUTION, FRAMES_RANGE, MODELS, SERIES_2_0, framesSeconds, validFrames, type ModelCapabilities } from '../../models.js';
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
      if (isSeedance25(model)) {
        ctx.out.warning(
          'unknown-model',
          `Model \`${model}\` is Seedance 2.5, which is not in the capability table: sources disagree on its resolutions and limits (gateways report 4..30 s and up to 30 images, 10 videos and 10 audio clips, unconfirmed), so only generic checks apply. The service decides what it accepts.`,
          path,
        );
        continue;
      }
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

/** Seedance 2.5 (`…-2-5-…`): reported by gateways, but its limits disagree between sources (API.md). */
export function isSeedance25(model: string): boolean {
  return /seedance-2-5(?![0-9])/i.test(model);
}

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
    ctx.out.error('unsupported-resolution', `${shotTitle(shot)}: ${caps.id} makes ${listOr([...caps.resolutions])}, not ${s.resolution}.${resolutionHint(caps, s.resolution)}`, settingPath(ctx, shot, 'resolution'));
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

/** What to use instead of a resolution the model lacks. */
function resolutionHint(caps: ModelCapabilities, resolution: string): string {
  const byteplus = caps.id.startsWith('dreamina-');
  const official = byteplus ? 'dreamina-seedance-2-0-260128' : 'doubao-seedance-2-0-260128';
  if (resolution === '4k') return ` 4k is made only by official Seedance 2.0 (\`${official}\`; not fast, not mini), encoded 10-bit H.265.`;
  if (caps.family === '2.0-fast') return ` The fast model stops at 720p; use ${byteplus ? official : 'doubao-seedance-2.0'} for 1080p.`;
  if (caps.family === '2.0-mini') return ` The mini model stops at 720p; use ${byteplus ? official : 'doubao-seedance-2.0'} for 1080p.`;
  return '';
}

function durationLimit(ctx: RuleContext, shot: ResolvedShot, caps: ModelCapabilities): void {
  // `frames` instead of a duration: checked by fieldLimits.
  if (shot.settings.frames !== undefined && !shot.explicit.has('duration')) return;
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

/**
 * The fields added with issue 14 (frames, priority, tools; safety_identifier and callback_url are
 * checked by the schema alone): the generic checks for every model of the native format, known or
 * not, and the model checks where the table knows the model. The openai format has none of these
 * fields: format-limits.ts refuses them.
 */
export const fieldLimits: Rule = (ctx) => {
  if (ctx.manifest.api !== 'native') return;
  for (const shot of ctx.manifest.shots) {
    const s = shot.settings;
    const caps = shot.capabilities;
    const known = caps !== undefined && caps.api === 'native';
    if (s.frames !== undefined && shot.fromDraft === undefined) {
      const at = settingPath(ctx, shot, 'frames');
      if (known && !caps.frames) {
        ctx.out.error('unsupported-setting', `${shotTitle(shot)}: ${caps.id} does not take \`frames\` (the 1.0 series only). Use \`duration\` in seconds (${caps.duration.min}..${caps.duration.max}) instead.`, at);
      } else if (!validFrames(s.frames)) {
        const below = Math.max(FRAMES_RANGE.min, s.frames - ((s.frames - FRAMES_RANGE.base) % FRAMES_RANGE.step + FRAMES_RANGE.step) % FRAMES_RANGE.step);
        const above = Math.min(FRAMES_RANGE.max, below + FRAMES_RANGE.step);
        ctx.out.error(
          'frames-invalid',
          `${shotTitle(shot)} asks for ${s.frames} frames, but \`frames\` must be 25 + 4n between ${FRAMES_RANGE.min} and ${FRAMES_RANGE.max} (29, 33, 37, ...). Use ${below === above ? below : `${below} or ${above}`} (${framesSeconds(below).toFixed(2)} s${below === above ? '' : ` or ${framesSeconds(above).toFixed(2)} s`}).`,
          at,
        );
      }
      if (shot.explicit.has('duration')) {
        ctx.out.error(
          'frames-with-duration',
          `${shotTitle(shot)} sets both \`frames\` and \`duration\`; the service takes one length. Remove one of them (${s.frames} frames last ${framesSeconds(s.frames).toFixed(2)} s at 24 fps).`,
          at,
          { key: true, related: [{ message: '`duration` is set here', path: settingPath(ctx, shot, 'duration'), key: true }] },
        );
      }
    }
    if (s.priority !== undefined) {
      const at = settingPath(ctx, shot, 'priority');
      if (known && !caps.priority) {
        ctx.out.error('unsupported-setting', `${shotTitle(shot)}: ${caps.id} does not take \`priority\` (the 2.0 series only: ${series20()}). Remove it.`, at, { key: true });
      } else if (s.serviceTier === 'flex') {
        ctx.out.error(
          'priority-with-flex',
          `${shotTitle(shot)} sets \`priority\` with \`service_tier: flex\`; the flex tier is offline and takes no priority. Remove \`priority\`, or use the default tier.`,
          at,
          { key: true, related: [{ message: '`service_tier: flex` is set here', path: settingPath(ctx, shot, 'service_tier') }] },
        );
      }
    }
    if (s.tools !== undefined && known && !caps.tools) {
      ctx.out.error('unsupported-setting', `${shotTitle(shot)}: ${caps.id} does not take \`tools\` (web search is for the 2.0 series only: ${series20()}). Remove it.`, settingPath(ctx, shot, 'tools'), { key: true });
    }
  }
};

function series20(): string {
  return MODELS.filter((m) => m.api === 'native' && SERIES_2_0.includes(m.family) && !m.id.startsWith('dreamina-')).map((m) => m.id).join(', ');
}
