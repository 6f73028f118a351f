// The compact fault syntax of `seedance simulate --fault SPEC`:
//   [endpoint:]kind[:key=value,key=value...]
// e.g. `create:http-500:count=2`, `download-slow:bytesPerSecond=100000`,
//      `task-failed:promptIncludes=dragon,code=OutputVideoSensitiveContentDetected`.
import { SeedanceError } from '../core/errors.js';
import { checkRule } from './faults.js';
import { FAULT_ENDPOINTS, FAULT_KINDS, type FaultEndpoint, type FaultKind, type FaultRule } from './types.js';

const NUMBER_KEYS = new Set(['count', 'skip', 'probability', 'retryAfter', 'bytesPerSecond', 'stallMs']);
const STRING_KEYS = new Set(['promptIncludes', 'format', 'code', 'param', 'effect', 'endpoint']);

export function parseFaultSpec(spec: string): FaultRule {
  const fail = (why: string): never => {
    throw new SeedanceError('usage', `--fault \`${spec}\`: ${why}`, {
      hint: `Write [endpoint:]kind[:key=value,...], e.g. create:http-500:count=2. Kinds: ${FAULT_KINDS.join(', ')}.`,
    });
  };
  const parts = spec.split(':');
  let endpoint: FaultEndpoint | undefined;
  if (FAULT_ENDPOINTS.includes(parts[0] as FaultEndpoint)) endpoint = parts.shift() as FaultEndpoint;
  const kind = parts.shift() ?? '';
  if (!FAULT_KINDS.includes(kind as FaultKind)) fail(`unknown fault kind \`${kind}\`.`);
  const rule: Record<string, unknown> = { kind };
  if (endpoint) rule.endpoint = endpoint;
  const rest = parts.join(':');
  for (const pair of rest === '' ? [] : rest.split(',')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) fail(`expected key=value, got \`${pair}\`.`);
    const key = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    if (NUMBER_KEYS.has(key)) {
      const number = Number(value);
      if (value === '' || !Number.isFinite(number)) fail(`${key} must be a number, got \`${value}\`.`);
      rule[key] = number;
    } else if (STRING_KEYS.has(key)) {
      rule[key] = value;
    } else {
      fail(`unknown key \`${key}\`; keys: ${[...NUMBER_KEYS, ...STRING_KEYS].join(', ')}.`);
    }
  }
  checkRule(rule as unknown as FaultRule);
  return rule as unknown as FaultRule;
}
