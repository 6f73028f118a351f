// The writer lock across real processes: children run the built module (dist/) and report what
// happened as JSON lines on stdout; the parent uses the source.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isSeedanceError, type SeedanceError } from '../../src/core/errors.js';
import { acquireWriterLock, readWriterLock, writerLockPathFor, type WriterInfo } from '../../src/state/writer-lock.js';

const MODULE = new URL('../../dist/state/writer-lock.js', import.meta.url).href;

// Waits for a "go" file if given, acquires, reports, then holds until told on stdin:
// `release` (release(), stay alive), `exit` (process.exit() without release()), or after holdMs.
const CHILD = `
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { acquireWriterLock } from ${JSON.stringify(MODULE)};
const { lockPath, command, go, holdMs } = JSON.parse(process.env.WRITER_LOCK_TEST);
const say = (message) => console.log(JSON.stringify(message));
say({ event: 'ready' });
if (go) while (!existsSync(go)) await new Promise((resolve) => setTimeout(resolve, 1));
let lock;
try {
  lock = await acquireWriterLock(lockPath, { command });
} catch (error) {
  say({ event: 'error', code: error.code, message: error.message, hint: error.hint });
  process.exit(0);
}
say({ event: 'acquired', holder: lock.holder });
if (holdMs !== undefined) {
  setTimeout(async () => { await lock.release(); say({ event: 'released' }); process.exit(0); }, holdMs);
}
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'release') { await lock.release(); say({ event: 'released' }); }
  if (line === 'exit') process.exit(0);
}
`;

interface Message {
  event: 'ready' | 'acquired' | 'released' | 'error';
  holder?: WriterInfo;
  code?: string;
  message?: string;
  hint?: string;
}

interface Child {
  process: ChildProcess;
  pid: number;
  next(): Promise<Message>;
  send(line: string): void;
  exited: Promise<unknown>;
}

const dirs: string[] = [];
const children: Child[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill('SIGKILL');
    await child.exited;
  }
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function folder(): Promise<{ dir: string; lockPath: string; writerPath: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'seedance-writer-'));
  dirs.push(dir);
  const lockPath = join(dir, 'story.lock.json');
  return { dir, lockPath, writerPath: writerLockPathFor(lockPath) };
}

