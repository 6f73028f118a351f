// The output folder's record of who owns it and what seedance wrote in it:
// `<output>/.seedance-owned.json` holds the owning manifest's path (relative to the folder, so a
// project can move as a whole) and the files seedance made there that nothing else records (the
// film, the report's thumbnails), each with its size. A second manifest pointed at the folder (the
// same `name:`) is refused before anything is sent, and the tool replaces or deletes a file only
// when the record (or the lock) says it is its own.
import { link, lstat, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { writeFileAtomic } from '../core/atomic-write.js';
import { SeedanceError } from '../core/errors.js';
import { realPathOf } from '../manifest/project.js';
import type { ResolvedManifest } from '../manifest/types.js';

export const OWNED_FILE = '.seedance-owned.json';

export interface OwnedRecord {
  version: 1;
  /** The owning manifest, relative to the output folder (`../../story.yaml`). */
  manifest: string;
  /** Files seedance wrote, relative to the output folder with `/`, and their sizes. */
  files: Record<string, { bytes: number }>;
}

/** The record, or undefined when there is none (or it is damaged: then nobody is known to own the folder). */
export async function readOwned(output: string): Promise<OwnedRecord | undefined> {
  let text: string;
  try {
    text = await readFile(join(output, OWNED_FILE), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const data = JSON.parse(text) as Partial<OwnedRecord> | null;
    if (!data || typeof data.manifest !== 'string') return undefined;
    const files: OwnedRecord['files'] = {};
    for (const [name, entry] of Object.entries(data.files ?? {})) if (typeof entry?.bytes === 'number') files[name] = { bytes: entry.bytes };
    return { version: 1, manifest: data.manifest, files };
  } catch {
    return undefined;
  }
}

/** A file's name in the record: relative to the output folder, with `/` on every system. */
export function ownedName(output: string, file: string): string {
  return relative(output, file).split(sep).join('/');
}

/** Whether the record lists `name` with this size. */
export function isOwned(record: OwnedRecord | undefined, name: string, bytes: number): boolean {
  return record?.files[name]?.bytes === bytes;
}

/** Refuses (output.taken) when another manifest that still exists owns the manifest's output folder. Reads only. */
export async function checkOwner(manifest: ResolvedManifest): Promise<void> {
  await refuseOtherOwner(manifest, await readOwned(manifest.output));
}

/**
 * checkOwner, then records the manifest as the folder's owner when none is recorded (or the one
 * recorded is gone). Creates the output folder. Two manifests claiming a new folder at the same
 * moment cannot both win: the record is created with a hard link, which fails when it exists.
 */
export async function claimOutput(manifest: ResolvedManifest): Promise<void> {
  const record = await readOwned(manifest.output);
  const owner = await refuseOtherOwner(manifest, record);
  if (owner === 'this') return;
  await mkdir(manifest.output, { recursive: true });
  const fresh: OwnedRecord = { version: 1, manifest: ownerPath(manifest), files: record?.files ?? {} };
  if (owner === 'none' && (await createExclusive(join(manifest.output, OWNED_FILE), serialize(fresh)))) return;
  if (owner === 'none') {
    // Someone else created it a moment ago (or a damaged one is there): look again.
    const now = await readOwned(manifest.output);
    if ((await refuseOtherOwner(manifest, now)) === 'this') return;
  }
  await serialized(manifest.output, () => writeFileAtomic(join(manifest.output, OWNED_FILE), serialize(fresh)));
}

/** Adds files seedance just wrote (with their sizes) to the record and drops files it removed. */
export async function updateOwned(manifest: ResolvedManifest, change: { add?: readonly { name: string; bytes: number }[]; remove?: readonly string[] }): Promise<void> {
  await serialized(manifest.output, async () => {
    const record = (await readOwned(manifest.output)) ?? { version: 1 as const, manifest: ownerPath(manifest), files: {} };
    for (const name of change.remove ?? []) delete record.files[name];
    for (const { name, bytes } of change.add ?? []) record.files[name] = { bytes };
    await writeFileAtomic(join(manifest.output, OWNED_FILE), serialize(record));
  });
}

function ownerPath(manifest: ResolvedManifest): string {
  return relative(manifest.output, manifest.file).split(sep).join('/');
}

/** 'this' when the manifest owns the folder, 'none' when nobody (living) does; throws for another. */
async function refuseOtherOwner(manifest: ResolvedManifest, record: OwnedRecord | undefined): Promise<'this' | 'none' | 'stale'> {
  if (!record) return 'none';
  const ownerFile = resolve(manifest.output, record.manifest);
  if ((await realPathOf(ownerFile)) === (await realPathOf(manifest.file))) return 'this';
  // The manifest that made the folder is gone (renamed or deleted): its outputs are nobody's now.
  if (!(await lstat(ownerFile).then(() => true, () => false))) return 'stale';
  const here = (path: string): string => relative(manifest.dir, path) || '.';
  const name = basename(manifest.file);
  throw new SeedanceError(
    'output.taken',
    `The output folder ${here(manifest.output)} belongs to another manifest, ${here(ownerFile)} (its record ${OWNED_FILE} says so): two manifests in one folder overwrite each other's clips and film. Nothing was sent or written for ${name}.`,
    {
      hint: `Give ${name} a folder of its own: set \`output:\` (e.g. \`output: out/${basename(name, extname(name))}\`) or another \`name:\` in it. If ${here(ownerFile)} no longer writes there, delete ${here(join(manifest.output, OWNED_FILE))}.`,
    },
  );
}

/** Writes `text` to `path` only if nothing is there; false when something is. */
async function createExclusive(path: string, text: string): Promise<boolean> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  await writeFile(temp, text);
  try {
    await link(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(temp, { force: true });
  }
}

function serialize(record: OwnedRecord): string {
  const files = Object.fromEntries(Object.entries(record.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify({ version: 1, manifest: record.manifest, files }, null, 2) + '\n';
}

/** Updates of one folder's record in this process, one after another (a run's film, its report). */
const queues = new Map<string, Promise<unknown>>();

function serialized<T>(output: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(output) ?? Promise.resolve();
  const next = previous.then(work, work);
  const settled = next.then(() => undefined, () => undefined);
  queues.set(output, settled);
  void settled.then(() => {
    if (queues.get(output) === settled) queues.delete(output);
  });
  return next;
}
