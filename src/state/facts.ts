// The facts the shot planner decides on, gathered once before it runs: the hash of every local
// file the manifest names, and the size and hash of every output file the lock records (from the
// output folder's hash cache while a file is unchanged). All the I/O of planning happens here, so
// the planner itself is a pure function that run, status, plan and the report share.
import { readFile, stat } from 'node:fs/promises';
import { sha256 } from '../core/sha256.js';
import { shotMedia } from '../manifest/shot-media.js';
import type { ResolvedManifest } from '../manifest/types.js';
import { HashCache, type FileFact } from './hash-cache.js';
import type { LockFile } from './lock.js';
import type { ClipStore, StoreEntry } from './store.js';

export interface Facts {
  /** sha256 of each local input file (absolute path) that could be read. */
  files: ReadonlyMap<string, string>;
  /** Why a local input file could not be read. */
  unreadable: ReadonlyMap<string, string>;
  /** Size and sha256 of each output file (name inside the output folder) that is on disk. */
  outputs: Map<string, FileFact>;
  /** The clip store's entries by fingerprint (none when no store is given). */
  store?: ReadonlyMap<string, StoreEntry>;
}

/** Hashes of local files, each read once per process however many shots use it. */
export class FileHashes {
  private readonly cache = new Map<string, Promise<string>>();
  get(path: string): Promise<string> {
    let hash = this.cache.get(path);
    if (!hash) {
      hash = readFile(path).then(sha256);
      this.cache.set(path, hash);
    }
    return hash;
  }
}

/**
 * `cache`: the output folder's hash cache (the runner passes its own, to save it at the end);
 * `store`: the clip store whose entries a shot may be restored from.
 */
export async function gatherFacts(manifest: ResolvedManifest, lock: Readonly<LockFile>, hashes = new FileHashes(), cache?: HashCache, store?: ClipStore): Promise<Facts> {
  const outputHashes = cache ?? (await HashCache.load(manifest.output));
  const paths = new Set<string>();
  for (const shot of manifest.shots) for (const { source } of shotMedia(shot)) if (source.kind === 'file') paths.add(source.path);
  const files = new Map<string, string>();
  const unreadable = new Map<string, string>();
  const outputs = new Map<string, FileFact>();
  const entries = store?.index();
  const names = Object.values(lock.shots).flatMap((record) => [record.outputs?.video?.file, record.outputs?.lastFrame?.file]);
  await Promise.all([
    ...[...paths].map(async (path) => {
      try {
        files.set(path, await hashes.get(path));
      } catch (error) {
        unreadable.set(path, (error as Error).message);
      }
    }),
    ...names.map(async (name) => {
      if (name === undefined) return;
      const fact = await outputHashes.fact(name);
      if (fact) outputs.set(name, fact);
    }),
  ]);
  return { files, unreadable, outputs, ...(entries ? { store: await entries } : {}) };
}

/** The size of a regular file, or undefined when there is none. */
export async function fileSize(path: string): Promise<number | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}

/** A file is on disk with exactly the size recorded for it. */
export async function hasFile(path: string, bytes: number): Promise<boolean> {
  return (await fileSize(path)) === bytes;
}
