// The clip store: every clip made, with its last frame and its task record, kept under the
// fingerprint of the inputs it was made from, so a shot whose inputs were seen before (a prompt
// reverted, a shot renamed, the same shot in another manifest, an output folder deleted) is
// restored without an API call. An entry is a folder `<store>/<fp[0..2]>/<fp>/` holding
// `clip.mp4`, `last.png` and `entry.json`; it is made under a temp name and renamed into place, so
// it is whole or absent, and never changed after. Files are copied (cloned where the file system
// can), never hard-linked, and each is checked by sha256 when read back.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { SeedanceError } from '../core/errors.js';
import { processAlive } from '../core/pid.js';
import { sha256 } from '../core/sha256.js';
import type { OutputRecord } from './lock.js';

export const STORE_FOLDER = join('.seedance', 'store');

export interface StoredFile {
  bytes: number;
  sha256: string;
}

/** What `entry.json` holds: the task record of the clip, no secret and no signed URL. */
export interface StoreEntry {
  version: 1;
  fingerprint: string;
  /** Short hashes of each input, as in the lock. */
  inputs?: Record<string, string>;
  taskId: string;
  seed?: number;
  model?: string;
  tokens?: number;
  video: StoredFile;
  lastFrame: StoredFile;
  /** When the entry was made (ISO 8601), for `store gc`. */
  savedAt: string;
}

const CLIP = 'clip.mp4';
const FRAME = 'last.png';
const ENTRY = 'entry.json';

/**
 * The store a manifest uses: SEEDANCE_STORE (the user's choice, anywhere), else the manifest's
 * `store:` (resolved and checked against the project by the manifest loader), else
 * `.seedance/store/` beside the manifest, shared by every manifest in that folder.
 */
export function storeDirFor(manifest: { dir: string; store?: string }, env: Readonly<Record<string, string | undefined>>): string {
  const chosen = env.SEEDANCE_STORE?.trim();
  if (chosen) return resolve(chosen);
  return manifest.store ?? join(manifest.dir, STORE_FOLDER);
}

export class ClipStore {
  constructor(readonly dir: string) {}

  private entryDir(fingerprint: string): string {
    return join(this.dir, fingerprint.slice(0, 2), fingerprint);
  }

  /** Every readable entry by fingerprint (a damaged entry.json is left out: it is never used). */
  async index(): Promise<Map<string, StoreEntry>> {
    const entries = new Map<string, StoreEntry>();
    const buckets = await readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(
      buckets
        .filter((b) => /^[0-9a-f]{2}$/.test(b))
        .map(async (bucket) => {
          for (const name of await readdir(join(this.dir, bucket)).catch(() => [] as string[])) {
            const entry = await this.read(name);
            if (entry) entries.set(name, entry);
          }
        }),
    );
    return entries;
  }

