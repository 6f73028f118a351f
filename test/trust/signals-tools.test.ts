// ffprobe and ffmpeg stopped from outside (a signal, whoever sent it) have not found anything wrong
// with a file or with the ffmpeg build: the step was interrupted, and is reported so. And every
// tool runs in a process group of its own, which a terminal's Ctrl-C does not reach.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SeedanceError } from '../../src/core/errors.js';
import { resetTools, runFfmpeg, verifyVideo } from '../../src/media/index.js';
import { tempDir } from '../temp.js';
import { slowTools, toolsIn, until } from './signals-helpers.js';

const saved = { FFMPEG_PATH: process.env.FFMPEG_PATH, FFPROBE_PATH: process.env.FFPROBE_PATH };
afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetTools();
});

async function useTools(dir: string, options: Parameters<typeof slowTools>[1]): Promise<void> {
  Object.assign(process.env, await slowTools(dir, options));
  resetTools();
}

describe('a tool stopped by a signal', () => {
  it('a clip check whose ffprobe is killed (SIGINT) is interrupted, not "not a readable video"', async () => {
    const dir = await tempDir('seedance-sig-probe-');
    // Long enough that a loaded machine finds and kills both probes before either reads the file.
    await useTools(dir, { probeDelay: 15 });
    const part = join(dir, '.clip.mp4.part');
    await writeFile(part, 'the bytes do not matter: the check never gets to them');
    const check = verifyVideo(part).then(
      () => undefined,
      (error: unknown) => error,
    );
    // Killed once, the check runs again (the signal was not the run's); killed again, it is interrupted.
    const first = await until('the check', async () => (await toolsIn(dir)).find((p) => p.cmdline.includes('.clip.mp4.part')));
    process.kill(first.pid, 'SIGINT');
    const second = await until('the check again', async () => (await toolsIn(dir)).find((p) => p.cmdline.includes('.clip.mp4.part') && p.pid !== first.pid));
    process.kill(second.pid, 'SIGINT');
    const error = await check;
    expect(error).toBeInstanceOf(SeedanceError);
    expect(error).toMatchObject({ code: 'interrupted', message: expect.stringMatching(/stopped by SIGINT/) });
  });

  it('a clip check whose ffprobe is killed once from outside (the run goes on) is run again and passes', async () => {
    const dir = await tempDir('seedance-sig-probe-');
    const part = join(dir, '.clip.mp4.part');
    // Fragmented: the in-process MP4 reader leaves such a file to ffprobe.
    await runFfmpeg(['-y', '-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=24', '-t', '1', '-movflags', 'frag_keyframe+empty_moov', '-f', 'mp4', part]);
    await useTools(dir, { probeDelay: 1 });
    const check = verifyVideo(part);
    const probe = await until('the check', async () => (await toolsIn(dir)).find((p) => p.cmdline.includes('.clip.mp4.part')));
    process.kill(probe.pid, 'SIGINT');
    await expect(check).resolves.toMatchObject({ video: expect.objectContaining({ width: expect.any(Number) }) });
  });

  it('ffmpeg that leaves on SIGTERM (its status 255, nothing said) is interrupted, not "set FFMPEG_PATH to a recent ffmpeg"', async () => {
    const dir = await tempDir('seedance-sig-ffmpeg-');
    await useTools(dir, {});
    const out = join(dir, 'long.mp4');
    const work = runFfmpeg(['-y', '-re', '-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=24', '-t', '60', '-f', 'mp4', out]).then(
      () => undefined,
      (error: unknown) => error,
    );
    // Once it writes its output it has its signal handlers: SIGTERM makes it finish early, not die.
    // Stopped once from outside it is run again (the work goes on); stopped again, it is interrupted.
    let previous = -1;
    for (const time of ['first', 'second']) {
      const ffmpeg = await until(`ffmpeg at work, the ${time} time`, async () => (await toolsIn(dir)).find((p) => p.cmdline.includes('long.mp4') && !p.cmdline.includes('slow-ffmpeg') && p.pid !== previous));
      await until('output', () => stat(out).then(() => true, () => undefined));
      await new Promise((r) => setTimeout(r, 300));
      process.kill(ffmpeg.pid, 'SIGTERM');
      previous = ffmpeg.pid;
    }
    const error = await work;
    expect(error).toMatchObject({ code: 'interrupted' });
    expect((error as SeedanceError).hint).not.toMatch(/FFMPEG_PATH/);
  });
});

describe('a tool run', () => {
  it('runs in a process group (and session) of its own', async () => {
    const dir = await tempDir('seedance-sig-group-');
    await useTools(dir, { probeDelay: 2 });
    const part = join(dir, '.group.mp4.part');
    await writeFile(part, 'x');
    const check = verifyVideo(part).catch(() => undefined);
    const probe = await until('the check', async () => (await toolsIn(dir)).find((p) => p.cmdline.includes('.group.mp4.part')));
    // /proc/<pid>/stat: pid (comm) state ppid pgrp session ...
    const fields = (await readFile(`/proc/${probe.pid}/stat`, 'utf8')).replace(/^.*\) /, '').split(' ');
    const ours = (await readFile('/proc/self/stat', 'utf8')).replace(/^.*\) /, '').split(' ');
    expect(Number(fields[2])).toBe(probe.pid);
    expect(fields[3]).not.toBe(ours[3]);
    await check;
  });
});
