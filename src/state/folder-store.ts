// The clip store in a folder (a shared one too). An entry is a folder `<store>/<fp[0..2]>/<fp>/`
// holding `clip.mp4`, `last.png` and `entry.json`; it is made under a temp name and renamed into
// place, so it is whole or absent, and never changed after. Files are copied (cloned where the
// file system can), never hard-linked, and each is checked by sha256 when read back.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { processAlive } from '../core/pid.js';
import { sha256 } from '../core/sha256.js';
import type { OutputRecord } from './lock.js';
import { CLIP, ENTRY, FRAME, checkStored, isFingerprint, newEntry, parseEntry, type ClipStore, type EntryRecord, type StoreEntry, type StoredFile } from './store.js';

export class FolderStore implements ClipStore {
  readonly kind = 'folder';
  constructor(readonly dir: string) {}

  get location(): string {
    return this.dir;
  }

  private entryDir(fingerprint: string): string {
    return join(this.dir, fingerprint.slice(0, 2), fingerprint);
  }

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

  async read(fingerprint: string): Promise<StoreEntry | undefined> {
    if (!isFingerprint(fingerprint)) return undefined;
    const text = await readFile(join(this.entryDir(fingerprint), ENTRY), 'utf8').catch(() => undefined);
    return text === undefined ? undefined : parseEntry(text, fingerprint);
  }

  async put(record: EntryRecord, files: { video: string; lastFrame: string }, outputs: { video: OutputRecord; lastFrame: OutputRecord }): Promise<void> {
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
      await writeFile(join(temp, ENTRY), JSON.stringify(newEntry(record, outputs), null, 2) + '\n');
      await rename(temp, final).catch(async (error: unknown) => {
        // Another process stored the same fingerprint a moment ago: its entry is as good.
        if (!['EEXIST', 'ENOTEMPTY'].includes((error as { code?: string }).code ?? '')) throw error;
      });
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  }

  async restore(entry: StoreEntry, outputDir: string, names: { video: string; lastFrame: string }): Promise<{ video: OutputRecord; lastFrame: OutputRecord }> {
    const from = this.entryDir(entry.fingerprint);
    const video = await restoreFile(join(from, CLIP), entry.video, outputDir, names.video, entry.fingerprint);
    const lastFrame = await restoreFile(join(from, FRAME), entry.lastFrame, outputDir, names.lastFrame, entry.fingerprint);
    return { video, lastFrame };
  }

  async remove(fingerprint: string): Promise<void> {
    await rm(this.entryDir(fingerprint), { recursive: true, force: true });
  }

  async close(): Promise<void> {}
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
  checkStored(await hashFile(source).catch(() => undefined), want, name, fingerprint);
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
