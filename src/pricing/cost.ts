// What a shot costs: its tokens (estimated before, billed after) times its table's rate. Only
// succeeded tasks are billed (API.md); a failed or refused task costs nothing.
import { money, type Money } from '../core/money.js';
import type { ModelCapabilities, Resolution } from '../models.js';
import type { PricedTask, PriceTable } from './price-table.js';

/** What cost reads of a shot (the manifest's ResolvedShot has it all). */
export interface CostedShot {
  settings: { model: string; resolution: Resolution; generateAudio: boolean; serviceTier?: 'default' | 'flex' };
  capabilities: Pick<ModelCapabilities, 'versioned' | 'family'> | undefined;
  referenceVideos: readonly unknown[];
}

export function pricedTask(shot: CostedShot): PricedTask {
  const s = shot.settings;
  const caps = shot.capabilities;
  return {
    model: s.model,
    ...(caps ? { versioned: caps.versioned, family: caps.family } : {}),
    resolution: s.resolution,
    generateAudio: s.generateAudio,
    ...(s.serviceTier ? { serviceTier: s.serviceTier } : {}),
    videoInput: shot.referenceVideos.length > 0,
  };
}

/** The cost of `tokens` of the shot, or undefined when the table has no price for it. */
export function shotCost(table: PriceTable, shot: CostedShot, tokens: number): Money | undefined {
  const rate = table.rate(pricedTask(shot));
  return rate === undefined ? undefined : money((tokens * rate) / 1e6, table.currency);
}

/** Why a shot has no price, for the message that says so. */
export function noPriceReason(table: PriceTable, shot: CostedShot): string {
  const s = shot.settings;
  const what = `${s.model} at ${s.resolution}${shot.referenceVideos.length > 0 ? ' with reference videos' : ''}`;
  return table.name === 'custom'
    ? `the price table has no price for ${what}: add \`${s.model}\` (or its family \`${shot.capabilities?.family ?? s.model}\`) under pricing.per_million_tokens`
    : `the ${table.name} table has no confirmed price for ${what}: write a table of your own (pricing: { currency, per_million_tokens: { ${s.model}: … } }) or set SEEDANCE_PRICING`;
}
