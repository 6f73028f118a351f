import { describe, expect, it } from 'vitest';
import { redactSecrets, redactUrl } from '../../src/api/redact.js';
import { wireFormat } from '../../src/wire/index.js';

const parseNativeTask = wireFormat('native').parseTask;
const parseOpenAiVideo = wireFormat('openai').parseTask;

describe('wire formats', () => {
  it('maps the task object of API.md', () => {
    const task = parseNativeTask({
      id: 'cgt-20260518175249-8x55h', model: 'doubao-seedance-2-0-260128', status: 'succeeded', error: null,
      created_at: 1778756838, updated_at: 1778757081,
      content: { video_url: 'https://x/v.mp4?signature=s', last_frame_url: 'https://x/f.png?signature=s' },
      seed: 29545, resolution: '720p', ratio: '16:9', duration: 5, framespersecond: 24, generate_audio: true,
      service_tier: 'default', execution_expires_after: 172800, usage: { completion_tokens: 108900, total_tokens: 108900 },
    });
    expect(task).toEqual({
      id: 'cgt-20260518175249-8x55h', status: 'succeeded', progress: 100, model: 'doubao-seedance-2-0-260128', seed: 29545,
      resolution: '720p', ratio: '16:9', duration: 5, fps: 24, generateAudio: true, serviceTier: 'default', executionExpiresAfter: 172800,
      videoUrl: 'https://x/v.mp4?signature=s', lastFrameUrl: 'https://x/f.png?signature=s', tokens: 108900,
      createdAt: 1778756838, updatedAt: 1778757081,
    });
  });

  it('maps the OpenAI video object, in_progress and processing alike', () => {
    expect(parseOpenAiVideo({ id: 'v1', object: 'video', status: 'processing', progress: 40, size: '1280x720', seconds: '4' })).toMatchObject({
      id: 'v1', status: 'running', progress: 40, width: 1280, height: 720, duration: 4,
    });
    expect(parseOpenAiVideo({ id: 'v1', status: 'completed', meta_data: { url: 'http://u' }, expires_at: 5 })).toMatchObject({ status: 'succeeded', videoUrl: 'http://u', expiresAt: 5 });
  });

  it('refuses objects without a status it knows', () => {
    expect(() => parseNativeTask({ id: 'x', status: 'weird' })).toThrow(/lacks a valid id or status/);
  });

  it('repeats filter.task_ids in list queries', () => {
    expect(wireFormat('native').list?.path({ pageNum: 1, pageSize: 500, taskIds: ['a', 'b'] })).toBe('/api/v3/contents/generations/tasks?page_num=1&page_size=500&filter.task_ids=a&filter.task_ids=b');
  });

  it('cuts signed query strings and secrets from text', () => {
    expect(redactUrl('https://cdn/x.mp4?signature=abc&expires=1')).toBe('https://cdn/x.mp4?…');
    expect(redactSecrets('key sk-SECRET-123 at https://cdn/x.mp4?signature=abc', ['sk-SECRET-123'])).toBe('key [redacted] at https://cdn/x.mp4?…');
  });
});
