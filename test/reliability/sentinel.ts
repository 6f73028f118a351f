// The sentinel API key the reliability suite runs with, and the scans that prove it never leaks.
// Every test under test/reliability/ imports this module first: importing it puts the sentinel in
// SEEDANCE_API_KEY for the worker (and so for every CLI run and child process the test starts).
import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const secret = randomBytes(16).toString('hex');
export const SENTINEL = `sk-sentinel-${secret}`;
process.env.SEEDANCE_API_KEY = SENTINEL;
delete process.env.ARK_API_KEY;

/**
 * What must never show: the key, a fragment of its random part (a key cut short or partly masked
 * still leaks), its base64 form (an Authorization header dumped whole), and signed URL queries.
 */
const NEEDLES: [string, string][] = [
  [SENTINEL, 'the API key'],
  [secret.slice(0, 12), 'part of the API key'],
  [Buffer.from(SENTINEL).toString('base64').slice(0, 20), 'the API key in base64'],
  ['signature=', 'a signed URL query'],
];

/** What leaks in a text: empty when nothing does. */
export function leaksIn(text: string, where = 'output'): string[] {
  return NEEDLES.filter(([needle]) => text.includes(needle)).map(([, what]) => `${what} in ${where}`);
}

/** Every file under `dir` (recursively, hidden files too) that holds the key or a signed URL. */
export async function leakingFiles(dir: string, skip: (path: string) => boolean = () => false): Promise<string[]> {
  const found: string[] = [];
  for (const path of await filesUnder(dir)) {
    if (skip(path)) continue;
    found.push(...leaksIn((await readFile(path)).toString('latin1'), path));
  }
  return found;
}

/** Every regular file under dir, hidden ones included. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}
