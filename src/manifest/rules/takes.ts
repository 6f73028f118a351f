// `takes:` and `take:`: the picked take exists. (The other takes are named `<shot>.take<K>`,
// which no shot id can be: ids have no dots.)
import { int, list, obj } from '../raw.js';
import type { TakeSettings } from '../takes.js';
import type { ResolvedShot } from '../types.js';
import { shotTitle, type Rule, type RuleContext } from './context.js';

/** The takes each shot asks for, from the manifest as written (shot, else defaults, else 1). */
export function takeSettings(ctx: Pick<RuleContext, 'data' | 'manifest'>): Map<ResolvedShot, TakeSettings> {
  const raw = obj(ctx.data) ?? {};
  const defaults = obj(raw.defaults) ?? {};
  const shots = list(raw.shots).map((s) => obj(s) ?? {});
  const settings = new Map<ResolvedShot, TakeSettings>();
  for (const shot of ctx.manifest.shots) {
    const written = shots[shot.index] ?? {};
    settings.set(shot, { takes: int(written.takes) ?? int(defaults.takes) ?? 1, take: int(written.take) ?? 1 });
  }
  return settings;
}

export const takeRules: Rule = (ctx) => {
  for (const [shot, { takes, take }] of takeSettings(ctx)) {
    if (take <= takes) continue;
    ctx.out.error('out-of-range', `${shotTitle(shot)} picks \`take: ${take}\` but makes ${takes === 1 ? 'one take' : `only ${takes} takes`}. Pick a take from 1 to ${takes}, or raise \`takes:\`.`, ['shots', shot.index, 'take']);
  }
};
