// Write a file so that a crash at any moment leaves either the old or the new content, never a
// mix: temp file in the same folder, fsync, rename over, fsync the folder.
import { open, readdir, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { processAlive } from './pid.js';

/** `data` may come in pieces, written in order without joining them first. */
export async function writeFileAtomic(path: string, data: string | Buffer | readonly Buffer[]): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const handle = await open(temp, 'w');
  try {
    if (Array.isArray(data)) await writeAll(handle, data);
    else await handle.writeFile(data as string | Buffer);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDir(dirname(path));
}

async function writeAll(handle: FileHandle, parts: readonly Buffer[]): Promise<void> {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const { bytesWritten } = await handle.writev(parts as Buffer[]);
  // libuv writes every piece or fails (a full disk is ENOSPC); a short count would be a torn file.
  if (bytesWritten !== total) throw Object.assign(new Error(`wrote ${bytesWritten} of ${total} bytes`), { code: 'EIO' });
}

async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems cannot fsync a directory; the rename is still atomic there.
  }
}

/**
 * Delete temp files that writeFileAtomic left beside `path` when its process was killed mid-write
 * (their pid is gone), so they do not pile up next to a lock file that is committed to git. With
 * `suffix: '.part'`, the same for `.<name>.<pid>-<hex>.part` files (a film being assembled).
 */
export async function removeStaleTemps(path: string, suffix: '.tmp' | '.part' = '.tmp'): Promise<void> {
  const prefix = `.${basename(path)}.`;
  const pattern = suffix === '.tmp' ? /^(\d+)\.tmp$/ : /^(\d+)-[0-9a-f]+\.part$/;
  let names: string[];
  try {
    names = await readdir(dirname(path));
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(pattern.exec(name.startsWith(prefix) ? name.slice(prefix.length) : '')?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && !processAlive(pid)) await rm(join(dirname(path), name), { force: true });
  }
}
