import { describe, expect, it } from 'vitest';
import { MODELS, SERIES_2_0, accountLimitsFor, estimateTokens, findModel, framesSeconds, openAiSizeFor, outputCodec, validFrames, videoSize } from '../src/models.js';

describe('capability table', () => {
  it('has unique ids', () => {
    expect(new Set(MODELS.map((m) => m.id)).size).toBe(MODELS.length);
  });

  it.each([
    ['doubao-seedance-2.0', '720p', '16:9', [1280, 720]],
    ['doubao-seedance-2.0', '480p', '16:9', [864, 496]],
    ['doubao-seedance-2-0-260128', '1080p', '21:9', [2206, 946]],
    ['doubao-seedance-1-0-pro-250528', '720p', '16:9', [1248, 704]],
  ] as const)('%s %s %s is %j', (id, resolution, ratio, size) => {
    expect(videoSize(findModel(id), resolution, ratio)).toEqual(size);
  });

  it('2-fast stops at 720p', () => {
    expect(findModel('doubao-seedance-2-fast')?.resolutions).toEqual(['480p', '720p']);
  });

  it.each([
    ['16:9', [3840, 2160]],
    ['4:3', [3326, 2494]],
    ['1:1', [2880, 2880]],
    ['3:4', [2494, 3326]],
    ['9:16', [2160, 3840]],
    ['21:9', [4398, 1886]],
  ] as const)('official 2.0 4k %s is %j (API.md), H.265', (ratio, size) => {
    for (const id of ['doubao-seedance-2-0-260128', 'dreamina-seedance-2-0-260128']) expect(videoSize(findModel(id), '4k', ratio)).toEqual(size);
    expect(outputCodec('4k')).toBe('hevc');
    expect(outputCodec('1080p')).toBe('h264');
  });

  it('4k is official 2.0 only: not the gateway names, not fast, not mini', () => {
    const with4k = MODELS.filter((m) => m.resolutions.includes('4k')).map((m) => m.id).sort();
    expect(with4k).toEqual(['doubao-seedance-2-0-260128', 'dreamina-seedance-2-0-260128']);
  });

  it('knows 2.0 mini (Volcengine and BytePlus) and BytePlus 2.0 fast, with 2.0 limits at 480p and 720p', () => {
    const official = findModel('doubao-seedance-2-0-260128');
    for (const id of ['doubao-seedance-2-0-mini-260615', 'dreamina-seedance-2-0-mini-260615', 'dreamina-seedance-2-0-fast-260128']) {
      const model = findModel(id);
      expect(model, id).toBeDefined();
      expect(model?.api).toBe('native');
      expect(model?.versioned).toBe(id);
      expect(model?.family).toBe(id.includes('mini') ? '2.0-mini' : '2.0-fast');
      expect(model?.resolutions).toEqual(['480p', '720p']);
      expect(model?.duration).toEqual(official?.duration);
      expect([model?.referenceImages, model?.referenceVideos, model?.referenceAudio]).toEqual([9, 3, 3]);
      expect([model?.priority, model?.tools, model?.frames]).toEqual([true, true, false]);
    }
  });

  it('priority and tools are for the 2.0 series of the native format; frames for the 1.0 series', () => {
    for (const m of MODELS) {
      const series20 = SERIES_2_0.includes(m.family) && m.api === 'native';
      expect(m.priority, m.id).toBe(series20);
      expect(m.tools, m.id).toBe(series20);
      expect(m.frames, m.id).toBe(m.family.startsWith('1.0'));
    }
  });

  it('has account limits per model as data: 600 creates a minute and 10 running; 4k 1 running and 15 a minute', () => {
    for (const m of MODELS) {
      expect(accountLimitsFor(m, '720p'), m.id).toEqual({ runningTasks: 10, createsPerMinute: 600 });
      expect(m.limits.personal.runningTasks).toBe(3);
      expect(m.limits.personal.createsPerMinute).toBe(SERIES_2_0.includes(m.family) ? 180 : 600);
    }
    expect(accountLimitsFor(findModel('doubao-seedance-2-0-260128')!, '4k')).toEqual({ runningTasks: 1, createsPerMinute: 15 });
  });

  it('frames: 25 + 4n in 29..289, lasting (frames - 1) / 24 s', () => {
    expect([29, 33, 121, 289].every(validFrames)).toBe(true);
    expect([25, 30, 120, 293, 57.5].some(validFrames)).toBe(false);
    expect(framesSeconds(121)).toBe(5);
    expect(framesSeconds(289)).toBe(12);
  });

  it('estimates tokens with the formula of API.md', () => {
    expect(estimateTokens(1280, 720, 5)).toBe(108_900);
    // The brief's reference-to-video answer: 173,700 tokens = 5 s output + 3 s input video.
    expect(estimateTokens(1280, 720, 5, { inputVideoSeconds: 3 })).toBe(173_700);
    // Drafts: 0.6 of the tokens with a sound track, 0.7 silent (API.md).
    expect(estimateTokens(864, 496, 5, { draft: true, audio: true })).toBe(Math.floor(50_638 * 0.6));
    expect(estimateTokens(864, 496, 5, { draft: true, audio: false })).toBe(Math.floor(50_638 * 0.7));
    // frames counts exactly that many frames: 121 frames are the 5 s of the formula.
    expect(estimateTokens(1248, 704, framesSeconds(121), { frames: 121 })).toBe(Math.floor((1248 * 704 * 121) / 1024));
    expect(estimateTokens(1248, 704, framesSeconds(29), { frames: 29 })).toBe(Math.floor((1248 * 704 * 29) / 1024));
  });

  it('maps resolution and ratio to an OpenAI size only where that format has it', () => {
    expect(openAiSizeFor('720p', '16:9')).toBe('1280x720');
    expect(openAiSizeFor('480p', '16:9')).toBeUndefined();
  });
});
