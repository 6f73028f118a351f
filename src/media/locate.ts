// Finding ffmpeg and ffprobe: FFMPEG_PATH/FFPROBE_PATH, then PATH, then the binaries that ship in
// the optional @ffmpeg-installer/@ffprobe-installer packages. Each tool is found on its own, so
// FFMPEG_PATH alone is honoured and a PATH without ffprobe still works.
import { access, chmod, copyFile, mkdir, rename, stat } from 'node:fs/promises';
import { constants } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { execa } from 'execa';
import { SeedanceError } from '../core/errors.js';
import { OWN_GROUP, trackTool } from './children.js';

export type ToolSource = 'env' | 'path' | 'bundled';

export interface MediaTools {
  ffmpeg: string;
  ffprobe: string;
  /** Where ffmpeg was found: env (FFMPEG_PATH), path, or bundled (npm package). */
  source: ToolSource;
  /** Where ffprobe was found, when that differs from ffmpeg's source. */
  ffprobeSource?: ToolSource;
}

type ToolName = 'ffmpeg' | 'ffprobe';
const ENV: Record<ToolName, string> = { ffmpeg: 'FFMPEG_PATH', ffprobe: 'FFPROBE_PATH' };
const PACKAGE: Record<ToolName, string> = { ffmpeg: '@ffmpeg-installer/ffmpeg', ffprobe: '@ffprobe-installer/ffprobe' };

const require = createRequire(import.meta.url);

/** How to get one, on each system: the hint of every "ffmpeg missing" error. */
export const INSTALL_FFMPEG = 'Install ffmpeg (it brings ffprobe): `sudo apt-get install ffmpeg` (Debian, Ubuntu), `brew install ffmpeg` (macOS), `winget install Gyan.FFmpeg` (Windows)';

let cached: Promise<MediaTools> | undefined;

/** FFMPEG_PATH/FFPROBE_PATH, then PATH, then the binaries shipped in @ffmpeg-installer packages. Cached. */
export function locateTools(): Promise<MediaTools> {
  if (!cached) {
    const search = findTools();
    cached = search;
    // A failed search is not kept: the user may install ffmpeg and try again in the same process.
    search.catch(() => {
      if (cached === search) cached = undefined;
    });
  }
  return cached;
}

/** Forget the located tools (tests switch between the system and the bundled ffmpeg). */
export function resetTools(): void {
  cached = undefined;
}

async function findTools(): Promise<MediaTools> {
  const [ffmpeg, ffprobe] = await Promise.all([findTool('ffmpeg'), findTool('ffprobe')]);
  return { ffmpeg: ffmpeg.path, ffprobe: ffprobe.path, source: ffmpeg.source, ...(ffprobe.source !== ffmpeg.source ? { ffprobeSource: ffprobe.source } : {}) };
}

async function findTool(name: ToolName): Promise<{ path: string; source: ToolSource }> {
  const fromEnv = process.env[ENV[name]];
  if (fromEnv) {
    const problem = await whyNotRunnable(fromEnv);
    if (problem) {
      throw new SeedanceError('ffmpeg.missing', `${ENV[name]} is set to ${fromEnv}, which cannot be run: ${problem}.`, {
        hint: `Point ${ENV[name]} at a working ${name} binary, or unset it to use the one on PATH. ${INSTALL_FFMPEG}.`,
      });
    }
    return { path: fromEnv, source: 'env' };
  }
  const onPath = await whyNotRunnable(name);
  if (!onPath) return { path: name, source: 'path' };
  const bundled = await bundledTool(name);
  if (bundled) return { path: bundled, source: 'bundled' };
  // 'no such file': none on PATH; anything else: one is there but does not run (broken, wrong architecture).
  const pathPart = onPath === 'no such file' ? 'there is none on PATH' : `the ${name} on PATH cannot be run (${onPath})`;
  throw new SeedanceError('ffmpeg.missing', `${name} was not found: ${ENV[name]} is not set, ${pathPart}, and the optional package ${PACKAGE[name]} is not installed.`, {
    hint: `${INSTALL_FFMPEG}; or set ${ENV[name]} to a working binary; or run \`npm install\` with optional dependencies (${PACKAGE[name]} bundles one).`,
  });
}

/** The binaries of the optional npm packages, made runnable; undefined when a package is missing. */
export async function bundledTools(): Promise<{ ffmpeg: string; ffprobe: string } | undefined> {
  const [ffmpeg, ffprobe] = await Promise.all([bundledTool('ffmpeg'), bundledTool('ffprobe')]);
  return ffmpeg && ffprobe ? { ffmpeg, ffprobe } : undefined;
}

async function bundledTool(name: ToolName): Promise<string | undefined> {
  let path: string;
  try {
    path = (require(PACKAGE[name]) as { path: string }).path;
  } catch {
    return undefined;
  }
  const runnable = await ensureExecutable(path);
  return runnable && !(await whyNotRunnable(runnable)) ? runnable : undefined;
}

/**
 * The packages set the execute bit in a postinstall script, which `npm ci --ignore-scripts` (and some
 * package managers) skip, leaving a 0644 binary. Do what the script would have done; where the
 * package folder is read-only, run a copy kept in the temp folder instead.
 */
export async function ensureExecutable(path: string): Promise<string | undefined> {
  if (await isExecutable(path)) return path;
  try {
    const mode = (await stat(path)).mode;
    await chmod(path, mode | 0o111);
    if (await isExecutable(path)) return path;
  } catch {
    // Read-only install: fall through to the copy.
  }
  try {
    const size = (await stat(path)).size;
    const dir = join(tmpdir(), `seedance-pipeline-${process.getuid?.() ?? 'user'}`);
    const copy = join(dir, `${basename(path)}-${size}`);
    if ((await isExecutable(copy)) && (await stat(copy)).size === size) return copy;
    await mkdir(dir, { recursive: true });
    const part = `${copy}.${process.pid}.part`;
    await copyFile(path, part);
    await chmod(part, 0o755);
    await rename(part, copy);
    return copy;
  } catch {
    return undefined;
  }
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** undefined when `binary -version` runs; otherwise a short reason. */
async function whyNotRunnable(binary: string): Promise<string | undefined> {
  try {
    // In a process group of its own, like every tool run (children.ts): a Ctrl-C at start-up must not make ffmpeg look missing.
    const subprocess = execa(binary, ['-version'], { timeout: 15_000, stdin: 'ignore', ...OWN_GROUP });
    const untrack = trackTool(subprocess.pid);
    await subprocess.finally(untrack);
    return undefined;
  } catch (error) {
    const e = error as { code?: string; cause?: { code?: string }; shortMessage?: string };
    const code = e.code ?? e.cause?.code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EACCES') return 'permission denied (not executable)';
    return e.shortMessage ?? String(error);
  }
}
