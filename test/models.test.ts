import { describe, expect, it } from 'vitest';
import { MODELS, estimateTokens, findModel, openAiSizeFor, videoSize } from '../src/models.js';

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

  it('estimates tokens with the formula of API.md', () => {
    expect(estimateTokens(1280, 720, 5)).toBe(108_900);
    // The brief's reference-to-video answer: 173,700 tokens = 5 s output + 3 s input video.
    expect(estimateTokens(1280, 720, 5, { inputVideoSeconds: 3 })).toBe(173_700);
  });

  it('maps resolution and ratio to an OpenAI size only where that format has it', () => {
    expect(openAiSizeFor('720p', '16:9')).toBe('1280x720');
    expect(openAiSizeFor('480p', '16:9')).toBeUndefined();
  });
});
