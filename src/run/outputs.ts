// Fetching a finished task's files: streamed to a `.part` file, checked (bytes, the MP4's boxes,
// size, duration, audio), then renamed to `<shot>.mp4`; the last frame to `<shot>.last.png`, from
// the service when it returns one, else extracted from the video. A partial file never carries the
// final name. Fetching bytes and the checks wait in separate queues, so no download waits behind
// another clip's ffmpeg.
import { open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { SeedanceError, isSeedanceError } from '../core/errors.js';
import { imageSize } from '../manifest/image-size.js';
import { sniff } from '../manifest/media-sniff.js';
import type { ResolvedShot } from '../manifest/types.js';
import { extractFrame, verifyVideo } from '../media/index.js';
import { clipByteCeiling, type SeedanceClient, type TaskInfo } from '../api/index.js';
import type { OutputRecord } from '../state/lock.js';
import { sha256 } from '../core/sha256.js';

export interface SavedOutputs {
  video: OutputRecord;
  lastFrame: OutputRecord;
  /** The task info the files came from (a fresh query when a URL had expired). */
  info: TaskInfo;
}

/** Runs `work` when the queue has room (p-limit); by default at once. */
export type Queue = <T>(work: () => Promise<T>) => Promise<T>;

const AT_ONCE: Queue = (work) => work();

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
    /** Something the user should know that did not stop the shot (a bad last frame, replaced). */
    onWarning?: (message: string) => void;
    /** Where the fetching of bytes waits for its turn (a download starts, and onDownload says so, when it has one). */
    bytes?: Queue;
    /** Where the checks and the frame extraction wait: work for the CPU, ffmpeg's or ours. */
    cpu?: Queue;
  } = {},
): Promise<SavedOutputs> {
  const queues = { bytes: options.bytes ?? AT_ONCE, cpu: options.cpu ?? AT_ONCE };
  let info = task;
  const videoFile = `${shot.id}.mp4`;
  let video: OutputRecord | undefined;
  let size: { width: number; height: number } | undefined;
  for (let attempt = 1; !video; attempt++) {
    const url = info.videoUrl ?? client.contentUrl(info.id);
    if (!url) throw new SeedanceError('api.protocol', `Task ${info.id} succeeded but carries no video URL.`, { hint: 'Run again to ask the service once more.' });
    try {
      const onProgress = options.onProgress;
      const expected = expectations(shot, info);
      video = await fetchChecked(client, url, outputDir, videoFile, clipByteCeiling(expected), {
        queues,
        ...(options.signal ? { signal: options.signal } : {}),
        onStart: () => options.onDownload?.(videoFile, 'start'),
        check: async (part) => {
          size = (await verifyVideo(part, expected)).video;
        },
        ...(onProgress ? { onProgress: (bytes: number, total?: number) => onProgress(videoFile, bytes, total) } : {}),
      });
    } catch (error) {
      if (!isSeedanceError(error, 'download.expired') || attempt >= 3) throw error;
      const fresh = await client.get(info.id, options.signal ? { signal: options.signal } : {});
      if (!fresh) throw vanished(info.id);
      info = fresh;
    }
  }
  options.onDownload?.(videoFile, 'done', video);
  const lastFrame = await saveLastFrame(client, outputDir, shot.id, info, size, { ...options, queues });
  return { video, lastFrame, info };
}

function expectations(shot: ResolvedShot, info: TaskInfo): Parameters<typeof verifyVideo>[1] {
  const size = shot.expectedSize ?? (info.width && info.height ? ([info.width, info.height] as const) : undefined);
  // A frames shot's length is exact, where a service may report whole seconds only.
  const asked = shot.settings.duration > 0 && !shot.fromDraft ? shot.settings.duration : undefined;
  const seconds = shot.settings.frames !== undefined && asked !== undefined ? asked : info.duration !== undefined && info.duration > 0 ? info.duration : asked;
  const audio = info.generateAudio;
  return {
    ...(size ? { width: size[0], height: size[1] } : {}),
    ...(seconds !== undefined ? { durationSeconds: seconds } : {}),
    ...(audio !== undefined ? { audio } : {}),
    toleranceSeconds: 0.5,
  };
}

