// The review page's version: a stamp of the manifest and its lock. A pick changes the manifest, a
// run changes the lock after every step; the page asks for the stamp and reloads when it moved.
import { stat } from 'node:fs/promises';

export async function reviewVersion(manifestFile: string, lockFile: string): Promise<string> {
  // Both are replaced by a rename when written, so the inode changes even within one millisecond.
  const stamp = async (path: string): Promise<string> => {
    const info = await stat(path).catch(() => undefined);
    return info ? `${info.ino}-${info.size}-${Math.round(info.mtimeMs)}` : '-';
  };
  return (await Promise.all([stamp(manifestFile), stamp(lockFile)])).join('.');
}
