// Reading and parsing the manifest text: a size limit before parsing, YAML errors with positions,
// duplicate keys pointing at both places, and aliases bounded so an "alias bomb" cannot expand
// into gigabytes.
import { readFile, stat } from 'node:fs/promises';
import { LineCounter, isAlias, isCollection, isMap, isPair, isScalar, parseDocument, visit, type Document } from 'yaml';
import { DiagnosticCollector } from './collector.js';
import { SourceMap } from './source-map.js';

/** Larger manifests are refused before parsing: a storyboard of thousands of shots is far below. */
export const DEFAULT_MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** Alias expansions allowed while turning YAML into data (yaml's own guard). */
const MAX_ALIAS_COUNT = 1000;

/** Deeper than any storyboard needs (about 6); far below what would exhaust the parser's stack. */
export const MAX_NESTING = 64;

export type ReadResult = { ok: true; source: string } | { ok: false; code: string; message: string; line?: number; column?: number };

export async function readManifestText(file: string, shown: string, maxBytes: number): Promise<ReadResult> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, code: 'manifest-unreadable', message: `${shown} is not a file. Pass the path of a manifest (.yaml).` };
    if (info.size > maxBytes) {
      return {
        ok: false,
        code: 'manifest-too-large',
        message: `The manifest is ${megabytes(info.size)}, over the ${megabytes(maxBytes)} limit, so it was not parsed. A storyboard needs far less: check that this is the right file.`,
      };
    }
    return decodeUtf8(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, code: 'manifest-missing', message: `There is no file ${shown}. Check the path (it is relative to the current folder).` };
    return { ok: false, code: 'manifest-unreadable', message: `${shown} cannot be read (${code ?? String(error)}). Check its permissions.` };
  }
}

/**
 * The text, or where it stops being UTF-8: read as UTF-8 anyway, a prompt in another encoding would
 * reach the service with replacement characters.
 */
function decodeUtf8(bytes: Buffer): ReadResult {
  try {
    return { ok: true, source: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const before = bytes.subarray(0, at).toString('utf8');
    const line = before.split('\n').length;
    const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      code: 'invalid-utf8',
      message: `The manifest is not valid UTF-8 here (byte 0x${byte}), so it was not read: its text would reach the service garbled. Your editor saved it in another encoding (Latin-1 or Windows-1252, often): save the file as UTF-8.`,
      line,
      column,
    };
  }
}

/** The offset of the first byte that starts no well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(bytes: Buffer): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] as number;
    const extra = lead < 0x80 ? 0 : lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : -1;
    if (extra < 0) return i;
    // The second byte's range excludes overlong forms and surrogates.
    const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    for (let k = 1; k <= extra; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += extra + 1;
  }
  return bytes.length;
}

/** Where flow collections (`[`, `{`) first nest deeper than MAX_NESTING: the offset of the outermost one. */
function tooDeep(source: string): number | undefined {
  let depth = 0;
  let outermost = 0;
  let quote: string | undefined;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(source[i - 1] ?? ''))) i = source.indexOf('\n', i) === -1 ? source.length : source.indexOf('\n', i);
    else if (c === '[' || c === '{') {
      if (depth === 0) outermost = i;
      if (++depth > MAX_NESTING) return outermost;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
    else if (c === '\n' && depth === 0) quote = undefined;
  }
  return undefined;
}

export interface ParsedYaml {
  collector: DiagnosticCollector;
  /** The data, when the text could be turned into data (undefined otherwise). */
  data: unknown;
  ok: boolean;
}

