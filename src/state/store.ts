// The clip store: every clip made, with its last frame and its task record, kept under the
// fingerprint of the inputs it was made from, so a shot whose inputs were seen before (a prompt
// reverted, a shot renamed, the same shot in another manifest, an output folder deleted) is
// restored without an API call. This file is what every store is: the entry, the interface, and
// the checks both kinds share. A folder (folder-store.ts, a shared folder too) or an S3-compatible
// bucket (s3-store.ts) holds the entries; open-store.ts picks one.
import { join } from 'node:path';
import { SeedanceError } from '../core/errors.js';
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

/** What a caller gives `put`: the entry less what the store fills in. */
export type EntryRecord = Omit<StoreEntry, 'version' | 'savedAt' | 'video' | 'lastFrame'>;

export interface ClipStore {
  /** Where it is, for messages and `seedance store`: a folder, or `s3://bucket/prefix` (never a credential). */
  readonly location: string;
  readonly kind: 'folder' | 's3';
  /** Every readable entry by fingerprint (a damaged entry.json is left out: it is never used). */
  index(): Promise<Map<string, StoreEntry>>;
  /** The entry of a fingerprint, or undefined when there is none (or it cannot be read). */
  read(fingerprint: string): Promise<StoreEntry | undefined>;
  /**
   * Keep a clip and its last frame (files in the output folder, already checked) under their
   * fingerprint. Does nothing when the fingerprint is stored already: entries never change.
   */
  put(record: EntryRecord, files: { video: string; lastFrame: string }, outputs: { video: OutputRecord; lastFrame: OutputRecord }): Promise<void>;
  /**
   * Put an entry's clip and last frame into the output folder under the given names, each checked
   * by size and sha256 on the way (a damaged entry throws store.damaged and is never used).
   */
  restore(entry: StoreEntry, outputDir: string, names: { video: string; lastFrame: string }): Promise<{ video: OutputRecord; lastFrame: OutputRecord }>;
  remove(fingerprint: string): Promise<void>;
  /** Lets go of connections (a bucket's); the store can be used again after. */
  close(): Promise<void>;
}

export const CLIP = 'clip.mp4';
export const FRAME = 'last.png';
export const ENTRY = 'entry.json';

export function isFingerprint(text: string): boolean {
  return /^[0-9a-f]{64}$/.test(text);
}

/** Bytes an entry takes (its two files; a hard-linked file counts too, though it shares its space). */
export function entryBytes(entry: StoreEntry): number {
  return entry.video.bytes + entry.lastFrame.bytes;
}

export function newEntry(record: EntryRecord, outputs: { video: OutputRecord; lastFrame: OutputRecord }): StoreEntry {
  return { version: 1, ...record, video: stored(outputs.video), lastFrame: stored(outputs.lastFrame), savedAt: new Date().toISOString() };
}

/** An entry.json's text as an entry of this fingerprint, or undefined when it is not one. */
export function parseEntry(text: string, fingerprint: string): StoreEntry | undefined {
  try {
    const entry = JSON.parse(text) as StoreEntry;
    return isEntry(entry) && entry.fingerprint === fingerprint ? entry : undefined;
  } catch {
    return undefined;
  }
}

/** A restored file is not the bytes its entry recorded (or is not there): it is never used. */
export function checkStored(got: StoredFile | undefined, want: StoredFile, name: string, fingerprint: string): void {
  if (got && got.bytes === want.bytes && got.sha256 === want.sha256) return;
  throw new SeedanceError('store.damaged', `The store's copy of ${name} (entry ${fingerprint.slice(0, 12)}) is ${got ? 'damaged: its bytes are not the ones stored' : 'missing'}, so it was not used.`, {
    hint: 'Nothing to do: the shot is made or fetched as if the store did not have it. `seedance store gc` removes entries no lock uses.',
  });
}

function stored(record: OutputRecord): StoredFile {
  return { bytes: record.bytes, sha256: record.sha256 };
}

function isEntry(value: unknown): value is StoreEntry {
  const e = value as Partial<StoreEntry> | null;
  const file = (f: unknown): boolean => typeof (f as StoredFile)?.bytes === 'number' && typeof (f as StoredFile)?.sha256 === 'string';
  return !!e && e.version === 1 && typeof e.fingerprint === 'string' && typeof e.taskId === 'string' && file(e.video) && file(e.lastFrame) && typeof e.savedAt === 'string';
}
