// The sha256 of the files in an output folder, kept in `<output>/.seedance-hashes.json` by size,
// mtime and inode, so a clip damaged in place (same size, other bytes) is noticed, and an
// unchanged storyboard still reads no clip: a file whose size, mtime and inode are as recorded
// keeps its recorded hash (as DVC does). Written only when something changed.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../core/atomic-write.js';
import { sha256 } from '../core/sha256.js';

export const HASH_CACHE_FILE = '.seedance-hashes.json';

interface Entry {
  bytes: number;
  mtimeMs: number;
  ino: number;
  sha256: string;
}

/** A file on disk: its size and content hash. */
export interface FileFact {
  bytes: number;
  sha256: string;
}

export class HashCache {
  private changed = false;

  private constructor(
    private readonly dir: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  static async load(dir: string): Promise<HashCache> {
    const entries = new Map<string, Entry>();
    try {
      const data = JSON.parse(await readFile(join(dir, HASH_CACHE_FILE), 'utf8')) as { files?: Record<string, Entry> };
      for (const [name, entry] of Object.entries(data.files ?? {})) if (isEntry(entry)) entries.set(name, entry);
    } catch {
      // Missing or damaged: every file is hashed afresh, and the cache written anew.
    }
    return new HashCache(dir, entries);
  }

  /** The file's size and hash, from the cache while it is unchanged; undefined when it is not a file. */
  async fact(name: string): Promise<FileFact | undefined> {
    const info = await stat(join(this.dir, name)).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    const cached = this.entries.get(name);
    if (cached && cached.bytes === info.size && cached.mtimeMs === info.mtimeMs && cached.ino === info.ino) return { bytes: cached.bytes, sha256: cached.sha256 };
    const hash = sha256(await readFile(join(this.dir, name)));
    this.set(name, { bytes: info.size, mtimeMs: info.mtimeMs, ino: info.ino, sha256: hash });
    return { bytes: info.size, sha256: hash };
  }

  /** A file the run just wrote and hashed while writing it: remembered without reading it again. */
  async remember(name: string, hash: string): Promise<void> {
    const info = await stat(join(this.dir, name)).catch(() => undefined);
    if (info?.isFile()) this.set(name, { bytes: info.size, mtimeMs: info.mtimeMs, ino: info.ino, sha256: hash });
  }

  async save(): Promise<void> {
    if (!this.changed) return;
    const files = Object.fromEntries([...this.entries].sort(([a], [b]) => a.localeCompare(b)));
    await writeFileAtomic(join(this.dir, HASH_CACHE_FILE), JSON.stringify({ version: 1, files }) + '\n');
    this.changed = false;
  }

  private set(name: string, entry: Entry): void {
    const old = this.entries.get(name);
    if (old && old.bytes === entry.bytes && old.mtimeMs === entry.mtimeMs && old.ino === entry.ino && old.sha256 === entry.sha256) return;
    this.entries.set(name, entry);
    this.changed = true;
  }
}

function isEntry(value: unknown): value is Entry {
  const e = value as Partial<Entry> | null;
  return !!e && typeof e.bytes === 'number' && typeof e.mtimeMs === 'number' && typeof e.ino === 'number' && typeof e.sha256 === 'string';
}
