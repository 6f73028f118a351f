// Small real clips made with lavfi for the media and assembly tests, and switching between the
// system ffmpeg and the bundled 2018 build (FFMPEG_PATH/FFPROBE_PATH + resetTools()).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledTools, resetTools, runFfmpeg } from '../../src/media/index.js';

export interface ClipSpec {
  seconds: number;
  width?: number;
  height?: number;
  fps?: number;
  /** A sine tone at this frequency, or no sound when false. */
  tone?: number | false;
  /** lavfi video source; testsrc2 changes every frame. */
  source?: 'testsrc2' | 'color=c=red' | 'color=c=blue';
  /** Frames per second as ffmpeg writes it, e.g. '30000/1001' (instead of fps). */
  rate?: string;
  /** h264 (default) or h265 (hvc1). */
  codec?: 'h264' | 'h265';
  /** x264/x265 preset: ultrafast (default) makes no B-frames, medium does. */
  preset?: 'ultrafast' | 'medium';
  /** Frames between key frames (default: one a second). */
  gop?: number;
  /** moov before mdat (+faststart) instead of after it. */
  faststart?: boolean;
}

/** An H.264 (+ AAC) MP4 like the service's: yuv420p, one key frame a second. */
export async function makeClip(file: string, spec: ClipSpec): Promise<string> {
  const { seconds, width = 320, height = 240, fps = 24, tone = 440, source = 'testsrc2', codec = 'h264', preset = 'ultrafast' } = spec;
  const rate = spec.rate ?? String(fps);
  const video = `${source}${source.startsWith('color') ? ':' : '='}s=${width}x${height}:r=${rate}:d=${seconds}`;
  const audio = tone === false ? [] : ['-f', 'lavfi', '-i', `sine=f=${tone}:r=48000:d=${seconds}`];
  const encoder = codec === 'h265' ? ['-c:v', 'libx265', '-x265-params', 'log-level=error', '-tag:v', 'hvc1'] : ['-c:v', 'libx264'];
  await runFfmpeg([
    '-y', '-f', 'lavfi', '-i', video, ...audio,
    ...encoder, '-preset', preset, '-g', String(spec.gop ?? Math.round(fps)), '-pix_fmt', 'yuv420p',
    ...(tone === false ? [] : ['-c:a', 'aac', '-b:a', '64k']),
    ...(spec.faststart ? ['-movflags', '+faststart'] : []),
    '-f', 'mp4', file,
  ]);
  return file;
}

/** A plain audio file (for the music bed). */
export async function makeTone(file: string, seconds: number, tone: number): Promise<string> {
  await runFfmpeg(['-y', '-f', 'lavfi', '-i', `sine=f=${tone}:r=44100:d=${seconds}`, '-c:a', 'aac', '-f', 'mp4', file]);
  return file;
}

export async function tempDir(prefix: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `seedance-${prefix}-`));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export type ToolSetName = 'system' | 'bundled';
export const TOOL_SETS: readonly ToolSetName[] = ['system', 'bundled'];

/** Point the media layer at one ffmpeg build; returns a function that restores the environment. */
export async function useTools(name: ToolSetName): Promise<() => void> {
  const saved = { ffmpeg: process.env.FFMPEG_PATH, ffprobe: process.env.FFPROBE_PATH };
  const tools = name === 'system' ? { ffmpeg: '/usr/bin/ffmpeg', ffprobe: '/usr/bin/ffprobe' } : await bundledTools();
  if (!tools) throw new Error('The bundled ffmpeg packages are not installed.');
  process.env.FFMPEG_PATH = tools.ffmpeg;
  process.env.FFPROBE_PATH = tools.ffprobe;
  resetTools();
  return () => {
    restore('FFMPEG_PATH', saved.ffmpeg);
    restore('FFPROBE_PATH', saved.ffprobe);
    resetTools();
  };
}

function restore(key: string, value: string | undefined): void {
  if (value === undefined) delete process.env[key];
  else process.env[key] = value;
}
