// The exact wire bodies, both formats (API.md sections 1 and 2).
import { describe, expect, it } from 'vitest';
import type { MediaSlot, MediaSource } from '../../src/manifest/types.js';
import { buildRequest, type InputResolver } from '../../src/plan/index.js';
import { estimateShotTokens } from '../../src/plan/tokens.js';
import { loadYaml } from '../manifest/helpers.js';

const resolver: InputResolver = {
  media: (source: MediaSource, slot: MediaSlot) => (source.kind === 'shot' ? `<${slot} from ${source.shot}>` : source.kind === 'file' ? `file:${source.relative}` : source.url),
  draftTask: (id) => `task-of-${id}`,
};

async function bodies(yaml: string): Promise<Record<string, unknown>> {
  const { manifest, diagnostics } = await loadYaml(yaml);
  if (!manifest) throw new Error(JSON.stringify(diagnostics, null, 2));
  return Object.fromEntries(manifest.shots.map((shot) => [shot.id, buildRequest(manifest, shot, resolver)]));
}

describe('native bodies', () => {
  it('text to video: model, content, resolution, ratio, duration and audio; seed only when written', async () => {
    const got = await bodies('version: 1\nshots:\n  - id: a\n    prompt: A kitten\n  - id: b\n    prompt: B\n    seed: 7\n    generate_audio: true\n');
    expect(got.a).toEqual({
      method: 'POST',
      path: '/api/v3/contents/generations/tasks',
      body: { model: 'doubao-seedance-2.0', content: [{ type: 'text', text: 'A kitten' }], resolution: '720p', ratio: '16:9', duration: 5, generate_audio: false, return_last_frame: true },
    });
    expect((got.b as { body: unknown }).body).toEqual({ model: 'doubao-seedance-2.0', content: [{ type: 'text', text: 'B' }], resolution: '720p', ratio: '16:9', duration: 5, seed: 7, generate_audio: true, return_last_frame: true });
  });

  it('frames and references with their roles, in a fixed order; return_last_frame when another shot needs it', async () => {
    const got = await bodies(`version: 1
shots:
  - id: a
    prompt: A
  - id: b
    first_frame: { shot: a }
    last_frame: https://example.com/end.png
  - id: c
    prompt: C
    reference_audio: ["asset://song"]
    reference_videos: [{ shot: b }]
    reference_images: [https://example.com/1.png, "asset://img"]
`);
    expect((got.a as { body: Record<string, unknown> }).body.return_last_frame).toBe(true);
    expect((got.b as { body: Record<string, unknown> }).body.content).toEqual([
      { type: 'image_url', image_url: { url: '<first_frame from a>' }, role: 'first_frame' },
      { type: 'image_url', image_url: { url: 'https://example.com/end.png' }, role: 'last_frame' },
    ]);
    expect((got.c as { body: Record<string, unknown> }).body.content).toEqual([
      { type: 'text', text: 'C' },
      { type: 'image_url', image_url: { url: 'https://example.com/1.png' }, role: 'reference_image' },
      { type: 'image_url', image_url: { url: 'asset://img' }, role: 'reference_image' },
      { type: 'video_url', video_url: { url: '<reference_videos from b>' }, role: 'reference_video' },
      { type: 'audio_url', audio_url: { url: 'asset://song' }, role: 'reference_audio' },
    ]);
  });

  it('a draft says so; its final sends the draft task and only what a final may set', async () => {
    const got = await bodies(`version: 1
defaults:
  watermark: true
  execution_expires_after: 7200
  service_tier: default
shots:
  - id: sketch
    model: doubao-seedance-1-5-pro-251215
    prompt: A garden
    draft: true
    seed: 3
    camera_fixed: true
  - id: final
    from_draft: sketch
    resolution: 1080p
    return_last_frame: true
`);
    expect((got.sketch as { body: unknown }).body).toEqual({
      model: 'doubao-seedance-1-5-pro-251215',
      content: [{ type: 'text', text: 'A garden' }],
      resolution: '480p',
      ratio: '16:9',
      duration: 5,
      seed: 3,
      generate_audio: true,
      watermark: true,
      camera_fixed: true,
      service_tier: 'default',
      execution_expires_after: 7200,
      draft: true,
    });
    expect((got.final as { body: unknown }).body).toEqual({
      model: 'doubao-seedance-1-5-pro-251215',
      content: [{ type: 'draft_task', draft_task: { id: 'task-of-sketch' } }],
      resolution: '1080p',
      watermark: true,
      service_tier: 'default',
      execution_expires_after: 7200,
      return_last_frame: true,
    });
  });

  it('no generate_audio for models without sound; for unknown models only when written', async () => {
    const got = await bodies(`version: 1
shots:
  - id: old
    model: doubao-seedance-1-0-pro-250528
    prompt: A
    duration: 3
  - id: ep
    model: ep-1
    prompt: B
  - id: ep-audio
    model: ep-1
    prompt: C
    generate_audio: true
`);
    expect((got.old as { body: Record<string, unknown> }).body).not.toHaveProperty('generate_audio');
    expect((got.ep as { body: Record<string, unknown> }).body).not.toHaveProperty('generate_audio');
    expect((got['ep-audio'] as { body: Record<string, unknown> }).body.generate_audio).toBe(true);
  });
});

