// Finding ffmpeg (env, PATH, bundled), what each build can do, and how runs fail.
import { chmod, copyFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  bundledTools,
  locateTools,
  parseEncoders,
  parseFilters,
  parseVersion,
  probeCapabilities,
  progressParser,
  requireCapabilities,
  resetTools,
  runFfmpeg,
} from '../../src/media/index.js';
import { isSeedanceError } from '../../src/core/errors.js';
import { ensureExecutable } from '../../src/media/locate.js';
import { tempDir, useTools } from './fixtures.js';

const saved = { ffmpeg: process.env.FFMPEG_PATH, ffprobe: process.env.FFPROBE_PATH, path: process.env.PATH };

function restoreEnv(): void {
  for (const [key, value] of [['FFMPEG_PATH', saved.ffmpeg], ['FFPROBE_PATH', saved.ffprobe], ['PATH', saved.path]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetTools();
}

describe('locateTools', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ dir, cleanup } = await tempDir('locate')));
  afterAll(async () => cleanup());
  afterEach(restoreEnv);

  it('takes FFMPEG_PATH and FFPROBE_PATH first', async () => {
    process.env.FFMPEG_PATH = '/usr/bin/ffmpeg';
    process.env.FFPROBE_PATH = '/usr/bin/ffprobe';
    resetTools();
    expect(await locateTools()).toEqual({ ffmpeg: '/usr/bin/ffmpeg', ffprobe: '/usr/bin/ffprobe', source: 'env' });
  });

  it('honours FFMPEG_PATH alone and finds ffprobe on PATH', async () => {
    process.env.FFMPEG_PATH = '/usr/bin/ffmpeg';
    delete process.env.FFPROBE_PATH;
    resetTools();
    expect(await locateTools()).toEqual({ ffmpeg: '/usr/bin/ffmpeg', ffprobe: 'ffprobe', source: 'env', ffprobeSource: 'path' });
  });

  it('refuses an FFMPEG_PATH that cannot run, naming it', async () => {
    process.env.FFMPEG_PATH = join(dir, 'nope');
    resetTools();
    const error = await locateTools().catch((e: unknown) => e);
    expect(isSeedanceError(error, 'ffmpeg.missing')).toBe(true);
    expect((error as Error).message).toContain(`FFMPEG_PATH is set to ${join(dir, 'nope')}, which cannot be run: no such file`);
  });

  it('uses PATH next, then the bundled binaries', async () => {
    delete process.env.FFMPEG_PATH;
    delete process.env.FFPROBE_PATH;
    resetTools();
    expect(await locateTools()).toEqual({ ffmpeg: 'ffmpeg', ffprobe: 'ffprobe', source: 'path' });
    process.env.PATH = join(dir, 'empty-bin');
    resetTools();
    const tools = await locateTools();
    expect(tools.source).toBe('bundled');
    expect(tools.ffmpeg).toContain('@ffmpeg-installer');
  });

  it('makes a bundled binary installed without its execute bit (npm --ignore-scripts) runnable', async () => {
    const bundled = await bundledTools();
    expect(bundled).toBeDefined();
    // A copy at 0644, as a skipped postinstall leaves the package's binary.
    const binary = join(dir, 'ffprobe');
    await copyFile(bundled!.ffprobe, binary);
    await chmod(binary, 0o644);
    expect(await ensureExecutable(binary)).toBe(binary);
    expect((await stat(binary)).mode & 0o111).not.toBe(0);
    process.env.FFMPEG_PATH = bundled!.ffmpeg;
    process.env.FFPROBE_PATH = binary;
    resetTools();
    expect((await locateTools()).ffprobe).toBe(binary);
  });

  it('says that an FFPROBE_PATH binary is not executable', async () => {
    const binary = join(dir, 'not-executable');
    await writeFile(binary, '#!/bin/sh\n');
    await chmod(binary, 0o644);
    process.env.FFMPEG_PATH = '/usr/bin/ffmpeg';
    process.env.FFPROBE_PATH = binary;
    resetTools();
    await expect(locateTools()).rejects.toThrow(/FFPROBE_PATH .* cannot be run: permission denied/);
  });
});

