// What a rendered video depends on, and nothing else: the cache key is a hash of this, so the
// same request with the same seed always maps to the same (byte-identical) file.
import { canonicalJson } from '../core/canonical-json.js';
import { hashToUint32 } from './random.js';
import { sha256 } from '../core/sha256.js';

/** Bump when the picture or the encoder settings change, so old cached files are not reused. */
const RENDERER_VERSION = 4;

export type RenderImage = { kind: 'file'; path: string; sha: string } | { kind: 'placeholder'; label: string };

export interface RenderSpec {
  width: number;
  height: number;
  /** Exact frame count at 24 fps. */
  frames: number;
  audio: boolean;
  prompt: string;
  seed: number;
  watermark: boolean;
  /** The video begins on this picture (scaled and cropped to cover the frame). */
  first?: RenderImage;
  /** The video ends on this picture. */
  last?: RenderImage;
}

/** The cache key: the spec with input files named by content, the renderer version and the ffmpeg used. */
export function renderKey(spec: RenderSpec, ffmpeg: string): string {
  const image = (img: RenderImage | undefined): unknown => (img?.kind === 'file' ? { sha: img.sha } : img);
  return sha256(canonicalJson({ ...spec, first: image(spec.first), last: image(spec.last), v: RENDERER_VERSION, ffmpeg })).slice(0, 32);
}

export interface Palette {
  background: string;
  cells: string;
  accent: string;
}

/** Colours derived from the seed, so different seeds give visibly different pictures. */
export function paletteFor(seed: number): Palette {
  const hue = hashToUint32(`palette:${seed}`) % 360;
  return {
    background: hslToHex(hue, 0.45, 0.2),
    cells: hslToHex((hue + 40) % 360, 0.6, 0.45),
    accent: hslToHex((hue + 180) % 360, 0.7, 0.6),
  };
}

function hslToHex(hue: number, saturation: number, lightness: number): string {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const x = chroma * (1 - Math.abs(((hue / 60) % 2) - 1));
  const m = lightness - chroma / 2;
  const [r, g, b] = hue < 60 ? [chroma, x, 0] : hue < 120 ? [x, chroma, 0] : hue < 180 ? [0, chroma, x] : hue < 240 ? [0, x, chroma] : hue < 300 ? [x, 0, chroma] : [chroma, 0, x];
  const hex = (v: number): string => Math.round((v + m) * 255).toString(16).padStart(2, '0');
  return `0x${hex(r)}${hex(g)}${hex(b)}`;
}

/** Wrap the prompt to lines that fit the frame; long prompts end with an ellipsis. */
export function wrapPrompt(prompt: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  // CJK text has no spaces: every character is a possible break.
  const words = prompt.trim().split(/(\s+|(?<=[\u3000-\u9fff\uff00-\uffef]))/u).filter((w) => w.trim() !== '');
  let line = '';
  for (const word of words) {
    const joiner = line === '' || /[\u3000-\u9fff\uff00-\uffef]$/u.test(line) ? '' : ' ';
    if ((line + joiner + word).length <= maxChars) {
      line += joiner + word;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word.length > maxChars ? word.slice(0, maxChars) : word;
  }
  if (line !== '') lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${(kept[maxLines - 1] as string).slice(0, Math.max(0, maxChars - 1))}…`;
    return kept;
  }
  return lines.length > 0 ? lines : ['(no prompt)'];
}
