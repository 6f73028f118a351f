// The task ids every lock file of the project records, so that a lost create is never settled
// by adopting a task another storyboard of the project already owns. The project is the git work
// tree that holds the manifest, else the manifest's folder.
import { readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { findRoots } from '../manifest/project.js';
import { readLock } from './lock.js';

/** Folders never searched: they hold no storyboard of the project. */
const SKIPPED = new Set(['node_modules', 'dist', 'out']);
const MAX_DEPTH = 6;

export interface Claim {
  /** The lock file, relative to the project (for messages). */
  lock: string;
  /** The lock file's real path. */
  file: string;
  shot: string;
}

/** Task id -> the lock and shot that claim it, for every readable lock of the project. */
export async function projectClaims(manifestFile: string): Promise<Map<string, Claim>> {
  const root = (await findRoots(dirname(manifestFile))).project;
  const claims = new Map<string, Claim>();
  for (const file of await lockFiles(root, 0)) {
    const lock = await readLock(file, file).catch(() => undefined);
    for (const [shot, record] of Object.entries(lock?.shots ?? {})) {
      if (record.taskId) claims.set(record.taskId, { lock: relative(root, file), file, shot });
    }
  }
  return claims;
}

/** Every lock file under `dir` (skipping output, dependency and hidden folders). */
export function lockFilesUnder(dir: string): Promise<string[]> {
  return lockFiles(dir, 0);
}

async function lockFiles(dir: string, depth: number): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.isFile() && entry.name.endsWith('.lock.json')) found.push(join(dir, entry.name));
    else if (entry.isDirectory() && depth < MAX_DEPTH && !entry.name.startsWith('.') && !SKIPPED.has(entry.name)) found.push(...(await lockFiles(join(dir, entry.name), depth + 1)));
  }
  return found;
}
