// The ffmpeg argument lists of the renderer, built by pure functions so tests can check them.
// Only filters that both the system ffmpeg and the old bundled one (2018) have: life, color,
// scale, crop, fade, overlay, drawtext, aevalsrc. No xfade, no gradients.
import { FPS } from '../models.js';
import { paletteFor, type RenderImage, type RenderSpec } from './render-spec.js';

export interface TextFiles {
  /** Font for Latin text, and one for CJK text where the machine has it. */
  font: string;
  /** Files holding the text, so no escaping is needed: prompt, seed line, placeholder labels. */
  prompt: string;
  seed: string;
  firstLabel?: string;
  lastLabel?: string;
}

/** Every part of the encode that makes the file byte-identical for identical inputs. */
export const BITEXACT_ARGS = ['-fflags', '+bitexact', '-flags:v', '+bitexact', '-flags:a', '+bitexact', '-map_metadata', '-1'] as const;

/** Frames of the cross-fade from the first frame and into the last frame. */
export function fadeFrames(frames: number): number {
  return Math.max(1, Math.min(FPS, Math.floor(frames / 3)));
}

export function renderArgs(spec: RenderSpec, out: string, text: TextFiles | undefined): string[] {
  const { width: w, height: h, frames } = spec;
  const seconds = frames / FPS;
  const palette = paletteFor(spec.seed);
  const inputs: string[] = [];
  const graph: string[] = [];
  const cell = Math.max(8, Math.round(h / 18));
  const cols = Math.max(8, Math.round(w / cell));
  const rows = Math.max(8, Math.round(h / cell));
  const barWidth = Math.max(16, Math.round(w / 10));
  const speed = Math.round(w / (2 + (spec.seed % 3)));
  // A slowly evolving Game of Life grid seeded with the task's seed, in the seed's colours, with
  // a translucent bar sweeping across so motion is visible.
  graph.push(
    `life=s=${cols}x${rows}:seed=${spec.seed % 4294967296}:rate=4:ratio=0.35:death_color=${palette.background}:life_color=${palette.cells},` +
      `scale=${w}:${h}:flags=neighbor,fps=${FPS},format=yuv420p[grid]`,
    `color=c=${palette.accent}@0.4:s=${barWidth}x${h}:r=${FPS},format=yuva420p[bar]`,
    `[grid][bar]overlay=x='mod(t*${speed}\\,${w + barWidth})-${barWidth}':y=0:format=yuv420[moving]`,
  );
  let current = 'moving';
  if (text) {
    const prompt = Math.max(12, Math.round(h / 24));
    const seedSize = Math.max(16, Math.round(h / 11));
    const margin = Math.round(h / 20);
    const box = `box=1:boxcolor=black@0.55:boxborderw=${Math.round(prompt / 2)}`;
    graph.push(
      `[${current}]drawtext=fontfile=${esc(text.font)}:textfile=${esc(text.prompt)}:expansion=none:fontsize=${prompt}:fontcolor=white:line_spacing=${Math.round(prompt / 3)}:${box}:x=${margin}:y=${margin},` +
        `drawtext=fontfile=${esc(text.font)}:textfile=${esc(text.seed)}:expansion=none:fontsize=${seedSize}:fontcolor=white:${box}:x=${margin}:y=h-th-${margin}` +
        (spec.watermark ? `,drawtext=fontfile=${esc(text.font)}:text=AI generated:expansion=none:fontsize=${prompt}:fontcolor=white@0.8:x=w-tw-${margin}:y=h-th-${margin}` : '') +
        '[texted]',
    );
    current = 'texted';
  }
  const fade = fadeFrames(frames);
  const layers: [RenderImage | undefined, string | undefined, string][] = [
    // The first picture is fully visible on frame 0 and fades out; the last fades in and is
    // fully visible on the final frames (a margin of two frames absorbs fade rounding).
    [spec.first, text?.firstLabel, `fade=t=out:s=1:n=${fade}:alpha=1`],
    [spec.last, text?.lastLabel, `fade=t=in:s=${Math.max(0, frames - 3 - fade)}:n=${fade}:alpha=1`],
  ];
  layers.forEach(([image, label, fadeFilter], index) => {
    if (!image) return;
    const name = `img${index}`;
    graph.push(`${imageSource(image, label, text?.font, w, h, inputs)},setsar=1,format=yuva420p,${fadeFilter}[${name}]`);
    graph.push(`[${current}][${name}]overlay=x=0:y=0:format=yuv420:eof_action=pass[over${index}]`);
    current = `over${index}`;
  });
  graph.push(`[${current}]format=yuv420p[v]`);
  if (spec.audio) {
    // Two tones picked from the seed, one per channel, with a slow swell.
    const left = 220 + (spec.seed % 17) * 20;
    const right = left * 1.5;
    graph.push(`aevalsrc=0.2*sin(2*PI*${left}*t)*(0.6+0.4*sin(2*PI*0.5*t))|0.2*sin(2*PI*${right}*t)*(0.6+0.4*sin(2*PI*0.5*t)):s=48000:c=stereo:d=${seconds}[a]`);
  }
  return [
    '-y',
    ...inputs,
    '-filter_complex', graph.join(';'),
    '-map', '[v]',
    ...(spec.audio ? ['-map', '[a]', '-c:a', 'aac', '-b:a', '96k', '-ac', '2', '-ar', '48000'] : []),
    '-frames:v', String(frames),
    '-r', String(FPS),
    // A fixed thread count: x264's output depends on it, and it must not depend on the machine.
    '-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '18', '-pix_fmt', 'yuv420p', '-threads', '2', '-g', String(2 * FPS),
    ...BITEXACT_ARGS,
    '-movflags', '+faststart',
    '-t', String(seconds),
    '-f', 'mp4',
    out,
  ];
}

