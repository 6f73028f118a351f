// The plan as text: shots in run order with their dependencies, requests as indented JSON with
// long data URIs shortened to their type, size and sha256, token estimates, the total.
import { mb, plural } from '../core/format.js';
import { formatMoney, type Money } from '../core/money.js';
import { sha256 } from '../core/sha256.js';
import { relative } from 'node:path';
import type { ResolvedManifest } from '../manifest/types.js';
import type { Plan } from './plan.js';

export interface FormatPlanOptions {
  /** Adds a header (name, format, output) and the film's assembly. */
  manifest?: ResolvedManifest;
  /** Data URIs longer than this are shortened (default 96 characters). */
  maxDataUri?: number;
}

export function formatPlan(plan: Plan, options: FormatPlanOptions = {}): string {
  const m = options.manifest;
  const lines: string[] = [];
  if (m) {
    lines.push(`Plan for ${m.name}: api ${m.api}, ${plural(plan.shots.length, 'shot')}, up to ${m.concurrency} at once, output ${relative(m.dir, m.output) || '.'}/`, '');
  }
  const width = String(plan.shots.length).length;
  plan.shots.forEach((shot, i) => {
    const indent = ' '.repeat(width + 2);
    const take = m?.shots.find((s) => s.id === shot.id)?.take;
    const takeNote = take ? `  [take ${take.number} of ${take.of}${take.shot === shot.id ? ', the pick' : ` of ${take.shot}`}]` : '';
    lines.push(`${String(i + 1).padStart(width)}. ${shot.id}${takeNote}${shot.dependsOn.length > 0 ? `  (after ${shot.dependsOn.join(', ')})` : ''}`);
    lines.push(`${indent}${shot.action}: ${shot.reason}${shot.action === 'submit' ? '' : ' (this request is not sent)'}`);
    lines.push(`${indent}${shot.request.method} ${shot.request.path}`);
    const body = JSON.stringify(shortenDataUris(shot.request.body, options.maxDataUri ?? 96), null, 2);
    for (const line of body.split('\n')) lines.push(`${indent}${line}`);
    lines.push(`${indent}estimated tokens: ${tokens(shot.estimatedTokens)}${costText(plan, shot.estimatedCost)}`);
    for (const note of shot.notes ?? []) lines.push(`${indent}note: ${note}`);
    lines.push('');
  });
  if (m?.concat) {
    const c = m.concat;
    const how = c.transition.type === 'crossfade' ? `crossfade ${c.transition.duration} s` : 'cut';
    lines.push(`Then join ${c.shots.join(', ')} (${how}${c.audio ? `, music bed ${relative(m.dir, c.audio.file)} at ${c.audio.volume}` : ''}) into ${relative(m.dir, c.output)}.`);
  }
  const sent = plan.shots.filter((s) => s.action === 'submit').length;
  lines.push(`${plural(sent, 'shot')} to submit; estimated tokens in total: ${tokens(plan.estimatedTokens)}${costText(plan, plan.estimatedCost)}. Nothing was sent.`);
  if (plan.budget && plan.estimatedCost) {
    const over = plan.estimatedCost.amount > plan.budget.amount;
    lines.push(over
      ? `That is over the budget of ${formatMoney(plan.budget)} (budget: max): \`seedance run\` would send nothing. Raise it, or run fewer shots with --only.`
      : `The budget is ${formatMoney(plan.budget)} (budget: max): the estimate is within it.`);
  }
  if (plan.unpriced) lines.push(`The price table has no price for ${plan.unpriced.join(', ')}: ${plan.unpriced.length === 1 ? 'its cost is' : 'their costs are'} not in the total.`);
  return lines.join('\n');
}

/** `data:image/png;base64,… (12.3 kB, sha256 ab12cd34ef56…)`, for any string value in the body. */
function shortenDataUris(value: unknown, max: number): unknown {
  if (typeof value === 'string') return value.startsWith('data:') && value.length > max ? shortDataUri(value) : value;
  if (Array.isArray(value)) return value.map((v) => shortenDataUris(v, max));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shortenDataUris(v, max)]));
  return value;
}

export function shortDataUri(uri: string): string {
  const comma = uri.indexOf(',');
  const bytes = Buffer.from(uri.slice(comma + 1), 'base64');
  const hash = sha256(bytes);
  return `${uri.slice(0, comma + 1)}… (${mb(bytes.length)}, sha256 ${hash.slice(0, 12)}…)`;
}

/** `, about 5.01 CNY` with a price table; `, price unknown` for a shot it has none for. */
function costText(plan: Plan, cost: Money | undefined): string {
  if (!plan.estimatedCost) return '';
  return cost ? `, about ${formatMoney(cost)}` : ', price unknown';
}

function tokens(n: number): string {
  return n.toLocaleString('en-US');
}
