// From a path in the manifest's data to a line and column in its text. The YAML document keeps
// every node's offsets; aliases are followed to their anchors. A path that does not exist in the
// text (a default, a merged key) falls back to the nearest ancestor that does.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import type { NodePath } from './diagnostic.js';

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export class SourceMap {
  constructor(
    private readonly doc: Document | undefined,
    private readonly lines: LineCounter,
  ) {}

  /** The span of the value at `path`, or of its key when `key` is set (and the key exists). */
  locate(path: NodePath, key = false): Span {
    const range = this.range(path, key);
    return this.span(range[0], range[1]);
  }

  span(start: number, end: number): Span {
    const a = this.lines.linePos(start);
    const b = this.lines.linePos(Math.max(end, start));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  }

  private range(path: NodePath, wantKey: boolean): [number, number] {
    const doc = this.doc;
    let node: unknown = doc?.contents;
    let best: [number, number] = rangeOf(node) ?? [0, 0];
    for (let i = 0; i < path.length; i++) {
      node = this.resolve(node);
      const segment = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = findPair(node.items, String(segment));
        if (!pair) return best;
        const keyRange = rangeOf(pair.key);
        const valueRange = rangeOf(pair.value);
        if (last && wantKey && keyRange) return keyRange;
        // `prompt:` with nothing after it has an empty value: mark the key instead.
        best = valueRange && valueRange[1] > valueRange[0] ? valueRange : (keyRange ?? best);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        const itemRange = rangeOf(item);
        if (!itemRange) return best;
        best = itemRange;
        node = item;
      } else {
        return best;
      }
    }
    return best;
  }

  private resolve(node: unknown): unknown {
    let current = node;
    // Bounded: an alias chain longer than this is not something a manifest needs.
    for (let hops = 0; hops < 16 && isAlias(current) && this.doc; hops++) current = current.resolve(this.doc);
    return current;
  }
}

function findPair(items: readonly Pair<unknown, unknown>[], key: string): Pair<unknown, unknown> | undefined {
  // The last one wins, as in the parsed data.
  for (let i = items.length - 1; i >= 0; i--) {
    const pair = items[i];
    if (!isPair(pair)) continue;
    const k = isScalar(pair.key) ? pair.key.value : pair.key;
    if (String(k) === key) return pair;
  }
  return undefined;
}

function rangeOf(node: unknown): [number, number] | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? [range[0], range[1]] : undefined;
}
