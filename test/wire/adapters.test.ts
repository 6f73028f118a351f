// The two wire-format adapters side by side: paths, parsing, capabilities, lost-create matching.
import { describe, expect, it } from 'vitest';
import { isSeedanceError } from '../../src/core/errors.js';
import type { MediaSlot, MediaSource } from '../../src/manifest/types.js';
import { buildRequest } from '../../src/plan/index.js';
import { wireFormat, type InputResolver, type TaskInfo, type TaskList } from '../../src/wire/index.js';
import { loadYaml } from '../manifest/helpers.js';

const native = wireFormat('native');

/** The code of the SeedanceError `fn` throws ('none' when it returns). */
function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return isSeedanceError(error) ? error.code : 'not a SeedanceError';
  }
  return 'none';
}

describe('wire adapters', () => {
  it.each([
    ['native', '/api/v3/contents/generations/tasks', '/api/v3/contents/generations/tasks/a%2Fb', '/api/v3/contents/generations/tasks/a%2Fb', undefined],
    ['openai', '/v1/videos', '/v1/videos/a%2Fb', undefined, '/v1/videos/a%2Fb/content'],
  ] as const)('%s paths: create, task, cancel, content', (name, create, task, cancel, content) => {
    const wire = wireFormat(name);
    expect(wire.createPath).toBe(create);
    expect(wire.taskPath('a/b')).toBe(task);
    expect(wire.cancelPath?.('a/b')).toBe(cancel);
    expect(wire.contentPath?.('a/b')).toBe(content);
  });

  it.each([
    ['native', { lists: true, max: 500, cancels: true, streams: false, returnsLastFrame: true }],
    ['openai', { lists: false, max: undefined, cancels: false, streams: true, returnsLastFrame: false }],
  ] as const)('%s capabilities', (name, expected) => {
    const wire = wireFormat(name);
    expect(wire.name).toBe(name);
    expect({
      lists: wire.list !== undefined,
      max: wire.list?.max,
      cancels: wire.cancelPath !== undefined,
      streams: wire.contentPath !== undefined,
      returnsLastFrame: wire.returnsLastFrame,
    }).toEqual(expected);
  });

  it('native list queries: page, status filter, repeated task ids', () => {
    expect(native.list?.path({ pageNum: 2, pageSize: 100, status: 'running', taskIds: ['a', 'b'] })).toBe(
      '/api/v3/contents/generations/tasks?page_num=2&page_size=100&filter.status=running&filter.task_ids=a&filter.task_ids=b',
    );
  });

  it.each([
    ['native', { id: 'cgt-1' }, 'cgt-1'],
    ['openai', { id: 'video_1', object: 'video', status: 'queued' }, 'video_1'],
  ] as const)('%s create answer %j gives id %s', (name, json, id) => {
    expect(wireFormat(name).parseCreated(json)).toBe(id);
  });

  it.each([
    ['native', {}],
    ['native', { id: '' }],
    ['native', { id: 7 }],
    ['native', null],
    ['openai', {}],
    ['openai', { id: 'video_1' }],
    ['openai', { id: 'video_1', status: 'weird' }],
  ] as const)('%s create answer %j is a protocol error', (name, json) => {
    expect(errorCode(() => wireFormat(name).parseCreated(json))).toBe('api.protocol');
  });

  it.each([
    ['native', { id: 'a', status: 'queued' }, { id: 'a', status: 'queued', progress: 0 }],
    ['native', { id: 'a', status: 'running', seed: 'x', draft: true }, { id: 'a', status: 'running', draft: true }],
    ['native', { id: 'a', status: 'failed', error: { code: 'E' } }, { id: 'a', status: 'failed', error: { code: 'E', message: '' } }],
    ['openai', { id: 'v', status: 'in_progress', progress: 30 }, { id: 'v', status: 'running', progress: 30 }],
    ['openai', { id: 'v', status: 'completed', size: '720x1280', seconds: '8' }, { id: 'v', status: 'succeeded', progress: 100, width: 720, height: 1280, resolution: '720x1280', duration: 8 }],
    ['openai', { id: 'v', status: 'failed', error: { message: 'no' } }, { id: 'v', status: 'failed', progress: 0, error: { code: 'Unknown', message: 'no' } }],
  ] as const)('%s task %j', (name, json, expected) => {
    expect(wireFormat(name).parseTask(json)).toEqual(expected);
  });

  it.each([
    ['native', { id: 'a', status: 'in_progress' }],
    ['native', { status: 'queued' }],
    ['native', undefined],
    ['openai', { id: 'v', status: 'running' }],
    ['openai', { status: 'queued' }],
    ['openai', undefined],
  ] as const)('%s task %j is a protocol error', (name, json) => {
    expect(errorCode(() => wireFormat(name).parseTask(json))).toBe('api.protocol');
  });

  it.each([
    [{ items: [{ id: 'a', status: 'queued' }, { id: 'b', status: 'succeeded' }], total: 9 }, ['a', 'b'], 9],
    [{ items: [{ id: 'a', status: 'running' }] }, ['a'], 1],
    [{ items: [] }, [], 0],
  ])('native list answer %j', (json, ids, total) => {
    const parsed = (native.list as TaskList).parse(json);
    expect(parsed.items.map((t) => t.id)).toEqual(ids);
    expect(parsed.total).toBe(total);
  });

  it.each([[{}], [{ items: {} }], [{ items: [{ id: 'a' }] }], [null]])('native list answer %j is a protocol error', (json) => {
    expect(errorCode(() => (native.list as TaskList).parse(json))).toBe('api.protocol');
  });

  const sent = { model: 'doubao-seedance-2.0', content: [{ type: 'text', text: 'x' }], resolution: '480p', ratio: '16:9', duration: 5, seed: 7, generate_audio: false };
  const task = (extra: Partial<TaskInfo> = {}): TaskInfo => ({ id: 't', status: 'queued', model: 'doubao-seedance-2-0-260128', resolution: '480p', ratio: '16:9', duration: 5, seed: 7, generateAudio: false, ...extra });
  it.each([
    ['the same settings, versioned model', sent, task(), true],
    ['the model name as sent', sent, task({ model: 'doubao-seedance-2.0' }), true],
    ['a task that reports few settings', sent, { id: 't', status: 'queued' } as TaskInfo, true],
    ['another model', sent, task({ model: 'doubao-seedance-1-5-pro-251215' }), false],
    ['an endpoint id stands for any model', { ...sent, model: 'ep-123' }, task({ model: 'anything' }), true],
    ['another seed', sent, task({ seed: 8 }), false],
    ['a random seed sent', { ...sent, seed: -1 }, task({ seed: 99 }), true],
    ['adaptive ratio sent', { ...sent, ratio: 'adaptive' }, task({ ratio: '9:16' }), true],
    ['another ratio', sent, task({ ratio: '9:16' }), false],
    ['model-chosen duration sent', { ...sent, duration: -1 }, task({ duration: 11 }), true],
    ['another resolution', sent, task({ resolution: '720p' }), false],
    ['another audio setting', sent, task({ generateAudio: true }), false],
    ['a draft where none was asked', sent, task({ draft: true }), false],
    ['a draft asked and made', { ...sent, draft: true }, task({ draft: true }), true],
    ['the default tier and expiry, not sent, reported', sent, task({ serviceTier: 'default', executionExpiresAfter: 172800 }), true],
    ['the flex tier where none was asked', sent, task({ serviceTier: 'flex' }), false],
    ['flex asked and made', { ...sent, service_tier: 'flex' }, task({ serviceTier: 'flex' }), true],
    ['another expiry than the one sent', { ...sent, execution_expires_after: 3600 }, task({ executionExpiresAfter: 172800 }), false],
  ])('native matchesLost: %s', (_what, body, got, expected) => {
    expect((native.list as TaskList).matchesLost(body, got)).toBe(expected);
  });

  it.each(['native', 'openai'] as const)('%s body is what buildRequest sends, at the create path', async (api) => {
    const { manifest, diagnostics } = await loadYaml(`version: 1\napi: ${api}\nshots:\n  - id: a\n    prompt: A kitten\n    reference_images: [https://example.com/1.png]\n`);
    if (!manifest) throw new Error(JSON.stringify(diagnostics));
    const shot = manifest.shots[0];
    if (!shot) throw new Error('no shot');
    const inputs: InputResolver = { media: (source: MediaSource, slot: MediaSlot) => `${slot}:${source.kind}`, draftTask: (id) => id };
    const wire = wireFormat(api);
    // Plus the last frame on every native task that may return one (it leaves the video, and the fingerprint, as they are).
    expect(buildRequest(manifest, shot, inputs)).toEqual({ method: 'POST', path: wire.createPath, body: { ...wire.body(shot, inputs), ...(api === 'native' ? { return_last_frame: true } : {}) } });
    expect(buildRequest(manifest, shot, inputs, { asWritten: true }).body).toEqual(wire.body(shot, inputs));
  });
});
