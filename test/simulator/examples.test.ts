// Every request body of API.md and of the product brief (shared/brief), both wire formats,
// literally: accepted, run to success, and a video whose size, rate, length and audio match.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { removeDir } from '../temp.js';
import { call, create, download, NATIVE, probe, suiteTempDir, testSimulator, waitDone } from './helpers.js';

interface Example {
  name: string;
  format: 'native' | 'openai';
  body: Record<string, unknown>;
  expect: { width: number; height: number; seconds: number; audio: boolean; lastFrame?: boolean; tokens?: number };
}

// The brief's native page (001_...): text-to-video, reference-to-video, first/last frame, workflow.
const native: Example[] = [
  {
    name: 'brief native text-to-video',
    format: 'native',
    body: {
      model: 'doubao-seedance-2.0',
      content: [{ type: 'text', text: '一只小猫在清晨阳光里伸懒腰,镜头缓慢推进,画面温暖自然。' }],
      resolution: '720p',
      ratio: '16:9',
      duration: 5,
      seed: -1,
      generate_audio: true,
      watermark: false,
    },
    expect: { width: 1280, height: 720, seconds: 5, audio: true, tokens: 108_900 },
  },
  {
    name: 'brief native reference-to-video',
    format: 'native',
    body: {
      model: 'doubao-seedance-2.0',
      content: [
        { type: 'text', text: '全程使用视频1的第一视角构图,全程使用音频1作为背景音乐。第一人称视角果茶宣传广告。' },
        { type: 'image_url', image_url: { url: 'https://example.com/reference.jpg' }, role: 'reference_image' },
        { type: 'video_url', video_url: { url: 'https://example.com/reference.mp4' }, role: 'reference_video' },
        { type: 'audio_url', audio_url: { url: 'https://example.com/reference.mp3' }, role: 'reference_audio' },
      ],
      resolution: '720p',
      ratio: '16:9',
      duration: 5,
      generate_audio: true,
      return_last_frame: true,
    },
    // The brief's success answer for this request bills 173,700 tokens.
    expect: { width: 1280, height: 720, seconds: 5, audio: true, lastFrame: true, tokens: 173_700 },
  },
  {
    name: 'brief native first/last frame',
    format: 'native',
    body: {
      model: 'doubao-seedance-2.0',
      content: [
        { type: 'text', text: '让画面从首帧自然过渡到尾帧,镜头保持平稳推进。' },
        { type: 'image_url', image_url: { url: 'https://example.com/first-frame.png' }, role: 'first_frame' },
        { type: 'image_url', image_url: { url: 'https://example.com/last-frame.png' }, role: 'last_frame' },
      ],
      resolution: '720p',
      ratio: '16:9',
      duration: 5,
    },
    expect: { width: 1280, height: 720, seconds: 5, audio: false },
  },
  {
    name: 'brief native workflow',
    format: 'native',
    body: { model: 'doubao-seedance-2.0', content: [{ type: 'text', text: 'A cat walking on a sunny street' }], resolution: '720p', ratio: '16:9', duration: 5 },
    expect: { width: 1280, height: 720, seconds: 5, audio: false, tokens: 108_900 },
  },
];

// The brief's OpenAI-compatible page (000_...): text-to-video, i2v, r2v, workflow.
const openai: Example[] = [
  {
    name: 'brief openai text-to-video',
    format: 'openai',
    body: { prompt: 'A cat walking on the street', model: 'doubao-seedance-2', duration: 4, size: '1280x720' },
    expect: { width: 1280, height: 720, seconds: 4, audio: false },
  },
  {
    name: 'brief openai i2v',
    format: 'openai',
    body: {
      prompt: 'A smooth transition from day to night in a city skyline',
      model: 'doubao-seedance-2',
      duration: 6,
      size: '1280x720',
      mode: 'i2v',
      images: ['https://example.com/first-frame.jpg', 'https://example.com/last-frame.jpg'],
    },
    expect: { width: 1280, height: 720, seconds: 6, audio: false },
  },
  {
    name: 'brief openai r2v',
    format: 'openai',
    body: {
      prompt: 'Referring to Figures 1 to 2, design a fade-in and fade-out animation with smooth line flow and flowing light and shadow in the background.',
      model: 'doubao-seedance-2',
      duration: 4,
      size: '1280x720',
      mode: 'r2v',
      images: ['https://example.com/reference1.jpg', 'https://example.com/reference2.jpg'],
      videos: ['https://example.com/reference-video.mp4'],
    },
    expect: { width: 1280, height: 720, seconds: 4, audio: false },
  },
  {
    name: 'brief openai workflow',
    format: 'openai',
    body: { prompt: 'A cat walking on the street', model: 'doubao-seedance-2', duration: 5, size: '1280x720' },
    expect: { width: 1280, height: 720, seconds: 5, audio: false },
  },
];

