// What one request may combine (API.md): first frame (+ last frame), or references, or a draft
// task, never two of these; a last frame needs a first frame; a prompt unless there is media.
import { listOr } from '../describe.js';
import { nearest } from '../nearest.js';
import { rawDefaults, rawShot, shotTitle, shotPath, writtenOnShot, type Rule } from './context.js';

export const modeExclusivity: Rule = (ctx) => {
  for (const shot of ctx.manifest.shots) {
    const frames = [shot.firstFrame && 'first_frame', shot.lastFrame && 'last_frame'].filter(Boolean) as string[];
    const refs = [
      shot.referenceImages.length > 0 && 'reference_images',
      shot.referenceVideos.length > 0 && 'reference_videos',
      shot.referenceAudio.length > 0 && 'reference_audio',
    ].filter(Boolean) as string[];
    if (shot.fromDraft !== undefined) continue; // from_draft has its own rule
    if (frames.length > 0 && refs.length > 0) {
      ctx.out.error(
        'mixed-modes',
        `${shotTitle(shot)} mixes ${listOr(frames.map((f) => `\`${f}\``))} with ${listOr(refs.map((r) => `\`${r}\``))}. The service takes either first/last frames or references in one task, not both: move the frame image into \`reference_images\`, or drop the references.`,
        ['shots', shot.index, refs[0] ?? 'reference_images'],
        { key: true, related: [{ message: `\`${frames[0]}\` is set here`, path: ['shots', shot.index, frames[0] ?? 'first_frame'], key: true }] },
      );
    }
    if (shot.lastFrame && !shot.firstFrame) {
      ctx.out.error('last-frame-alone', `${shotTitle(shot)} has a \`last_frame\` but no \`first_frame\`. The service needs a first frame to go with a last frame: add \`first_frame\`.`, ['shots', shot.index, 'last_frame'], { key: true });
    }
  }
};

export const promptRequired: Rule = (ctx) => {
  for (const shot of ctx.manifest.shots) {
    if (shot.prompt !== undefined || shot.fromDraft !== undefined) continue;
    const keys = Object.keys(rawShot(ctx, shot));
    // Present but wrong, or misspelt (`promt`): the schema check has said so already.
    if (keys.includes('prompt') || keys.some((k) => nearest(k, ['prompt']) !== undefined) || rawDefaults(ctx).prompt !== undefined) continue;
    const hasMedia = shot.firstFrame || shot.referenceImages.length > 0 || shot.referenceVideos.length > 0;
    if (ctx.manifest.api === 'openai') {
      ctx.out.error('prompt-required', `${shotTitle(shot)} has no \`prompt\`. The openai format always needs one: add \`prompt:\` (or use api: native, where media alone is enough).`, shotPath(shot));
    } else if (!hasMedia) {
      ctx.out.error('prompt-required', `${shotTitle(shot)} has no \`prompt\` and no image or video to start from. Add \`prompt:\` describing the shot.`, shotPath(shot));
    }
  }
};

/** Keys a final made from a draft must not carry: the draft's own are reused. */
const REUSED_FROM_DRAFT = ['prompt', 'dialogue', 'ratio', 'duration', 'frames', 'seed', 'generate_audio', 'camera_fixed', 'first_frame', 'last_frame', 'reference_images', 'reference_videos', 'reference_audio'] as const;

export const draftRules: Rule = (ctx) => {
  const { out, byId } = ctx;
  for (const shot of ctx.manifest.shots) {
    if (shot.draft && shot.fromDraft !== undefined) {
      out.error('draft-from-draft', `${shotTitle(shot)} is a draft and is made from a draft at once. A final is made from a draft: remove \`draft: true\` or \`from_draft\`.`, ['shots', shot.index, 'draft'], { key: true });
    }
    if (shot.fromDraft === undefined) continue;
    for (const key of REUSED_FROM_DRAFT) {
      if (!writtenOnShot(ctx, shot, key)) continue;
      const what = key === 'prompt' || key === 'dialogue' || key.startsWith('reference') || key.endsWith('frame') ? 'its prompt and media' : 'its ratio, duration, seed and audio setting';
      out.error(
        'from-draft-exclusive',
        `${shotTitle(shot)} is made from the draft \`${shot.fromDraft}\`, which already fixes ${what}; \`${key}\` cannot be set here. Remove it, or change it on the draft.`,
        ['shots', shot.index, key],
        { key: true },
      );
    }
    const draft = byId.get(shot.fromDraft);
    if (!draft) continue; // unknown: reported by the reference rule
    if (!draft.draft) {
      out.error(
        'from-draft-not-draft',
        `\`from_draft: ${shot.fromDraft}\` names a shot that is not a draft. Add \`draft: true\` to shot \`${shot.fromDraft}\`, or use \`first_frame: { shot: ${shot.fromDraft} }\` to continue from its last frame.`,
        ['shots', shot.index, 'from_draft'],
        { related: [{ message: `shot \`${draft.id}\` has no \`draft: true\``, path: ['shots', draft.index, 'id'] }] },
      );
      continue;
    }
    const mine = shot.capabilities?.family;
    const theirs = draft.capabilities?.family;
    if (mine && theirs && mine !== theirs) {
      out.error(
        'draft-model-mismatch',
        `${shotTitle(shot)} would finish the draft \`${draft.id}\` (made by ${draft.settings.model}) with ${shot.settings.model}. A draft can only be finished by the model that made it: remove \`model\` here (it defaults to the draft's model).`,
        ['shots', shot.index, 'model'],
        { related: [{ message: `the draft's model`, path: ['shots', draft.index, 'model'] }] },
      );
    }
  }
};
