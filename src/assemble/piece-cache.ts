// The pieces' cache: a folder the tool owns (`<output>/.seedance-pieces/`), one MP4 per piece, and
// an index (`index.json`) naming each piece's fingerprint, file, size and sha256. A piece is used
// only when its file still has the recorded size and sha256; it is written to a temp file, checked,
// hashed and then renamed to a name nothing else holds; after a join the pieces the film no longer
// uses are deleted, but only files the index lists with the size it recorded (a file someone put
// there, or replaced, is forgotten, never deleted or overwritten).
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, mkdir, readFile, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { removeStaleTemps, writeFileAtomic } from '../core/atomic-write.js';
import { processAlive } from '../core/pid.js';
import type { MediaInfo } from '../media/probe.js';

export const PIECES_FOLDER = '.seedance-pieces';
const INDEX_FILE = 'index.json';

export interface PieceEntry {
  /** File name inside the cache folder. */
  file: string;
  bytes: number;
  sha256: string;
  /** The piece's codec setup (ffprobe's extradata hash): every piece of a film must share it. */
  extradata: string;
}

interface IndexData {
  version: 1;
  pieces: Record<string, PieceEntry>;
  /**
   * The clips' ffprobe results by their sha256, and the ffprobe that gave them: a re-join in a new
   * process need not start ffprobe again for every unchanged clip.
   */
  probes?: { tool: string; clips: Record<string, Omit<MediaInfo, 'file'>> };
}

/**
 * The probes the cache folder `dir` holds for these clip hashes (by the same ffprobe), without
 * creating anything. A probe is keyed by the clip's bytes, so it is as good as probing again.
 */
export async function storedProbes(dir: string, tool: string): Promise<Map<string, Omit<MediaInfo, 'file'>>> {
  const info = await lstat(dir).catch(() => undefined);
  if (!info?.isDirectory()) return new Map();
  const probes = (await readIndexFile(dir)).probes;
  if (probes?.tool !== tool) return new Map();
  return new Map(Object.entries(probes.clips));
}

/** Pieces in use by an assembly of this process, per cache folder: pruning leaves them alone. */
const inUse = new Map<string, Map<string, number>>();
/** Index updates of one folder in this process, one after another. */
const queues = new Map<string, Promise<unknown>>();

export class PieceCache {
  private constructor(readonly dir: string) {}

  /**
   * The cache in `dir`, created when missing; undefined when something else is in the way (a file,
   * a symlink): then the film is made without a cache.
   */
  static async open(dir: string): Promise<PieceCache | undefined> {
    await mkdir(dir, { recursive: true }).catch(() => undefined);
    const info = await lstat(dir).catch(() => undefined);
    if (!info?.isDirectory()) return undefined;
    const cache = new PieceCache(dir);
    await cache.removeStaleParts();
    await removeStaleTemps(join(dir, INDEX_FILE));
    return cache;
  }

  /** A temp name in the folder for a file being written; renamed by `store`, or removed. */
  partPath(label: string): string {
    return join(this.dir, `.${label}.${process.pid}-${randomBytes(4).toString('hex')}.part`);
  }

  /**
   * The piece with this fingerprint, when the index has it and its file still has the recorded size
   * and sha256. A damaged one is dropped from the index (and deleted when it is still the size the
   * index recorded, so the file is the tool's own).
   */
  async lookup(fingerprint: string): Promise<(PieceEntry & { path: string }) | undefined> {
    const entry = (await this.readIndex()).pieces[fingerprint];
    if (!entry) return undefined;
    const path = join(this.dir, entry.file);
    const info = await lstat(path).catch(() => undefined);
    if (info?.isFile() && info.size === entry.bytes && (await hashFile(path)) === entry.sha256) return { ...entry, path };
    await this.update((index) => {
      if (index.pieces[fingerprint]?.file === entry.file) delete index.pieces[fingerprint];
    });
    if (info?.isFile() && info.size === entry.bytes) await rm(path, { force: true });
    return undefined;
  }

