// Invalid requests get the service's answers: status, error code and the parameter at fault.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { AUTH, call, dataUri, NATIVE, pngOf, testSimulator } from './helpers.js';

let sim: Simulator;
let keyed: Simulator;
let png: string;
let tiny: string;
let wide: string;

beforeAll(async () => {
  [sim, keyed] = await Promise.all([testSimulator(), testSimulator({ apiKey: 'the-key' })]);
  png = dataUri(await pngOf(640, 360));
  tiny = dataUri(await pngOf(100, 100));
  wide = dataUri(await pngOf(1200, 300));
});
afterAll(async () => {
  await Promise.all([sim.close(), keyed.close()]);
});

const text = (t = 'a quiet lake') => ({ type: 'text', text: t });
const image = (url: string, role?: string) => ({ type: 'image_url', image_url: { url }, ...(role ? { role } : {}) });
const video = (url = 'https://example.com/v.mp4', role = 'reference_video') => ({ type: 'video_url', video_url: { url }, role });
const audio = (url = 'https://example.com/a.mp3') => ({ type: 'audio_url', audio_url: { url }, role: 'reference_audio' });
const base = { model: 'doubao-seedance-2.0', content: [text()], resolution: '480p', duration: 5 };

type Case = [name: string, body: () => unknown, status: number, code: string, param?: string];

