// The videos are real and honest: deterministic per seed, different across seeds, begin and end
// on the given pictures, chain by last frame, and have the exact size of the table.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFfmpeg } from '../../src/media/ffmpeg.js';
import type { Simulator } from '../../src/simulator/index.js';
import { removeDir } from '../temp.js';
import { create, dataUri, download, meanDifference, pngOf, probe, psnr, rgbFrame, suiteTempDir, tempDir, testSimulator, waitDone } from './helpers.js';

const MODEL = 'doubao-seedance-2-0-260128'; // official 2.0: 4..15 s, every ratio
const text = (t: string) => ({ type: 'text', text: t });
const image = (url: string, role: string) => ({ type: 'image_url', image_url: { url }, role });

let sim: Simulator;
let dir: string;
let pictures: Server;
let picturesUrl: string;

beforeAll(async () => {
  sim = await testSimulator();
  dir = await suiteTempDir();
  // A loopback image host, as a user's local file server would be.
  const red = await pngOf(864, 496, 'red');
  pictures = createServer((_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(red));
  await new Promise<void>((resolve) => pictures.listen(0, '127.0.0.1', resolve));
  picturesUrl = `http://127.0.0.1:${(pictures.address() as AddressInfo).port}/red.png`;
});
afterAll(async () => {
  await sim.close();
  await new Promise((resolve) => pictures.close(resolve));
  await removeDir(dir);
});

async function make(body: Record<string, unknown>, on: Simulator = sim): Promise<{ task: any; file: string }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const task = await waitDone(on, await create(on, body));
  expect(task.status, JSON.stringify(task.error)).toBe('succeeded');
  return { task, file: await download(task.content.video_url, dir, `${task.id}.mp4`) };
}

const sha = async (path: string): Promise<string> => createHash('sha256').update(await readFile(path)).digest('hex');

describe('determinism', () => {
  it('renders the same request and seed byte-identically, even with an empty cache', async () => {
    const body = { model: MODEL, content: [text('determinism check')], resolution: '480p', duration: 4, seed: 42, generate_audio: true };
    const fresh = await testSimulator({ cacheDir: join(await tempDir(), 'cache') });
    try {
      const [a, b] = await Promise.all([make(body), make(body, fresh)]);
      expect(await sha(a.file)).toBe(await sha(b.file));
      expect(a.task.seed).toBe(42);
    } finally {
      await fresh.close();
    }
  });

  it('gives visibly different pictures for different seeds', async () => {
    const body = (seed: number) => ({ model: MODEL, content: [text('seed check')], resolution: '480p', duration: 4, seed });
    const [a, b] = await Promise.all([make(body(1)), make(body(2))]);
    const [fa, fb] = await Promise.all([rgbFrame(a.file, 48, [864, 496]), rgbFrame(b.file, 48, [864, 496])]);
    expect(meanDifference(fa, fb)).toBeGreaterThan(20);
  });

  it('reports a random seed for -1 and settles duration -1 from it', async () => {
    const { task } = await make({ model: MODEL, content: [text('model chooses')], resolution: '480p', duration: -1, seed: 12 });
    expect(task.duration).toBe(4); // 4 + 12 % 12
    const random = await waitDone(sim, await create(sim, { model: MODEL, content: [text('random seed')], resolution: '480p', duration: 4, seed: -1 }));
    expect(random.seed).toBeGreaterThanOrEqual(0);
  });
});

