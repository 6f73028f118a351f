// The re-encode path's ffmpeg arguments: every clip (and the music bed) as an input, the filter
// graph, H.264 + AAC, chapters from an ffmetadata file, +faststart. Pure: tests check the text.
import { buildFilterGraph } from './filtergraph.js';
import { rateText } from './plan.js';
import { AUDIO_RATE, type ReencodePlan } from './types.js';

/** x264 settings: visually lossless for generated footage at a speed a two-core machine tolerates. */
export const VIDEO_ENCODING = ['-c:v', 'libx264', '-preset', 'fast', '-crf', '18', '-pix_fmt', 'yuv420p'] as const;
export const AUDIO_ENCODING = ['-c:a', 'aac', '-b:a', '192k', '-ar', String(AUDIO_RATE)] as const;

/** Filter graphs longer than this go through a script file (one argv string is limited to 128 KiB on Linux). */
export const INLINE_GRAPH_LIMIT = 64 * 1024;

export interface ReencodeFiles {
  /** The chapters (buildChaptersMetadata). */
  chapters: string;
  /** The temp file the film is written to. */
  output: string;
  /** When given, the graph is read from this file (its text must be buildFilterGraph(plan)). */
  graphScript?: string;
  /** buildFilterGraph(plan), when the caller has it already. */
  graph?: string;
}

export function buildReencodeArgs(plan: ReencodePlan, files: ReencodeFiles): string[] {
  // A larger packet queue per input thread: fewer stalls between many inputs (packets are small).
  const inputs = plan.clips.flatMap((clip) => ['-thread_queue_size', '512', '-i', clip.path]);
  if (plan.bed) inputs.push('-thread_queue_size', '512', '-i', plan.bed.file);
  const chaptersInput = plan.clips.length + (plan.bed ? 1 : 0);
  const graph = files.graphScript ? ['-filter_complex_script', files.graphScript] : ['-filter_complex', files.graph ?? buildFilterGraph(plan)];
  return [
    '-y',
    ...inputs,
    '-f', 'ffmetadata', '-i', files.chapters,
    ...graph,
    '-map', '[vout]',
    ...(plan.hasAudio ? ['-map', '[aout]'] : []),
    ...VIDEO_ENCODING,
    '-r', rateText(plan.rate),
    ...(plan.hasAudio ? AUDIO_ENCODING : []),
    '-map_metadata', String(chaptersInput), '-map_chapters', String(chaptersInput),
    '-movflags', '+faststart',
    '-f', 'mp4', files.output,
  ];
}
