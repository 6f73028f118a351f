// `seedance pick`: write `take: K` into a shot of the manifest, keeping its comments and layout
// (a flow-style shot `{ id: a, ... }` is re-rendered by yaml itself, as `pin` does).
import { readFile } from 'node:fs/promises';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { writeFileAtomic } from '../core/atomic-write.js';
import { applyEdits, keyEdit } from './yaml-edit.js';

/**
 * Writes `take: K` into the shot of the manifest file (the caller holds its writer lock). The take
 * it had picked before (1 without `take:`), or undefined when the shot is not in the text.
 */
export async function writePick(file: string, shotId: string, take: number): Promise<{ was: number } | undefined> {
  const result = pickTake(await readFile(file, 'utf8'), shotId, take);
  if (!result) return undefined;
  const was = typeof result.was === 'number' ? result.was : 1;
  if (was !== take) await writeFileAtomic(file, result.text);
  return { was };
}

/** The new text, and the take the shot had picked before (undefined when it had no `take:`); undefined text when the shot is not there. */
export function pickTake(source: string, shotId: string, take: number): { text: string; was?: unknown } | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  const shots = doc.get('shots', true);
  if (!isSeq(shots)) return undefined;
  const item = shots.items.find((s) => isMap(s) && s.get('id') === shotId);
  if (!isMap(item)) return undefined;
  const was = item.get('take');
  if (was === take) return { text: source, was };
  if (item.flow) {
    item.set('take', take);
    return { text: doc.toString(), ...(was !== undefined ? { was } : {}) };
  }
  return { text: applyEdits(source, [keyEdit(source, item, 'take', take, lines)]), ...(was !== undefined ? { was } : {}) };
}