  /** Gives the checked temp file `part` its name in the cache and enters it in the index. */
  async store(fingerprint: string, part: string, extradata: string): Promise<PieceEntry & { path: string }> {
    const [info, sha] = await Promise.all([lstat(part), hashFile(part)]);
    let file = `${fingerprint.slice(0, 32)}.mp4`;
    // A name something else holds (not in the index: not the tool's) is never written over.
    while (await lstat(join(this.dir, file)).then(() => true, () => false)) file = `${fingerprint.slice(0, 32)}-${randomBytes(4).toString('hex')}.mp4`;
    const path = join(this.dir, file);
    await rename(part, path);
    const entry: PieceEntry = { file, bytes: info.size, sha256: sha, extradata };
    await this.update((index) => {
      index.pieces[fingerprint] = entry;
    });
    return { ...entry, path };
  }

  /** Marks pieces as used by a running assembly; the returned function releases them. */
  hold(fingerprints: Iterable<string>): () => void {
    const held = inUse.get(this.dir) ?? new Map<string, number>();
    inUse.set(this.dir, held);
    const list = [...fingerprints];
    for (const fp of list) held.set(fp, (held.get(fp) ?? 0) + 1);
    return () => {
      for (const fp of list) {
        const n = (held.get(fp) ?? 1) - 1;
        if (n > 0) held.set(fp, n);
        else held.delete(fp);
      }
    };
  }

  /**
   * Deletes the pieces not in `keep` (nor held by another assembly of this process): those the
   * index lists with the size it recorded. Returns how many entries left the index. `probes`
   * replaces the stored probes (the film's clips).
   */
  async prune(keep: ReadonlySet<string>, probes?: IndexData['probes']): Promise<number> {
    const held = inUse.get(this.dir);
    const gone: PieceEntry[] = [];
    await this.update((index) => {
      if (probes) index.probes = probes;
      for (const [fp, entry] of Object.entries(index.pieces)) {
        if (keep.has(fp) || held?.has(fp)) continue;
        gone.push(entry);
        delete index.pieces[fp];
      }
    });
    await Promise.all(
      gone.map(async (entry) => {
        const path = join(this.dir, entry.file);
        const info = await lstat(path).catch(() => undefined);
        if (info?.isFile() && info.size === entry.bytes) await rm(path, { force: true });
      }),
    );
    return gone.length;
  }

  /** The fingerprints the index lists (tests, the benchmark). */
  async fingerprints(): Promise<string[]> {
    return Object.keys((await this.readIndex()).pieces);
  }

  private readIndex(): Promise<IndexData> {
    return readIndexFile(this.dir);
  }

  private update(change: (index: IndexData) => void): Promise<void> {
    const previous = queues.get(this.dir) ?? Promise.resolve();
    const work = async (): Promise<void> => {
      const index = await this.readIndex();
      change(index);
      const pieces = Object.fromEntries(Object.entries(index.pieces).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      await writeFileAtomic(join(this.dir, INDEX_FILE), `${JSON.stringify({ version: 1, pieces, ...(index.probes ? { probes: index.probes } : {}) }, null, 1)}\n`);
    };
    const next = previous.then(work, work);
    const settled = next.then(() => undefined, () => undefined);
    queues.set(this.dir, settled);
    void settled.then(() => {
      if (queues.get(this.dir) === settled) queues.delete(this.dir);
    });
    return next;
  }

  /** Temp files of assemblies that were killed (their pid is gone). */
  private async removeStaleParts(): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(
      names.map(async (name) => {
        const pid = Number(/^\..+\.(\d+)-[0-9a-f]+\.part$/.exec(name)?.[1]);
        if (Number.isInteger(pid) && pid !== process.pid && !processAlive(pid)) await rm(join(this.dir, name), { force: true });
      }),
    );
  }
}

async function readIndexFile(dir: string): Promise<IndexData> {
  try {
    const data = JSON.parse(await readFile(join(dir, INDEX_FILE), 'utf8')) as Partial<IndexData> | null;
    const pieces: Record<string, PieceEntry> = {};
    for (const [fp, e] of Object.entries(data?.pieces ?? {})) {
      if (typeof e?.file === 'string' && !e.file.includes('/') && typeof e.bytes === 'number' && typeof e.sha256 === 'string' && typeof e.extradata === 'string') pieces[fp] = e;
    }
    const probes = data?.probes;
    const usable = typeof probes?.tool === 'string' && probes.clips && typeof probes.clips === 'object';
    return { version: 1, pieces, ...(usable ? { probes } : {}) };
  } catch {
    // Missing or damaged: no piece is known (the files stay; they are no longer the tool's to delete).
    return { version: 1, pieces: {} };
  }
}

/** sha256 (hex) of a file, read as a stream. */
export function hashFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
