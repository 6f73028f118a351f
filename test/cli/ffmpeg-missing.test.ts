// Issue 16: a missing or broken ffmpeg is found before anything is sent, exits 2, and says how to
// install one. The bundled @ffmpeg-installer binaries would stand in for a PATH without ffmpeg,
// so this file makes them look uninstalled (as after `npm install --omit=optional`).
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import type * as NodeModule from 'node:module';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { resetTools } from '../../src/media/index.js';
import type { Simulator } from '../../src/simulator/index.js';
import { removeDir, startSim, suiteTempDir, writeStoryboard } from '../run/harness.js';
import { runCli } from './capture.js';

vi.mock('node:module', async (importOriginal) => {
  const real = await importOriginal<typeof NodeModule>();
  const createRequire = (url: string | URL): NodeJS.Require => {
    const inner = real.createRequire(url);
    const fake = ((id: string) => {
      if (id.startsWith('@ffmpeg-installer/') || id.startsWith('@ffprobe-installer/')) throw Object.assign(new Error(`Cannot find module '${id}'`), { code: 'MODULE_NOT_FOUND' });
      return inner(id) as unknown;
    }) as NodeJS.Require;
    return Object.assign(fake, { resolve: inner.resolve, cache: inner.cache, main: inner.main, extensions: inner.extensions });
  };
  return { ...real, createRequire, default: { ...real, createRequire } };
});

const STORY = `version: 1
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: boat, prompt: A paper boat on a pond }
concat: {}
`;

const saved = { PATH: process.env.PATH, FFMPEG_PATH: process.env.FFMPEG_PATH, FFPROBE_PATH: process.env.FFPROBE_PATH };
let sim: Simulator;
let dir: string;
let empty: string;
let broken: string;
beforeAll(async () => {
  sim = await startSim();
  dir = await suiteTempDir('seedance-noffmpeg-');
  await writeStoryboard(dir, STORY);
  empty = join(dir, 'empty-bin');
  broken = join(dir, 'broken-bin');
  await mkdir(empty);
  await mkdir(broken);
  for (const tool of ['ffmpeg', 'ffprobe']) {
    await writeFile(join(broken, tool), '#!/bin/sh\necho "error while loading shared libraries: libavdevice.so.60" >&2\nexit 1\n');
    await chmod(join(broken, tool), 0o755);
  }
});
afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetTools();
});
afterAll(async () => {
  await sim.close();
  await removeDir(dir);
});

function withTools(env: { PATH: string; FFMPEG_PATH?: string }): void {
  delete process.env.FFMPEG_PATH;
  delete process.env.FFPROBE_PATH;
  Object.assign(process.env, env);
  resetTools();
}

const INSTALL = /sudo apt-get install ffmpeg.*brew install ffmpeg.*winget install Gyan\.FFmpeg/;

describe('no ffmpeg that runs', () => {
  it('none on PATH and none bundled: run exits 2 before sending anything, and says how to install one', async () => {
    withTools({ PATH: empty });
    const before = sim.stats().createRequests;
    const result = await runCli(['run', 'story.yaml', '--reporter', 'plain'], dir, { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error[ffmpeg.missing]: ffmpeg was not found: FFMPEG_PATH is not set, there is none on PATH, and the optional package @ffmpeg-installer/ffmpeg is not installed. Nothing was sent');
    expect(result.stderr).toMatch(INSTALL);
    expect(result.stderr).toContain('or set FFMPEG_PATH to a working binary');
    expect(sim.stats().createRequests).toBe(before);
  });

  it('a broken ffmpeg on PATH (it exits 1): says that one cannot be run, exit 2', async () => {
    withTools({ PATH: broken });
    const before = sim.stats().createRequests;
    const result = await runCli(['run', 'story.yaml', '--reporter', 'plain'], dir, { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/error\[ffmpeg\.missing\]: ffmpeg was not found: FFMPEG_PATH is not set, the ffmpeg on PATH cannot be run \(Command failed with exit code 1/);
    expect(result.stderr).toMatch(INSTALL);
    expect(sim.stats().createRequests).toBe(before);
  });

  it('FFMPEG_PATH naming a broken ffmpeg: exit 2, naming it, with how to install one', async () => {
    withTools({ PATH: saved.PATH ?? '', FFMPEG_PATH: join(broken, 'ffmpeg') });
    const result = await runCli(['run', 'story.yaml', '--simulate', '--reporter', 'plain'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`error[ffmpeg.missing]: FFMPEG_PATH is set to ${join(broken, 'ffmpeg')}, which cannot be run: Command failed with exit code 1`);
    expect(result.stderr).toContain('next: Point FFMPEG_PATH at a working ffmpeg binary, or unset it to use the one on PATH.');
    expect(result.stderr).toMatch(INSTALL);
  });

  it('concat: exit 2 before joining anything', async () => {
    withTools({ PATH: empty });
    const result = await runCli(['concat', 'story.yaml'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error[ffmpeg.missing]: ffmpeg was not found');
  });
});
