// One writer per manifest across processes: `.story.lock.json.writer` beside the lock file holds
// the WriterInfo of the command that may change it. It appears whole or not at all: the JSON is
// written to a unique temp file, which is then link()ed to the final name (EEXIST: held).
//
// Taking over a stale file: every holder file is known by the hash of its bytes (they contain a
// random token, so no two are alike). A file with hash H may only be removed by whoever holds the
// guard `.story.lock.json.writer.takeover-H`, itself created with link(), so exactly one process
// at a time checks that H is still there, removes it and links its own file in its place. A late
// racer that gets the guard afterwards finds H gone and backs off; it can never remove the new
// holder's file. A guard left by a stealer that died is itself stale and taken over the same way
// (through the guard of its own hash). Owners remove their file only while it holds their token.
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, open, readdir, readFile, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SeedanceError } from '../core/errors.js';
import { processAlive } from '../core/pid.js';

export interface WriterInfo {
  pid: number;
  host: string;
  /** ISO 8601 */
  startedAt: string;
  /** e.g. "seedance run" */
  command: string;
  bootId?: string;
  /** Random, identifies this holder. */
  token: string;
}

export interface WriterLockOptions {
  command: string;
  /** Wait for the holder to finish instead of refusing at once. */
  wait?: boolean;
  /** Take over a lock held from another host (or one whose holder cannot be checked). */
  forceUnlock?: boolean;
  /** Called once when `wait` is set and the lock is busy, with the holder. */
  onWait?: (holder: WriterInfo) => void;
  signal?: AbortSignal;
  /** For tests: the host name and boot id to record/compare, the poll interval while waiting. */
  host?: string;
  bootId?: string;
  pollMs?: number;
}

export interface WriterLock {
  readonly path: string;
  readonly holder: WriterInfo;
  release(): Promise<void>;
}

/** A holder file that cannot be parsed is being written (busy) until it is this old (stale). */
const DAMAGED_STALE_MS = 10_000;
/** How often to look again while another process is in the middle of a take-over. */
const GUARD_POLL_MS = 10;

/** `/x/story.lock.json` -> `/x/.story.lock.json.writer` */
export function writerLockPathFor(lockPath: string): string {
  return join(dirname(lockPath), `.${basename(lockPath)}.writer`);
}

/** Who holds the manifest's writer lock, unless nobody does or its holder is known to be gone. */
export async function readWriterLock(lockPath: string): Promise<WriterInfo | undefined> {
  const file = await readHolder(writerLockPathFor(lockPath));
  if (!file?.info) return undefined;
  return judge(file, { host: hostname(), bootId: await thisBootId() }) === 'stale' ? undefined : file.info;
}

export async function acquireWriterLock(lockPath: string, options: WriterLockOptions): Promise<WriterLock> {
  const path = writerLockPathFor(lockPath);
  const host = options.host ?? hostname();
  const bootId = options.bootId ?? (await thisBootId());
  const holder = newInfo(options.command, host, bootId);
  const text = `${JSON.stringify(holder, null, 2)}\n`;
  // The guard files say who is taking over, under a token of their own (a hash unlike the lock's).
  const guardText = `${JSON.stringify(newInfo(`${options.command} (taking over a stale writer lock)`, host, bootId), null, 2)}\n`;
  const temps: string[] = [];
  const ctx: Context = {
    lockPath,
    path,
    host,
    bootId,
    forceUnlock: options.forceUnlock === true,
    signal: options.signal,
    guardText,
    guardTemp: async () => (temps[1] ??= await writeTemp(path, guardText)),
  };
  try {
    stopIfAborted(lockPath, options.signal);
    const temp = (temps[0] = await writeTemp(path, text));
    let waited = false;
    for (;;) {
      const busy = await attempt(temp, ctx);
      if (!busy) break;
      if (!options.wait) throw busyError(lockPath, busy, ctx);
      if (!waited && busy.info) {
        waited = true;
        options.onWait?.(busy.info);
      }
      await pause(options.pollMs ?? 250, lockPath, options.signal);
    }
  } finally {
    await Promise.all(temps.map((temp) => rm(temp, { force: true })));
  }
  await sweep(ctx);
  return held(path, holder);
}

interface Context {
  lockPath: string;
  /** The writer lock file. */
  path: string;
  host: string;
  bootId: string | undefined;
  forceUnlock: boolean;
  signal: AbortSignal | undefined;
  guardText: string;
  guardTemp: () => Promise<string>;
}

interface HolderFile {
  bytes: Buffer;
  /** undefined: the file cannot be parsed */
  info: WriterInfo | undefined;
  mtimeMs: number;
}

type Verdict = 'stale' | 'live' | 'remote' | 'unreadable';
interface Busy extends HolderFile {
  verdict: Exclude<Verdict, 'stale'>;
}