const nativeCases: Case[] = [
  ['not JSON', () => '{"model":', 400, 'InvalidParameter', 'body'],
  ['a JSON array', () => [base], 400, 'InvalidParameter', 'body'],
  ['no model', () => ({ content: [text()] }), 400, 'MissingParameter', 'model'],
  ['unknown model', () => ({ ...base, model: 'doubao-seedance-9' }), 404, 'InvalidEndpointOrModel.NotFound', 'model'],
  ['OpenAI model on the native path', () => ({ ...base, model: 'doubao-seedance-2' }), 404, 'InvalidEndpointOrModel.NotFound', 'model'],
  ['no content', () => ({ model: base.model }), 400, 'MissingParameter', 'content'],
  ['empty content', () => ({ ...base, content: [] }), 400, 'InvalidParameter', 'content'],
  ['mixed formats: prompt', () => ({ ...base, prompt: 'a lake' }), 400, 'InvalidParameter', 'prompt'],
  ['mixed formats: size', () => ({ ...base, size: '1280x720' }), 400, 'InvalidParameter', 'size'],
  ['unknown field', () => ({ ...base, resolutoin: '720p' }), 400, 'InvalidParameter', 'resolutoin'],
  ['unknown content type', () => ({ ...base, content: [{ type: 'gif', gif: {} }] }), 400, 'InvalidParameter', 'content[0].type'],
  ['empty text', () => ({ ...base, content: [text('  ')] }), 400, 'InvalidParameter', 'content[0].text'],
  ['first_frame with reference_image', () => ({ ...base, content: [text(), image(png, 'first_frame'), image(png, 'reference_image')] }), 400, 'InvalidParameter', 'content'],
  ['first_frame with reference_video', () => ({ ...base, content: [text(), image(png, 'first_frame'), video()] }), 400, 'InvalidParameter', 'content'],
  ['last_frame alone', () => ({ ...base, content: [text(), image(png, 'last_frame')] }), 400, 'InvalidParameter', 'content'],
  ['two first frames', () => ({ ...base, content: [text(), image(png, 'first_frame'), image(png, 'first_frame')] }), 400, 'InvalidParameter', 'content'],
  ['two images without roles', () => ({ ...base, content: [text(), image(png), image(png)] }), 400, 'InvalidParameter', 'content[1].role'],
  ['ten reference images', () => ({ ...base, content: [text(), ...Array.from({ length: 10 }, () => image('https://example.com/r.jpg', 'reference_image'))] }), 400, 'InvalidParameter', 'content'],
  ['four reference videos', () => ({ ...base, content: [text(), video(), video(), video(), video()] }), 400, 'InvalidParameter', 'content'],
  ['audio without image or video', () => ({ ...base, content: [text(), audio()] }), 400, 'InvalidParameter', 'content'],
  ['video as a data URI', () => ({ ...base, content: [text(), video('data:video/mp4;base64,AAAA')] }), 400, 'InvalidParameter', 'content[1].video_url.url'],
  ['video with a frame role', () => ({ ...base, content: [text(), video(undefined, 'first_frame')] }), 400, 'InvalidParameter', 'content[1].role'],
  ['a ftp image URL', () => ({ ...base, content: [text(), image('ftp://example.com/a.png')] }), 400, 'InvalidParameter', 'content[1].image_url.url'],
  ['image too small', () => ({ ...base, content: [text(), image(tiny)] }), 400, 'InvalidParameter', 'content[1].image_url.url'],
  ['image too wide', () => ({ ...base, content: [text(), image(wide)] }), 400, 'InvalidParameter', 'content[1].image_url.url'],
  ['not an image', () => ({ ...base, content: [text(), image(dataUri(Buffer.from('hello world, not a picture')))] }), 400, 'InvalidParameter', 'content[1].image_url.url'],
  ['image over the gateway 4 MB', () => ({ ...base, content: [text(), image(dataUri(Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452000003e8000003e8', 'hex'), Buffer.alloc(4 * 1024 * 1024)])))] }), 400, 'InvalidParameter', 'content[1].image_url.url'],
  ['1080p on 2-fast', () => ({ ...base, model: 'doubao-seedance-2-fast', resolution: '1080p' }), 400, 'InvalidParameter', 'resolution'],
  ['4k on the gateway 2.0', () => ({ ...base, resolution: '4k' }), 400, 'InvalidParameter', 'resolution'],
  ['unknown resolution', () => ({ ...base, resolution: '360p' }), 400, 'InvalidParameter', 'resolution'],
  ['4:3 on the gateway 2.0', () => ({ ...base, ratio: '4:3' }), 400, 'InvalidParameter', 'ratio'],
  ['duration under the range', () => ({ ...base, duration: 4 }), 400, 'InvalidParameter', 'duration'],
  ['duration over the range', () => ({ ...base, duration: 16 }), 400, 'InvalidParameter', 'duration'],
  ['duration -1 where the model cannot choose', () => ({ ...base, duration: -1 }), 400, 'InvalidParameter', 'duration'],
  ['fractional duration', () => ({ ...base, duration: 5.5 }), 400, 'InvalidParameter', 'duration'],
  ['frames on 2.0', () => ({ ...base, duration: undefined, frames: 121 }), 400, 'InvalidParameter', 'frames'],
  ['frames off the 25+4n grid', () => ({ ...base, model: 'doubao-seedance-1-0-pro-250528', duration: undefined, frames: 100 }), 400, 'InvalidParameter', 'frames'],
  ['seed below -1', () => ({ ...base, seed: -2 }), 400, 'InvalidParameter', 'seed'],
  ['seed above 2^32-1', () => ({ ...base, seed: 4294967296 }), 400, 'InvalidParameter', 'seed'],
  ['audio on 1.0 pro', () => ({ ...base, model: 'doubao-seedance-1-0-pro-250528', generate_audio: true }), 400, 'InvalidParameter', 'generate_audio'],
  ['generate_audio not a boolean', () => ({ ...base, generate_audio: 'yes' }), 400, 'InvalidParameter', 'generate_audio'],
  ['flex tier on 2.0', () => ({ ...base, service_tier: 'flex' }), 400, 'InvalidParameter', 'service_tier'],
  ['camera_fixed on 2.0', () => ({ ...base, camera_fixed: true }), 400, 'InvalidParameter', 'camera_fixed'],
  ['execution_expires_after too short', () => ({ ...base, execution_expires_after: 100 }), 400, 'InvalidParameter', 'execution_expires_after'],
  ['a 720p draft', () => ({ ...base, draft: true, resolution: '720p' }), 400, 'InvalidParameter', 'resolution'],
  ['a draft returning its last frame', () => ({ ...base, draft: true, return_last_frame: true }), 400, 'InvalidParameter', 'return_last_frame'],
  ['a draft on official 2.0', () => ({ ...base, model: 'doubao-seedance-2-0-260128', draft: true }), 400, 'InvalidParameter', 'draft'],
  ['an unknown draft task', () => ({ model: base.model, content: [{ type: 'draft_task', draft_task: { id: 'cgt-nope' } }] }), 400, 'InvalidParameter', 'content[0].draft_task.id'],
  ['a draft task with a prompt', () => ({ model: base.model, content: [text(), { type: 'draft_task', draft_task: { id: 'cgt-nope' } }] }), 400, 'InvalidParameter', 'content'],
  ['a ftp callback', () => ({ ...base, callback_url: 'ftp://127.0.0.1/x' }), 400, 'InvalidParameter', 'callback_url'],
];

const openAiBase = { prompt: 'a quiet lake', model: 'doubao-seedance-2', duration: 4, size: '1280x720' };
const openAiCases: Case[] = [
  ['no prompt', () => ({ model: 'doubao-seedance-2' }), 400, 'MissingParameter', 'prompt'],
  ['mixed formats: content', () => ({ ...openAiBase, content: [text()] }), 400, 'InvalidParameter', 'content'],
  ['mixed formats: resolution', () => ({ ...openAiBase, resolution: '720p' }), 400, 'InvalidParameter', 'resolution'],
  ['mixed formats: seed', () => ({ ...openAiBase, seed: 3 }), 400, 'InvalidParameter', 'seed'],
  ['native model', () => ({ ...openAiBase, model: 'doubao-seedance-2.0' }), 404, 'InvalidEndpointOrModel.NotFound', 'model'],
  ['unknown size', () => ({ ...openAiBase, size: '1280x721' }), 400, 'InvalidParameter', 'size'],
  ['duration 3', () => ({ ...openAiBase, duration: 3 }), 400, 'InvalidParameter', 'duration'],
  ['duration 16', () => ({ ...openAiBase, duration: 16 }), 400, 'InvalidParameter', 'duration'],
  ['i2v without images', () => ({ ...openAiBase, mode: 'i2v' }), 400, 'InvalidParameter', 'images'],
  ['i2v with three images', () => ({ ...openAiBase, mode: 'i2v', images: [png, png, png] }), 400, 'InvalidParameter', 'images'],
  ['i2v with a video', () => ({ ...openAiBase, mode: 'i2v', images: [png], videos: ['https://example.com/v.mp4'] }), 400, 'InvalidParameter', 'videos'],
  ['images without a mode', () => ({ ...openAiBase, images: [png] }), 400, 'InvalidParameter', 'mode'],
  ['unknown mode', () => ({ ...openAiBase, mode: 't2v' }), 400, 'InvalidParameter', 'mode'],
  ['video as a data URI', () => ({ ...openAiBase, mode: 'r2v', videos: ['data:video/mp4;base64,AAAA'] }), 400, 'InvalidParameter', 'videos[0]'],
  ['r2v with ten images', () => ({ ...openAiBase, mode: 'r2v', images: Array.from({ length: 10 }, () => 'https://example.com/r.jpg') }), 400, 'InvalidParameter', 'images'],
];

describe('native create refuses invalid bodies', () => {
  it.each(nativeCases)('%s -> %i %s', async (_name, body, status, code, param) => {
    const answer = await call(sim, 'POST', NATIVE, body());
    expect(answer.status).toBe(status);
    expect(answer.json.error).toMatchObject({ code, ...(param ? { param } : {}) });
    expect(typeof answer.json.error.message).toBe('string');
    expect(answer.json.error.type).toBe(status === 404 ? 'NotFound' : 'BadRequest');
  });
});

describe('OpenAI create refuses invalid bodies', () => {
  it.each(openAiCases)('%s -> %i %s', async (_name, body, status, code, param) => {
    const answer = await call(sim, 'POST', '/v1/videos', body());
    expect(answer.status).toBe(status);
    expect(answer.json.error).toMatchObject({ code, ...(param ? { param } : {}) });
  });
});

describe('limits, keys and unknown ids', () => {
  it('refuses a body over 64 MB with 400 InvalidParameter, and creates nothing', async () => {
    const before = sim.stats().creates;
    const huge = JSON.stringify({ ...base, content: [text(), image(`data:image/png;base64,${'A'.repeat(64 * 1024 * 1024)}`)] });
    const answer = await call(sim, 'POST', NATIVE, huge);
    expect(answer.status).toBe(400);
    expect(answer.json.error).toMatchObject({ code: 'InvalidParameter', param: 'body' });
    expect(sim.stats().creates).toBe(before);
  });

  it.each([
    ['no header', {}],
    ['an empty bearer', { authorization: 'Bearer ' }],
    ['another scheme', { authorization: 'Basic abc' }],
  ])('answers 401 AuthenticationError with %s', async (_name, headers) => {
    for (const [path, body] of [[NATIVE, base], ['/v1/videos', openAiBase], [`${NATIVE}/cgt-x`, undefined]] as const) {
      const answer = await call(sim, body ? 'POST' : 'GET', path, body, headers);
      expect(answer.status).toBe(401);
      expect(answer.json.error.code).toBe('AuthenticationError');
    }
  });

  it('accepts only the configured key when one is set', async () => {
    expect((await call(keyed, 'GET', `${NATIVE}?page_size=1`, undefined, AUTH)).status).toBe(401);
    expect((await call(keyed, 'GET', `${NATIVE}?page_size=1`, undefined, { authorization: 'Bearer the-key' })).status).toBe(200);
  });

  it('answers 404 ResourceNotFound for an unknown task in both formats', async () => {
    const native = await call(sim, 'GET', `${NATIVE}/cgt-20260101000000-zzzzz`);
    expect(native.status).toBe(404);
    expect(native.json.error.code).toBe('ResourceNotFound');
    const openai = await call(sim, 'GET', '/v1/videos/video_nope');
    expect(openai.status).toBe(404);
    expect(openai.json.error).toMatchObject({ code: 'ResourceNotFound', type: 'not_found_error' });
  });

  it('answers 404 for an unknown path', async () => {
    const answer = await call(sim, 'GET', '/api/v3/other');
    expect(answer.status).toBe(404);
    expect(answer.json.error.code).toBe('NotFound');
  });

  it('counts refused creates as requests but not as creates', async () => {
    sim.resetStats();
    await call(sim, 'POST', NATIVE, { ...base, duration: 99 });
    expect(sim.stats()).toMatchObject({ createRequests: 1, creates: 0 });
  });
});
