// The simulator's options with their defaults, checked once at start with messages that say
// what was expected.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SeedanceError } from '../core/errors.js';
import { ACCOUNT_LIMITS, SIGNED_URL_TTL_SECONDS } from '../models.js';
import { DEFAULT_CACHE_MAX_BYTES } from './cache-prune.js';
import type { Latency, SimulatorKey, SimulatorOptions } from './types.js';

/** A demo's pace: a task waits about a second, then runs two to four. */
export const DEFAULT_LATENCY = { queuedMs: [500, 1500] as Latency, runningMs: [2000, 4000] as Latency };

export interface ResolvedOptions {
  port: number;
  host: string;
  apiKey: string | undefined;
  latency: { queuedMs: Latency; runningMs: Latency };
  seed: number | undefined;
  urlTtlSeconds: number;
  runningLimit: number;
  keys: Record<string, SimulatorKey>;
  isolateKeys: boolean;
  createsPerMinute: number;
  fast: boolean;
  strictMedia: boolean;
  stateDir: string | undefined;
  cacheDir: string;
  cacheMaxBytes: number;
  videoOverride: string | undefined;
}

function usage(message: string): never {
  throw new SeedanceError('usage', `Simulator option ${message}`, { hint: 'See `seedance simulate --help`.' });
}

function integer(name: string, value: number | undefined, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) usage(`${name}: expected an integer ${min}..${max}, got \`${value}\`.`);
  return value;
}

function latency(name: string, value: Latency | undefined, fallback: Latency): Latency {
  if (value === undefined) return fallback;
  const parts = typeof value === 'number' ? [value] : value;
  if (!Array.isArray(parts) || parts.length < 1 || parts.length > 2 || parts.some((v) => typeof v !== 'number' || !Number.isFinite(v) || v < 0)) {
    usage(`${name}: expected milliseconds >= 0 or a [min, max] pair, got \`${JSON.stringify(value)}\`.`);
  }
  return value;
}

export function resolveOptions(options: SimulatorOptions): ResolvedOptions {
  const stateDir = options.stateDir;
  if (options.apiKey !== undefined && options.apiKey.trim() === '') usage('apiKey: expected a non-empty key, got an empty string.');
  return {
    port: integer('port', options.port, 0, 65535, 0),
    host: options.host ?? '127.0.0.1',
    apiKey: options.apiKey,
    latency: {
      queuedMs: latency('latency.queuedMs', options.latency?.queuedMs, DEFAULT_LATENCY.queuedMs),
      runningMs: latency('latency.runningMs', options.latency?.runningMs, DEFAULT_LATENCY.runningMs),
    },
    seed: options.seed === undefined ? undefined : integer('seed', options.seed, 0, 2 ** 53, 0),
    urlTtlSeconds: integer('urlTtlSeconds', options.urlTtlSeconds, 1, 365 * 86400, SIGNED_URL_TTL_SECONDS),
    runningLimit: integer('runningLimit', options.runningLimit, 1, 1_000_000, ACCOUNT_LIMITS.runningTasks),
    keys: keysOf(options.keys),
    isolateKeys: options.isolateKeys ?? false,
    createsPerMinute: integer('createsPerMinute', options.createsPerMinute, 1, 10_000_000, ACCOUNT_LIMITS.createsPerMinute),
    fast: options.fast ?? false,
    strictMedia: options.strictMedia ?? false,
    stateDir,
    cacheDir: options.cacheDir ?? (stateDir ? join(stateDir, 'cache') : join(tmpdir(), 'seedance-simulator-cache')),
    cacheMaxBytes: integer('cacheMaxBytes', options.cacheMaxBytes, 0, Number.MAX_SAFE_INTEGER, DEFAULT_CACHE_MAX_BYTES),
    videoOverride: options.videoOverride,
  };
}

function keysOf(keys: SimulatorOptions['keys']): Record<string, SimulatorKey> {
  const out: Record<string, SimulatorKey> = {};
  let index = 0;
  for (const [key, entry] of Object.entries(keys ?? {})) {
    // Messages name the entry by its place, never by the key.
    const name = `keys[${index++}]`;
    if (key.trim() === '') usage(`${name}: expected a non-empty key.`);
    if (entry.refuse !== undefined && entry.refuse !== 401 && entry.refuse !== 403) usage(`${name}.refuse: expected 401 or 403, got \`${String(entry.refuse)}\`.`);
    const runningLimit = entry.runningLimit === undefined ? undefined : integer(`${name}.runningLimit`, entry.runningLimit, 1, 1_000_000, 1);
    out[key] = { ...entry, ...(runningLimit !== undefined ? { runningLimit } : {}) };
  }
  return out;
}

/** `2000` or `1000-3000` (milliseconds), as the CLI's --latency takes it. */
export function parseLatency(text: string): Latency {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!match) usage(`--latency: expected MS or MIN-MAX in milliseconds (e.g. 2000 or 1000-3000), got \`${text}\`.`);
  return match[2] === undefined ? Number(match[1]) : [Number(match[1]), Number(match[2])];
}