describe('pictures given as inputs', () => {
  it('chains: the first frame of B is the last frame PNG of A (PSNR > 35 dB)', async () => {
    const a = await make({ model: MODEL, content: [text('shot A')], resolution: '480p', duration: 4, seed: 5, return_last_frame: true });
    const pngPath = await download(a.task.content.last_frame_url, dir, 'a-last.png');
    const b = await make({ model: MODEL, content: [text('shot B'), image(a.task.content.last_frame_url, 'first_frame')], resolution: '480p', ratio: '16:9', duration: 4, seed: 6 });
    const [lastPng, clientLast, firstOfB] = await Promise.all([
      rgbFrame(pngPath, 0, [864, 496]),
      rgbFrame(a.file, 'last', [864, 496]),
      rgbFrame(b.file, 0, [864, 496]),
    ]);
    // The PNG is the video's real final frame: a client extracting it itself gets the same picture.
    expect(psnr(lastPng, clientLast)).toBeGreaterThan(50);
    expect(psnr(firstOfB, lastPng)).toBeGreaterThan(35);
    // ...and B then moves away from it.
    expect(psnr(await rgbFrame(b.file, 60, [864, 496]), lastPng)).toBeLessThan(20);
  });

  it('begins on a data-URI first frame and ends on a loopback last frame', async () => {
    const first = await pngOf(1000, 600);
    const { file } = await make({ model: MODEL, content: [text('from pattern to red'), image(dataUri(first), 'first_frame'), image(picturesUrl, 'last_frame')], resolution: '480p', ratio: '16:9', duration: 4, seed: 9 });
    const firstPath = join(dir, 'first.png');
    const redPath = join(dir, 'red.png');
    await writeFile(firstPath, first);
    await writeFile(redPath, await pngOf(864, 496, 'red'));
    // The first picture scaled and cropped to cover 864x496, in the video's 4:2:0 colour: what
    // the first frame must show before the encoder's own loss.
    const covered = await runFfmpeg(['-i', firstPath, '-vf', 'scale=864:496:force_original_aspect_ratio=increase,crop=864:496,format=yuv420p', '-pix_fmt', 'rgb24', '-f', 'rawvideo', 'pipe:1']);
    expect(psnr(await rgbFrame(file, 0, [864, 496]), covered)).toBeGreaterThan(35);
    expect(psnr(await rgbFrame(file, 'last', [864, 496]), await rgbFrame(redPath, 0, [864, 496]))).toBeGreaterThan(35);
  });

  it('settles ratio adaptive from the first frame', async () => {
    const portrait = dataUri(await pngOf(600, 800));
    const { task, file } = await make({ model: MODEL, content: [text('portrait'), image(portrait, 'first_frame')], resolution: '480p', ratio: 'adaptive', duration: 4 });
    expect(task.ratio).toBe('3:4');
    expect(await probe(file)).toMatchObject({ width: 560, height: 752 });
  });
});

describe('sizes and drafts', () => {
  it.each([
    [MODEL, '480p', '21:9', 992, 432],
    [MODEL, '480p', '9:16', 496, 864],
    [MODEL, '480p', '1:1', 640, 640],
    ['doubao-seedance-2-fast', '480p', '16:9', 864, 496],
  ])('%s %s %s is %ix%i', async (model, resolution, ratio, width, height) => {
    const { file } = await make({ model, content: [text(`size ${ratio}`)], resolution, ratio, duration: 5 });
    expect(await probe(file)).toMatchObject({ width, height, fps: '24/1', frames: 120 });
  });

  it('renders an exact frame count for the 1.0 series', async () => {
    const { task, file } = await make({ model: 'doubao-seedance-1-0-pro-250528', content: [text('frames')], resolution: '480p', ratio: '16:9', frames: 57 });
    expect(task.frames).toBe(57);
    expect(await probe(file)).toMatchObject({ width: 864, height: 480, frames: 57 });
  });

  it('makes a cheap 480p draft, and a final that reuses its prompt, seed, ratio, duration and audio', async () => {
    const draft = await make({ model: 'doubao-seedance-2.0', content: [text('a draft of a lighthouse')], ratio: '9:16', duration: 5, seed: 77, generate_audio: true, draft: true });
    expect(draft.task).toMatchObject({ draft: true, resolution: '480p', seed: 77 });
    expect(draft.task.usage.total_tokens).toBe(Math.floor(Math.floor((496 * 864 * 121) / 1024) * 0.6));
    const final = await make({ model: 'doubao-seedance-2.0', content: [{ type: 'draft_task', draft_task: { id: draft.task.id } }], resolution: '720p' });
    expect(final.task).toMatchObject({ draft_task_id: draft.task.id, seed: 77, ratio: '9:16', duration: 5, generate_audio: true, resolution: '720p' });
    expect(final.task.draft).toBeUndefined();
    expect(await probe(final.file)).toMatchObject({ width: 720, height: 1280, audio: { codec: 'aac', channels: 2 } });
  });
});
