// Which slot a shot takes on an account, and that slot's limits (issue 17). The service limits each
// account per model (API.md "Errors and limits"): 10 running and 600 creates a minute (personal:
// 3, and 180 on 2.0), and 4k has its own (1 and 15). So with an accounts file an account has one
// slot per model and resolution class; without one, the run's `concurrency` is one slot for all.
import { LIMITS_4K, type ModelCapabilities } from '../models.js';
import type { ResolvedShot } from '../manifest/types.js';

export type AccountTier = 'personal' | 'default';

/** Per tier, for a model the capability table does not know (an endpoint id `ep-...`). */
export const TIER_LIMITS: Readonly<Record<AccountTier, { running: number; rpm: number }>> = {
  default: { running: 10, rpm: 600 },
  personal: { running: 3, rpm: 180 },
};

/** An account's limits as the accounts file gives them: the tier, and the figures written out. */
export interface ServiceLimits {
  tier: AccountTier;
  /** Written out: running tasks per model (wins over the tier's; not 4k, which has `running4k`). */
  running?: number;
  /** Written out: creates a minute per model. */
  rpm?: number;
  running4k?: number;
  rpm4k?: number;
}

export interface SlotLimits {
  /** The slot: a model (its versioned id), `@4k` apart; `*` for one slot over all models. */
  key: string;
  running: number;
  /** Creates a minute (none: not limited here; the client still honours 429). */
  rpm?: number;
}

/** The slot a shot takes on an account with the service's per-model limits. */
export function serviceSlot(limits: ServiceLimits, shot: Pick<ResolvedShot, 'settings' | 'capabilities'>): SlotLimits {
  const model: ModelCapabilities | undefined = shot.capabilities;
  const fourK = shot.settings.resolution === '4k';
  const key = `${model?.versioned ?? shot.settings.model}${fourK ? '@4k' : ''}`;
  if (fourK) return { key, running: limits.running4k ?? LIMITS_4K.runningTasks, rpm: limits.rpm4k ?? LIMITS_4K.createsPerMinute };
  const tier = !model
    ? TIER_LIMITS[limits.tier]
    : limits.tier === 'personal'
      ? { running: model.limits.personal.runningTasks, rpm: model.limits.personal.createsPerMinute }
      : { running: model.limits.runningTasks, rpm: model.limits.createsPerMinute };
  return { key, running: limits.running ?? tier.running, rpm: limits.rpm ?? tier.rpm };
}
