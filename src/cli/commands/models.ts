// `seedance models [--json]`: the capability table of src/models.ts, the one the validator, the
// request builders and the simulator read: every model id with its format, family, resolutions,
// ratios, lengths, reference limits and account limits. No manifest, no network.
import { formatMoney, type Money } from '../../core/money.js';
import { FPS, FRAMES_RANGE, MODELS, RESOLUTIONS, accountLimitsFor, estimateTokens, outputCodec, videoSize, type ModelCapabilities, type Resolution } from '../../models.js';
import { shotCost } from '../../pricing/cost.js';
import type { PriceTable } from '../../pricing/price-table.js';
import { pricingFromEnv } from '../../pricing/select.js';
import type { Command } from '../command.js';

/** A price for 5 s of output at a resolution, in the table's currency. */
export type Price = Money;

/** The price of 5 s of output at a resolution, or undefined where the table has none. */
export type PricePer5s = (model: ModelCapabilities, resolution: Resolution) => Price | undefined;

/** 5 s of 16:9, no reference video, sound as the model makes it by default: the table's price for that. */
function fiveSeconds(table: PriceTable): PricePer5s {
  return (model, resolution) => {
    const size = videoSize(model, resolution, '16:9');
    if (!size) return undefined;
    const settings = { model: model.id, resolution, generateAudio: model.audioDefault };
    return shotCost(table, { settings, capabilities: model, referenceVideos: [] }, estimateTokens(size[0], size[1], 5));
  };
}

export interface ModelRow {
  id: string;
  /** The versioned model the service reports. */
  versioned: string;
  format: 'native' | 'openai';
  family: string;
  resolutions: Resolution[];
  ratios: string[];
  duration: { min: number; max: number; default: number; modelChooses: boolean };
  /** The frame counts the model takes instead of a duration (1.0 series), else null. */
  frames: { min: number; max: number; step: number; fps: number } | null;
  references: { images: number; videos: number; audio: number };
  firstFrame: boolean;
  lastFrame: boolean;
  audio: boolean;
  draft: boolean;
  priority: boolean;
  tools: boolean;
  /** Output codec per resolution (4k is H.265). */
  codec: Partial<Record<Resolution, 'h264' | 'hevc'>>;
  limits: {
    runningTasks: number;
    createsPerMinute: number;
    personal: { runningTasks: number; createsPerMinute: number };
    byResolution: Partial<Record<Resolution, { runningTasks: number; createsPerMinute: number }>>;
  };
  /** Price of 5 s at each resolution the model makes; null while no price table is set. */
  pricePer5s: Partial<Record<Resolution, Price>> | null;
}

export function modelRows(price?: PricePer5s): ModelRow[] {
  return MODELS.map((m) => {
    const byResolution: ModelRow['limits']['byResolution'] = {};
    for (const r of m.resolutions) if (m.limits.byResolution[r]) byResolution[r] = accountLimitsFor(m, r);
    let prices: ModelRow['pricePer5s'] = null;
    if (price) {
      prices = {};
      for (const r of m.resolutions) {
        const p = price(m, r);
        if (p) prices[r] = p;
      }
    }
    return {
      id: m.id,
      versioned: m.versioned,
      format: m.api,
      family: m.family,
      resolutions: [...m.resolutions],
      ratios: [...m.ratios],
      duration: { min: m.duration.min, max: m.duration.max, default: m.duration.default, modelChooses: m.duration.auto },
      frames: m.frames ? { min: FRAMES_RANGE.min, max: FRAMES_RANGE.max, step: FRAMES_RANGE.step, fps: FPS } : null,
      references: { images: m.referenceImages, videos: m.referenceVideos, audio: m.referenceAudio },
      firstFrame: m.firstFrame,
      lastFrame: m.lastFrame,
      audio: m.generateAudio,
      draft: m.draft,
      priority: m.priority,
      tools: m.tools,
      codec: Object.fromEntries(m.resolutions.map((r) => [r, outputCodec(r)])),
      limits: { runningTasks: m.limits.runningTasks, createsPerMinute: m.limits.createsPerMinute, personal: { ...m.limits.personal }, byResolution },
      pricePer5s: prices,
    };
  });
}

const ALL_RATIOS = 7;