async function saveLastFrame(
  client: SeedanceClient,
  outputDir: string,
  id: string,
  info: TaskInfo,
  size: { width: number; height: number } | undefined,
  options: { signal?: AbortSignal; onWarning?: (message: string) => void; queues: { bytes: Queue; cpu: Queue } },
): Promise<OutputRecord> {
  if (info.lastFrameUrl) {
    try {
      // Reading a PNG's header is no work for the CPU queue.
      return await fetchChecked(client, info.lastFrameUrl, outputDir, lastFrameFile(id), MAX_FRAME_BYTES, {
        queues: { ...options.queues, cpu: AT_ONCE },
        ...(options.signal ? { signal: options.signal } : {}),
        check: (part) => checkFrame(part, size),
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      // The frame can always be taken from the video itself.
      if (isSeedanceError(error, 'download.invalid')) options.onWarning?.(`${error.message} The last frame was taken from the video instead.`);
    }
  }
  return options.queues.cpu(() => extractLastFrame(outputDir, id, options.signal));
}

const lastFrameFile = (id: string): string => `${id}.last.png`;

/** A last frame is one PNG of at most 4k: an uncompressed 3840x2160 RGBA image is 32 MiB. */
const MAX_FRAME_BYTES = 64 * 1024 * 1024;

/** The last frame taken from the shot's video on disk, saved as `<id>.last.png`. */
export async function extractLastFrame(outputDir: string, id: string, signal?: AbortSignal): Promise<OutputRecord> {
  const file = lastFrameFile(id);
  const part = join(outputDir, `.${file}.part`);
  await extractFrame(join(outputDir, `${id}.mp4`), 'last', part, signal ? { signal } : {});
  const bytes = await readFile(part);
  await rename(part, join(outputDir, file));
  return { file, bytes: bytes.length, sha256: sha256(bytes) };
}

/** A last frame is a PNG of the video's own size (a URL can serve an error page instead). */
async function checkFrame(part: string, size: { width: number; height: number } | undefined): Promise<void> {
  const head = Buffer.alloc(64);
  const handle = await open(part, 'r');
  try {
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }
  const kind = sniff(head);
  const got = kind?.format === 'png' ? imageSize('png', head) : undefined;
  if (!got || (size && (got.width !== size.width || got.height !== size.height))) {
    const what = !kind ? 'it is not an image' : kind.format !== 'png' ? `it is ${kind.kind === 'image' ? 'a' : 'an'} ${kind.format} ${kind.kind}` : `it is ${got?.width ?? '?'}x${got?.height ?? '?'}`;
    throw new SeedanceError('download.invalid', `The last frame the service served is not a PNG image${size ? ` of the video's ${size.width}x${size.height}` : ''}: ${what}.`, {
      hint: 'Nothing to do: the frame is taken from the video itself.',
    });
  }
}

/** Download to `.<file>.part` in the bytes queue, check it in the CPU queue, rename it. */
async function fetchChecked(
  client: SeedanceClient,
  url: string,
  outputDir: string,
  file: string,
  maxBytes: number,
  how: {
    queues: { bytes: Queue; cpu: Queue };
    signal?: AbortSignal;
    check: (part: string) => Promise<void>;
    onStart?: () => void;
    onProgress?: (bytes: number, total?: number) => void;
  },
): Promise<OutputRecord> {
  const part = join(outputDir, `.${file}.part`);
  const { signal, onProgress } = how;
  try {
    const result = await how.queues.bytes(() => {
      how.onStart?.();
      return client.download(url, part, { maxBytes, ...(signal ? { signal } : {}), ...(onProgress ? { onProgress } : {}) });
    });
    await how.queues.cpu(() => how.check(part));
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
