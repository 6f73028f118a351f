// Defaults and resolution: what a manifest means once every default is applied.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/manifest/index.js';
import { findModel } from '../../src/models.js';
import { codes, loadYaml } from './helpers.js';

const png = readFileSync(new URL('../fixtures/manifests/assets/ok.png', import.meta.url));

describe('defaults', () => {
  it('fills in everything for a minimal native manifest', async () => {
    const { manifest, dir, file } = await loadYaml('version: 1\nshots:\n  - id: a\n    prompt: A kitten\n');
    expect(manifest).toEqual({
      file,
      dir,
      name: 'manifest',
      api: 'native',
      output: join(dir, 'out', 'manifest'),
      concurrency: 3,
      shots: [
        {
          id: 'a',
          index: 0,
          prompt: 'A kitten',
          settings: { model: 'doubao-seedance-2.0', resolution: '720p', ratio: '16:9', duration: 5, seed: -1, generateAudio: false, returnLastFrame: false },
          explicit: new Set(),
          capabilities: findModel('doubao-seedance-2.0'),
          draft: false,
          referenceImages: [],
          referenceVideos: [],
          referenceAudio: [],
          retries: 0,
          refusals: 0,
          dependsOn: [],
          dialogue: [],
          expectedSize: [1280, 720],
        },
      ],
    });
  });

  it('uses the openai model, its duration and size for api: openai', async () => {
    const { manifest } = await loadYaml('version: 1\napi: openai\nshots:\n  - id: a\n    prompt: A kitten\n');
    expect(manifest?.shots[0]?.settings).toEqual({ model: 'doubao-seedance-2', resolution: '720p', ratio: '16:9', duration: 4, seed: -1, generateAudio: false, returnLastFrame: false, size: '1280x720' });
    expect(manifest?.shots[0]?.expectedSize).toEqual([1280, 720]);
  });

  it.each([
    ['1920x1080', '1080p', '16:9', [1920, 1080]],
    ['1080x1920', '1080p', '9:16', [1080, 1920]],
    ['720x1080', '720p', '9:16', [720, 1080]],
  ])('reads openai size %s as %s %s for estimates', async (size, resolution, ratio, expected) => {
    const { manifest } = await loadYaml(`version: 1\napi: openai\nshots:\n  - id: a\n    prompt: A kitten\n    size: ${size}\n`);
    expect(manifest?.shots[0]?.settings).toMatchObject({ resolution, ratio, size });
    expect(manifest?.shots[0]?.expectedSize).toEqual(expected);
  });

  it('takes shot values over defaults, and records what was written', async () => {
    const { manifest } = await loadYaml(
      'version: 1\ndefaults:\n  resolution: 480p\n  duration: 8\n  seed: 5\nshots:\n  - id: a\n    prompt: A\n    duration: 6\n    watermark: true\n  - id: b\n    prompt: B\n',
    );
    const [a, b] = manifest?.shots ?? [];
    expect(a?.settings).toMatchObject({ resolution: '480p', duration: 6, seed: 5, watermark: true });
    expect(b?.settings).toMatchObject({ resolution: '480p', duration: 8, seed: 5 });
    expect(b?.settings.watermark).toBeUndefined();
    expect([...(a?.explicit ?? [])].sort()).toEqual(['duration', 'resolution', 'seed', 'watermark']);
    expect(b?.expectedSize).toEqual([864, 496]);
  });

  it('makes drafts 480p whatever defaults say, and finals take model, ratio, duration, seed and audio from their draft', async () => {
    const { manifest } = await loadYaml(`version: 1
defaults:
  model: doubao-seedance-2.0
  resolution: 1080p
  ratio: "16:9"
shots:
  - id: sketch
    model: doubao-seedance-1-5-pro-251215
    prompt: A garden
    draft: true
    ratio: "4:3"
    duration: 7
    seed: 11
  - id: final
    from_draft: sketch
`);
    const [sketch, final] = manifest?.shots ?? [];
    expect(sketch?.settings).toMatchObject({ model: 'doubao-seedance-1-5-pro-251215', resolution: '480p', ratio: '4:3', duration: 7, seed: 11, generateAudio: true, returnLastFrame: false });
    expect(sketch?.explicit.has('resolution')).toBe(false);
    expect(final?.settings).toMatchObject({ model: 'doubao-seedance-1-5-pro-251215', resolution: '1080p', ratio: '4:3', duration: 7, seed: 11, generateAudio: true });
    expect(final?.dependsOn).toEqual(['sketch']);
    expect(final?.expectedSize).toEqual([1664, 1248]);
  });

  it('asks for the last frame exactly when another native shot uses it and the shot can return it', async () => {
    const yaml = (api: string): string => `version: 1
api: ${api}
shots:
  - id: a
    prompt: A
  - id: b
    prompt: B
    first_frame: { shot: a }
  - id: c
    prompt: C
    reference_videos: [{ shot: b }]
  - id: d
    prompt: D
    return_last_frame: false
  - id: e
    prompt: E
    reference_images: [{ shot: d }]
`;
    const native = await loadYaml(yaml('native'));
    expect(native.manifest?.shots.map((s) => [s.id, s.settings.returnLastFrame])).toEqual([['a', true], ['b', false], ['c', false], ['d', false], ['e', false]]);
    const openai = await loadYaml(yaml('openai').replace('    return_last_frame: false\n', ''));
    expect(openai.manifest?.shots.map((s) => s.settings.returnLastFrame)).toEqual([false, false, false, false, false]);
  });

  it('uses the model table for audio defaults and keeps unknown models generic', async () => {
    const { manifest, diagnostics } = await loadYaml(`version: 1
shots:
  - id: official
    model: doubao-seedance-2-0-260128
    prompt: A
  - id: endpoint
    model: ep-123
    prompt: B
`);
    expect(manifest?.shots[0]?.settings.generateAudio).toBe(true);
    expect(manifest?.shots[1]?.capabilities).toBeUndefined();
    expect(manifest?.shots[1]?.settings).toMatchObject({ duration: 5, generateAudio: false });
    expect(diagnostics.map((d) => d.code)).toEqual(['unknown-model']);
  });
});

