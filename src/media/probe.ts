// ffprobe's JSON turned into the few facts the pipeline decides on: sizes, rates, codecs, lengths.
import { stat } from 'node:fs/promises';
import { SeedanceError } from '../core/errors.js';
import { locateTools, runFfprobe } from './ffmpeg.js';

export interface VideoInfo {
  codec: string;
  profile?: string;
  width: number;
  height: number;
  pixFmt: string;
  /** Frames per second as a number (24, 29.97...). */
  fps: number;
  /** The same rate as ffprobe wrote it, exact: `24/1`, `30000/1001`. */
  frameRate: string;
  /** The stream's time base, e.g. `1/12288`. */
  timeBase: string;
  /** Number of frames, where the container says (MP4 does). */
  frames?: number;
  /** The stream's own length in seconds, where known. */
  durationSeconds?: number;
  /** sha256 of the codec setup (SPS/PPS): stream copy across files needs them equal. */
  extradataHash?: string;
}

export interface AudioInfo {
  codec: string;
  profile?: string;
  sampleRate: number;
  channels: number;
  channelLayout: string;
  durationSeconds?: number;
  extradataHash?: string;
}

export interface MediaInfo {
  file: string;
  /** The container's length in seconds (the longest stream). */
  durationSeconds: number;
  sizeBytes: number;
  formatName: string;
  video?: VideoInfo;
  audio?: AudioInfo;
  chapters: { title: string; start: number; end: number }[];
}

/**
 * Probes are remembered by file identity (device, inode, size, modification time in ns) and
 * ffprobe binary, not by path: the runner verifies a download as `.x.mp4.part` and renames it
 * (which keeps all four), so the assembler finds the clip already probed. ffprobe start-up costs
 * 60-80 ms with a distribution's shared-library build, more than a stream-copy join of 20 clips.
 */
const probeCache = new Map<string, Promise<MediaInfo>>();
const PROBE_CACHE_LIMIT = 512;

/** Forget remembered probes (benchmarks measure a cold start with it). */
export function clearProbeCache(): void {
  probeCache.clear();
}

/**
 * Probe a media file with ffprobe. Throws ffmpeg.failed when ffprobe cannot read it. A probe is
 * shared by every caller of the same file, so it is not killed by one caller's signal (it takes
 * well under a second); an aborted caller gets `interrupted` at once.
 */
export async function probeMedia(file: string, options: { signal?: AbortSignal } = {}): Promise<MediaInfo> {
  throwIfAborted(options.signal);
  const [tools, stats] = await Promise.all([
    locateTools(),
    stat(file, { bigint: true }).catch((error: unknown) => {
      throw new SeedanceError('ffmpeg.failed', `Cannot probe ${file}: ${(error as { code?: string }).code === 'ENOENT' ? 'no such file' : String(error)}.`, {
        hint: 'Check the path.',
        cause: error,
      });
    }),
  ]);
  const key = [tools.ffprobe, stats.dev, stats.ino, stats.size, stats.mtimeNs].join('|');
  let entry = probeCache.get(key);
  if (!entry) {
    entry = runProbe(file, Number(stats.size));
    probeCache.set(key, entry);
    entry.catch(() => probeCache.delete(key));
    if (probeCache.size > PROBE_CACHE_LIMIT) probeCache.delete(probeCache.keys().next().value ?? '');
  }
  const info = await entry;
  throwIfAborted(options.signal);
  return { ...info, file };
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new SeedanceError('interrupted', 'Probing was stopped because the work was interrupted.', { hint: 'Run again to redo this step.' });
}

async function runProbe(file: string, sizeBytes: number): Promise<MediaInfo> {
  const args = ['-print_format', 'json', '-show_format', '-show_streams', '-show_chapters', '-show_data_hash', 'sha256', file];
  const out = await runFfprobe(args);
  let json: unknown;
  try {
    json = JSON.parse(out.toString('utf8'));
  } catch (error) {
    throw new SeedanceError('ffmpeg.failed', `ffprobe printed no readable JSON for ${file}.`, { hint: 'Check that FFPROBE_PATH points at ffprobe.', cause: error });
  }
  return parseProbeJson(file, json, sizeBytes);
}

