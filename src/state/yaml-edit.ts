// Editing a manifest's YAML in place at the positions yaml reports, so comments, blank lines and
// spacing stay exactly as the user wrote them (for `seedance pin` and `seedance pick`).
import { isScalar, type LineCounter, type Pair, type YAMLMap } from 'yaml';

export interface Edit {
  at: number;
  end: number;
  text: string;
}

/** The source with the edits made (from the end, so earlier positions stay right). */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  let text = source;
  for (const edit of [...edits].sort((a, b) => b.at - a.at)) text = text.slice(0, edit.at) + edit.text + text.slice(edit.end);
  return text;
}

/** The edit that sets `key: value` in a block-style map item: the value replaced, or a new line after its last entry. */
export function keyEdit(source: string, item: YAMLMap, key: string, value: number, lines: LineCounter): Edit {
  const existing = item.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
  const range = existing && isScalar(existing.value) ? existing.value.range : undefined;
  if (range) return { at: range[0], end: range[1], text: String(value) };
  // A new `key:` line after the shot's last entry, indented like its first key.
  const first = item.items[0] as Pair;
  const column = isScalar(first.key) && first.key.range ? lines.linePos(first.key.range[0]).col - 1 : 4;
  const last = item.items.at(-1) as Pair;
  const lastNode = (last.value ?? last.key) as { range?: [number, number, number] };
  let at = lastNode.range?.[2] ?? source.length;
  if (at > 0 && source[at - 1] !== '\n') {
    const newline = source.indexOf('\n', at);
    at = newline === -1 ? source.length : newline + 1;
  }
  const prefix = at === source.length && !source.endsWith('\n') ? '\n' : '';
  return { at, end: at, text: `${prefix}${' '.repeat(column)}${key}: ${value}\n` };
}
