// Small helpers the benchmarks share: percentiles, tables in Markdown (they paste straight into
// BENCHMARKS.md), the common flags, and the JSON summary that run-all collects.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export const median = (values) => percentile(values, 50);

/** A Markdown table: header cells and rows of cells (already formatted). */
export function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export const ms = (value) => `${Math.round(value).toLocaleString('en-US')} ms`;
export const seconds = (value) => `${(value / 1000).toFixed(1)} s`;

/**
 * parseArgs with --help (prints `usage` and exits) and --json FILE (where run-all wants the
 * summary rows) added to every benchmark's own options.
 */
export function parseBenchArgs(usage, options) {
  const { values } = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h' }, json: { type: 'string' } } });
  if (values.help) {
    console.log(usage.trim());
    process.exit(0);
  }
  return values;
}

/**
 * Summary rows for run-all's table: { benchmark, measure, value, aim, met } with met true,
 * false, or null when there is no aim.
 */
export function writeSummary(file, rows, extra = {}) {
  if (file) writeFileSync(file, JSON.stringify({ rows, ...extra }, null, 2));
}

export function numberOption(values, name) {
  const n = Number(values[name]);
  if (!Number.isFinite(n)) {
    console.error(`--${name}: expected a number, got \`${values[name]}\``);
    process.exit(2);
  }
  return n;
}
