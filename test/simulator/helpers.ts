// Shared helpers for the simulator tests: HTTP calls, polling, probing, frame comparison.
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFfmpeg, runFfprobe } from '../../src/media/ffmpeg.js';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../src/simulator/index.js';
import { suiteTempDir as suiteTemp, tempDir as testTemp } from '../temp.js';

export const NATIVE = '/api/v3/contents/generations/tasks';
export const AUTH = { authorization: 'Bearer test-key' };

/** A simulator with tiny latencies and a render cache shared by the whole test run. */
export function testSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  return startSimulator({ latency: { queuedMs: 0, runningMs: 10 }, seed: 7, cacheDir: join(tmpdir(), 'seedance-simulator-test-cache'), ...options });
}

export interface JsonAnswer {
  status: number;
  headers: Headers;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export async function call(sim: Simulator | string, method: string, path: string, body?: unknown, headers: Record<string, string> = AUTH): Promise<JsonAnswer> {
  const base = typeof sim === 'string' ? sim : sim.url;
  const init: RequestInit = { method, headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) } };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  const response = await fetch(base + path, init);
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, headers: response.headers, json };
}

/** Poll a task until it leaves queued/running (native) or queued/in_progress (openai). */
export async function waitDone(sim: Simulator | string, id: string, format: 'native' | 'openai' = 'native', timeoutMs = 60_000): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const path = format === 'native' ? `${NATIVE}/${id}` : `/v1/videos/${id}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await call(sim, 'GET', path);
    if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}: ${JSON.stringify(answer.json)}`);
    const status = answer.json.status as string;
    if (!['queued', 'running', 'in_progress'].includes(status)) return answer.json;
    if (Date.now() > deadline) throw new Error(`task ${id} still ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export async function create(sim: Simulator, body: unknown, format: 'native' | 'openai' = 'native'): Promise<string> {
  const answer = await call(sim, 'POST', format === 'native' ? NATIVE : '/v1/videos', body);
  if (answer.status !== 200) throw new Error(`create answered ${answer.status}: ${JSON.stringify(answer.json)}`);
  return answer.json.id as string;
}

export async function download(url: string, dir: string, name: string): Promise<string> {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`download ${url} answered ${response.status}`);
  const path = join(dir, name);
  await writeFile(path, Buffer.from(await response.arrayBuffer()));
  return path;
}

/** A temp folder removed when the test ends (see test/temp.ts). */
export function tempDir(): Promise<string> {
  return testTemp('seedance-sim-test-');
}

/** A temp folder for a beforeAll; remove it in afterAll with removeDir (test/temp.ts). */
export function suiteTempDir(): Promise<string> {
  return suiteTemp('seedance-sim-test-');
}

export interface Probe {
  width: number;
  height: number;
  fps: string;
  pixFmt: string;
  codec: string;
  duration: number;
  frames: number;
  audio: { codec: string; channels: number } | undefined;
}

export async function probe(path: string): Promise<Probe> {
  const out = await runFfprobe(['-show_streams', '-show_format', '-count_packets', '-of', 'json', path]);
  const json = JSON.parse(out.toString('utf8')) as { streams: Record<string, string | number>[]; format: { duration: string } };
  const video = json.streams.find((s) => s.codec_type === 'video') as Record<string, string | number>;
  const audio = json.streams.find((s) => s.codec_type === 'audio');
  return {
    width: Number(video.width),
    height: Number(video.height),
    fps: String(video.r_frame_rate),
    pixFmt: String(video.pix_fmt),
    codec: String(video.codec_name),
    duration: Number(json.format.duration),
    frames: Number(video.nb_read_packets),
    audio: audio ? { codec: String(audio.codec_name), channels: Number(audio.channels) } : undefined,
  };
}

/** One frame as raw RGB: `index` from the start, or the last frame when index is 'last'. */
export async function rgbFrame(path: string, index: number | 'last', size: [number, number]): Promise<Buffer> {
  const seek = index === 'last' ? ['-sseof', '-1'] : [];
  const select = index === 'last' ? ['-update', '1'] : ['-vf', `select=eq(n\\,${index})`, '-frames:v', '1'];
  const out = await runFfmpeg([...seek, '-i', path, ...select, '-s', `${size[0]}x${size[1]}`, '-pix_fmt', 'rgb24', '-f', 'rawvideo', 'pipe:1']);
  if (index !== 'last') return out;
  const frameBytes = size[0] * size[1] * 3;
  return out.subarray(out.length - frameBytes);
}

export function psnr(a: Buffer, b: Buffer): number {
  if (a.length !== b.length) throw new Error(`frame sizes differ: ${a.length} vs ${b.length}`);
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    sum += d * d;
  }
  const mse = sum / a.length;
  return mse === 0 ? Infinity : 10 * Math.log10((255 * 255) / mse);
}

/** Mean absolute difference per byte between two frames (0..255). */
export function meanDifference(a: Buffer, b: Buffer): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs((a[i] as number) - (b[i] as number));
  return sum / a.length;
}

/** A PNG picture of the given size (a test pattern, or a colour), made with ffmpeg. */
export async function pngOf(width: number, height: number, source = 'testsrc2'): Promise<Buffer> {
  const input = source === 'testsrc2' ? `testsrc2=s=${width}x${height}` : `color=c=${source}:s=${width}x${height}`;
  return runFfmpeg(['-f', 'lavfi', '-i', input, '-frames:v', '1', '-c:v', 'png', '-f', 'image2pipe', 'pipe:1']);
}

export function dataUri(bytes: Buffer, type = 'image/png'): string {
  return `data:${type};base64,${bytes.toString('base64')}`;
}
