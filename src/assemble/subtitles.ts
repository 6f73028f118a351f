// The film's subtitles from the shots' `dialogue:` lines: one cue per line, timed to where its shot
// shows in the film (the chapters: crossfades and trims already shift them), as SRT and WebVTT, one
// track per language. A line without times shares its shot's time on screen with the others; a
// line's own `start`/`end` are seconds within its clip, before the trim.
import type { ChapterMark } from './types.js';

/** A `dialogue:` line (the manifest's SpokenLine): `start`/`end` in seconds within the clip. */
export interface SpokenLine {
  line: string;
  speaker?: string;
  language?: string;
  start?: number;
  end?: number;
}

export interface SubtitleCue {
  /** Seconds in the film. */
  start: number;
  end: number;
  text: string;
  speaker?: string;
}

export interface SubtitleTrack {
  /** The BCP 47 tag the lines carry; undefined when no line names one. */
  language?: string;
  cues: SubtitleCue[];
}

export interface SpokenClip {
  id: string;
  /** Seconds cut from the clip's start (concat.trim). */
  trimStart: number;
  dialogue: readonly SpokenLine[];
}

/** The tracks' languages, in the order they first appear (undefined: one track, no language named); none without dialogue. */
export function trackLanguages(clips: readonly Pick<SpokenClip, 'dialogue'>[]): (string | undefined)[] {
  if (!clips.some((c) => c.dialogue.length > 0)) return [];
  const languages = [...new Set(clips.flatMap((c) => c.dialogue.flatMap((l) => (l.language ? [l.language] : []))))];
  return languages.length > 0 ? languages : [undefined];
}

/** Tracks in the order their languages first appear; a line without a language joins the first. */
export function subtitleTracks(chapters: readonly ChapterMark[], clips: readonly SpokenClip[]): SubtitleTrack[] {
  const languages = [...new Set(clips.flatMap((c) => c.dialogue.flatMap((l) => (l.language ? [l.language] : []))))];
  const tracks = new Map<string | undefined, SubtitleCue[]>(languages.length > 0 ? languages.map((l) => [l, []]) : [[undefined, []]]);
  clips.forEach((clip, i) => {
    const chapter = chapters[i];
    if (!chapter || clip.dialogue.length === 0) return;
    for (const [k, line] of clip.dialogue.entries()) {
      const cue = timed(clip, chapter, k);
      (tracks.get(line.language ?? languages[0]) as SubtitleCue[]).push({ ...cue, text: line.line, ...(line.speaker ? { speaker: line.speaker } : {}) });
    }
  });
  return [...tracks].filter(([, cues]) => cues.length > 0).map(([language, cues]) => ({ ...(language ? { language } : {}), cues: cues.sort((a, b) => a.start - b.start) }));
}

/** Line k of a clip: its own times moved onto the film, else an even share of the shot's time on screen. */
function timed(clip: SpokenClip, chapter: ChapterMark, k: number): { start: number; end: number } {
  const lines = clip.dialogue;
  const share = (chapter.end - chapter.start) / lines.length;
  const film = (t: number): number => Math.min(chapter.end, Math.max(chapter.start, chapter.start + t - clip.trimStart));
  const line = lines[k] as SpokenLine;
  const next = lines[k + 1];
  const start = line.start !== undefined ? film(line.start) : chapter.start + share * k;
  const end = line.end !== undefined ? film(line.end) : next?.start !== undefined ? film(next.start) : chapter.start + share * (k + 1);
  return { start: round(start), end: round(Math.max(end, start)) };
}

export function srtText(track: SubtitleTrack): string {
  return track.cues.map((c, i) => `${i + 1}\n${timecode(c.start, ',')} --> ${timecode(c.end, ',')}\n${c.speaker ? `${c.speaker}: ` : ''}${c.text}\n`).join('\n');
}

export function vttText(track: SubtitleTrack): string {
  const cues = track.cues.map((c) => `${timecode(c.start, '.')} --> ${timecode(c.end, '.')}\n${c.speaker ? `<v ${vttEscape(c.speaker)}>` : ''}${vttEscape(c.text)}\n`);
  return [`WEBVTT${track.language ? `\nLanguage: ${track.language}` : ''}\n`, ...cues].join('\n');
}

/** ISO 639-2 for a BCP 47 tag's language, as MP4 subtitle tracks name it (`en` -> `eng`); undefined if unknown. */
export function iso639_2(tag: string | undefined): string | undefined {
  const primary = tag?.split('-')[0]?.toLowerCase();
  if (!primary) return undefined;
  if (primary.length === 3) return primary;
  return ISO_639_2[primary];
}

const ISO_639_2: Record<string, string> = {
  ar: 'ara', de: 'deu', en: 'eng', es: 'spa', fr: 'fra', hi: 'hin', id: 'ind', it: 'ita', ja: 'jpn', ko: 'kor',
  nl: 'nld', pl: 'pol', pt: 'por', ru: 'rus', sv: 'swe', th: 'tha', tr: 'tur', uk: 'ukr', vi: 'vie', zh: 'zho',
};

/** `00:01:02,500` (SRT) or `00:01:02.500` (WebVTT). */
function timecode(seconds: number, mark: ',' | '.'): string {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}${mark}${pad(ms % 1000, 3)}`;
}

function vttEscape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

const round = (s: number): number => Math.round(s * 1000) / 1000;
