// What each wire format can express. api: openai has no audio references, drafts, seed,
// watermark, last-frame return, tier settings, frames, priority, tools, safety_identifier or
// callback_url, and sizes instead of resolution and ratio; with
// api: native, `size` is an error. Each message says which way out there is.
import { OPENAI_SIZES, openAiSizeFor } from '../../models.js';
import { rawDefaults, rawShot, settingPath, shotTitle, type Rule, type RuleContext } from './context.js';
import { SETTING_KEYS, type SettingKey } from '../raw.js';
import type { ResolvedShot } from '../types.js';

const NATIVE_ONLY: { key: SettingKey; what: string }[] = [
  { key: 'seed', what: 'seed control' },
  { key: 'watermark', what: 'watermark control' },
  { key: 'camera_fixed', what: '`camera_fixed` setting' },
  { key: 'service_tier', what: 'service tiers' },
  { key: 'execution_expires_after', what: '`execution_expires_after` setting' },
  { key: 'generate_audio', what: '`generate_audio` setting' },
  { key: 'frames', what: '`frames` (lengths are whole seconds in `duration`)' },
  { key: 'priority', what: '`priority` setting' },
  { key: 'tools', what: '`tools` (web search)' },
  { key: 'safety_identifier', what: '`safety_identifier` field' },
  { key: 'callback_url', what: '`callback_url` (seedance polls anyway)' },
];

export const formatLimits: Rule = (ctx) => {
  if (ctx.manifest.api === 'openai') {
    openAiLimits(ctx);
    return;
  }
  for (const where of [['defaults', rawDefaults(ctx)] as const, ...ctx.manifest.shots.map((s) => [s, rawShot(ctx, s)] as const)]) {
    const [owner, raw] = where;
    if (raw.size === undefined) continue;
    const path = owner === 'defaults' ? ['defaults', 'size'] : ['shots', owner.index, 'size'];
    ctx.out.error(
      'size-with-native',
      `\`size\` belongs to api: openai. With api: native set \`resolution\` and \`ratio\` instead (1280x720 is \`resolution: 720p\` with \`ratio: "16:9"\`), or switch to api: openai.`,
      path,
      { key: true },
    );
  }
};

function openAiLimits(ctx: RuleContext): void {
  const reported = new Set<string>();
  const once = (path: readonly (string | number)[], report: () => void): void => {
    const id = path.join('/');
    if (reported.has(id)) return;
    reported.add(id);
    report();
  };
  for (const shot of ctx.manifest.shots) {
    const raw = rawShot(ctx, shot);
    if (shot.referenceAudio.length > 0) {
      ctx.out.error('openai-unsupported', `${shotTitle(shot)} has reference audio, which the openai format cannot send. Use api: native, or remove \`reference_audio\`.`, ['shots', shot.index, 'reference_audio'], { key: true });
    }
    if (raw.draft !== undefined && shot.draft) {
      ctx.out.error('openai-unsupported', `${shotTitle(shot)} is a draft; the openai format has no drafts. Use api: native for drafts.`, ['shots', shot.index, 'draft'], { key: true });
    }
    if (shot.fromDraft !== undefined) {
      ctx.out.error('openai-unsupported', `${shotTitle(shot)} is made from a draft; the openai format has no drafts. Use api: native for drafts.`, ['shots', shot.index, 'from_draft'], { key: true });
    }
    for (const { key, what } of NATIVE_ONLY) {
      if (!shot.explicit.has(SETTING_KEYS[key])) continue;
      const path = settingPath(ctx, shot, key);
      once(path, () => ctx.out.error('openai-unsupported', `The openai format has no ${what}. Remove \`${key}\`, or use api: native.`, path, { key: true }));
    }
    if (shot.settings.returnLastFrame) {
      const path = settingPath(ctx, shot, 'return_last_frame');
      once(path, () =>
        ctx.out.error('openai-unsupported', `The openai format cannot return the last frame (seedance extracts it from the video when another shot needs it). Remove \`return_last_frame\`, or use api: native.`, path, { key: true }),
      );
    }
    sizeOf(ctx, shot, once);
  }
}

function sizeOf(ctx: RuleContext, shot: ResolvedShot, once: (path: readonly (string | number)[], report: () => void) => void): void {
  const s = shot.settings;
  const wroteShape = shot.explicit.has('resolution') || shot.explicit.has('ratio');
  if (!wroteShape) return;
  const mapped = openAiSizeFor(s.resolution, s.ratio);
  const path = settingPath(ctx, shot, shot.explicit.has('resolution') ? 'resolution' : 'ratio');
  if (shot.explicit.has('size')) {
    if (mapped !== s.size) {
      once(path, () => ctx.out.error('openai-size-conflict', `${shotTitle(shot)} sets both \`size: ${s.size}\` and ${s.resolution} ${s.ratio}${mapped ? ` (which is ${mapped})` : ''}. With api: openai, set only \`size\`.`, path, { key: true }));
    }
    return;
  }
  if (!mapped) {
    once(path, () =>
      ctx.out.error(
        'openai-no-size',
        `The openai format has no size for ${s.resolution} at ${s.ratio}. Set \`size:\` to one of ${OPENAI_SIZES.join(', ')} instead of resolution and ratio, or use api: native.`,
        path,
        { key: true },
      ),
    );
  }
}
