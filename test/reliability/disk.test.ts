// Disk and file system: an output folder that cannot be written, a disk that fills up during a
// download (a small tmpfs as root, a file-size limit as anyone), and a lock file damaged by hand.
// Each time: a clear error (what happened, why, what next), the right exit code, nothing made
// earlier is lost (clips and lock intact), and once fixed the run completes without paying twice.
// test/cli/messages.test.ts checks the full-disk wording on a first download; here the disk fills
// after earlier clips exist.
import './sentinel.js';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { readLock, type LockFile } from '../../src/state/lock.js';
import { runCli, type Captured } from '../cli/capture.js';
import { startSim, writeStoryboard } from '../run/harness.js';
import { removeDir, suiteTempDir, tempDir } from '../temp.js';
import { makeReadOnly, mountTmpfs, mountable, resizeTmpfs, unmount } from './mounts.js';
import { SENTINEL, leaksIn } from './sentinel.js';

const BIN = fileURLToPath(new URL('../../dist/cli/bin.js', import.meta.url));
// a.mp4 is about 0.5 MB, b.mp4 (15 s) about 1.8 MB: a disk of 1 MB holds the first, not the second.
// b starts on a's last frame, so it is fetched after a; a asks for that frame from the start, so
// adding b later does not change a.
const FIRST = `version: 1
name: disk
defaults: { resolution: 480p }
shots:
  - { id: a, prompt: A small boat in the harbour, duration: 5, seed: 71, return_last_frame: true }
`;
const BOTH = `${FIRST}  - { id: b, prompt: The boat sails out to sea, first_frame: { shot: a }, duration: 15, seed: 72 }\n`;

