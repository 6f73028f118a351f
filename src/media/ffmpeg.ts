// Running ffmpeg and ffprobe. This folder is the only importer of execa; every other module goes
// through runFfmpeg/runFfprobe with arguments built by pure functions.
import { basename } from 'node:path';
import { execa } from 'execa';
import { SeedanceError } from '../core/errors.js';
import { locateTools } from './locate.js';

export { locateTools, resetTools, bundledTools, type MediaTools, type ToolSource } from './locate.js';

export interface RunOptions {
  signal?: AbortSignal;
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
  const { onProgressSeconds: _ignored, ...rest } = options;
  return run(tools.ffprobe, ['-hide_banner', '-loglevel', 'error', ...args], rest);
}

async function run(binary: string, args: string[], options: RunOptions): Promise<Buffer> {
  const name = basename(binary);
  try {
    const subprocess = execa(binary, args, {
      encoding: 'buffer',
      stripFinalNewline: false,
      ...(options.signal ? { cancelSignal: options.signal } : {}),
      ...(options.input !== undefined ? { input: options.input } : { stdin: 'ignore' as const }),
    });
    const onProgress = options.onProgressSeconds;
    if (onProgress) subprocess.stdout?.on('data', progressParser(onProgress));
    const result = await subprocess;
    return Buffer.from(result.stdout);
  } catch (error) {
    throw toolError(name, binary, error, options.signal);
  }
}

function toolError(name: string, binary: string, error: unknown, signal: AbortSignal | undefined): SeedanceError {
  if (signal?.aborted) {
    return new SeedanceError('interrupted', `${name} was stopped because the work was interrupted.`, { hint: 'Run again to redo this step.', cause: error });
  }
  const e = error as { code?: string; cause?: { code?: string }; stderr?: Uint8Array; shortMessage?: string };
  const spawnCode = e.code ?? e.cause?.code;
  if (spawnCode === 'ENOENT' || spawnCode === 'EACCES') {
    return new SeedanceError('ffmpeg.missing', `${binary} cannot be run (${spawnCode === 'ENOENT' ? 'no such file' : 'not executable'}).`, {
      hint: 'Install ffmpeg, or set FFMPEG_PATH and FFPROBE_PATH to working binaries.',
      cause: error,
    });
  }
  const stderr = e.stderr ? Buffer.from(e.stderr).toString('utf8').trim() : '';
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