describe('media and dependencies', () => {
  it('classifies every kind of media value', async () => {
    const dataUri = `data:image/png;base64,${png.toString('base64')}`;
    const { manifest, dir } = await loadYaml(
      `version: 1
shots:
  - id: a
    prompt: A
  - id: b
    prompt: B
    reference_images: [https://example.com/x.png, "asset://asset-1", "${dataUri}", pics/cat.png, { shot: a }]
    reference_videos: [{ shot: a }]
`,
      { 'pics/cat.png': png },
    );
    const b = manifest?.shots[1];
    expect(b?.referenceImages).toEqual([
      { kind: 'url', url: 'https://example.com/x.png' },
      { kind: 'asset', url: 'asset://asset-1' },
      { kind: 'data', url: dataUri, mime: 'image/png', bytes: png.length },
      { kind: 'file', path: join(dir, 'pics/cat.png'), relative: 'pics/cat.png', mime: 'image/png', bytes: png.length },
      { kind: 'shot', shot: 'a' },
    ]);
    expect(b?.referenceVideos).toEqual([{ kind: 'shot', shot: 'a' }]);
    expect(b?.dependsOn).toEqual(['a']);
  });

  it('lists dependencies once each, in manifest order', async () => {
    const { manifest } = await loadYaml(`version: 1
shots:
  - id: z
    prompt: Z
  - id: y
    prompt: Y
  - id: x
    prompt: X
    reference_images: [{ shot: y }, { shot: z }, { shot: y }]
    reference_videos: [{ shot: z }]
`);
    expect(manifest?.shots[2]?.dependsOn).toEqual(['z', 'y']);
  });
});

describe('concat', () => {
  it('defaults to every non-draft shot, a cut and final.mp4 in the output folder', async () => {
    const { manifest, dir } = await loadYaml(`version: 1
output: films
shots:
  - id: sketch
    model: doubao-seedance-1-5-pro-251215
    prompt: S
    draft: true
  - id: a
    prompt: A
  - id: b
    prompt: B
concat: {}
`);
    expect(manifest?.concat).toEqual({ output: join(dir, 'films', 'final.mp4'), shots: ['a', 'b'], transition: { type: 'cut', duration: 0 }, trim: {} });
  });

  it('fills crossfade, music bed and size defaults', async () => {
    const mp3 = readFileSync(new URL('../fixtures/manifests/assets/nine-seconds.mp3', import.meta.url));
    const { manifest, dir } = await loadYaml(
      `version: 1
shots:
  - id: a
    prompt: A
  - id: b
    prompt: B
concat:
  output: cut/film.mp4
  transition: { type: crossfade }
  trim: { a: { start: 1 }, b: { end: 4 } }
  audio: { file: bed.mp3 }
  size: 1280x720
`,
      { 'bed.mp3': mp3 },
    );
    expect(manifest?.concat).toEqual({
      output: join(dir, 'out', 'manifest', 'cut', 'film.mp4'),
      shots: ['a', 'b'],
      transition: { type: 'crossfade', duration: 0.5 },
      trim: { a: { start: 1 }, b: { end: 4 } },
      audio: { file: join(dir, 'bed.mp3'), volume: 0.3 },
      size: [1280, 720],
    });
  });
});

describe('loading', () => {
  it('refuses a manifest over the size limit before parsing it', async () => {
    const result = await loadYaml('version: 1\nshots:\n  - id: a\n    prompt: A kitten\n', {}, { maxBytes: 20 });
    expect(codes(result)).toEqual(['error:manifest-too-large']);
    expect(result.source).toBe('');
  });

  it('reports a missing manifest and a folder given as a manifest', async () => {
    const { dir } = await loadYaml('version: 1\n');
    expect(codes(await loadManifest(join(dir, 'nope.yaml')))).toEqual(['error:manifest-missing']);
    expect(codes(await loadManifest(dir))).toEqual(['error:manifest-unreadable']);
  });

  it('warns when an image header is too short to read its size', async () => {
    const header = png.subarray(0, 16);
    const result = await loadYaml('version: 1\nshots:\n  - id: a\n    prompt: A\n    first_frame: short.png\n', { 'short.png': header });
    expect(codes(result)).toEqual(['warning:image-size-unknown']);
    expect(result.manifest).toBeDefined();
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read', async () => {
    const { dir, file } = await loadYaml('version: 1\n', { 'secret.png': png });
    chmodSync(join(dir, 'secret.png'), 0o000);
    writeFileSync(file, 'version: 1\nshots:\n  - id: a\n    prompt: A\n    first_frame: secret.png\n');
    expect(codes(await loadManifest(file))).toEqual(['error:file-unreadable']);
  });

  it('reports schema problems and semantic problems together', async () => {
    const result = await loadYaml(`version: 1
shots:
  - id: a
    promt: A
    first_frame: { shot: b }
  - id: b
    prompt: B
    first_frame: { shot: a }
    reference_images: [missing.png]
`);
    expect(codes(result)).toEqual(['error:unknown-key', 'error:cycle', 'error:mixed-modes', 'error:file-missing']);
    expect(result.manifest).toBeUndefined();
  });
});
