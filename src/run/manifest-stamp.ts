// Noticing that the manifest file was edited while a run was under way: the run keeps making the
// shots as they were when it started, so the user must be told to run again.
import { readFile } from 'node:fs/promises';
import { sha256 } from '../core/sha256.js';

/** A stamp of the file's content now; undefined when it cannot be read. */
export async function stampFile(path: string): Promise<string | undefined> {
  try {
    return sha256(await readFile(path));
  } catch {
    return undefined;
  }
}

/** True when the file's content differs from the stamp (or the file is gone). */
export async function changedSince(path: string, stamp: string | undefined): Promise<boolean> {
  if (stamp === undefined) return false;
  return (await stampFile(path)) !== stamp;
}
