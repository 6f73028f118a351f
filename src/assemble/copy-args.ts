// The stream-copy path: the concat demuxer reads a list of files and ffmpeg copies their packets,
// so joining takes seconds however long the film. Pure builders, checked by tests without ffmpeg.
import { SeedanceError } from '../core/errors.js';
import { videoSeconds, type MediaInfo } from '../media/probe.js';
import type { AssembleInput, ChapterMark } from './types.js';

/**
 * The concat demuxer's list. Paths go in single quotes, inside which nothing is special but the
 * quote itself, written as '\'' (close, escaped quote, reopen). A line break cannot be written.
 * Each file's length is stated: the demuxer otherwise starts the next file after the container's
 * length, which some muxers (ffmpeg 4.x among them) stretch by the last AAC frame's padding,
 * leaving a gap in the picture at every join.
 */
export function buildConcatList(clips: readonly { path: string; durationSeconds?: number }[]): string {
  const entries = clips.map((c) => `file ${quoteConcatPath(c.path)}\n${c.durationSeconds !== undefined ? `duration ${c.durationSeconds.toFixed(6)}\n` : ''}`);
  return `ffconcat version 1.0\n${entries.join('')}`;
}

export function quoteConcatPath(path: string): string {
  if (/[\n\r]/.test(path)) {
    throw new SeedanceError('usage', `The clip path ${JSON.stringify(path)} contains a line break, which ffmpeg's concat list cannot hold.`, {
      hint: 'Rename the file or folder without line breaks.',
    });
  }
  return `'${path.replace(/'/g, "'\\''")}'`;
}

export interface CopyFiles {
  /** The concat list (buildConcatList). */
  list: string;
  /** The chapters (buildChaptersMetadata). */
  chapters: string;
  /** The temp file the film is written to. */
  output: string;
}

/** ffmpeg arguments that join the listed clips by stream copy, with chapters, streamable (+faststart). */
export function buildCopyArgs(files: CopyFiles, hasAudio: boolean): string[] {
  return [
    '-y',
    // With two inputs ffmpeg reads each in its own thread; the default queue of 8 packets makes the
    // reader and muxer wait on each other for every packet (+50% time on ffmpeg 5.1 for 20 clips).
    '-thread_queue_size', '1024', '-f', 'concat', '-safe', '0', '-i', files.list,
    '-f', 'ffmetadata', '-i', files.chapters,
    '-map', '0:v:0', ...(hasAudio ? ['-map', '0:a:0'] : []),
    // Global tags from the (empty) metadata file, chapters from it too: titles survive only when
    // metadata is mapped from an input, never with -map_metadata -1.
    '-map_metadata', '1', '-map_chapters', '1',
    '-c', 'copy',
    '-movflags', '+faststart',
    '-f', 'mp4', files.output,
  ];
}

/** The copy path's chapters: each file starts where the previous one's picture ends (the list's `duration`). */
export function copyChapters(infos: readonly MediaInfo[], input: AssembleInput): ChapterMark[] {
  let start = 0;
  return input.clips.map((clip, i) => {
    const info = infos[i];
    const end = start + (info ? videoSeconds(info) : 0);
    const mark = { id: clip.id, start, end };
    start = end;
    return mark;
  });
}

/** An ffmetadata file with one chapter per clip, titled with the shot id. */
export function buildChaptersMetadata(chapters: readonly ChapterMark[]): string {
  const lines = [';FFMETADATA1'];
  for (const c of chapters) {
    lines.push('[CHAPTER]', 'TIMEBASE=1/1000', `START=${Math.round(c.start * 1000)}`, `END=${Math.round(c.end * 1000)}`, `title=${escapeMetadata(c.id)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** ffmetadata escapes '=', ';', '#', '\' and line breaks with a backslash. */
export function escapeMetadata(value: string): string {
  return value.replace(/[=;#\\\n]/g, (ch) => `\\${ch}`);
}