describe.each(['system', 'bundled'] as const)('capabilities of the %s ffmpeg', (toolSet) => {
  let restore: () => void;
  beforeAll(async () => {
    restore = await useTools(toolSet);
  });
  afterAll(() => restore());

  it('knows the version, filters and encoders', async () => {
    const caps = await probeCapabilities();
    expect(caps.version).toMatch(toolSet === 'system' ? /^\d+\.\d+/ : /^N-\d+/);
    expect(caps.filters.has('xfade')).toBe(toolSet === 'system');
    for (const filter of ['acrossfade', 'overlay', 'fade', 'tpad', 'amix', 'anullsrc', 'concat']) expect(caps.filters.has(filter)).toBe(true);
    expect(caps.encoders.has('libx264')).toBe(true);
    expect(caps.encoders.has('aac')).toBe(true);
    expect(await probeCapabilities()).toBe(caps);
  });

  it('reports a failed run with ffmpeg\'s own words, and an aborted one as interrupted', async () => {
    const error = await runFfmpeg(['-i', '/nonexistent/in.mp4', '-f', 'null', '-']).catch((e: unknown) => e);
    expect(isSeedanceError(error, 'ffmpeg.failed')).toBe(true);
    expect((error as Error).message).toMatch(/No such file or directory/);
    const controller = new AbortController();
    const run = runFfmpeg(['-re', '-f', 'lavfi', '-i', 'testsrc2=d=30', '-f', 'null', '-'], { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    expect(isSeedanceError(await run.catch((e: unknown) => e), 'interrupted')).toBe(true);
  });

  it('reports progress in seconds of output', async () => {
    const seen: number[] = [];
    await runFfmpeg(['-f', 'lavfi', '-i', 'testsrc2=s=160x120:d=2', '-f', 'null', '-'], { onProgressSeconds: (s) => seen.push(s) });
    expect(seen.at(-1)).toBeCloseTo(2, 1);
  });
});

describe('capability parsing', () => {
  it('reads -version, -filters and -encoders output', () => {
    expect(parseVersion('ffmpeg version 5.1.9-0+deb12u1 Copyright (c) 2000-2026')).toBe('5.1.9-0+deb12u1');
    const filters = parseFilters(' ... acrossfade        AA->A      Cross fade two input audio streams.\n T.C xfade             VV->V      Cross fade one video with another.\n ... anullsrc          |->A       Null audio source.\n');
    expect([...filters]).toEqual(['acrossfade', 'xfade', 'anullsrc']);
    const encoders = parseEncoders(' V..... = Video\n ------\n V....D libx264              libx264 H.264\n A..... aac                  AAC\n');
    expect([...encoders]).toEqual(['libx264', 'aac']);
  });

  it('names every missing filter and encoder, and the fix', () => {
    const caps = { version: 'N-1', filters: new Set(['fade']), encoders: new Set<string>() };
    const error = (() => {
      try {
        requireCapabilities(caps, { filters: ['fade', 'xfade'], encoders: ['libx264'] }, 'crossfades');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(isSeedanceError(error, 'ffmpeg.unsupported')).toBe(true);
    expect((error as Error).message).toBe('The ffmpeg found (version N-1) lacks filter xfade, encoder libx264, needed for crossfades.');
    expect((error as { hint: string }).hint).toMatch(/FFMPEG_PATH/);
  });

  it('parses progress lines split across chunks', () => {
    const seen: number[] = [];
    const feed = progressParser((s) => seen.push(s));
    feed(Buffer.from('frame=10\nout_time=00:00:0'));
    feed(Buffer.from('1.500000\nout_time=00:01:02.25\nprogress=end\n'));
    expect(seen).toEqual([1.5, 62.25]);
  });
});
