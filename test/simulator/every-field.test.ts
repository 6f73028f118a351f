// A client that sends every documented create field, `null` where it set nothing (as the official
// SDKs do), works against the simulator over real HTTP; the new fields of issue 14 (frames,
// priority, tools, safety_identifier, callback_url) do what API.md says; what API.md calls invalid
// is still refused.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { removeDir } from '../temp.js';
import { call, create, dataUri, download, NATIVE, pngOf, probe, suiteTempDir, testSimulator, waitDone } from './helpers.js';

/** Every field of API.md's native "Create body" table, each null: a caller fills in what it sets. */
const ALL_NULL = {
  model: null, content: null, duration: null, frames: null, resolution: null, ratio: null, seed: null, generate_audio: null,
  watermark: null, return_last_frame: null, camera_fixed: null, service_tier: null, execution_expires_after: null, draft: null,
  callback_url: null, priority: null, tools: null, safety_identifier: null,
};

let sim: Simulator;
let dir: string;
let hook: Server;
let hookUrl: string;
const hookCalls: string[] = [];

beforeAll(async () => {
  sim = await testSimulator();
  dir = await suiteTempDir();
  // A callback target on loopback: the simulator must never call it.
  hook = createServer((req, res) => {
    hookCalls.push(`${req.method} ${req.url}`);
    res.end();
  });
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/seedance-hook`;
});
afterAll(async () => {
  await sim.close();
  await new Promise((resolve) => hook.close(resolve));
  await removeDir(dir);
});

describe('every documented field, unset ones as null', () => {
  it('native: official 2.0 with every field of the table succeeds to a downloadable video and last frame', async () => {
    expect(Object.keys(ALL_NULL)).toHaveLength(18);
    const body = {
      ...ALL_NULL,
      model: 'doubao-seedance-2-0-260128',
      content: [{ type: 'text', text: 'A lighthouse at dusk, every field' }],
      duration: 4,
      resolution: '480p',
      ratio: '16:9',
      seed: 1234,
      generate_audio: true,
      watermark: false,
      return_last_frame: true,
      service_tier: 'default',
      execution_expires_after: 3600,
      draft: false,
      callback_url: hookUrl,
      priority: 5,
      tools: [{ type: 'web_search' }],
      safety_identifier: 'a3f1c9e2b7d04f6a8e5c1b9d7f3a2e6c',
      // frames and camera_fixed stay null: 2.0 takes neither, and null is absent.
    };
    const answer = await call(sim, 'POST', NATIVE, body);
    expect(answer.status, JSON.stringify(answer.json)).toBe(200);
    const task = await waitDone(sim, answer.json.id as string);
    expect(task.status, JSON.stringify(task.error)).toBe('succeeded');
    expect(task).toMatchObject({
      model: 'doubao-seedance-2-0-260128',
      seed: 1234,
      resolution: '480p',
      ratio: '16:9',
      duration: 4,
      generate_audio: true,
      service_tier: 'default',
      execution_expires_after: 3600,
      priority: 5,
      safety_identifier: 'a3f1c9e2b7d04f6a8e5c1b9d7f3a2e6c',
      callback_url: hookUrl,
    });
    expect(task.usage.tool_usage.web_search).toBeGreaterThanOrEqual(1);
    expect(task.usage.tool_usage.web_search).toBeLessThanOrEqual(3);
    const video = await download(task.content.video_url as string, dir, 'every-field.mp4');
    expect(await probe(video)).toMatchObject({ width: 864, height: 496, frames: 96, audio: { codec: 'aac', channels: 2 } });
    const frame = await fetch(task.content.last_frame_url as string);
    expect(frame.status).toBe(200);
    expect(Buffer.from(await frame.arrayBuffer()).subarray(1, 4).toString('latin1')).toBe('PNG');
    // The listed task says the same.
    const listed = await call(sim, 'GET', `${NATIVE}?filter.task_ids=${task.id as string}`);
    expect(listed.json.items[0]).toMatchObject({ id: task.id, safety_identifier: 'a3f1c9e2b7d04f6a8e5c1b9d7f3a2e6c', callback_url: hookUrl });
    expect(hookCalls).toEqual([]);
  });

  it('native: only model and content set, every other field null, gives the documented defaults', async () => {
    const task = await waitDone(sim, await create(sim, { ...ALL_NULL, model: 'doubao-seedance-2-0-mini-260615', content: [{ type: 'text', text: 'mini, all defaults' }] }));
    expect(task.status, JSON.stringify(task.error)).toBe('succeeded');
    expect(task).toMatchObject({ model: 'doubao-seedance-2-0-mini-260615', resolution: '720p', ratio: '16:9', duration: 5, generate_audio: true, service_tier: 'default', execution_expires_after: 172800 });
    for (const absent of ['priority', 'safety_identifier', 'callback_url', 'frames']) expect(task).not.toHaveProperty(absent);
    expect(task.usage).not.toHaveProperty('tool_usage');
  });

  it('native: a content item with role null is an item without a role (a single image: the first frame)', async () => {
    const png = await pngOf(640, 360);
    const task = await waitDone(sim, await create(sim, { ...ALL_NULL, model: 'doubao-seedance-2-0-260128', content: [{ type: 'text', text: 'role null' }, { type: 'image_url', image_url: { url: dataUri(png) }, role: null }], resolution: '480p', duration: 4 }));
    expect(task.status, JSON.stringify(task.error)).toBe('succeeded');
    // A first frame makes the ratio adaptive: 640x360 is 16:9.
    expect(task.ratio).toBe('16:9');
  });

  it('native: frames on 1.0 pro, duration null, renders frames frames and bills exactly them', async () => {
    const task = await waitDone(sim, await create(sim, { ...ALL_NULL, model: 'doubao-seedance-1-0-pro-250528', content: [{ type: 'text', text: 'frames' }], resolution: '480p', frames: 49, camera_fixed: true }));
    expect(task.status, JSON.stringify(task.error)).toBe('succeeded');
    // 48 / 24 = 2 s; 1.0 pro 480p 16:9 is 864x480.
    expect(task).toMatchObject({ frames: 49, duration: 2 });
    expect(task.usage.completion_tokens).toBe(Math.floor((864 * 480 * 49) / 1024));
    const video = await download(task.content.video_url as string, dir, 'frames.mp4');
    expect(await probe(video)).toMatchObject({ width: 864, height: 480, frames: 49 });
  });

  it('openai: every field of /v1/videos, unset ones as null', async () => {
    const body = { prompt: 'An openai-format kitten', model: 'doubao-seedance-2', duration: null, size: null, mode: null, images: null, videos: null };
    const created = await call(sim, 'POST', '/v1/videos', body);
    expect(created.status, JSON.stringify(created.json)).toBe(200);
    const done = await waitDone(sim, created.json.id as string, 'openai');
    expect(done).toMatchObject({ status: 'completed', seconds: '4', size: '1280x720' });
  });
});

describe('priority orders a model queue', () => {
  it('starts a queued task of higher priority first, first in first out within one priority', async () => {
    const one = await testSimulator({ fast: true, runningLimit: 1, latency: { queuedMs: 0, runningMs: 1000 } });
    try {
      const body = (prompt: string, priority: number | null) => ({ model: 'doubao-seedance-2-0-260128', content: [{ type: 'text', text: prompt }], resolution: '480p', duration: 4, priority });
      const first = await create(one, body('runs first', 0));
      const low1 = await create(one, body('low one', null));
      const low2 = await create(one, body('low two', 0));
      const high = await create(one, body('high', 9));
      for (const id of [first, low1, low2, high]) expect((await waitDone(one, id)).status).toBe('succeeded');
      const started = new Map(one.stats().tasks.map((t) => [t.id, t.startedAt as number]));
      const order = [first, low1, low2, high].sort((a, b) => (started.get(a) as number) - (started.get(b) as number));
      expect(order).toEqual([first, high, low1, low2]);
    } finally {
      await one.close();
    }
  });
});

describe('still strict about what API.md calls invalid', () => {
  const base = { model: 'doubao-seedance-2-0-260128', content: [{ type: 'text', text: 'strict' }], resolution: '480p', duration: 4 };
  const v10 = { ...base, model: 'doubao-seedance-1-0-pro-250528', duration: null };
  it.each([
    ['priority 10', { ...base, priority: 10 }, 'priority'],
    ['priority -1', { ...base, priority: -1 }, 'priority'],
    ['priority 1.5', { ...base, priority: 1.5 }, 'priority'],
    ['priority on 1.0 pro', { ...v10, frames: 49, priority: 1 }, 'priority'],
    ['frames 30 (off 25+4n)', { ...v10, frames: 30 }, 'frames'],
    ['frames 293 (over 289)', { ...v10, frames: 293 }, 'frames'],
    ['frames on 2.0', { ...base, duration: null, frames: 121 }, 'frames'],
    ['frames with duration', { ...v10, duration: 5, frames: 49 }, 'frames'],
    ['safety_identifier of 65 characters', { ...base, safety_identifier: 'x'.repeat(65) }, 'safety_identifier'],
    ['safety_identifier not a string', { ...base, safety_identifier: 42 }, 'safety_identifier'],
    ['an unknown tool type', { ...base, tools: [{ type: 'image_search' }] }, 'tools[0].type'],
    ['tools not a list', { ...base, tools: { type: 'web_search' } }, 'tools'],
    ['tools on 1.5 pro', { ...base, model: 'doubao-seedance-1-5-pro-251215', tools: [{ type: 'web_search' }] }, 'tools'],
    ['camera_fixed on 2.0', { ...base, camera_fixed: true }, 'camera_fixed'],
    ['a callback that is not http(s)', { ...base, callback_url: 'ftp://127.0.0.1/x' }, 'callback_url'],
    ['a misspelt field', { ...base, safety_identifer: 'x' }, 'safety_identifer'],
  ])('%s', async (_name, body, param) => {
    const answer = await call(sim, 'POST', NATIVE, body);
    expect(answer.status, JSON.stringify(answer.json)).toBe(400);
    expect(answer.json.error).toMatchObject({ code: 'InvalidParameter', param });
  });

  it('a null required field is missing', async () => {
    const answer = await call(sim, 'POST', NATIVE, { ...base, content: null });
    expect(answer.status).toBe(400);
    expect(answer.json.error).toMatchObject({ code: 'MissingParameter', param: 'content' });
  });

  it('the openai format still refuses native fields that are set, and takes them as absent when null', async () => {
    const refused = await call(sim, 'POST', '/v1/videos', { prompt: 'p', model: 'doubao-seedance-2', priority: 3 });
    expect(refused.status).toBe(400);
    expect(refused.json.error).toMatchObject({ code: 'InvalidParameter', param: 'priority' });
    const accepted = await call(sim, 'POST', '/v1/videos', { prompt: 'p', model: 'doubao-seedance-2', priority: null, safety_identifier: null, tools: null });
    expect(accepted.status, JSON.stringify(accepted.json)).toBe(200);
  });
});
