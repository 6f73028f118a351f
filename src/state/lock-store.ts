// The lock in memory plus its file: every change is written at once, one write at a time, and a
// write that would not change the file is skipped (an unchanged run rewrites nothing). Records
// are frozen and replaced, never changed in place, so each one's text is serialized once.
import { writeFileAtomic } from '../core/atomic-write.js';
import { lockEntry, lockParts, type ConcatLock, type LedgerEntry, type LockFile, type ShotLock } from './lock.js';
import { applyTransition, type LockTransition } from './lock-transitions.js';

export class LockStore {
  private lastWritten: Buffer[] = [];
  private queue: Promise<void> = Promise.resolve();
  /** A write queued but not started yet. */
  private pending: Promise<void> | undefined;
  private readonly entries = new WeakMap<object, { id: string; bytes: Buffer }>();

  constructor(
    readonly path: string,
    private readonly lock: LockFile,
    /** false when the lock did not exist yet: the first change creates it. */
    exists: boolean,
  ) {
    for (const record of [...Object.values(lock.shots), ...Object.values(lock.ledger ?? {})]) deepFreeze(record);
    if (exists) this.lastWritten = this.parts();
  }

  get data(): Readonly<LockFile> {
    return this.lock;
  }

  shot(id: string): Readonly<ShotLock> | undefined {
    return this.lock.shots[id];
  }

  /** Move a shot's record one step (lock-transitions.ts) and persist it before resolving. */
  transition(id: string, move: LockTransition): Promise<void> {
    this.lock.shots[id] = deepFreeze(applyTransition(id, this.lock.shots[id], move));
    return this.flush();
  }

  /** Enter what a task cost in the ledger (once per task: a later entry for it replaces the first). */
  recordTask(taskId: string, entry: LedgerEntry): Promise<void> {
    (this.lock.ledger ??= {})[taskId] = deepFreeze({ ...entry });
    return this.flush();
  }

  setConcat(record: ConcatLock | undefined): Promise<void> {
    if (record) this.lock.concat = record;
    else delete this.lock.concat;
    return this.flush();
  }

  /**
   * Persist the current state. Changes that arrive while a write is under way share the one
   * write queued after it, which serializes the state as it is when it starts: a burst of
   * changes costs two writes, not one per change (a 1000-shot lock is half a megabyte).
   */
  flush(): Promise<void> {
    if (this.pending) return this.pending;
    const write = this.queue.then(async () => {
      this.pending = undefined;
      const parts = this.parts();
      if (sameBytes(parts, this.lastWritten)) return;
      await writeFileAtomic(this.path, parts);
      this.lastWritten = parts;
    });
    this.pending = write;
    this.queue = write.catch(() => undefined);
    return write;
  }

  private parts(): Buffer[] {
    return lockParts(this.lock, (section, id, record) => {
      let entry = this.entries.get(record);
      if (entry?.id !== id) {
        entry = { id, bytes: lockEntry(section, id, record) };
        this.entries.set(record, entry);
      }
      return entry.bytes;
    });
  }
}

/** Unchanged records keep their cached entry, so most pieces compare by identity. */
function sameBytes(a: readonly Buffer[], b: readonly Buffer[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i] || part.equals(b[i] as Buffer));
}

/** Freeze a record and everything in it: a change in place would leave its cached text stale. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
