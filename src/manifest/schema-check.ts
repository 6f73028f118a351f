// JSON Schema validation (ajv, 2020-12, all errors, compiled ahead of time) and the translation of
// ajv's errors into diagnostics a person can act on: the key itself for an unknown key with the
// nearest allowed one, the parent for a missing key, the allowed values for an enum.
import type { DiagnosticCollector } from './collector.js';
import type { NodePath } from './diagnostic.js';
import { TYPE_WORDS, describePath, describeValue, listOr, short } from './describe.js';
import { nearest } from './nearest.js';
import { manifestSchema, validate } from './schema-validator.generated.js';

interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  propertyName?: string;
}

type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

function schema(): Record<string, unknown> {
  return manifestSchema as unknown as Record<string, unknown>;
}

/** Validate against the schema; push a diagnostic per problem. Returns true when the data conforms. */
export function checkSchema(data: unknown, out: DiagnosticCollector): boolean {
  const validator = validate as unknown as Validator;
  if (validator(data)) return true;
  const errors = simplifyOneOf(validator.errors ?? [], data);
  for (const error of errors) explain(error, data, out);
  return false;
}

function explain(error: AjvError, data: unknown, out: DiagnosticCollector): void {
  const path = toPath(error.instancePath, data);
  const value = valueAt(data, path);
  const where = describePath(path, data);
  const p = error.params;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      out.error('unknown-key', unknownKeyMessage(key, path, data, allowedKeysAt(path)), [...path, key], { key: true });
      return;
    }
    case 'required': {
      const missing = String(p.missingProperty);
      out.error('missing-key', missingKeyMessage(missing, path, data), path);
      return;
    }
    case 'type': {
      const expected = String(p.type).split(',').map((t) => TYPE_WORDS[t] ?? t);
      out.error('wrong-type', `${capital(where)} must be ${listOr(expected)}; got ${describeValue(value)}.${typeHint(path, value)}`, path);
      return;
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const guess = typeof value === 'string' ? nearest(value, allowed) : undefined;
      out.error('invalid-value', `${capital(where)} must be one of ${allowed.join(', ')}; got ${describeValue(value)}.${guess ? ` Did you mean \`${guess}\`?` : ''}`, path);
      return;
    }
    case 'const':
      out.error('invalid-value', `${capital(where)} must be ${JSON.stringify(p.allowedValue)}${path.join() === 'version' ? ' (the only manifest format version)' : ''}; got ${describeValue(value)}.`, path);
      return;
    case 'pattern':
      patternError(error, path, data, out);
      return;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const words: Record<string, string> = { minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'more than', exclusiveMaximum: 'less than' };
      out.error('out-of-range', `${capital(where)} must be ${words[error.keyword]} ${String(p.limit)}; got ${String(value)}.`, path);
      return;
    }
    case 'minItems':
      out.error(
        'out-of-range',
        Array.isArray(value) && value.length === 0
          ? `${capital(where)} is an empty list. Add ${path.join() === 'shots' ? 'a shot' : 'an item'}, or remove the key.`
          : `${capital(where)} needs at least ${String(p.limit)} items.`,
        path,
      );
      return;
    case 'maxItems':
      out.error('too-many-items', `${capital(where)} has ${Array.isArray(value) ? value.length : '?'} items; at most ${String(p.limit)} are allowed.`, path);
      return;
    case 'minLength':
      out.error('empty-value', `${capital(where)} is empty. Write a value, or remove the key.`, path);
      return;
    case 'maxLength':
      out.error('too-long', `${capital(where)} is ${typeof value === 'string' ? value.length : '?'} characters long; at most ${String(p.limit)} are allowed.`, path);
      return;
    case 'propertyNames':
      return; // its `pattern` error, reported with the key, says it better
    case 'media':
      out.error(
        'wrong-type',
        `${capital(where)} must be a media value: an http(s) URL, \`asset://ID\`, a \`data:\` URI, a file path relative to the manifest, or \`{ shot: ID }\`; got ${describeValue(value)}.`,
        path,
      );
      return;
    default:
      out.error('schema', `${capital(where)} does not match the manifest schema (${error.keyword}).`, path);
  }
}

/**
 * A media value is `oneOf: [string, { shot }]`, and ajv reports both branches' failures plus the
 * oneOf itself. Keep only what speaks to the value's actual shape.
 */
