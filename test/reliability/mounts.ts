// Small file systems for the disk tests: a tmpfs of a given size and read-only bind mounts. Both
// need root and a container that allows mount(2); `mountable()` finds out once by trying, so the
// tests that need them skip (saying why) elsewhere, and the rest of the suite still runs.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

let probe: Promise<boolean> | undefined;

/** Whether this process may mount file systems (root, and a container that permits it). */
export function mountable(): Promise<boolean> {
  probe ??= (async () => {
    if (process.getuid?.() !== 0) return false;
    const dir = await mkdtemp(join(tmpdir(), 'seedance-mount-probe-'));
    try {
      await exec('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
      await exec('umount', [dir]);
      return true;
    } catch {
      return false;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  })();
  return probe;
}

export async function mountTmpfs(dir: string, size: string): Promise<void> {
  await exec('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
}

/** Grow (or shrink) a mounted tmpfs; its files stay. */
export async function resizeTmpfs(dir: string, size: string): Promise<void> {
  await exec('mount', ['-o', `remount,size=${size}`, dir]);
}

/** Make a folder read-only in place (a bind mount of itself, remounted ro). */
export async function makeReadOnly(dir: string): Promise<void> {
  await exec('mount', ['--bind', dir, dir]);
  await exec('mount', ['-o', 'remount,bind,ro', dir]);
}

export async function unmount(dir: string): Promise<void> {
  await exec('umount', [dir]);
}
