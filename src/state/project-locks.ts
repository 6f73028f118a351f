// The task ids every lock file of the project records, so that a lost create is never settled
// by adopting a task another storyboard of the project already owns. The project is the git work
// tree that holds the manifest, else the manifest's folder.
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { readLock } from './lock.js';

/** Folders never searched: they hold no storyboard of the project. */
const SKIPPED = new Set(['node_modules', 'dist', 'out']);
const MAX_DEPTH = 6;

export interface Claim {
  /** The lock file, relative to the project. */
  lock: string;
  shot: string;
}

/** The git work tree holding `dir` (a `.git` folder or file above it), else `dir` itself. */
export async function projectRoot(dir: string): Promise<string> {
  for (let at = dir; ; at = dirname(at)) {
    if (await stat(join(at, '.git')).then(() => true, () => false)) return at;
    if (dirname(at) === at) return dir;
  }
}

/** Task id -> the lock and shot that claim it, for every readable lock of the project. */
export async function projectClaims(manifestFile: string): Promise<Map<string, Claim>> {
  const root = await projectRoot(dirname(manifestFile));
  const claims = new Map<string, Claim>();
  for (const file of await lockFiles(root, 0)) {
    const lock = await readLock(file, file).catch(() => undefined);
    for (const [shot, record] of Object.entries(lock?.shots ?? {})) {
      if (record.taskId) claims.set(record.taskId, { lock: relative(root, file), shot });
    }
  }
  return claims;
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
