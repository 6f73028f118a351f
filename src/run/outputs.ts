// Fetching a finished task's files: streamed to a `.part` file, checked (bytes, ffprobe, size,
// duration, audio), then renamed to `<shot>.mp4`; the last frame to `<shot>.last.png`, from the
// service when it returns one, else extracted from the video. A partial file never carries the
// final name.
import { readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { SeedanceError, isSeedanceError } from '../core/errors.js';
import type { ResolvedShot } from '../manifest/types.js';
import { extractFrame, verifyVideo } from '../media/index.js';
import type { SeedanceClient, TaskInfo } from '../api/index.js';
import type { OutputRecord } from '../state/lock.js';
import { sha256 } from '../core/sha256.js';

export interface SavedOutputs {
  video: OutputRecord;
  lastFrame: OutputRecord;
  /** The task info the files came from (a fresh query when a URL had expired). */
  info: TaskInfo;
}

export async function saveOutputs(
  client: SeedanceClient,
  outputDir: string,
  shot: ResolvedShot,
  task: TaskInfo,
  options: {
    signal?: AbortSignal;
    onDownload?: (file: string, phase: 'start' | 'done', record?: OutputRecord) => void;
    /** Bytes of the video received so far (for live displays). */
    onProgress?: (file: string, bytes: number, total?: number) => void;
  } = {},
): Promise<SavedOutputs> {
  let info = task;
  const videoFile = `${shot.id}.mp4`;
  let video: OutputRecord | undefined;
  for (let attempt = 1; !video; attempt++) {
    const url = info.videoUrl ?? client.contentUrl(info.id);
    if (!url) throw new SeedanceError('api.protocol', `Task ${info.id} succeeded but carries no video URL.`, { hint: 'Run again to ask the service once more.' });
    try {
      options.onDownload?.(videoFile, 'start');
      const onProgress = options.onProgress;
      video = await fetchChecked(client, url, outputDir, videoFile, options.signal, async (part) => {
        await verifyVideo(part, expectations(shot, info));
      }, onProgress ? (bytes, total) => onProgress(videoFile, bytes, total) : undefined);
    } catch (error) {
      if (!isSeedanceError(error, 'download.expired') || attempt >= 3) throw error;
      const fresh = await client.get(info.id, options.signal ? { signal: options.signal } : {});
      if (!fresh) throw vanished(info.id);
      info = fresh;
    }
  }
  options.onDownload?.(videoFile, 'done', video);
  const lastFrame = await saveLastFrame(client, outputDir, shot.id, info, options.signal);
  return { video, lastFrame, info };
}

function expectations(shot: ResolvedShot, info: TaskInfo): Parameters<typeof verifyVideo>[1] {
  const size = shot.expectedSize ?? (info.width && info.height ? ([info.width, info.height] as const) : undefined);
  const seconds = info.duration !== undefined && info.duration > 0 ? info.duration : shot.settings.duration > 0 && !shot.fromDraft ? shot.settings.duration : undefined;
  const audio = info.generateAudio;
  return {
    ...(size ? { width: size[0], height: size[1] } : {}),
    ...(seconds !== undefined ? { durationSeconds: seconds } : {}),
    ...(audio !== undefined ? { audio } : {}),
    toleranceSeconds: 0.5,
  };
}

async function saveLastFrame(client: SeedanceClient, outputDir: string, id: string, info: TaskInfo, signal?: AbortSignal): Promise<OutputRecord> {
  const file = `${id}.last.png`;
  if (info.lastFrameUrl) {
    try {
      return await fetchChecked(client, info.lastFrameUrl, outputDir, file, signal, async () => undefined);
    } catch (error) {
      if (signal?.aborted) throw error;
      // The frame can always be taken from the video itself.
    }
  }
  const part = join(outputDir, `.${file}.part`);
  await extractFrame(join(outputDir, `${id}.mp4`), 'last', part);
  const bytes = await readFile(part);
  await rename(part, join(outputDir, file));
  return { file, bytes: bytes.length, sha256: sha256(bytes) };
}

async function fetchChecked(
  client: SeedanceClient,
  url: string,
  outputDir: string,
  file: string,
  signal: AbortSignal | undefined,
  check: (part: string) => Promise<void>,
  onProgress?: (bytes: number, total?: number) => void,
): Promise<OutputRecord> {
  const part = join(outputDir, `.${file}.part`);
  try {
    const result = await client.download(url, part, { ...(signal ? { signal } : {}), ...(onProgress ? { onProgress } : {}) });
    await check(part);
    await rename(part, join(outputDir, file));
    return { file, bytes: result.bytes, sha256: result.sha256 };
  } catch (error) {
    await rm(part, { force: true });
    throw error;
  }
}

function vanished(taskId: string): SeedanceError {
  return new SeedanceError('task.vanished', `The service no longer knows task ${taskId}, so its video cannot be fetched again.`, {
    hint: 'Run again: the shot is submitted anew.',
  });
}