function simplifyOneOf(errors: AjvError[], data: unknown): AjvError[] {
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  const result: AjvError[] = [];
  for (const path of oneOfPaths) {
    const value = valueAt(data, toPath(path, data));
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    if (!isObject && typeof value !== 'string') result.push({ instancePath: path, schemaPath: '#/$defs/media', keyword: 'media', params: {} });
  }
  const hidden = anyOfHidden(errors);
  for (const error of errors) {
    if (hidden(error)) continue;
    if (oneOfPaths.has(error.instancePath) && (error.keyword === 'oneOf' || error.keyword === 'type')) continue;
    // A mapping where a name or a mapping may go (`pricing`): the names do not speak to it.
    if (oneOfPaths.has(error.instancePath) && error.keyword === 'enum' && isMapping(valueAt(data, toPath(error.instancePath, data)))) continue;
    if (error.keyword === 'required' && misspelt(errors, error)) continue;
    result.push(error);
  }
  return result;
}

/**
 * An `anyOf` whose last branch is the general one (`model`: the known ids, or any other string):
 * only that branch's errors speak to the value (a list is not a string); the known ids' enum
 * and the anyOf itself would only repeat them.
 */
function anyOfHidden(errors: AjvError[]): (error: AjvError) => boolean {
  const hidden = new Set<AjvError>();
  for (const anyOf of errors) {
    if (anyOf.keyword !== 'anyOf') continue;
    // ajv's schemaPath restarts at each $ref, so the branches are told apart by their index.
    const prefix = `${anyOf.schemaPath}/`;
    const branch = (e: AjvError): number => (e.instancePath === anyOf.instancePath && e.schemaPath.startsWith(prefix) ? Number.parseInt(e.schemaPath.slice(prefix.length), 10) : -1);
    const last = Math.max(...errors.map(branch));
    hidden.add(anyOf);
    for (const error of errors) if (branch(error) >= 0 && branch(error) < last) hidden.add(error);
  }
  return (error) => hidden.has(error);
}

/** A missing key that is there, misspelt (`shto:` for `shot:`): the unknown-key error says it. */
function misspelt(errors: AjvError[], required: AjvError): boolean {
  const missing = String(required.params.missingProperty);
  return errors.some((e) => e.keyword === 'additionalProperties' && e.instancePath === required.instancePath && nearest(String(e.params.additionalProperty), [missing]) !== undefined);
}

function unknownKeyMessage(key: string, path: NodePath, data: unknown, allowed: string[]): string {
  const where = describePath(path, data);
  const shotKeys = keysOf('$defs/shot');
  const settingKeys = keysOf('$defs/settings');
  if (path.length === 1 && path[0] === 'defaults' && shotKeys.includes(key)) {
    return `\`${key}\` cannot go in \`defaults\`: only generation settings can (${settingKeys.join(', ')}). Set \`${key}\` on each shot instead.`;
  }
  if (path.length === 0 && settingKeys.includes(key)) {
    return `Unknown top-level key \`${key}\`. \`${key}\` is a generation setting: put it under \`defaults:\` (for every shot) or on a shot.`;
  }
  const guess = nearest(key, allowed);
  const suggestion = guess ? `Did you mean \`${guess}\`?` : `Allowed keys: ${allowed.join(', ')}.`;
  return `Unknown key \`${short(key, 40)}\` in ${where === 'the manifest' ? 'the top level of the manifest' : where}. ${suggestion}`;
}

