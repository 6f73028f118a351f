// The film's last step, when asked for: its sound levelled to a loudness (EBU R128, ffmpeg's
// two-pass loudnorm: measure, then apply the measured values in linear mode, music bed included)
// and the dialogue's subtitle tracks muxed in. The picture is copied; the film is rewritten once.
import { rename, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { SeedanceError } from '../core/errors.js';
import { runFfmpeg } from '../media/ffmpeg.js';
import { iso639_2, srtText, vttText, type SubtitleTrack } from './subtitles.js';

/** loudnorm's other targets: true peak at most -1.5 dBTP, loudness range 11 LU (its defaults). */
const TRUE_PEAK = -1.5;
const RANGE = 11;

export interface Loudness {
  /** Integrated loudness measured, in LUFS. */
  integrated: number;
  truePeak: number;
  range: number;
  threshold: number;
  offset: number;
}

/** loudnorm's first pass over the film's sound: what it measures (its JSON report on stderr). */
export async function measureLoudness(file: string, target: number, signal?: AbortSignal): Promise<Loudness> {
  let report = '';
  await runFfmpeg(['-loglevel', 'info', '-i', file, '-map', '0:a:0', '-af', `loudnorm=I=${target}:TP=${TRUE_PEAK}:LRA=${RANGE}:print_format=json`, '-f', 'null', '-'], {
    onStderr: (text) => (report += text),
    ...(signal ? { signal } : {}),
  });
  const json = /\{[^{}]*"input_i"[^{}]*\}/.exec(report)?.[0];
  const data = json ? (JSON.parse(json) as Record<string, string>) : undefined;
  const value = (key: string): number => Number(data?.[key]);
  if (!data || !Number.isFinite(value('input_i'))) {
    throw new SeedanceError('ffmpeg.failed', "ffmpeg's loudnorm did not report the film's loudness, so it could not be levelled.", { hint: 'Check that this ffmpeg has the loudnorm filter (ffmpeg -filters), or remove concat.loudness.' });
  }
  return { integrated: value('input_i'), truePeak: value('input_tp'), range: value('input_lra'), threshold: value('input_thresh'), offset: value('target_offset') };
}

export interface FinishInput {
  /** The film as joined (a temp file); replaced by the finished one. */
  film: string;
  /** The film's own name: .mkv takes SRT subtitles, MP4 and MOV mov_text. */
  output: string;
  /** A folder for work files. */
  work: string;
  hasAudio: boolean;
  /** Target integrated loudness in LUFS (concat.loudness). */
  loudness?: number;
  tracks: readonly SubtitleTrack[];
}

export interface Finished {
  /** The film's loudness after levelling, measured again. */
  loudness?: { target: number; measured: number };
}

/** Level the sound and mux the subtitle tracks, in one rewrite of the film; nothing to do: nothing done. */
export async function finishFilm(input: FinishInput, signal?: AbortSignal): Promise<Finished> {
  const level = input.loudness !== undefined && input.hasAudio ? input.loudness : undefined;
  if (level === undefined && input.tracks.length === 0) return {};
  const opts = signal ? { signal } : {};
  const measured = level !== undefined ? await measureLoudness(input.film, level, signal) : undefined;
  const subtitles = await Promise.all(
    input.tracks.map(async (track, i) => {
      const file = join(input.work, `subtitles-${i}.srt`);
      await writeFile(file, srtText(track));
      return file;
    }),
  );
  const matroska = /\.mkv$/i.test(input.output);
  const out = `${input.film}.finished.${matroska ? 'mkv' : 'mp4'}`;
  const subtitleCodec = matroska ? 'srt' : 'mov_text';
  const args = [
    '-y',
    '-i', input.film,
    ...subtitles.flatMap((file) => ['-i', file]),
    '-map', '0:v:0',
    ...(input.hasAudio ? ['-map', '0:a:0'] : []),
    ...subtitles.flatMap((_, i) => ['-map', `${i + 1}:0`]),
    '-map_metadata', '0', '-map_chapters', '0',
    '-c:v', 'copy',
    ...(measured && level !== undefined
      ? ['-af', `loudnorm=I=${level}:TP=${TRUE_PEAK}:LRA=${RANGE}:measured_I=${measured.integrated}:measured_TP=${measured.truePeak}:measured_LRA=${measured.range}:measured_thresh=${measured.threshold}:offset=${measured.offset}:linear=true,aresample=48000`, '-c:a', 'aac', '-b:a', '192k']
      : input.hasAudio ? ['-c:a', 'copy'] : []),
    ...(subtitles.length > 0 ? ['-c:s', subtitleCodec] : []),
    ...input.tracks.flatMap((track, i) => {
      const language = iso639_2(track.language);
      return language ? [`-metadata:s:s:${i}`, `language=${language}`] : [];
    }),
    '-f', matroska ? 'matroska' : /\.mov$/i.test(input.output) ? 'mov' : 'mp4',
    out,
  ];
  try {
    await runFfmpeg(args, opts);
    await rename(out, input.film);
  } finally {
    await rm(out, { force: true });
  }
  if (level === undefined) return {};
  const after = await measureLoudness(input.film, level, signal);
  return { loudness: { target: level, measured: after.integrated } };
}

/** The subtitle files beside the film: `<film>.srt` and `.vtt`, or `<film>.<lang>.srt`/`.vtt` per language when there are several. */
export function subtitlePaths(film: string, languages: readonly (string | undefined)[]): { srt: string; vtt: string }[] {
  const base = film.slice(0, film.length - extname(film).length);
  return languages.map((language) => {
    const stem = languages.length > 1 && language ? `${base}.${language}` : base;
    return { srt: `${stem}.srt`, vtt: `${stem}.vtt` };
  });
}

/** The files of the tracks, with their text. */
export function subtitleFiles(film: string, tracks: readonly SubtitleTrack[]): { path: string; text: string }[] {
  const paths = subtitlePaths(film, tracks.map((t) => t.language));
  return tracks.flatMap((track, i) => [
    { path: (paths[i] as { srt: string }).srt, text: srtText(track) },
    { path: (paths[i] as { vtt: string }).vtt, text: vttText(track) },
  ]);
}
