// How large a download may be. A clip's size is bounded by its resolution and length: a server
// that declares (or sends) more is not sending the clip asked for, and would fill the disk.

/** Bits per second of video allowed at 1080p; more pixels get proportionally more. Real clips use a few. */
const VIDEO_BITS_PER_SECOND_1080P = 50_000_000;
const PIXELS_1080P = 1920 * 1080;
/** Bits per second allowed for the sound track (AAC stereo is about 128 kbit/s). */
const AUDIO_BITS_PER_SECOND = 512_000;
/** Container overhead and very short clips: never less than this. */
const MIN_BYTES = 8 * 1024 * 1024;
/** What the models make at most, for clips whose size or length is not known: 4k, 30 s. */
const LARGEST = { width: 3840, height: 2160, durationSeconds: 30 } as const;

/** The most any download may be when the caller names no ceiling: far above any clip, far below a full disk. */
export const DEFAULT_MAX_DOWNLOAD_BYTES = 1024 * 1024 * 1024;

export interface ClipSize {
  width?: number;
  height?: number;
  durationSeconds?: number;
}

/**
 * The most bytes a clip of this size and length can plausibly be: 50 Mbit/s of video at 1080p
 * (scaled by pixels above it) plus audio, for the length and a second more, and at least 8 MiB.
 * Takes what `verifyVideo` is given, so the same expectations bound the download (none: the largest clip).
 */
export function clipByteCeiling(clip: ClipSize = {}): number {
  const width = clip.width && clip.width > 0 ? clip.width : LARGEST.width;
  const height = clip.height && clip.height > 0 ? clip.height : LARGEST.height;
  const seconds = clip.durationSeconds && clip.durationSeconds > 0 ? clip.durationSeconds : LARGEST.durationSeconds;
  const videoBits = VIDEO_BITS_PER_SECOND_1080P * Math.max(1, (width * height) / PIXELS_1080P);
  return Math.ceil(((videoBits + AUDIO_BITS_PER_SECOND) * (seconds + 1)) / 8) + MIN_BYTES;
}

/** `1.5 MB`, `3.0 GB` (binary units, as `mb` in core/format). */
export function size(bytes: number): string {
  if (bytes >= 1024 ** 4) return `${(bytes / 1024 ** 4).toFixed(1)} TB`;
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${(bytes / 1024).toFixed(1)} kB`;
}