function child(args: { lockPath: string; command?: string; go?: string; holdMs?: number }): Child {
  const proc = spawn(process.execPath, ['--input-type=module', '-e', CHILD], {
    env: { ...process.env, WRITER_LOCK_TEST: JSON.stringify({ command: 'seedance run', ...args }) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const queue: Message[] = [];
  const waiting: ((message: Message) => void)[] = [];
  createInterface({ input: proc.stdout! }).on('line', (line) => {
    const message = JSON.parse(line) as Message;
    const resolve = waiting.shift();
    if (resolve) resolve(message);
    else queue.push(message);
  });
  const exited = once(proc, 'exit');
  const handle: Child = {
    process: proc,
    pid: proc.pid!,
    next: () => {
      const message = queue.shift();
      if (message) return Promise.resolve(message);
      return Promise.race([
        new Promise<Message>((resolve) => waiting.push(resolve)),
        exited.then(() => Promise.reject(new Error(`child ${proc.pid} exited before reporting`))),
      ]);
    },
    send: (line) => proc.stdin!.write(`${line}\n`),
    exited,
  };
  children.push(handle);
  return handle;
}

/** A child that holds the lock, once it reports so. */
async function holdingChild(lockPath: string, extra: { holdMs?: number } = {}): Promise<Child> {
  const holder = child({ lockPath, ...extra });
  expect((await holder.next()).event).toBe('ready');
  const message = await holder.next();
  expect(message).toMatchObject({ event: 'acquired', holder: { pid: holder.pid } });
  return holder;
}

async function rejection(promise: Promise<unknown>): Promise<SeedanceError> {
  try {
    await promise;
  } catch (error) {
    if (isSeedanceError(error)) return error;
    throw error;
  }
  throw new Error('expected the promise to reject');
}

/** A pid that was in use a moment ago and is now free (a child that has exited). */
async function deadPid(): Promise<number> {
  const proc = spawn(process.execPath, ['-e', '']);
  await once(proc, 'exit');
  return proc.pid!;
}

function holderText(info: Partial<WriterInfo>): string {
  return JSON.stringify({ pid: 1, host: hostname(), startedAt: new Date().toISOString(), command: 'seedance run', token: 'f'.repeat(32), ...info });
}

/** Temp files and take-over guards: none may remain once a test is done. */
async function leftovers(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.tmp') || name.includes('takeover'));
}

describe('writer lock', () => {
  it('sits beside the lock file, hidden', () => {
    expect(writerLockPathFor('/x/story.lock.json')).toBe('/x/.story.lock.json.writer');
  });

  it('refuses while a child holds it, naming its pid, host and command; the child exiting frees it', async () => {
    const { dir, lockPath, writerPath } = await folder();
    const holder = await holdingChild(lockPath);

    const busy = await rejection(acquireWriterLock(lockPath, { command: 'seedance pin' }));
    expect(busy.code).toBe('lock.busy');
    expect(busy.message).toContain(lockPath);
    expect(busy.message).toContain(`pid ${holder.pid}`);
    expect(busy.message).toContain(`host ${hostname()}`);
    expect(busy.message).toContain('"seedance run"');
    expect(busy.message).toMatch(/since \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC, (just now|\d+ s ago)/);
    expect(busy.hint).toContain('--wait');
    expect(await readWriterLock(lockPath)).toMatchObject({ pid: holder.pid, command: 'seedance run' });

    // --force-unlock never takes over a live holder on this host.
    const forced = await rejection(acquireWriterLock(lockPath, { command: 'seedance pin', forceUnlock: true }));
    expect(forced.code).toBe('lock.busy');
    expect(forced.hint).toMatch(/--force-unlock does not take over .* still running on this host/);

    // process.exit() without release(): the exit handler removes the file, nothing is stale.
    holder.send('exit');
    await holder.exited;
    expect(existsSync(writerPath)).toBe(false);
    const lock = await acquireWriterLock(lockPath, { command: 'seedance pin' });
    expect(lock.holder.pid).toBe(process.pid);
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('is taken over at once and silently from a SIGKILLed holder on this host', async () => {
    const { dir, lockPath, writerPath } = await folder();
    const holder = await holdingChild(lockPath);
    holder.process.kill('SIGKILL');
    await holder.exited;
    expect(existsSync(writerPath)).toBe(true);
    expect(await readWriterLock(lockPath)).toBeUndefined();

    const onWait = vi.fn();
    const started = Date.now();
    const lock = await acquireWriterLock(lockPath, { command: 'seedance run', wait: true, onWait, pollMs: 5_000 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(onWait).not.toHaveBeenCalled();
    expect(JSON.parse(await readFile(writerPath, 'utf8'))).toEqual(lock.holder);
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('is taken over when its holder ran before this machine rebooted (another boot id)', async () => {
    const { dir, lockPath, writerPath } = await folder();
    // Our own pid: alive, but recorded under the previous boot, so it means nothing.
    await writeFile(writerPath, holderText({ pid: process.pid, bootId: 'boot-before' }));
    const lock = await acquireWriterLock(lockPath, { command: 'seedance run', bootId: 'boot-now' });
    expect(lock.holder.bootId).toBe('boot-now');
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a holder on another host unless --force-unlock, and then takes it over', async () => {
    const { dir, lockPath, writerPath } = await folder();
    const startedAt = new Date(Date.now() - 3 * 60_000 - 5_000);
    await writeFile(writerPath, holderText({ pid: process.pid, host: 'render-02', startedAt: startedAt.toISOString() }));

    const busy = await rejection(acquireWriterLock(lockPath, { command: 'seedance run' }));
    expect(busy.code).toBe('lock.busy');
    expect(busy.message).toContain(`pid ${process.pid} on host render-02`);
    expect(busy.message).toContain(`since ${startedAt.toISOString().slice(0, 19).replace('T', ' ')} UTC, 3 min ago`);
    expect(busy.message).toContain('another host');
    expect(busy.hint).toContain('--wait');
    expect(busy.hint).toContain('--force-unlock');
    expect(await readWriterLock(lockPath)).toMatchObject({ host: 'render-02' });

    const lock = await acquireWriterLock(lockPath, { command: 'seedance run', forceUnlock: true });
    expect(JSON.parse(await readFile(writerPath, 'utf8'))).toEqual(lock.holder);
    expect(lock.holder.host).toBe(hostname());
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('with wait, calls onWait once with the holder and resolves once the child releases it', async () => {
    const { dir, lockPath } = await folder();
    const holder = await holdingChild(lockPath, { holdMs: 1_000 });
    const onWait = vi.fn();
    const started = Date.now();
    const lock = await acquireWriterLock(lockPath, { command: 'seedance run', wait: true, onWait, pollMs: 20 });
    expect(Date.now() - started).toBeGreaterThan(500);
    expect(await holder.next()).toEqual({ event: 'released' });
    expect(onWait).toHaveBeenCalledTimes(1);
    expect(onWait.mock.calls[0]?.[0]).toMatchObject({ pid: holder.pid, host: hostname(), command: 'seedance run' });
    expect(lock.holder.pid).toBe(process.pid);
    await lock.release();
    await holder.exited;
    expect(await readdir(dir)).toEqual([]);
  });

  it('stops waiting when the signal aborts, leaving the holder alone', async () => {
    const { dir, lockPath, writerPath } = await folder();
    const holder = await holdingChild(lockPath);
    const before = await readFile(writerPath, 'utf8');
    const error = await rejection(acquireWriterLock(lockPath, { command: 'seedance run', wait: true, pollMs: 20, signal: AbortSignal.timeout(200) }));
    expect(error.code).toBe('interrupted');
    expect(await readFile(writerPath, 'utf8')).toBe(before);
    expect(await leftovers(dir)).toEqual([]);
    holder.send('release');
    expect(await holder.next()).toEqual({ event: 'released' });
    expect(await readdir(dir)).toEqual([]);
  }, 15_000);

  it('goes to exactly one of 8 processes racing for a stale lock; the others are told who won', async () => {
    for (let round = 0; round < 3; round++) {
      const { dir, lockPath, writerPath } = await folder();
      await writeFile(writerPath, holderText({ pid: await deadPid() }));
      const go = join(dir, 'go');
      const racers = Array.from({ length: 8 }, () => child({ lockPath, go }));
      for (const racer of racers) expect((await racer.next()).event).toBe('ready');
      await writeFile(go, '');
      const results = await Promise.all(racers.map((racer) => racer.next()));

      const winners = results.flatMap((result, i) => (result.event === 'acquired' ? [racers[i]!] : []));
      expect(winners).toHaveLength(1);
      const winner = winners[0]!;
      for (const result of results.filter((r) => r.event !== 'acquired')) {
        expect(result).toMatchObject({ event: 'error', code: 'lock.busy' });
        expect(result.message).toContain(`pid ${winner.pid} on host ${hostname()}`);
      }
      expect(JSON.parse(await readFile(writerPath, 'utf8'))).toMatchObject({ pid: winner.pid });
      winner.send('release');
      expect(await winner.next()).toEqual({ event: 'released' });
      await rm(go);
      expect(await readdir(dir)).toEqual([]);
    }
  });

  it("release() and the exit handler never remove another holder's file", async () => {
    const { dir, lockPath, writerPath } = await folder();
    const other = holderText({ pid: process.pid, host: 'render-02', token: 'a'.repeat(32) });

    // Taken over meanwhile (--force-unlock from another host): release() leaves it alone.
    const lock = await acquireWriterLock(lockPath, { command: 'seedance run' });
    await writeFile(writerPath, other);
    await lock.release();
    await lock.release();
    expect(await readFile(writerPath, 'utf8')).toBe(other);

    // The same for a child that exits without release().
    await rm(writerPath);
    const holder = await holdingChild(lockPath);
    await writeFile(writerPath, other);
    holder.send('exit');
    await holder.exited;
    expect(await readFile(writerPath, 'utf8')).toBe(other);
    await rm(writerPath);
    expect(await readdir(dir)).toEqual([]);
  });

  it.each([
    ['an empty', ''],
    ['a torn', '{"pid": 12'],
    ['a malformed', '{"pid": "12", "host": 3}'],
  ])('counts %s holder file as busy while fresh, as stale once 10 s old', async (_name, text) => {
    const { dir, lockPath, writerPath } = await folder();
    await writeFile(writerPath, text);
    const busy = await rejection(acquireWriterLock(lockPath, { command: 'seedance run' }));
    expect(busy.code).toBe('lock.busy');
    expect(busy.message).toContain('cannot be read');
    expect(await readFile(writerPath, 'utf8')).toBe(text);
    expect(await readWriterLock(lockPath)).toBeUndefined();

    const old = new Date(Date.now() - 11_000);
    await utimes(writerPath, old, old);
    const lock = await acquireWriterLock(lockPath, { command: 'seedance run' });
    expect(JSON.parse(await readFile(writerPath, 'utf8'))).toEqual(lock.holder);
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes over a guard left by a stealer that died mid-way, and sweeps such leftovers', async () => {
    const { dir, lockPath, writerPath } = await folder();
    const stale = holderText({ pid: await deadPid() });
    await writeFile(writerPath, stale);
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(stale).digest('hex').slice(0, 32);
    // A stealer that died holding the guard of this stale file, and one that died mid-acquire.
    const dead = await deadPid();
    await writeFile(`${writerPath}.takeover-${hash}`, holderText({ pid: dead, token: 'b'.repeat(32) }));
    await writeFile(`${writerPath}.takeover-${'0'.repeat(32)}`, holderText({ pid: dead, token: 'c'.repeat(32) }));
    await writeFile(`${writerPath}.${dead}-abcdef.tmp`, 'half');

    const lock = await acquireWriterLock(lockPath, { command: 'seedance run' });
    expect(JSON.parse(await readFile(writerPath, 'utf8'))).toEqual(lock.holder);
    expect(await leftovers(dir)).toEqual([]);
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
  }, 15_000);
});