/** One try: undefined when the lock is ours, else who holds it. */
async function attempt(temp: string, ctx: Context): Promise<Busy | undefined> {
  for (;;) {
    if (await tryLink(temp, ctx.path)) return undefined;
    const file = await readHolder(ctx.path);
    if (!file) continue; // released between our link and our read
    const verdict = judge(file, ctx);
    if (!mayTakeOver(verdict, ctx)) return { ...file, verdict: verdict as Busy['verdict'] };
    if (await replaceStale(ctx.path, identity(file.bytes), temp, ctx)) return undefined;
    // Someone else replaced it first: look at the new holder.
  }
}

function judge(file: HolderFile, ctx: { host: string; bootId: string | undefined }): Verdict {
  const { info } = file;
  if (!info) return Date.now() - file.mtimeMs > DAMAGED_STALE_MS ? 'stale' : 'unreadable';
  if (info.host !== ctx.host) return 'remote';
  // After a reboot every pid is new: the holder is gone even if its number is in use again.
  if (ctx.bootId !== undefined && info.bootId !== undefined && info.bootId !== ctx.bootId) return 'stale';
  return processAlive(info.pid) ? 'live' : 'stale';
}

/** A live holder on this host is never taken over, not even with --force-unlock. */
function mayTakeOver(verdict: Verdict, ctx: Context): boolean {
  return verdict === 'stale' || (ctx.forceUnlock && (verdict === 'remote' || verdict === 'unreadable'));
}

/**
 * Replace the file at `target` whose bytes hash to `stale` by a link to `temp`, under the guard
 * of that hash; false when it had already changed or someone else linked theirs first.
 */
async function replaceStale(target: string, stale: string, temp: string, ctx: Context): Promise<boolean> {
  const guard = `${ctx.path}.takeover-${stale}`;
  if (!(await claimGuard(guard, target, stale, ctx))) return false;
  try {
    // Only the guard's holder removes `stale`, so if it is still there it stays until we remove it.
    if ((await identityAt(target)) !== stale) return false;
    await rm(target, { force: true });
    return await tryLink(temp, target);
  } finally {
    await removeIfSame(guard, ctx.guardText);
  }
}

async function claimGuard(guard: string, target: string, stale: string, ctx: Context): Promise<boolean> {
  const temp = await ctx.guardTemp();
  for (;;) {
    if (await tryLink(temp, guard)) return true;
    const file = await readHolder(guard);
    if (!file) continue;
    // Its stealer died mid-way: take its guard over the same way, then carry on in its place.
    if (mayTakeOver(judge(file, ctx), ctx)) {
      if (await replaceStale(guard, identity(file.bytes), temp, ctx)) return true;
      continue;
    }
    // A live process is taking over right now (a matter of milliseconds): see how it ends.
    if ((await identityAt(target)) !== stale) return false;
    await pause(GUARD_POLL_MS, ctx.lockPath, ctx.signal);
  }
}

function held(path: string, holder: WriterInfo): WriterLock {
  const ours = (text: string): boolean => parseInfo(text)?.token === holder.token;
  // process.exit() skips finally blocks and awaits: remove the file synchronously on the way out.
  const onExit = (): void => {
    try {
      if (ours(readFileSync(path, 'utf8'))) unlinkSync(path);
    } catch {
      // Already gone, or nothing we can do while exiting.
    }
  };
  process.on('exit', onExit);
  let released: Promise<void> | undefined;
  return {
    path,
    holder,
    release: () =>
      (released ??= (async () => {
        process.off('exit', onExit);
        const text = await readFile(path, 'utf8').catch(() => undefined);
        // Never someone else's: it may have been taken over (--force-unlock from another host).
        if (text !== undefined && ours(text)) await rm(path, { force: true });
      })()),
  };
}

/** Remove temp files of processes that died while acquiring, and guards of dead stealers. */
async function sweep(ctx: Context): Promise<void> {
  // Safe now that the lock is ours: every guard names a holder file that is gone for good.
  const prefix = `${basename(ctx.path)}.`;
  const names = await readdir(dirname(ctx.path)).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const path = join(dirname(ctx.path), name);
    const rest = name.slice(prefix.length);
    const pid = Number(/^(\d+)-[0-9a-f]+\.tmp$/.exec(rest)?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && !processAlive(pid)) await rm(path, { force: true });
    if (rest.startsWith('takeover-')) {
      const file = await readHolder(path);
      if (file && judge(file, ctx) === 'stale') await rm(path, { force: true });
    }
  }
}

function newInfo(command: string, host: string, bootId: string | undefined): WriterInfo {
  const info: WriterInfo = { pid: process.pid, host, startedAt: new Date().toISOString(), command, token: randomBytes(16).toString('hex') };
  if (bootId !== undefined) info.bootId = bootId;
  return info;
}