describe('native bodies: the fields of issue 14 (API.md "Create body")', () => {
  it('2.0 mini with priority, tools, safety_identifier and callback_url (from defaults too)', async () => {
    const got = await bodies(`version: 1
defaults:
  safety_identifier: user-7f3a9c
  callback_url: https://hooks.example.com/seedance
shots:
  - id: mini
    model: doubao-seedance-2-0-mini-260615
    prompt: A kitten
    priority: 9
    tools: [{ type: web_search }]
`);
    expect((got.mini as { body: unknown }).body).toEqual({
      model: 'doubao-seedance-2-0-mini-260615',
      content: [{ type: 'text', text: 'A kitten' }],
      resolution: '720p',
      ratio: '16:9',
      duration: 5,
      generate_audio: true,
      tools: [{ type: 'web_search' }],
      priority: 9,
      safety_identifier: 'user-7f3a9c',
      callback_url: 'https://hooks.example.com/seedance',
      return_last_frame: true,
    });
  });

  it('frames is sent instead of duration (1.0 series), from the shot or from defaults', async () => {
    const got = await bodies(`version: 1
defaults:
  model: doubao-seedance-1-0-pro-250528
  frames: 97
shots:
  - id: a
    prompt: A
  - id: b
    prompt: B
    frames: 29
    camera_fixed: true
`);
    expect((got.a as { body: unknown }).body).toEqual({ model: 'doubao-seedance-1-0-pro-250528', content: [{ type: 'text', text: 'A' }], resolution: '720p', ratio: '16:9', frames: 97, return_last_frame: true });
    expect((got.b as { body: unknown }).body).toEqual({ model: 'doubao-seedance-1-0-pro-250528', content: [{ type: 'text', text: 'B' }], resolution: '720p', ratio: '16:9', frames: 29, camera_fixed: true, return_last_frame: true });
  });

  it('a shot with frames lasts (frames - 1) / 24 s, and its token estimate counts exactly those frames', async () => {
    const { manifest } = await loadYaml('version: 1\nshots:\n  - id: a\n    model: doubao-seedance-1-0-pro-250528\n    prompt: A\n    frames: 121\n  - id: b\n    model: doubao-seedance-1-0-pro-250528\n    prompt: B\n    frames: 57\n');
    const [a, b] = manifest?.shots ?? [];
    expect(a?.settings.duration).toBe(5);
    expect(b?.settings.duration).toBeCloseTo(56 / 24, 10);
    const byId = new Map(manifest?.shots.map((s) => [s.id, s]));
    // 1.0 pro 720p 16:9 is 1248x704.
    expect(estimateShotTokens(a!, byId).tokens).toBe(Math.floor((1248 * 704 * 121) / 1024));
    expect(estimateShotTokens(b!, byId).tokens).toBe(Math.floor((1248 * 704 * 57) / 1024));
  });
});

describe('openai bodies', () => {
  it('text to video, i2v with first and last frame, r2v with images and videos', async () => {
    const got = await bodies(`version: 1
api: openai
shots:
  - id: t
    prompt: A city
  - id: i
    prompt: Down
    duration: 6
    size: 1080x1920
    first_frame: { shot: t }
    last_frame: https://example.com/end.png
  - id: r
    prompt: Montage
    reference_images: [https://example.com/a.png]
    reference_videos: [{ shot: i }]
`);
    expect(got.t).toEqual({ method: 'POST', path: '/v1/videos', body: { prompt: 'A city', model: 'doubao-seedance-2', duration: 4, size: '1280x720' } });
    expect((got.i as { body: unknown }).body).toEqual({ prompt: 'Down', model: 'doubao-seedance-2', duration: 6, size: '1080x1920', mode: 'i2v', images: ['<first_frame from t>', 'https://example.com/end.png'] });
    expect((got.r as { body: unknown }).body).toEqual({ prompt: 'Montage', model: 'doubao-seedance-2', duration: 4, size: '1280x720', mode: 'r2v', images: ['https://example.com/a.png'], videos: ['<reference_videos from i>'] });
  });
});

describe('determinism', () => {
  it('gives the same bytes for the same manifest', async () => {
    const yaml = 'version: 1\ndefaults:\n  seed: 1\n  watermark: false\nshots:\n  - id: a\n    prompt: A\n    reference_images: [https://example.com/a.png]\n';
    const first = JSON.stringify(await bodies(yaml));
    const second = JSON.stringify(await bodies(yaml.replace('  seed: 1\n  watermark: false\n', '  watermark: false\n  seed: 1\n')));
    expect(second).toBe(first);
  });
});
