// `seedance pin`: write the seed each shot actually used into the manifest as `seed:`. The text is
// edited in place at the positions yaml reports, so comments, blank lines and spacing stay exactly
// as the user wrote them; only a flow-style shot (`{ id: a, ... }`) is re-rendered by yaml itself.
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { applyEdits, keyEdit, type Edit } from './yaml-edit.js';

export interface PinResult {
  text: string;
  /** Shots whose seed was written or changed. */
  pinned: { id: string; seed: number; was?: unknown }[];
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
    // A final reuses its draft's seed; the takes of a shot with several each have their own.
    if (typeof id !== 'string' || item.has('from_draft') || Number(item.get('takes') ?? doc.getIn(['defaults', 'takes']) ?? 1) > 1) continue;
    const seed = seeds.get(id);
    const was = item.get('seed');
    if (seed === undefined || was === seed) continue;
    pinned.push({ id, seed, ...(was !== undefined ? { was } : {}) });
    if (item.flow) {
      flow = true;
      item.set('seed', seed);
      continue;
    }
    edits.push(keyEdit(source, item, 'seed', seed, lines));
  }
  if (pinned.length === 0) return { text: source, pinned };
  if (flow) return { text: doc.toString(), pinned };
  return { text: applyEdits(source, edits), pinned };
}