export function parseYaml(source: string, file: string): ParsedYaml {
  const deep = tooDeep(source);
  if (deep !== undefined) {
    // Not parsed at all: the lines are counted by hand for the position.
    const lines = new LineCounter();
    lines.addNewLine(0);
    for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) lines.addNewLine(at + 1);
    const collector = new DiagnosticCollector(file, new SourceMap(undefined, lines));
    collector.reportOffsets('error', 'too-deep', `The manifest nests lists or mappings more than ${MAX_NESTING} levels deep here, so it was not parsed; a storyboard needs a handful. Check for brackets left open, or data pasted in by mistake.`, deep, deep + 1);
    return { collector, data: undefined, ok: false };
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, merge: true, uniqueKeys: true });
  const collector = new DiagnosticCollector(file, new SourceMap(doc, lines));
  let ok = true;
  let duplicates = false;
  const colons: ColonInValue[] = [];
  // What follows a quote or bracket left open is read into it: errors there are its echoes.
  const opened = doc.errors.map((error) => unclosedAt(doc, error.pos[0])).find((found) => found !== undefined);
  if (opened) collector.reportOffsets('error', 'yaml-syntax', `${opened.what} that starts here is never closed, so YAML read the rest of the file into it. Add the closing ${opened.close} where the value ends.`, opened.start, opened.end);
  for (const error of doc.errors) {
    if (error.code === 'DUPLICATE_KEY') {
      duplicates = true; // reported below, with both places
      continue;
    }
    ok = false;
    if (opened && error.pos[0] >= opened.start) continue;
    const colon = error.code === 'BLOCK_AS_IMPLICIT_KEY' ? colonInValue(source, error.pos[0]) : undefined;
    if (colon) {
      colons.push(colon); // said once, below, with the fix
      continue;
    }
    collector.reportOffsets('error', 'yaml-syntax', `${sentence(error.message)} Fix the YAML here; nothing after this point was checked.`, error.pos[0], error.pos[1]);
  }
  if (colons.length > 0) reportColonsInValues(colons, collector);
  // yaml finds duplicates itself; the walk that names both places runs only when there are some.
  if (duplicates) reportDuplicateKeys(doc, collector);
  for (const warning of doc.warnings) {
    const hint = warning.code === 'TAG_RESOLVE_FAILED' ? ' The value is read as if the tag were not there: remove the tag.' : '';
    collector.reportOffsets('warning', 'yaml-warning', `${sentence(warning.message)}${hint}`, warning.pos[0], warning.pos[1]);
  }
  if (!ok) return { collector, data: undefined, ok };
  try {
    return { collector, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), ok: collector.errorCount === 0 };
  } catch (error) {
    // yaml throws the same error class for an alias without an anchor as for an alias bomb.
    const unresolved = unresolvedAlias(doc);
    if (unresolved) {
      const { source, range } = unresolved;
      collector.reportOffsets('error', 'yaml-syntax', `The alias \`*${source}\` names no anchor: YAML needs \`&${source}\` on a value earlier in the file. Set the anchor before this line, or write the value out.`, range[0], range[1]);
      return { collector, data: undefined, ok: false };
    }
    const [start, end] = firstAliasRange(doc);
    collector.reportOffsets(
      'error',
      'alias-limit',
      `The YAML aliases expand to too many nodes (more than ${MAX_ALIAS_COUNT}), so the file was refused (${(error as Error).message}). Aliases that nest aliases grow exponentially; write the values out, or put shared settings in \`defaults:\`.`,
      start,
      end,
    );
    return { collector, data: undefined, ok: false };
  }
}

/** A plain value with `: ` inside (`prompt: Shot 1: a lighthouse`), which YAML reads as a nested mapping. */
interface ColonInValue {
  key: string;
  value: string;
  start: number;
  end: number;
}

/**
 * yaml reports `key: a: b` as a nested mapping in a compact one, at the start of `a: b`: when the
 * line there is `key: value` with an unquoted value holding `: `, that is the cause.
 */