/** An input picture scaled and cropped to cover the frame, or a placeholder in its place. */
function imageSource(image: RenderImage, labelFile: string | undefined, font: string | undefined, w: number, h: number, inputs: string[]): string {
  if (image.kind === 'placeholder') {
    // A stand-in for an input the simulator could not read: a colour from the URL, and the URL.
    const colour = paletteFor(hashLabel(image.label)).cells;
    const size = Math.max(12, Math.round(h / 30));
    const text = labelFile && font ? `,drawtext=fontfile=${esc(font)}:textfile=${esc(labelFile)}:expansion=none:fontsize=${size}:fontcolor=white:x=(w-tw)/2:y=(h-th)/2` : '';
    return `color=c=${colour}:s=${w}x${h}:r=${FPS}${text}`;
  }
  const index = inputs.filter((arg) => arg === '-i').length;
  inputs.push('-loop', '1', '-framerate', String(FPS), '-i', image.path);
  return `[${index}:v]scale=${w}:${h}:force_original_aspect_ratio=increase,crop=${w}:${h}`;
}

/**
 * A path as a filter option value inside a filter graph: escaped once for the option parser
 * (\\ ' :) and once for the graph parser (\\ ' [ ] , ;), as ffmpeg's filter docs describe.
 */
export function esc(value: string): string {
  return value.replace(/[\\':]/g, '\\$&').replace(/[\\'[\],;]/g, '\\$&');
}

function hashLabel(label: string): number {
  let hash = 0;
  for (let i = 0; i < label.length; i++) hash = (Math.imul(hash, 31) + label.charCodeAt(i)) >>> 0;
  return hash;
}

/** The final frame of a rendered video as PNG, extracted from the MP4 itself. */
export function lastFrameArgs(video: string, out: string): string[] {
  return ['-y', '-sseof', '-1.5', '-i', video, '-map', '0:v:0', '-an', '-update', '1', '-c:v', 'png', '-pix_fmt', 'rgb24', '-fflags', '+bitexact', '-flags:v', '+bitexact', '-f', 'image2', out];
}