const examples = [...native, ...openai];
let sim: Simulator;
let dir: string;
const ids = new Map<string, string>();

beforeAll(async () => {
  sim = await testSimulator();
  dir = await suiteTempDir();
  // Submit everything at once: the renders overlap with the polling of earlier tasks.
  await Promise.all(examples.map(async (example) => ids.set(example.name, await create(sim, example.body, example.format))));
});
afterAll(async () => {
  await sim.close();
  await removeDir(dir);
});

describe('the literal example bodies run to success', () => {
  it.each(native)('$name', async (example) => {
    const task = await waitDone(sim, ids.get(example.name) as string);
    expect(task.status).toBe('succeeded');
    // Every field of API.md's task object.
    for (const key of ['id', 'model', 'status', 'error', 'created_at', 'updated_at', 'content', 'seed', 'resolution', 'ratio', 'duration', 'framespersecond', 'generate_audio', 'service_tier', 'execution_expires_after', 'usage']) {
      expect(task, key).toHaveProperty(key);
    }
    expect(task).toMatchObject({
      model: 'doubao-seedance-2-0-260128',
      error: null,
      resolution: example.body.resolution,
      ratio: example.body.ratio,
      duration: example.expect.seconds,
      framespersecond: 24,
      generate_audio: example.expect.audio,
      service_tier: 'default',
      execution_expires_after: 172800,
    });
    expect(task.seed).toBeGreaterThanOrEqual(0);
    expect(task.updated_at).toBeGreaterThanOrEqual(task.created_at);
    if (example.expect.tokens) expect(task.usage).toEqual({ completion_tokens: example.expect.tokens, total_tokens: example.expect.tokens });
    expect(Boolean(task.content.last_frame_url)).toBe(Boolean(example.expect.lastFrame));
    await checkVideo(await download(task.content.video_url, dir, `${task.id}.mp4`), example);
    if (example.expect.lastFrame) {
      const png = await fetch(task.content.last_frame_url);
      expect(png.headers.get('content-type')).toBe('image/png');
      const bytes = Buffer.from(await png.arrayBuffer());
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([example.expect.width, example.expect.height]);
    }
  });

  it.each(openai)('$name', async (example) => {
    const id = ids.get(example.name) as string;
    const video = await waitDone(sim, id, 'openai');
    expect(video).toMatchObject({ id, object: 'video', status: 'completed', progress: 100, model: 'doubao-seedance-2', seconds: String(example.expect.seconds), size: example.body.size, error: null });
    expect(video.expires_at).toBeGreaterThan(Date.now() / 1000);
    await checkVideo(await download(video.meta_data.url, dir, `${id}.mp4`), example);
    // The /content endpoint streams the same file.
    const content = await fetch(`${sim.url}/v1/videos/${id}/content`, { headers: { authorization: 'Bearer k' } });
    expect(content.status).toBe(200);
    expect(content.headers.get('content-type')).toBe('video/mp4');
    expect(Number(content.headers.get('content-length'))).toBeGreaterThan(10_000);
    await content.arrayBuffer();
  });

  it("accepts API.md's list query literally", async () => {
    const answer = await call(sim, 'GET', `${NATIVE}?page_num=1&page_size=100&filter.status=running&filter.task_ids=a&filter.task_ids=b`);
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ items: [], total: 0 });
  });
});

async function checkVideo(file: string, example: Example): Promise<void> {
  const info = await probe(file);
  expect(info).toMatchObject({ width: example.expect.width, height: example.expect.height, fps: '24/1', pixFmt: 'yuv420p', codec: 'h264', frames: example.expect.seconds * 24 });
  expect(info.duration).toBeCloseTo(example.expect.seconds, 1);
  expect(info.audio).toEqual(example.expect.audio ? { codec: 'aac', channels: 2 } : undefined);
}