  /** The entry of a fingerprint, or undefined when there is none (or it cannot be read). */
  async read(fingerprint: string): Promise<StoreEntry | undefined> {
    if (!/^[0-9a-f]{64}$/.test(fingerprint)) return undefined;
    try {
      const entry = JSON.parse(await readFile(join(this.entryDir(fingerprint), ENTRY), 'utf8')) as StoreEntry;
      return isEntry(entry) && entry.fingerprint === fingerprint ? entry : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Keep a clip and its last frame (files in the output folder, already checked) under their
   * fingerprint. Does nothing when the fingerprint is stored already: entries never change.
   */
  async put(record: Omit<StoreEntry, 'version' | 'savedAt' | 'video' | 'lastFrame'>, files: { video: string; lastFrame: string }, outputs: { video: OutputRecord; lastFrame: OutputRecord }): Promise<void> {
    const final = this.entryDir(record.fingerprint);
    if (await this.read(record.fingerprint)) return;
    await removeStaleTemps(dirname(final));
    await mkdir(dirname(final), { recursive: true });
    // The host is in the name: on a folder shared by several machines a pid means nothing elsewhere.
    const temp = `${final}.${HOST_TAG}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    await mkdir(temp);
    try {
      await place(files.video, join(temp, CLIP));
      await place(files.lastFrame, join(temp, FRAME));
      const entry: StoreEntry = { version: 1, ...record, video: stored(outputs.video), lastFrame: stored(outputs.lastFrame), savedAt: new Date().toISOString() };
      await writeFile(join(temp, ENTRY), JSON.stringify(entry, null, 2) + '\n');
      await rename(temp, final).catch(async (error: unknown) => {
        // Another process stored the same fingerprint a moment ago: its entry is as good.
        if (!['EEXIST', 'ENOTEMPTY'].includes((error as { code?: string }).code ?? '')) throw error;
      });
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  }

  /**
   * Put an entry's clip and last frame into the output folder under the given names, each checked
   * by sha256 on the way (a damaged entry throws store.damaged and is never used).
   */
  async restore(entry: StoreEntry, outputDir: string, names: { video: string; lastFrame: string }): Promise<{ video: OutputRecord; lastFrame: OutputRecord }> {
    const from = this.entryDir(entry.fingerprint);
    const video = await restoreFile(join(from, CLIP), entry.video, outputDir, names.video, entry.fingerprint);
    const lastFrame = await restoreFile(join(from, FRAME), entry.lastFrame, outputDir, names.lastFrame, entry.fingerprint);
    return { video, lastFrame };
  }

  async remove(fingerprint: string): Promise<void> {
    await rm(this.entryDir(fingerprint), { recursive: true, force: true });
  }

  /** Bytes an entry takes (its two files; a hard-linked file counts too, though it shares its space). */
  static bytesOf(entry: StoreEntry): number {
    return entry.video.bytes + entry.lastFrame.bytes;
  }
}

function stored(record: OutputRecord): StoredFile {
  return { bytes: record.bytes, sha256: record.sha256 };
}

/**
 * A copy, made as a copy-on-write clone where the file system can (btrfs, xfs, APFS: instant, no
 * space). Never a hard link: a clip edited in place in the output folder would change the store's
 * copy with it, and the paid clip would be gone from both.
 */
async function place(source: string, dest: string): Promise<void> {
  await copyFile(source, dest, constants.COPYFILE_FICLONE);
}

async function restoreFile(source: string, want: StoredFile, outputDir: string, name: string, fingerprint: string): Promise<OutputRecord> {
  const got = await hashFile(source).catch(() => undefined);
  if (!got || got.bytes !== want.bytes || got.sha256 !== want.sha256) {
    throw new SeedanceError('store.damaged', `The store's copy of ${name} (entry ${fingerprint.slice(0, 12)}) is ${got ? 'damaged: its bytes are not the ones stored' : 'missing'}, so it was not used.`, {
      hint: 'Nothing to do: the shot is made or fetched as if the store did not have it. `seedance store gc` removes entries no lock uses.',
    });
  }
  const part = join(outputDir, `.${name}.${process.pid}-${randomBytes(4).toString('hex')}.part`);
  try {
    await place(source, part);
    await rename(part, join(outputDir, name));
  } finally {
    await rm(part, { force: true });
  }
  return { file: name, bytes: want.bytes, sha256: want.sha256 };
}

async function hashFile(path: string): Promise<StoredFile> {
  const bytes = await readFile(path);
  return { bytes: bytes.length, sha256: sha256(bytes) };
}

/** This machine in temp names: a short hash of its host name. */
const HOST_TAG = sha256(hostname()).slice(0, 8);
/** A temp folder of another machine is left alone this long: its put may still be copying. */
const FOREIGN_TEMP_MS = 24 * 3600 * 1000;

/**
 * Temp folders of a `put` that was killed mid-way: this machine's whose process is gone, and
 * another machine's (a shared store) only once they are a day old, since its process cannot be
 * asked from here.
 */
export async function removeStaleTemps(bucket: string, now = Date.now()): Promise<void> {
  for (const name of await readdir(bucket).catch(() => [] as string[])) {
    const match = /\.(?:([0-9a-f]{8})\.)?(\d+)-[0-9a-f]{8}\.tmp$/.exec(name);
    if (!match) continue;
    const [, host, pid] = match;
    const path = join(bucket, name);
    const mine = host === undefined || host === HOST_TAG;
    const stale = mine ? !processAlive(Number(pid)) : now - ((await stat(path).catch(() => undefined))?.mtimeMs ?? now) > FOREIGN_TEMP_MS;
    if (stale) await rm(path, { recursive: true, force: true });
  }
}

function isEntry(value: unknown): value is StoreEntry {
  const e = value as Partial<StoreEntry> | null;
  const file = (f: unknown): boolean => typeof (f as StoredFile)?.bytes === 'number' && typeof (f as StoredFile)?.sha256 === 'string';
  return !!e && e.version === 1 && typeof e.fingerprint === 'string' && typeof e.taskId === 'string' && file(e.video) && file(e.lastFrame) && typeof e.savedAt === 'string';
}
