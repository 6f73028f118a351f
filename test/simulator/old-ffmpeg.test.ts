// The renderer also works with the old static ffmpeg bundled by @ffmpeg-installer (2018: no
// xfade, no gradients), which users without a system ffmpeg get.
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { locateTools, resetTools } from '../../src/media/ffmpeg.js';
import type { Simulator } from '../../src/simulator/index.js';
import { removeDir } from '../temp.js';
import { create, dataUri, download, pngOf, probe, psnr, rgbFrame, suiteTempDir, tempDir, testSimulator, waitDone } from './helpers.js';

const require = createRequire(import.meta.url);
let sim: Simulator;
let cacheRoot: string;
let saved: [string | undefined, string | undefined];

beforeAll(async () => {
  saved = [process.env.FFMPEG_PATH, process.env.FFPROBE_PATH];
  process.env.FFMPEG_PATH = (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;
  process.env.FFPROBE_PATH = (require('@ffprobe-installer/ffprobe') as { path: string }).path;
  resetTools();
  cacheRoot = await suiteTempDir();
  sim = await testSimulator({ cacheDir: join(cacheRoot, 'cache') });
});
afterAll(async () => {
  await sim.close();
  await removeDir(cacheRoot);
  [process.env.FFMPEG_PATH, process.env.FFPROBE_PATH] = saved;
  if (saved[0] === undefined) delete process.env.FFMPEG_PATH;
  if (saved[1] === undefined) delete process.env.FFPROBE_PATH;
  resetTools();
});

it('renders text, a first frame and audio with the bundled 2018 ffmpeg', async () => {
  expect((await locateTools()).ffmpeg).toContain('@ffmpeg-installer');
  const first = await pngOf(864, 496, 'orange');
  const task = await waitDone(sim, await create(sim, {
    model: 'doubao-seedance-2-0-260128',
    content: [{ type: 'text', text: 'old ffmpeg' }, { type: 'image_url', image_url: { url: dataUri(first) }, role: 'first_frame' }],
    resolution: '480p',
    duration: 4,
    generate_audio: true,
    watermark: true,
    return_last_frame: true,
  }));
  expect(task.status, JSON.stringify(task.error)).toBe('succeeded');
  const dir = await tempDir();
  const file = await download(task.content.video_url, dir, 'old.mp4');
  expect(await probe(file)).toMatchObject({ width: 864, height: 496, fps: '24/1', pixFmt: 'yuv420p', frames: 96, audio: { codec: 'aac', channels: 2 } });
  const firstPath = join(dir, 'first.png');
  await writeFile(firstPath, first);
  expect(psnr(await rgbFrame(file, 0, [864, 496]), await rgbFrame(firstPath, 0, [864, 496]))).toBeGreaterThan(35);
  expect((await fetch(task.content.last_frame_url)).status).toBe(200);
});
