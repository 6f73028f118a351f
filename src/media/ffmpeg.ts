// Running ffmpeg and ffprobe. This folder is the only importer of execa; every other module goes
// through runFfmpeg/runFfprobe with arguments built by pure functions.
import { basename } from 'node:path';
import { execa } from 'execa';
import { SeedanceError, isSeedanceError } from '../core/errors.js';
import { OWN_GROUP, trackTool } from './children.js';
import { locateTools } from './locate.js';

export { locateTools, resetTools, bundledTools, type MediaTools, type ToolSource } from './locate.js';

export interface RunOptions {
  signal?: AbortSignal;
  /** What the tool writes to stderr (a filter's report, e.g. loudnorm's measurements, at -loglevel info). */
  onStderr?: (text: string) => void;
  /** Bytes written to the tool's stdin. */
  input?: Buffer | string;
  /**
   * ffmpeg only: called with the output time reached, in seconds, as ffmpeg reports progress.
   * Adds `-progress pipe:1`, so stdout carries progress lines instead of data.
   */
  onProgressSeconds?: (seconds: number) => void;
}

/** Run ffmpeg with the given arguments; resolves with stdout as a Buffer. */
export async function runFfmpeg(args: readonly string[], options: RunOptions = {}): Promise<Buffer> {
  const tools = await locateTools();
  const progress = options.onProgressSeconds ? ['-progress', 'pipe:1', '-nostats'] : [];
  return run(tools.ffmpeg, ['-hide_banner', '-nostdin', '-loglevel', 'error', ...progress, ...args], options);
}

/** Run ffprobe with the given arguments; resolves with stdout as a Buffer. */
export async function runFfprobe(args: readonly string[], options: RunOptions = {}): Promise<Buffer> {
  const tools = await locateTools();
  const { onProgressSeconds: _ignored, onStderr: _stderr, ...rest } = options;
  return run(tools.ffprobe, ['-hide_banner', '-loglevel', 'error', ...args], rest);
}

async function run(binary: string, args: string[], options: RunOptions): Promise<Buffer> {
  try {
    return await runOnce(binary, args, options);
  } catch (error) {
    // Stopped from outside while the work goes on: most likely a terminal's Ctrl-C that reached the
    // tool in the instant after it was started and before it left our process group (children.ts).
    // The steps are repeatable (checks read; ffmpeg writes a temp file anew), so it runs once more.
    if (!isSeedanceError(error, 'interrupted') || options.signal?.aborted || (error.cause as { isCanceled?: boolean } | undefined)?.isCanceled) throw error;
    return runOnce(binary, args, options);
  }
}

async function runOnce(binary: string, args: string[], options: RunOptions): Promise<Buffer> {
  const name = basename(binary);
  let untrack = (): void => undefined;
  try {
    // In a process group of its own: a terminal's Ctrl-C is for us to act on, not for the tool
    // (children.ts); it stops when options.signal aborts, and when this process exits or dies.
    const subprocess = execa(binary, args, {
      encoding: 'buffer',
      stripFinalNewline: false,
      ...OWN_GROUP,
      ...(options.signal ? { cancelSignal: options.signal } : {}),
      ...(options.input !== undefined ? { input: options.input } : { stdin: 'ignore' as const }),
    });
    untrack = trackTool(subprocess.pid);
    const onProgress = options.onProgressSeconds;
    if (onProgress) subprocess.stdout?.on('data', progressParser(onProgress));
    if (options.onStderr) subprocess.stderr?.on('data', (chunk: Uint8Array) => options.onStderr?.(Buffer.from(chunk).toString('utf8')));
    const result = await subprocess;
    return Buffer.from(result.stdout);
  } catch (error) {
    throw toolError(name, binary, error, options.signal);
  } finally {
    untrack();
  }
}

/** Signals that mean the tool crashed (a bad build, or a file it choked on); any other stopped it from outside. */
const CRASH_SIGNALS = new Set(['SIGSEGV', 'SIGBUS', 'SIGILL', 'SIGFPE', 'SIGABRT', 'SIGSYS', 'SIGTRAP']);

function toolError(name: string, binary: string, error: unknown, signal: AbortSignal | undefined): SeedanceError {
  const e = error as { code?: string; cause?: { code?: string }; stderr?: Uint8Array; shortMessage?: string; signal?: string; exitCode?: number; isCanceled?: boolean };
  if (signal?.aborted || e.isCanceled === true) {
    return new SeedanceError('interrupted', `${name} was stopped because the work was interrupted.`, { hint: 'Run again to redo this step.', cause: error });
  }
  const stderr = e.stderr ? Buffer.from(e.stderr).toString('utf8').trim() : '';
  // Killed by a signal from outside (SIGINT, SIGTERM, SIGKILL, SIGHUP...), or ffmpeg's own way of
  // leaving on SIGINT/SIGTERM (exit status 255, nothing said at -loglevel error): the step was cut
  // short, which says nothing about the files or the ffmpeg build.
  const stoppedBy = e.signal !== undefined && !CRASH_SIGNALS.has(e.signal) ? e.signal : e.exitCode === 255 && stderr === '' ? 'a signal' : undefined;
  if (stoppedBy !== undefined) {
    return new SeedanceError('interrupted', `${name} was stopped by ${stoppedBy} before it finished, so this step was interrupted; that says nothing against the files.`, {
      hint: 'Run again to redo this step.',
      cause: error,
    });
  }
  const spawnCode = e.code ?? e.cause?.code;
  if (spawnCode === 'ENOENT' || spawnCode === 'EACCES') {
    return new SeedanceError('ffmpeg.missing', `${binary} cannot be run (${spawnCode === 'ENOENT' ? 'no such file' : 'not executable'}).`, {
      hint: 'Install ffmpeg, or set FFMPEG_PATH and FFPROBE_PATH to working binaries.',
      cause: error,
    });
  }
  const detail = stderr ? stderr.split('\n').slice(-4).join(' | ') : (e.shortMessage ?? String(error));
  return new SeedanceError('ffmpeg.failed', `${name} failed: ${detail}`, {
    hint: 'Check that the input files are valid media; if this ffmpeg lacks a feature, set FFMPEG_PATH to a recent ffmpeg.',
    cause: error,
  });
}

/** Reads `-progress` key=value lines (which may arrive split across chunks) and reports out_time. */
export function progressParser(onSeconds: (seconds: number) => void): (chunk: Uint8Array) => void {
  let pending = '';
  return (chunk) => {
    pending += Buffer.from(chunk).toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const m = /^out_time=(\d+):(\d+):(\d+(?:\.\d+)?)\s*$/.exec(line);
      if (m) onSeconds(Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]));
    }
  };
}
