// The lock in memory plus its file: every change is written at once, one write at a time, and a
// write that would not change the file is skipped (an unchanged run rewrites nothing).
import { writeFileAtomic } from './atomic-write.js';
import { lockText, type ConcatLock, type LockFile, type ShotLock } from './lock.js';

export class LockStore {
  private lastWritten: string;
  private queue: Promise<void> = Promise.resolve();
  /** A write queued but not started yet. */
  private pending: Promise<void> | undefined;

  constructor(
    readonly path: string,
    private readonly lock: LockFile,
    /** false when the lock did not exist yet: the first change creates it. */
    exists: boolean,
  ) {
    this.lastWritten = exists ? lockText(lock) : '';
  }

  get data(): Readonly<LockFile> {
    return this.lock;
  }

  shot(id: string): Readonly<ShotLock> | undefined {
    return this.lock.shots[id];
  }

  /** Replace a shot's record and persist it before resolving. */
  setShot(id: string, record: ShotLock): Promise<void> {
    this.lock.shots[id] = record;
    return this.flush();
  }

  /** Change some fields of a shot's record and persist. */
  patchShot(id: string, patch: Partial<ShotLock>, remove: (keyof ShotLock)[] = []): Promise<void> {
    const current = this.lock.shots[id];
    if (!current) throw new Error(`internal: no lock record for shot ${id}`);
    const next: ShotLock = { ...current, ...patch };
    for (const key of remove) delete next[key];
    this.lock.shots[id] = next;
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
      const text = lockText(this.lock);
      if (text === this.lastWritten) return;
      await writeFileAtomic(this.path, text);
      this.lastWritten = text;
    });
    this.pending = write;
    this.queue = write.catch(() => undefined);
    return write;
  }
}
