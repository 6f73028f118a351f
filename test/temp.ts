// Temp folders that tests clean up after themselves, so a test run leaves nothing in /tmp.
//
//   it('...', async () => {
//     const dir = await tempDir('seedance-run-');      // removed when this test ends, pass or fail
//   });
//
//   it.concurrent('...', async ({ onTestFinished }) => {
//     const dir = await tempDir('seedance-run-', onTestFinished); // concurrent tests: pass the test's own hook
//   });
//
//   let dir: string;
//   beforeAll(async () => {
//     dir = await suiteTempDir('seedance-run-');       // shared by the tests below...
//   });
//   afterAll(() => removeDir(dir));                    // ...and removed after them
//
// Close a simulator whose stateDir or cacheDir is inside the folder before the folder goes (in the
// test, or with an onTestFinished registered after tempDir: those hooks run last-registered first).
// SEEDANCE_KEEP_TEMP=1 keeps every folder (and prints where it is) for looking into a failure.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

type OnFinished = (fn: () => Promise<void>) => void;

const keep = process.env.SEEDANCE_KEEP_TEMP === '1';

/** A new empty folder under the system temp folder, removed with its contents when the current test finishes. */
export async function tempDir(prefix = 'seedance-test-', onFinished: OnFinished = onTestFinished): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  try {
    onFinished(() => removeDir(dir));
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`tempDir() is for a test or a beforeEach hook (it removes the folder when the test ends); in beforeAll use suiteTempDir() and removeDir() in afterAll. (${(error as Error).message})`);
  }
  return dir;
}

/** A new empty folder for the tests of a file or describe block (made in beforeAll); remove it in afterAll with removeDir. */
export function suiteTempDir(prefix = 'seedance-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Remove a folder and everything in it; nothing happens for undefined or a folder already gone. */
export async function removeDir(dir: string | undefined): Promise<void> {
  if (dir === undefined) return;
  if (keep) {
    console.log(`kept ${dir} (SEEDANCE_KEEP_TEMP=1)`);
    return;
  }
  // Retries: a process that was just killed may still be closing files in it.
  await rm(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
}
