// Reading and parsing the manifest text: a size limit before parsing, YAML errors with positions,
// duplicate keys pointing at both places, and aliases bounded so an "alias bomb" cannot expand
// into gigabytes.
import { readFile, stat } from 'node:fs/promises';
import { LineCounter, isAlias, isCollection, isPair, isScalar, parseDocument, visit, type Document } from 'yaml';
import { DiagnosticCollector } from './collector.js';
import { SourceMap } from './source-map.js';

/** Larger manifests are refused before parsing: a storyboard of thousands of shots is far below. */
export const DEFAULT_MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** Alias expansions allowed while turning YAML into data (yaml's own guard). */
const MAX_ALIAS_COUNT = 1000;

export type ReadResult = { ok: true; source: string } | { ok: false; code: string; message: string };

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
    return { ok: true, source: await readFile(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, code: 'manifest-missing', message: `There is no file ${shown}. Check the path (it is relative to the current folder).` };
    return { ok: false, code: 'manifest-unreadable', message: `${shown} cannot be read (${code ?? String(error)}). Check its permissions.` };
  }
}

export interface ParsedYaml {
  collector: DiagnosticCollector;
  /** The data, when the text could be turned into data (undefined otherwise). */
  data: unknown;
  ok: boolean;
}

export function parseYaml(source: string, file: string): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, merge: true, uniqueKeys: true });
  const collector = new DiagnosticCollector(file, new SourceMap(doc, lines));
  let ok = true;
  let duplicates = false;
  for (const error of doc.errors) {
    if (error.code === 'DUPLICATE_KEY') {
      duplicates = true; // reported below, with both places
      continue;
    }
    ok = false;
    collector.reportOffsets('error', 'yaml-syntax', `${sentence(error.message)} Fix the YAML here; nothing after this point was checked.`, error.pos[0], error.pos[1]);
  }
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