function colonInValue(source: string, at: number): ColonInValue | undefined {
  const lineStart = source.lastIndexOf('\n', at - 1) + 1;
  const newline = source.indexOf('\n', at);
  const lineEnd = newline === -1 ? source.length : newline;
  const before = source.slice(lineStart, at);
  const key = /^\s*(?:-\s+)*([^\s#'"\-?:[\]{},][^#:]*?)\s*:\s+$/.exec(before)?.[1];
  if (key === undefined) return undefined;
  const value = source.slice(at, lineEnd).replace(/\r$/, '').replace(/\s+#.*$/, '').trimEnd();
  if (!/:(\s|$)/.test(value) || /^['"[{|>&*!]/.test(value)) return undefined;
  return { key, value, start: at, end: at + value.length };
}

function reportColonsInValues(found: ColonInValue[], collector: DiagnosticCollector): void {
  const [first, ...others] = found as [ColonInValue, ...ColonInValue[]];
  const what = first.key === 'prompt' ? 'the prompt' : 'the value';
  const fix = `${first.key}: ${quoted(first.value.length > 60 ? `${first.value.slice(0, 57)}…` : first.value)}`;
  const more =
    others.length === 0
      ? ''
      : ` ${others.length === 1 ? 'One more value has' : `${others.length} more values have`} the same problem (line${others.length === 1 ? '' : 's'} ${others.map((o) => collector.map.span(o.start, o.start).line).join(', ')}): quote ${others.length === 1 ? 'it' : 'them'} too.`;
  collector.reportOffsets(
    'error',
    'yaml-syntax',
    `This value holds \`: \`, which YAML reads as the start of a nested mapping unless the value is quoted. Quote ${what}: \`${fix}\`.${more} The rest of the manifest is checked once the YAML reads.`,
    first.start,
    first.end,
    others.slice(0, 3).map((o) => ({ message: 'quote this one too', start: o.start })),
  );
}

/** The value in quotes that YAML reads back as the same text. */
function quoted(value: string): string {
  if (!value.includes('"')) return `"${value.replace(/\\/g, '\\\\')}"`;
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * A quoted string or a flow collection left open is reported by yaml where the file ends; the
 * problem starts at its opening quote or bracket.
 */
function unclosedAt(doc: Document, at: number): { what: string; close: string; start: number; end: number } | undefined {
  let found: { what: string; close: string; start: number; end: number } | undefined;
  visit(doc, (_, node) => {
    if (!(isScalar(node) || isCollection(node)) || !node.range) return undefined;
    const [start, , end] = node.range;
    if (end !== at && node.range[1] !== at) return undefined;
    if (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) {
      const close = node.type === 'QUOTE_DOUBLE' ? '"' : "'";
      found = { what: `The quoted string (${close}…)`, close: `\`${close}\``, start, end: start + 1 };
    } else if (isCollection(node) && node.flow) {
      const close = isMap(node) ? '}' : ']';
      found = { what: `The ${isMap(node) ? 'mapping {' : 'list ['}…${close}`, close: `\`${close}\``, start, end: start + 1 };
    } else return undefined;
    return visit.BREAK;
  });
  return found;
}

function reportDuplicateKeys(doc: Document, collector: DiagnosticCollector): void {
  visit(doc, {
    Map(_, node) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
        const name = String(pair.key.value);
        const first = seen.get(name);
        if (first === undefined) {
          seen.set(name, pair.key.range[0]);
          continue;
        }
        collector.reportOffsets(
          'error',
          'duplicate-key',
          `The key \`${name}\` appears twice in the same mapping; YAML would keep only the last one. Remove or rename one of them.`,
          pair.key.range[0],
          pair.key.range[1],
          [{ message: `\`${name}\` is first set here`, start: first }],
        );
      }
    },
  });
}

/** The first alias that no earlier anchor defines (yaml only notices while building the data). */
function unresolvedAlias(doc: Document): { source: string; range: [number, number] } | undefined {
  const anchors = new Set<string>();
  let found: { source: string; range: [number, number] } | undefined;
  visit(doc, (_, node) => {
    if (isAlias(node)) {
      if (anchors.has(node.source)) return undefined;
      found = { source: node.source, range: node.range ? [node.range[0], node.range[1]] : [0, 0] };
      return visit.BREAK;
    }
    if ((isScalar(node) || isCollection(node)) && node.anchor) anchors.add(node.anchor);
    return undefined;
  });
  return found;
}

function firstAliasRange(doc: Document): [number, number] {
  let found: [number, number] = [0, 0];
  visit(doc, {
    Alias(_, node) {
      if (node.range) found = [node.range[0], node.range[1]];
      return visit.BREAK;
    },
  });
  return found;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const upper = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?:]$/.test(upper) ? upper : `${upper}.`;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
