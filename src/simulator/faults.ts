// Scripted faults: which requests, tasks and downloads go wrong, by endpoint, count or probability.
// Every rule counts the requests that match it; the first rule that fires decides.
import { SeedanceError } from '../core/errors.js';
import type { WireFormat } from './api-error.js';
import type { Random } from './random.js';
import { FAULT_ENDPOINTS, FAULT_KINDS, type FaultEndpoint, type FaultKind, type FaultRule } from './types.js';

export type Endpoint = Exclude<FaultEndpoint, 'any'>;
export type FaultPhase = 'request' | 'task' | 'download';

/** The endpoint a rule applies to when it names none. */
export const NATURAL_ENDPOINT: Record<FaultKind, Endpoint> = {
  'http-400': 'create',
  'http-429': 'create',
  'http-429-no-retry-after': 'create',
  'http-500': 'create',
  'http-502': 'create',
  'http-503': 'create',
  'drop-before': 'create',
  'drop-after': 'create',
  stall: 'query',
  'malformed-json': 'query',
  'task-failed': 'create',
  'task-expired': 'create',
  'download-truncated': 'download',
  'download-slow': 'download',
};

function phaseOf(kind: FaultKind): FaultPhase {
  if (kind === 'task-failed' || kind === 'task-expired') return 'task';
  if (kind === 'download-truncated' || kind === 'download-slow') return 'download';
  return 'request';
}

export interface FaultContext {
  endpoint: Endpoint;
  format: WireFormat;
  /** The prompt of the request (create) or of the task it concerns. */
  prompt: string;
}

interface Entry {
  rule: FaultRule;
  seen: number;
}

export class FaultBook {
  private entries: Entry[] = [];

  constructor(private readonly random: Random) {}

  add(rule: FaultRule): void {
    checkRule(rule);
    this.entries.push({ rule: { ...rule }, seen: 0 });
  }

  clear(): void {
    this.entries = [];
  }

  list(): FaultRule[] {
    return this.entries.map((e) => ({ ...e.rule }));
  }

  /** The fault of this phase that applies to a request, if any. */
  pick(phase: FaultPhase, context: FaultContext): FaultRule | undefined {
    let chosen: FaultRule | undefined;
    for (const entry of this.entries) {
      const { rule } = entry;
      if (phaseOf(rule.kind) !== phase || !matches(rule, context)) continue;
      const index = entry.seen++;
      if (chosen) continue;
      const skip = rule.skip ?? 0;
      if (index < skip || (rule.count !== undefined && index >= skip + rule.count)) continue;
      // Draw only for probabilistic rules, so adding a counted rule does not shift the sequence.
      if (rule.probability !== undefined && this.random() >= rule.probability) continue;
      chosen = rule;
    }
    return chosen;
  }
}

function matches(rule: FaultRule, context: FaultContext): boolean {
  const endpoint = rule.endpoint ?? NATURAL_ENDPOINT[rule.kind];
  if (endpoint !== 'any' && endpoint !== context.endpoint) return false;
  if (rule.format !== undefined && rule.format !== context.format) return false;
  return rule.promptIncludes === undefined || context.prompt.includes(rule.promptIncludes);
}

/** Refuse a rule that could never do what its author meant, saying why. */
export function checkRule(rule: FaultRule): void {
  const fail = (message: string): never => {
    throw new SeedanceError('usage', `Invalid fault rule ${JSON.stringify(rule)}: ${message}`, { hint: 'See the simulator section of the README for the fault kinds and their options.' });
  };
  if (!rule || typeof rule !== 'object') fail('expected an object with a `kind`.');
  if (!FAULT_KINDS.includes(rule.kind)) fail(`kind must be one of ${FAULT_KINDS.join(', ')}.`);
  if (rule.endpoint !== undefined && !FAULT_ENDPOINTS.includes(rule.endpoint)) fail(`endpoint must be one of ${FAULT_ENDPOINTS.join(', ')}.`);
  const phase = phaseOf(rule.kind);
  if (phase === 'task' && rule.endpoint !== undefined && rule.endpoint !== 'create' && rule.endpoint !== 'any') fail(`${rule.kind} is decided when a task is created: endpoint must be create.`);
  if (phase === 'download' && rule.endpoint !== undefined && rule.endpoint !== 'download' && rule.endpoint !== 'any') fail(`${rule.kind} applies to downloads: endpoint must be download.`);
  for (const key of ['count', 'skip', 'retryAfter', 'bytesPerSecond', 'stallMs'] as const) {
    const value = rule[key];
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < 0)) fail(`${key} must be a number >= 0.`);
  }
  if (rule.bytesPerSecond === 0) fail('bytesPerSecond must be more than 0.');
  if (rule.probability !== undefined && (typeof rule.probability !== 'number' || rule.probability < 0 || rule.probability > 1)) fail('probability must be between 0 and 1.');
  if (rule.format !== undefined && rule.format !== 'native' && rule.format !== 'openai') fail('format must be native or openai.');
  if (rule.effect !== undefined && rule.effect !== 'none' && rule.effect !== 'created') fail('effect must be none or created.');
}
