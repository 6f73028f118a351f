// The lock in memory plus its file: every change is written at once, one write at a time, and a
// write that would not change the file is skipped (an unchanged run rewrites nothing).
import { canonicalJson } from './canonical-json.js';
import { writeLock, type ConcatLock, type LockFile, type ShotLock } from './lock.js';

export class LockStore {
  private lastWritten: string;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly path: string,
    private readonly lock: LockFile,
    /** false when the lock did not exist yet: the first change creates it. */
    exists: boolean,
  ) {
    this.lastWritten = exists ? canonicalJson(lock, 2) : '';
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

  /** Persist the current state (queued after any write already under way). */
  flush(): Promise<void> {
    const write = this.queue.then(async () => {
      const text = canonicalJson(this.lock, 2);
      if (text === this.lastWritten) return;
      await writeLock(this.path, this.lock);
      this.lastWritten = text;
    });
    this.queue = write.catch(() => undefined);
    return write;
  }
}
