// Finding and running ffmpeg and ffprobe. This folder is the only importer of execa.
import { createRequire } from 'node:module';
import { execa } from 'execa';
import { SeedanceError } from '../errors.js';

export interface MediaTools {
  ffmpeg: string;
  ffprobe: string;
  /** Where they were found: env (FFMPEG_PATH/FFPROBE_PATH), path, or bundled (npm package). */
  source: 'env' | 'path' | 'bundled';
}

const require = createRequire(import.meta.url);
let cached: Promise<MediaTools> | undefined;

/** FFMPEG_PATH/FFPROBE_PATH, then PATH, then the binaries shipped in @ffmpeg-installer packages. */
export function locateTools(): Promise<MediaTools> {
  cached ??= findTools();
  return cached;
}

/** Forget the located tools (tests switch between the system and the bundled ffmpeg). */
export function resetTools(): void {
  cached = undefined;
}

async function findTools(): Promise<MediaTools> {
  const envFfmpeg = process.env.FFMPEG_PATH;
  const envFfprobe = process.env.FFPROBE_PATH;
  if (envFfmpeg && envFfprobe) return { ffmpeg: envFfmpeg, ffprobe: envFfprobe, source: 'env' };
  if ((await works('ffmpeg')) && (await works('ffprobe'))) return { ffmpeg: 'ffmpeg', ffprobe: 'ffprobe', source: 'path' };
  const bundled = bundledPaths();
  if (bundled) return { ...bundled, source: 'bundled' };
  throw new SeedanceError('ffmpeg.missing', 'ffmpeg and ffprobe were not found.', {
    hint: 'Install ffmpeg (e.g. `apt-get install ffmpeg` or `brew install ffmpeg`), or set FFMPEG_PATH and FFPROBE_PATH to the binaries.',
  });
}

function bundledPaths(): { ffmpeg: string; ffprobe: string } | undefined {
  try {
    const ffmpeg = (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;
    const ffprobe = (require('@ffprobe-installer/ffprobe') as { path: string }).path;
    return { ffmpeg, ffprobe };
  } catch {
    return undefined;
  }
}

async function works(binary: string): Promise<boolean> {
  try {
    await execa(binary, ['-version'], { timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

export interface RunOptions {
  signal?: AbortSignal;
  /** Bytes written to the tool's stdin. */
  input?: Buffer | string;
}

/** Run ffmpeg with the given arguments; resolves with stdout as a Buffer. */
export async function runFfmpeg(args: readonly string[], options: RunOptions = {}): Promise<Buffer> {
  const tools = await locateTools();
  return run(tools.ffmpeg, ['-hide_banner', '-nostdin', '-loglevel', 'error', ...args], options);
}

/** Run ffprobe with the given arguments; resolves with stdout as a Buffer. */
export async function runFfprobe(args: readonly string[], options: RunOptions = {}): Promise<Buffer> {
  const tools = await locateTools();
  return run(tools.ffprobe, ['-hide_banner', '-loglevel', 'error', ...args], options);
}

async function run(binary: string, args: string[], options: RunOptions): Promise<Buffer> {
  try {
    const result = await execa(binary, args, {
      encoding: 'buffer',
      stripFinalNewline: false,
      ...(options.signal ? { cancelSignal: options.signal } : {}),
      ...(options.input !== undefined ? { input: options.input } : { stdin: 'ignore' as const }),
    });
    return Buffer.from(result.stdout);
  } catch (error) {
    const stderr = (error as { stderr?: Uint8Array }).stderr;
    const detail = stderr ? Buffer.from(stderr).toString('utf8').trim().split('\n').slice(-3).join(' | ') : String(error);
    throw new SeedanceError('ffmpeg.failed', `${binary.split('/').pop()} failed: ${detail}`, {
      hint: 'Check that the input files are valid media; run with FFMPEG_PATH set to a recent ffmpeg if this one lacks a feature.',
      cause: error,
    });
  }
}