let sim: Simulator;
beforeAll(async () => {
  // Short task latencies: these cases are about the disk, not the service's pace.
  sim = await startSim({ apiKey: SENTINEL, latency: { queuedMs: 10, runningMs: [40, 80] } });
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => {
  sim.clearFaults();
  sim.resetStats();
});

const env = (): NodeJS.ProcessEnv => ({ SEEDANCE_API_KEY: SENTINEL, SEEDANCE_BASE_URL: sim.url });
const run = (dir: string, extra: string[] = []): Promise<Captured> => runCli(['run', 'story.yaml', '--reporter', 'plain', '--poll-interval', '50', ...extra], dir, env());
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const out = (dir: string): string => join(dir, 'out', 'disk');

/** The failure reads like one: no stack trace, no key, no internal error. */
function expectClean(result: Captured): void {
  const text = result.stdout + result.stderr;
  expect(text, 'a stack trace').not.toMatch(/^\s+at /m);
  expect(text).not.toContain('internal error');
  expect(leaksIn(text)).toEqual([]);
}

/** The lock still reads, and every clip it records is on disk as recorded. */
async function expectKept(dir: string, ids: string[]): Promise<LockFile> {
  const lock = await readLock(join(dir, 'story.lock.json'), join(dir, 'story.yaml'));
  for (const id of ids) {
    for (const output of [lock.shots[id]?.outputs?.video, lock.shots[id]?.outputs?.lastFrame]) {
      expect(output, `${id} in the lock`).toBeDefined();
      expect(sha256(await readFile(join(out(dir), output?.file ?? '')))).toBe(output?.sha256);
    }
  }
  return lock;
}

/** A shot whose download failed: its task is recorded, so the next run fetches instead of paying. */
async function expectPaidFor(dir: string, id: string): Promise<void> {
  const lock = await readLock(join(dir, 'story.lock.json'), join(dir, 'story.yaml'));
  expect(lock.shots[id]).toMatchObject({ status: 'succeeded', taskId: expect.stringMatching(/^cgt-/) });
  expect(lock.shots[id]?.outputs?.video).toBeUndefined();
  // No partial file under the final name, nor one left behind.
  expect((await readdir(out(dir))).filter((f) => f.startsWith(`${id}.`) || f.startsWith(`.${id}.`))).toEqual([]);
}

const DOWNLOAD_NEXT = "next: Free some space or fix the folder's permissions, then run again: the task is kept at the service and is downloaded again without paying twice.";

describe('an output folder that cannot be written', () => {
  it.each([[[]], [['--simulate']]])('a file where the folder belongs %j: says so before anything is sent; moved aside, the run completes', async (extra) => {
    const dir = await tempDir('seedance-disk-');
    await writeStoryboard(dir, FIRST);
    await writeFile(join(dir, 'out'), 'not a folder');
    const blocked = await run(dir, extra);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toMatch(/error\[fs\.write\]: Cannot write \S+out\S*: a file is in the way \(part of the path is a file, not a folder\), so nothing was sent\./);
    expect(blocked.stderr).toContain('next: Move that file or folder aside, or point `output:` somewhere else, then run again');
    expectClean(blocked);
    expect(sim.stats().createRequests).toBe(0);
    await rm(join(dir, 'out'));
    const fixed = await run(dir, extra);
    expect(fixed.code, fixed.stdout + fixed.stderr).toBe(0);
  });

  it('read-only from the start (nothing made yet): refused before anything is sent, exit 1, no stack trace', async (ctx) => {
    if (!(await mountable())) return ctx.skip(); // needs root and mount(2)
    const dir = await tempDir('seedance-disk-');
    await writeStoryboard(dir, FIRST);
    await mkdir(out(dir), { recursive: true });
    await makeReadOnly(out(dir));
    try {
      const refused = await run(dir);
      expect(refused.code, refused.stdout + refused.stderr).toBe(1);
      expect(refused.stderr).toMatch(/error\[fs\.write\]: Cannot write \S+: the file system is read-only, so nothing was sent\./);
      expectClean(refused);
      expect(sim.stats().createRequests).toBe(0);
    } finally {
      await unmount(out(dir));
    }
  });

  it('read-only: refused before anything is sent, earlier clips and the lock are kept, and after the fix the new shot is made once', async (ctx) => {
    const how = (await mountable()) ? 'mount' : process.getuid?.() !== 0 ? 'chmod' : undefined;
    if (!how) return ctx.skip(); // root without mount(2): nothing here can make a folder read-only
    const dir = await tempDir('seedance-disk-');
    await writeStoryboard(dir, FIRST);
    expect((await run(dir)).code).toBe(0);
    await writeStoryboard(dir, BOTH);
    if (how === 'mount') await makeReadOnly(out(dir));
    else await chmod(out(dir), 0o555);
    try {
      const failed = await run(dir);
      expect(failed.code, failed.stdout + failed.stderr).toBe(1);
      expect(failed.stdout + failed.stderr).toMatch(/Cannot write \S+: the file system is read-only|permission/);
      expect(failed.stdout + failed.stderr).toContain('so nothing was sent: 1 clip of this run would have nowhere to go');
      expectClean(failed);
      await expectKept(dir, ['a']);
      // b was never submitted: nothing was paid for a clip with nowhere to go.
      expect(sim.stats().creates).toBe(1);
    } finally {
      if (how === 'mount') await unmount(out(dir));
      else await chmod(out(dir), 0o755);
    }
    const fixed = await run(dir);
    expect(fixed.code, fixed.stdout).toBe(0);
    expect(fixed.stdout).toContain('a: fresh, reused');
    await expectKept(dir, ['a', 'b']);
    expect(sim.stats().creates).toBe(2);
  });
});

describe('a disk that fills up during a download', () => {
  it('a 1 MB tmpfs: the second clip does not fit; the first and the lock are kept; with room, it is fetched without paying again', async (ctx) => {
    if (!(await mountable())) return ctx.skip(); // needs root and mount(2); the file-size limit below runs anywhere
    const dir = await tempDir('seedance-disk-');
    await writeStoryboard(dir, BOTH);
    await mkdir(join(dir, 'out'));
    await mountTmpfs(join(dir, 'out'), '1m');
    try {
      const full = await run(dir);
      expect(full.code).toBe(1);
      expect(full.stdout).toMatch(/b: FAILED: Could not save the download to \S+: the disk is full\./);
      expect(full.stdout).toContain(DOWNLOAD_NEXT);
      expectClean(full);
      await expectKept(dir, ['a']);
      await expectPaidFor(dir, 'b');
      await resizeTmpfs(join(dir, 'out'), '20m');
      const fixed = await run(dir);
      expect(fixed.code, fixed.stdout).toBe(0);
      await expectKept(dir, ['a', 'b']);
      expect(sim.stats().creates).toBe(2);
    } finally {
      await unmount(join(dir, 'out'));
    }
  });

  it('a file-size limit (ulimit -f, any user): the process is not killed by SIGXFSZ but says the file is too large', async () => {
    const dir = await tempDir('seedance-disk-');
    await writeStoryboard(dir, BOTH);
    const limited = await new Promise<Captured & { signal: NodeJS.Signals | null }>((resolve, reject) => {
      // bash counts ulimit -f in KiB: 1000 KiB holds a.mp4, not b.mp4. Node ignores SIGXFSZ, so
      // the write fails with EFBIG instead of the process dying.
      const args = ['-c', 'ulimit -f 1000 && exec "$0" "$@"', process.execPath, BIN, 'run', 'story.yaml', '--reporter', 'plain', '--poll-interval', '50'];
      const child = spawn('bash', args, { cwd: dir, env: { ...process.env, ...env() }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code, signal) => resolve({ code: code ?? -1, signal, stdout, stderr }));
    });
    expect(limited.signal).toBeNull();
    expect(limited.code, limited.stdout + limited.stderr).toBe(1);
    expect(limited.stdout).toMatch(/b: FAILED: Could not save the download to \S+: the file is larger than allowed here\./);
    expect(limited.stdout).toContain(DOWNLOAD_NEXT);
    expectClean(limited);
    await expectKept(dir, ['a']);
    await expectPaidFor(dir, 'b');
    const fixed = await run(dir);
    expect(fixed.code, fixed.stdout).toBe(0);
    await expectKept(dir, ['a', 'b']);
    expect(sim.stats().creates).toBe(2);
  });
});

describe('a lock file damaged by hand', () => {
  let dir: string;
  let good: string;
  beforeAll(async () => {
    dir = await suiteTempDir('seedance-lock-');
    await writeStoryboard(dir, BOTH);
    expect((await run(dir)).code).toBe(0);
    good = await readFile(join(dir, 'story.lock.json'), 'utf8');
  });
  afterAll(() => removeDir(dir));

  const cases: [string, (text: string) => string, RegExp, string][] = [
    ['cut short', (t) => t.slice(0, Math.floor(t.length / 2)), /is damaged: it is not valid JSON \(/, 'Restore the lock from git'],
    ['emptied', () => '', /is damaged: it is not valid JSON \(/, 'Restore the lock from git'],
    ['from a newer version', (t) => t.replace('"version": 2', '"version": 3'), /has version 3; this seedance-pipeline reads versions 1 and 2\./, 'It was written by a newer seedance-pipeline: upgrade the tool.'],
    ['without a version', (t) => JSON.stringify({ ...(JSON.parse(t) as object), version: undefined }), /has version undefined; this seedance-pipeline reads versions 1 and 2\./, 'Restore it from git'],
    ['with an output path that climbs out', (t) => t.replace('"file": "a.mp4"', '"file": "../../a.mp4"'), /is damaged: shot "a" names an output outside the output folder\./, 'no clip was deleted'],
    ['with an unknown status', (t) => t.replace('"status": "saved"', '"status": "done"'), /is damaged: shot "a" has an unknown status "done"\./, 'Restore the lock from git'],
    ['with shots as a list', (t) => JSON.stringify({ ...(JSON.parse(t) as object), shots: [] }), /is damaged: "shots" is not an object\./, 'Restore the lock from git'],
  ];

  it.each(cases)('%s: refused with what, why and what next; nothing sent or touched; restored, nothing is paid again', async (_name, damage, what, next) => {
    const path = join(dir, 'story.lock.json');
    const damaged = damage(good);
    expect(damaged).not.toBe(good);
    await writeFile(path, damaged);
    sim.resetStats();
    const refused = await run(dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(new RegExp(`error\\[lock\\.invalid\\]: The lock file ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ${what.source}`));
    expect(refused.stderr).toContain(`next: `);
    expect(refused.stderr).toContain(next);
    expectClean(refused);
    const { createRequests, queries, lists, downloads } = sim.stats();
    expect({ createRequests, queries, lists, downloads }).toEqual({ createRequests: 0, queries: 0, lists: 0, downloads: 0 });
    expect(await readFile(path, 'utf8')).toBe(damaged);
    await writeFile(path, good);
    await expectKept(dir, ['a', 'b']);
    const restored = await run(dir);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain('a: fresh, reused');
    expect(restored.stdout).toContain('b: fresh, reused');
    expect(sim.stats().createRequests).toBe(0);
  });

  it('a folder where the lock belongs: says it cannot be read and why', async () => {
    const path = join(dir, 'story.lock.json');
    await rm(path);
    await mkdir(path);
    try {
      const refused = await run(dir);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/error\[lock\.invalid\]: Cannot read the lock file \S+: EISDIR/);
      expectClean(refused);
      expect(sim.stats().createRequests).toBe(0);
    } finally {
      await rm(path, { recursive: true });
      await writeFile(path, good);
    }
    expect((await run(dir)).code).toBe(0);
    expect(sim.stats().createRequests).toBe(0);
  });
});
