// Estimated tokens of a shot before it runs (formula and factors in src/models.ts): the expected
// size, the duration (-1: the model's maximum, so the estimate is an upper bound; `frames`: that
// many frames), input video seconds where the model bills them, and the draft discount.
import { FIXED_RATIOS, estimateTokens, videoSize, type FixedRatio } from '../models.js';
import type { ResolvedShot } from '../manifest/types.js';

interface TokenEstimate {
  tokens: number;
  notes: string[];
}

export function estimateShotTokens(shot: ResolvedShot, byId: ReadonlyMap<string, ResolvedShot>): TokenEstimate {
  const notes: string[] = [];
  const s = shot.settings;
  let size = shot.expectedSize;
  if (!size) {
    // ratio adaptive (or an unknown cell): the service picks the shape; 16:9 stands in for it.
    const ratio: FixedRatio = (FIXED_RATIOS as readonly string[]).includes(s.ratio) ? (s.ratio as FixedRatio) : '16:9';
    size = videoSize(shot.capabilities, s.resolution, ratio) ?? videoSize(undefined, s.resolution, '16:9') ?? [1280, 720];
    notes.push(`size not known before the run; estimated as ${size[0]}x${size[1]}`);
  }
  let seconds = s.duration;
  if (seconds === -1) {
    seconds = shot.capabilities?.duration.max ?? 15;
    notes.push(`duration -1 (the model chooses): estimated at the maximum, ${seconds} s`);
  }
  let inputVideoSeconds = 0;
  if (shot.capabilities?.billsInputVideo) {
    for (const source of shot.referenceVideos) {
      const target = source.kind === 'shot' ? byId.get(source.shot) : undefined;
      if (target && target.settings.duration > 0) inputVideoSeconds += target.settings.duration;
      else notes.push('a reference video of unknown length adds its seconds to the bill');
    }
  }
  if (!shot.capabilities) notes.push(`model ${s.model} is not in the capability table: estimated like 2.0`);
  // `frames` counts exactly that many frames ((frames - 1) / 24 s, which s.duration holds).
  const frames = s.frames !== undefined && seconds === s.duration ? { frames: s.frames } : {};
  return { tokens: estimateTokens(size[0], size[1], seconds, { inputVideoSeconds, draft: shot.draft, audio: s.generateAudio, ...frames }), notes: [...new Set(notes)] };
}