interface RawStream {
  codec_type?: string;
  codec_name?: string;
  profile?: string;
  width?: number;
  height?: number;
  pix_fmt?: string;
  avg_frame_rate?: string;
  r_frame_rate?: string;
  time_base?: string;
  nb_frames?: string;
  duration?: string;
  extradata_hash?: string;
  sample_rate?: string;
  channels?: number;
  channel_layout?: string;
  disposition?: { attached_pic?: number };
}

interface RawProbe {
  streams?: RawStream[];
  format?: { duration?: string; size?: string; format_name?: string };
  chapters?: { start_time?: string; end_time?: string; tags?: { title?: string } }[];
}

/** Pure: ffprobe's `-show_format -show_streams -show_chapters` JSON to MediaInfo. */
export function parseProbeJson(file: string, json: unknown, sizeBytes?: number): MediaInfo {
  const raw = (json ?? {}) as RawProbe;
  const streams = raw.streams ?? [];
  // Cover art in MP4/MP3 is a one-frame "video" stream: never the picture we want.
  const v = streams.find((s) => s.codec_type === 'video' && s.disposition?.attached_pic !== 1);
  const a = streams.find((s) => s.codec_type === 'audio');
  const info: MediaInfo = {
    file,
    durationSeconds: num(raw.format?.duration) ?? num(v?.duration) ?? num(a?.duration) ?? 0,
    sizeBytes: sizeBytes ?? num(raw.format?.size) ?? 0,
    formatName: raw.format?.format_name ?? 'unknown',
    chapters: (raw.chapters ?? []).map((c) => ({ title: c.tags?.title ?? '', start: num(c.start_time) ?? 0, end: num(c.end_time) ?? 0 })),
  };
  if (v) info.video = videoInfo(v);
  if (a) info.audio = audioInfo(a);
  return info;
}

function videoInfo(s: RawStream): VideoInfo {
  const frameRate = usableRate(s.avg_frame_rate) ?? usableRate(s.r_frame_rate) ?? '0/1';
  const frames = num(s.nb_frames);
  const duration = num(s.duration);
  return {
    codec: s.codec_name ?? 'unknown',
    ...(s.profile ? { profile: s.profile } : {}),
    width: s.width ?? 0,
    height: s.height ?? 0,
    pixFmt: s.pix_fmt ?? 'unknown',
    fps: rationalValue(frameRate),
    frameRate,
    timeBase: s.time_base ?? 'unknown',
    ...(frames !== undefined && frames > 0 ? { frames } : {}),
    ...(duration !== undefined ? { durationSeconds: duration } : {}),
    ...(s.extradata_hash ? { extradataHash: s.extradata_hash } : {}),
  };
}

function audioInfo(s: RawStream): AudioInfo {
  const channels = s.channels ?? 0;
  const duration = num(s.duration);
  return {
    codec: s.codec_name ?? 'unknown',
    ...(s.profile ? { profile: s.profile } : {}),
    sampleRate: num(s.sample_rate) ?? 0,
    channels,
    channelLayout: s.channel_layout ?? (channels === 1 ? 'mono' : channels === 2 ? 'stereo' : `${channels} channels`),
    ...(duration !== undefined ? { durationSeconds: duration } : {}),
    ...(s.extradata_hash ? { extradataHash: s.extradata_hash } : {}),
  };
}

/** What a video's length is worked out from (a probe, or the MP4 boxes' facts). */
export type VideoLength = Pick<MediaInfo, 'durationSeconds'> & { video?: Pick<VideoInfo, 'frames' | 'fps' | 'durationSeconds'> };

/** The video's own length: frames / rate where the container counts frames, else the stream's duration. */
export function videoSeconds(info: VideoLength): number {
  const v = info.video;
  if (v?.frames && v.fps > 0) return v.frames / v.fps;
  return v?.durationSeconds ?? info.durationSeconds;
}

function usableRate(rate: string | undefined): string | undefined {
  return rate && rationalValue(rate) > 0 ? rate : undefined;
}

/** `30000/1001` -> 29.97; `24` -> 24; anything unreadable -> 0. */
export function rationalValue(rate: string): number {
  const [n, d = '1'] = rate.split('/');
  const value = Number(n) / Number(d);
  return Number.isFinite(value) && value > 0 ? value : 0;
}

function num(text: string | number | undefined): number | undefined {
  if (text === undefined || text === 'N/A') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}
