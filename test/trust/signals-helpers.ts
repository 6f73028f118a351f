// Shared by the signals-*.test.ts files: the real `seedance` binary in a child process, driven
// the way a terminal, CI or a pipe drives it, and a look at /proc for the ffmpeg/ffprobe processes
// of a test's folder.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';

export const BIN = new URL('../../dist/cli/bin.js', import.meta.url).pathname;

export interface CliEvent {
  type: string;
  [key: string]: unknown;
}

export interface CliRun {
  child: ChildProcess;
  pid: number;
  events: CliEvent[];
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the first event of this type (already seen or to come). */
  event: (type: string) => Promise<CliEvent>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Signal the CLI's whole process group, as a terminal does on Ctrl-C (needs `detached`). */
  group: (signal: NodeJS.Signals) => void;
}

/**
 * `seedance <args>` with stdout piped (JSON events are parsed when they look like JSON). `detached`
 * gives the CLI a process group of its own, so `group()` signals it and everything it started
 * in that group, like a terminal's foreground job.
 */
export function startCli(args: string[], env: Record<string, string>, options: { detached?: boolean } = {}): CliRun {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached === true,
  });
  let out = '';
  let err = '';
  const events: CliEvent[] = [];
  const waiters: { type: string; resolve: (e: CliEvent) => void }[] = [];
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  if (child.stdout) {
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      const event = JSON.parse(line) as CliEvent;
      events.push(event);
      for (const w of waiters.filter((w) => w.type === event.type)) w.resolve(event);
    });
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  return {
    child,
    pid: child.pid ?? -1,
    events,
    stdout: () => out,
    stderr: () => err,
    event: (type) => {
      const seen = events.find((e) => e.type === type);
      return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ type, resolve }));
    },
    exited,
    group: (signal) => process.kill(-(child.pid ?? 0), signal),
  };
}

/** Processes (other than node ones) whose command line names `dir`: the tools a run started there. */
export async function toolsIn(dir: string): Promise<{ pid: number; cmdline: string }[]> {
  const found: { pid: number; cmdline: string }[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let argv: string[];
    try {
      argv = (await readFile(`/proc/${name}/cmdline`, 'utf8')).split('\0').filter(Boolean);
    } catch {
      continue;
    }
    // A zombie (killed, not yet reaped) has an empty command line: it runs no more.
    if (argv.length === 0 || basename(argv[0] ?? '').startsWith('node')) continue;
    const cmdline = argv.join(' ');
    if (cmdline.includes(dir)) found.push({ pid: Number(name), cmdline });
  }
  return found;
}

/** Polls until `predicate` holds (checked every `everyMs`), or throws after `timeoutMs`. */
export async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000, everyMs = 20): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Kills every leftover tool process of `dir` (so a failing test leaves nothing running). */
export async function killToolsIn(dir: string): Promise<void> {
  for (const { pid } of await toolsIn(dir)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone already.
    }
  }
}

function systemTool(name: string): string {
  return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
}

/**
 * Wrappers in `dir/bin` around the system ffprobe and ffmpeg that make the steps worth hitting
 * with a signal last long enough to hit: ffprobe checking a downloaded `.<shot>.mp4.part` waits
 * `probeDelay` seconds first; ffmpeg joining the film reads its inputs at `filmReadRate` times
 * real time. Everything else passes straight through. Their command lines name `dir`.
 */
export async function slowTools(dir: string, options: { probeDelay?: number; frameDelay?: number; filmReadRate?: number } = {}): Promise<{ FFMPEG_PATH: string; FFPROBE_PATH: string }> {
  const bin = join(dir, 'bin');
  await mkdir(bin, { recursive: true });
  const ffprobe = join(bin, 'slow-ffprobe');
  const ffmpeg = join(bin, 'slow-ffmpeg');
  await writeFile(ffprobe, `#!/bin/sh\ncase "$*" in *mp4.part*) sleep ${options.probeDelay ?? 0} ;; esac\nexec ${systemTool('ffprobe')} "$@"\n`);
  const rate = options.filmReadRate ?? 0;
  await writeFile(
    ffmpeg,
    `#!/bin/sh
case "$*" in
  *last.png.part*) sleep ${options.frameDelay ?? 0} ;;
  *final.mp4*)
    if [ ${rate} != 0 ]; then
      for a; do shift; if [ "$a" = -i ]; then set -- "$@" -readrate ${rate}; fi; set -- "$@" "$a"; done
    fi ;;
esac
exec ${systemTool('ffmpeg')} "$@"
`,
  );
  await chmod(ffprobe, 0o755);
  await chmod(ffmpeg, 0o755);
  return { FFMPEG_PATH: ffmpeg, FFPROBE_PATH: ffprobe };
}
