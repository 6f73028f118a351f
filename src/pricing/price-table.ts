// A price table, built in (tables.ts) or the user's own (`pricing: { currency, per_million_tokens,
// with_video_input }`), and the one question asked of it: the price per million tokens of a task.
// Flex tasks cost half (API.md: service_tier flex is half price).
import type { ModelFamily, Resolution } from '../models.js';
import { BUILT_IN_TABLES, type BuiltInTable } from './tables.js';

/** What a task's price depends on. */
export interface PricedTask {
  /** The model id as written, and the versioned id and family where the capability table knows it. */
  model: string;
  versioned?: string;
  family?: ModelFamily;
  resolution: Resolution;
  generateAudio: boolean;
  serviceTier?: 'default' | 'flex';
  /** The task has reference videos (2.0 prices those tasks differently). */
  videoInput: boolean;
}

/** A rate: one figure for every resolution, or one per resolution. */
export type Rate = number | Partial<Record<Resolution, number>>;

/** A table of the user's own, as the manifest (or a SEEDANCE_PRICING file) writes it. */
export interface CustomPricing {
  currency: string;
  per_million_tokens: Record<string, Rate>;
  with_video_input?: Record<string, Rate>;
}

export interface PriceTable {
  /** `volcengine`, `byteplus`, or `custom` (a table written out). */
  name: string;
  currency: string;
  /** Where a built-in table's figures come from. */
  source?: string;
  /** Per million tokens, or undefined when the table has no price for such a task. */
  rate(task: PricedTask): number | undefined;
}

export function builtInTable(name: string): PriceTable | undefined {
  const table = BUILT_IN_TABLES.find((t) => t.name === name);
  return table && { name: table.name, currency: table.currency, source: table.source, rate: (task) => flex(task, builtInRate(table, task)) };
}

export function customTable(pricing: CustomPricing): PriceTable {
  return {
    name: 'custom',
    currency: pricing.currency,
    rate: (task) => {
      const plain = lookup(pricing.per_million_tokens, task);
      const rate = task.videoInput ? (lookup(pricing.with_video_input ?? {}, task) ?? plain) : plain;
      return flex(task, rate);
    },
  };
}

function builtInRate(table: BuiltInTable, task: PricedTask): number | undefined {
  const row = table.rows.find((r) => r.family === task.family && (!r.resolutions || r.resolutions.includes(task.resolution)) && (r.audio === undefined || r.audio === task.generateAudio));
  if (!row) return undefined;
  return task.videoInput && task.family?.startsWith('2.0') ? row.withVideoInput : row.perMillion;
}

/** A key of the user's table names the model as written, its versioned id, or its family (`2.0`). */
function lookup(rates: Record<string, Rate>, task: PricedTask): number | undefined {
  for (const key of [task.model, task.versioned, task.family]) {
    const rate = key === undefined ? undefined : rates[key];
    if (rate === undefined) continue;
    return typeof rate === 'number' ? rate : rate[task.resolution];
  }
  return undefined;
}

function flex(task: PricedTask, rate: number | undefined): number | undefined {
  return rate !== undefined && task.serviceTier === 'flex' ? rate / 2 : rate;
}