/** The table as text: one line a model, then what the columns leave out. */
export function formatModels(rows: readonly ModelRow[]): string {
  const priced = rows.some((r) => r.pricePer5s !== null);
  const header = ['model', 'format', 'family', 'resolutions', 'ratios', 'seconds', 'frames', 'refs img/vid/aud', 'running', 'creates/min', ...(priced ? ['price / 5 s'] : [])];
  const lines = rows.map((r) => [
    r.id,
    r.format,
    r.family,
    r.resolutions.join(' '),
    r.ratios.length === ALL_RATIOS ? 'all 6 + adaptive' : r.ratios.join(' '),
    `${r.duration.min}..${r.duration.max}${r.duration.modelChooses ? ' or -1' : ''}`,
    r.frames ? `25+4n ${r.frames.min}..${r.frames.max}` : '-',
    `${r.references.images}/${r.references.videos}/${r.references.audio}`,
    limitCell(r, 'runningTasks'),
    limitCell(r, 'createsPerMinute'),
    ...(priced ? [priceCell(r)] : []),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  const row = (cells: string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] as number))).join('  ').trimEnd();
  return [
    row(header),
    ...lines.map(row),
    '',
    'seconds: the duration range (-1: the model chooses). frames: 1.0 series only, instead of a duration;',
    `  a video of N frames lasts (N - 1) / ${FPS} s. 4k: official 2.0 only (not fast, not mini), 10-bit H.265;`,
    '  every other output is H.264. running / creates/min: per account and model (4k has its own);',
    '  personal accounts: 3 running, and 180 creates a minute on the 2.0 series.',
    'priority and tools (web_search): the 2.0 series of the native format. Seedance 2.5 is not listed:',
    '  sources disagree on its limits (a manifest naming it gets a warning and generic checks).',
    '',
  ].join('\n');
}

function limitCell(r: ModelRow, key: 'runningTasks' | 'createsPerMinute'): string {
  const own = Object.entries(r.limits.byResolution).map(([res, l]) => `${res}: ${l[key]}`);
  return [String(r.limits[key]), ...own].join(', ');
}

function priceCell(r: ModelRow): string {
  if (!r.pricePer5s) return '-';
  const parts = RESOLUTIONS.flatMap((res) => {
    const p = r.pricePer5s?.[res];
    return p ? [`${res} ${formatMoney(p)}`] : [];
  });
  return parts.length > 0 ? parts.join(', ') : '-';
}

export const modelsCommand: Command = {
  name: 'models',
  help: `Usage: seedance models [--pricing TABLE] [--json]

Prints the capability table seedance checks manifests against and the simulator serves: every
model id with its wire format (native or openai), family, resolutions, ratios, durations in seconds
(and frame counts where the model takes them), reference limits (images/videos/audio) and the
account limits per model (running tasks, creates a minute; 4k has its own). Sources are the
providers' public documentation. With a price table, the price of 5 s at each resolution too
(16:9, no reference video, sound as the model's default; docs/pricing.md has the figures).

Options:
  --pricing TABLE   volcengine (CNY), byteplus (USD), or a YAML or JSON file with a table of your
                    own (default: SEEDANCE_PRICING; without either, no prices)
  --json            print { "models": [ ... ] }: per model the fields above, the codec per
                    resolution, the personal-account limits, and "pricePer5s" ({ "<resolution>":
                    { "amount", "currency" } }, null without a price table)

Examples:
  seedance models
  seedance models --pricing volcengine
  seedance models --json | jq -r '.models[] | select(.family == "2.0-mini") | .id'

Exit codes: 0 printed, 2 usage error.`,
  options: { json: { type: 'boolean' }, pricing: { type: 'string' } },
  allowPositionals: false,
  async run({ values }, io) {
    const flag = typeof values.pricing === 'string' ? values.pricing : undefined;
    const table = await pricingFromEnv(flag !== undefined ? { SEEDANCE_PRICING: flag } : io.env, io.cwd, flag !== undefined ? '--pricing' : 'SEEDANCE_PRICING');
    const rows = modelRows(table ? fiveSeconds(table) : undefined);
    if (values.json === true) io.stdout.write(`${JSON.stringify({ models: rows }, null, 2)}\n`);
    else io.stdout.write(formatModels(rows));
    return 0;
  },
};