async function writeTemp(path: string, text: string): Promise<string> {
  const temp = `${path}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temp, text, { flag: 'wx' });
  } catch (error) {
    // A half-written temp (disk full) is ours to remove; one that existed already is not.
    if ((error as { code?: string }).code !== 'EEXIST') await rm(temp, { force: true });
    throw error;
  }
  return temp;
}

async function tryLink(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') return false;
    throw error;
  }
}

async function readHolder(path: string): Promise<HolderFile | undefined> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    // Bytes and age of the same file, even if the name is relinked meanwhile.
    const { mtimeMs } = await handle.stat();
    const bytes = await handle.readFile();
    return { bytes, info: parseInfo(bytes.toString('utf8')), mtimeMs };
  } finally {
    await handle.close();
  }
}

function parseInfo(text: string): WriterInfo | undefined {
  try {
    const value = JSON.parse(text) as Partial<WriterInfo> | null;
    const valid =
      typeof value === 'object' &&
      value !== null &&
      Number.isInteger(value.pid) &&
      (value.pid as number) > 0 &&
      typeof value.host === 'string' &&
      typeof value.startedAt === 'string' &&
      typeof value.command === 'string' &&
      typeof value.token === 'string' &&
      (value.bootId === undefined || typeof value.bootId === 'string');
    return valid ? (value as WriterInfo) : undefined;
  } catch {
    return undefined;
  }
}

function identity(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

async function identityAt(path: string): Promise<string | undefined> {
  const file = await readHolder(path);
  return file && identity(file.bytes);
}

async function removeIfSame(path: string, text: string): Promise<void> {
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === text) await rm(path, { force: true });
}

let bootIdCache: Promise<string | undefined> | undefined;
function thisBootId(): Promise<string | undefined> {
  return (bootIdCache ??= readFile('/proc/sys/kernel/random/boot_id', 'utf8').then(
    (text) => text.trim() || undefined,
    () => undefined,
  ));
}

function stopIfAborted(lockPath: string, signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw interrupted(lockPath);
}

async function pause(ms: number, lockPath: string, signal: AbortSignal | undefined): Promise<void> {
  try {
    await sleep(ms, undefined, signal ? { signal } : {});
  } catch {
    throw interrupted(lockPath);
  }
}

function interrupted(lockPath: string): SeedanceError {
  return new SeedanceError('interrupted', `Stopped waiting for the writer lock of ${lockPath}: the command was interrupted.`, {
    hint: 'Nothing was changed; run the command again when you are ready.',
  });
}

function busyError(lockPath: string, busy: Busy, ctx: Context): SeedanceError {
  const wait = 'Wait for it to finish, or pass --wait to start as soon as it is done.';
  const { info } = busy;
  if (!info) {
    return new SeedanceError('lock.busy', `${lockPath} is locked, but its writer file ${ctx.path} cannot be read (it is being written, or it is damaged), so nothing was done.`, {
      hint: `Try again in a few seconds or pass --wait: a damaged writer file is taken over once it is ${DAMAGED_STALE_MS / 1000} s old. If no other seedance command works on this manifest, --force-unlock takes it over now.`,
    });
  }
  const who = `"${info.command}" (pid ${info.pid} on host ${info.host}), since ${since(info.startedAt)}`;
  if (busy.verdict === 'remote') {
    return new SeedanceError('lock.busy', `${lockPath} is locked by ${who}. That process runs on another host, so this one (${ctx.host}) cannot check whether it is still alive, and nothing was done.`, {
      hint: `${wait} If that process is gone (its machine crashed or was switched off), take the lock over with --force-unlock, but only once you are sure: two commands at once can submit and pay for the same shots twice.`,
    });
  }
  const force = ctx.forceUnlock ? ` --force-unlock does not take over a lock whose process is still running on this host: stop pid ${info.pid} first if it is stuck.` : '';
  return new SeedanceError('lock.busy', `${lockPath} is locked by ${who}. Only one seedance command may change a manifest at a time, so nothing was done.`, {
    hint: `${wait}${force}`,
  });
}

/** `2026-12-01 21:04:10 UTC, 3 min ago` */
function since(startedAt: string): string {
  const time = new Date(startedAt);
  if (Number.isNaN(time.getTime())) return startedAt;
  return `${time.toISOString().slice(0, 19).replace('T', ' ')} UTC, ${ago(Math.round((Date.now() - time.getTime()) / 1000))}`;
}

function ago(seconds: number): string {
  if (seconds < 1) return 'just now';
  if (seconds < 60) return `${seconds} s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 48 * 3600) return `${Math.floor(seconds / 3600)} h ago`;
  return `${Math.floor(seconds / 86400)} days ago`;
}