function missingKeyMessage(missing: string, path: NodePath, data: unknown): string {
  const where = describePath(path, data);
  const examples: Record<string, string> = {
    version: 'Add `version: 1` at the top.',
    shots: 'Add a `shots:` list with at least one shot (`- id: first` and a `prompt:`).',
    id: 'Add `id: <name>` (lowercase letters, digits, _ and -); it names the shot\'s output files.',
    type: 'Add `type: cut` or `type: crossfade`.',
    file: 'Add `file: <audio file>` (relative to the manifest).',
    shot: 'Write `{ shot: <id> }` with the id of the shot whose output is used.',
  };
  return `${capital(where)} has no \`${missing}\`. ${examples[missing] ?? `Add \`${missing}:\`.`}`;
}

function patternError(error: AjvError, path: NodePath, data: unknown, out: DiagnosticCollector): void {
  const ID_RULE = '1 to 64 lowercase letters, digits, `_` and `-`, starting with a letter or digit';
  if (error.propertyName !== undefined) {
    out.error('invalid-id', `\`${short(error.propertyName, 40)}\` in ${describePath(path, data)} is not a shot id: ids are ${ID_RULE}.`, [...path, error.propertyName], { key: true });
    return;
  }
  const value = String(valueAt(data, path));
  const last = path[path.length - 1];
  const where = describePath(path, data);
  if (last === 'id' && path[0] === 'shots') {
    out.error('invalid-id', `Shot id \`${short(value, 40)}\` is not file-safe: ids name output files, so they are ${ID_RULE}.${idHint(value)}`, path);
  } else if (last === 'from_draft' || last === 'shot' || path[0] === 'concat') {
    out.error('invalid-id', `${capital(where)}: \`${short(value, 40)}\` is not a shot id; ids are ${ID_RULE}.${idHint(value)}`, path);
  } else if (last === 'base_url') {
    out.error('invalid-value', `\`base_url\` must be the service's host root, an http(s) URL such as https://api.wisgate.ai; got \`${short(value)}\`.`, path);
  } else if (last === 'name') {
    out.error('invalid-value', `\`name\` must be 1 to 64 letters, digits, \`.\`, \`_\` and \`-\`, starting with a letter or digit (it names the output folder); got \`${short(value)}\`.`, path);
  } else if (last === 'currency') {
    out.error('invalid-value', `${capital(where)} must be an ISO 4217 code, three capital letters such as USD or CNY; got \`${short(value)}\`.`, path);
  } else if (last === 'callback_url') {
    out.error('invalid-value', `${capital(where)} must be an http(s) URL such as https://example.com/seedance-hook; got \`${short(value)}\`.`, path);
  } else if (last === 'store' && path.length === 1) {
    out.error('invalid-value', `\`store: ${short(value)}\` is a URL, and \`store:\` is a folder of the project. A bucket is your own choice, not the manifest's: set SEEDANCE_STORE=${short(value)} where you run seedance, and remove \`store:\`.`, path);
  } else if (last === 'size') {
    out.error('invalid-value', `${capital(where)} must be WIDTHxHEIGHT, such as 1280x720; got \`${short(value)}\`.`, path);
  } else {
    out.error('invalid-value', `${capital(where)} has an invalid form (${short(value)}).`, path);
  }
}

function idHint(value: string): string {
  const fixed = value.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^[-_]+/, '').slice(0, 64);
  return fixed && fixed !== value ? ` Try \`${fixed}\`.` : '';
}

function typeHint(path: NodePath, value: unknown): string {
  const last = path[path.length - 1];
  if (last === 'ratio' && typeof value === 'number') return ' Quote it: `ratio: "16:9"`.';
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return ' Remove the quotes to write a number.';
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return ' Remove the quotes to write true or false.';
  return '';
}

/**
 * The keys allowed in the mapping at `path`. Found from the data's shape, not from ajv's
 * schemaPath, which restarts at every $ref.
 */
function allowedKeysAt(path: NodePath): string[] {
  const [first, second, third] = path;
  if (path.length === 0) return keysOf('');
  if (first === 'defaults') return keysOf('$defs/settings');
  if (first === 'shots') return path.length === 2 ? keysOf('$defs/shot') : keysOf('$defs/shotOutput');
  if (first === 'concat') {
    if (path.length === 1) return keysOf('$defs/concat');
    if (second === 'trim' && third !== undefined) return keysOf('$defs/concat/properties/trim/additionalProperties');
    return keysOf(`$defs/concat/properties/${String(second)}`);
  }
  return [];
}

function keysOf(pointer: string): string[] {
  let node: unknown = schema();
  for (const part of pointer.split('/').filter(Boolean)) node = (node as Record<string, unknown> | undefined)?.[part];
  return Object.keys(((node as { properties?: object } | undefined)?.properties ?? {}) as object);
}

function toPath(pointer: string, data: unknown): (string | number)[] {
  const path: (string | number)[] = [];
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment = Array.isArray(node) && /^\d+$/.test(part) ? Number(part) : part;
    path.push(segment);
    node = (node as Record<string | number, unknown> | undefined)?.[segment];
  }
  return path;
}

function valueAt(data: unknown, path: NodePath): unknown {
  let node = data;
  for (const segment of path) node = (node as Record<string | number, unknown> | null | undefined)?.[segment];
  return node;
}

function isMapping(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

