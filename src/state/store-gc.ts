// Which clip store entries `seedance store gc` removes: only entries no lock refers to (by task id
// or fingerprint), and of those the ones older than --keep-days, then, oldest first, as many as
// it takes to bring the store under --max-size. Pure: the command gathers the entries and locks.
import { entryBytes, type StoreEntry } from './store.js';

export interface GcOptions {
  /** Keep unused entries made within this many days (default: keep none). */
  keepDays?: number;
  /** Remove unused entries, oldest first, until the store is at most this many bytes. */
  maxBytes?: number;
  now: number;
}

export interface GcPlan {
  remove: StoreEntry[];
  keptInUse: number;
  bytesBefore: number;
  bytesAfter: number;
}

export function planGc(entries: readonly StoreEntry[], used: { taskIds: ReadonlySet<string>; fingerprints: ReadonlySet<string> }, options: GcOptions): GcPlan {
  const inUse = (e: StoreEntry): boolean => used.taskIds.has(e.taskId) || used.fingerprints.has(e.fingerprint);
  const bytesBefore = entries.reduce((sum, e) => sum + entryBytes(e), 0);
  const unused = entries.filter((e) => !inUse(e)).sort((a, b) => Date.parse(a.savedAt) - Date.parse(b.savedAt));
  const recent = (e: StoreEntry): boolean => options.keepDays !== undefined && Date.parse(e.savedAt) >= options.now - options.keepDays * 86_400_000;
  const remove = new Set<StoreEntry>();
  // --max-size alone removes only what the size needs; otherwise every unused entry not recent.
  if (options.keepDays !== undefined || options.maxBytes === undefined) for (const e of unused) if (!recent(e)) remove.add(e);
  if (options.maxBytes !== undefined) {
    let size = bytesBefore - [...remove].reduce((sum, e) => sum + entryBytes(e), 0);
    for (const e of unused) {
      if (size <= options.maxBytes) break;
      if (remove.has(e) || recent(e)) continue;
      remove.add(e);
      size -= entryBytes(e);
    }
  }
  const removed = [...remove];
  return { remove: removed, keptInUse: entries.length - unused.length, bytesBefore, bytesAfter: bytesBefore - removed.reduce((sum, e) => sum + entryBytes(e), 0) };
}

/** `500M`, `2G`, `1.5GB`, `800k`, or bytes. Undefined when it is not a size. */
export function parseSize(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?$/i.exec(text.trim());
  if (!match) return undefined;
  const power = { '': 0, k: 1, m: 2, g: 3, t: 4 }[(match[2] ?? '').toLowerCase() as '' | 'k' | 'm' | 'g' | 't'];
  return Math.round(Number(match[1]) * 1024 ** power);
}
