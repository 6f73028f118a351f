// Which price table applies: SEEDANCE_PRICING (a built-in name, or a YAML or JSON file holding a
// name or a table) wins over the manifest's `pricing:`, for people whose contract differs from
// what the storyboard assumes. No table: costs are not shown and nothing else changes.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { SeedanceError } from '../core/errors.js';
import { RESOLUTIONS } from '../models.js';
import { BUILT_IN_NAMES } from './tables.js';
import { builtInTable, customTable, type CustomPricing, type PriceTable } from './price-table.js';

/** A `pricing:` value (already checked by the schema when it comes from a manifest) as a table. */
export function priceTableOf(value: unknown): PriceTable | undefined {
  if (typeof value === 'string') return builtInTable(value);
  return pricingProblem(value) === undefined ? customTable(value as CustomPricing) : undefined;
}

/**
 * The table SEEDANCE_PRICING names (a file relative to `cwd`), or undefined when it is unset. A
 * bad value is a usage error.
 */
export async function pricingFromEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd(), source = 'SEEDANCE_PRICING'): Promise<PriceTable | undefined> {
  const value = env.SEEDANCE_PRICING?.trim();
  if (!value) return undefined;
  const named = builtInTable(value);
  if (named) return named;
  const file = resolve(cwd, value);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new SeedanceError('usage', `${source} is ${JSON.stringify(value)}, which is neither a built-in table (${BUILT_IN_NAMES.join(', ')}) nor a file that can be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, {
      hint: `Set it to volcengine or byteplus, or to the path of a YAML or JSON file such as \`{ currency: USD, per_million_tokens: { doubao-seedance-2.0: 7.0 } }\`${source === 'SEEDANCE_PRICING' ? '; unset it to use the manifest\'s pricing:' : ''}.`,
    });
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw badFile(file, source, `it is not valid YAML or JSON (${(error as Error).message.split('\n')[0]})`);
  }
  // The file may hold the value itself or a `pricing:` key, as a manifest would.
  const inner = data && typeof data === 'object' && 'pricing' in data ? (data as { pricing: unknown }).pricing : data;
  if (typeof inner === 'string') {
    const table = builtInTable(inner);
    if (table) return table;
    throw badFile(file, source, `it names the table ${JSON.stringify(inner)}, and the built-in ones are ${BUILT_IN_NAMES.join(', ')}`);
  }
  const problem = pricingProblem(inner);
  if (problem) throw badFile(file, source, problem);
  return customTable(inner as CustomPricing);
}

function badFile(file: string, source: string, why: string): SeedanceError {
  return new SeedanceError('usage', `The price table ${file} (${source}) cannot be used: ${why}.`, {
    hint: `Write it as \`currency: USD\` and \`per_million_tokens: { <model or family>: <price> }\` (docs/pricing.md)${source === 'SEEDANCE_PRICING' ? ', or unset SEEDANCE_PRICING' : ''}.`,
  });
}

/** What is wrong with a table of one's own, in words; undefined when nothing is. */
function pricingProblem(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'it is not a mapping with currency and per_million_tokens';
  const table = value as Record<string, unknown>;
  const extra = Object.keys(table).filter((k) => !['currency', 'per_million_tokens', 'with_video_input'].includes(k));
  if (extra.length > 0) return `it has the unknown key ${extra[0]} (allowed: currency, per_million_tokens, with_video_input)`;
  if (typeof table.currency !== 'string' || !/^[A-Z]{3}$/.test(table.currency)) return 'its currency is not a three-letter code such as USD or CNY';
  for (const key of ['per_million_tokens', 'with_video_input'] as const) {
    const rates = table[key];
    if (rates === undefined && key === 'with_video_input') continue;
    if (!rates || typeof rates !== 'object' || Array.isArray(rates) || Object.keys(rates).length === 0) return `its ${key} is not a mapping of models to prices`;
    for (const [model, rate] of Object.entries(rates)) {
      if (typeof rate === 'number' ? rate >= 0 && Number.isFinite(rate) : rateByResolution(rate)) continue;
      return `the price of ${model} under ${key} is not a number of at least 0 (or one per resolution: ${RESOLUTIONS.join(', ')})`;
    }
  }
  return undefined;
}

function rateByResolution(rate: unknown): boolean {
  if (!rate || typeof rate !== 'object' || Array.isArray(rate)) return false;
  const entries = Object.entries(rate);
  return entries.length > 0 && entries.every(([k, v]) => (RESOLUTIONS as readonly string[]).includes(k) && typeof v === 'number' && v >= 0 && Number.isFinite(v));
}
