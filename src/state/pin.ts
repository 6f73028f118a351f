// `seedance pin`: write the seed each shot actually used into the manifest as `seed:`. The text is
// edited in place at the positions yaml reports, so comments, blank lines and spacing stay exactly
// as the user wrote them; only a flow-style shot (`{ id: a, ... }`) is re-rendered by yaml itself.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Pair, type YAMLMap } from 'yaml';

export interface PinResult {
  text: string;
  /** Shots whose seed was written or changed. */
  pinned: { id: string; seed: number; was?: unknown }[];
}

interface Edit {
  at: number;
  end: number;
  text: string;
}

/** `seeds`: shot id -> the seed the service used. Shots made from a draft reuse its seed: skipped. */
export function pinSeeds(source: string, seeds: ReadonlyMap<string, number>): PinResult {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  const shots = doc.get('shots', true);
  const pinned: PinResult['pinned'] = [];
  const edits: Edit[] = [];
  let flow = false;
  if (!isSeq(shots)) return { text: source, pinned };
  for (const item of shots.items) {
    if (!isMap(item)) continue;
    const id = item.get('id');
    if (typeof id !== 'string' || item.has('from_draft')) continue;
    const seed = seeds.get(id);
    const was = item.get('seed');
    if (seed === undefined || was === seed) continue;
    pinned.push({ id, seed, ...(was !== undefined ? { was } : {}) });
    if (item.flow) {
      flow = true;
      item.set('seed', seed);
      continue;
    }
    edits.push(seedEdit(source, item, seed, lines));
  }
  if (pinned.length === 0) return { text: source, pinned };
  if (flow) return { text: doc.toString(), pinned };
  let text = source;
  for (const edit of edits.sort((a, b) => b.at - a.at)) text = text.slice(0, edit.at) + edit.text + text.slice(edit.end);
  return { text, pinned };
}

function seedEdit(source: string, item: YAMLMap, seed: number, lines: LineCounter): Edit {
  const existing = item.items.find((pair) => isScalar(pair.key) && pair.key.value === 'seed');
  const range = existing && isScalar(existing.value) ? existing.value.range : undefined;
  if (range) return { at: range[0], end: range[1], text: String(seed) };
  // A new `seed:` line after the shot's last entry, indented like its first key.
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
  return { at, end: at, text: `${prefix}${' '.repeat(column)}seed: ${seed}\n` };
}
