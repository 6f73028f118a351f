// Facts about the local files a manifest names: size, what they are by content, pixel size of
// images, length of audio clips. Each file is read once (the first bytes only, or the whole of a
// small m4a, ogg or aac clip, whose length is not in its first bytes) however many shots use it.
import { open, stat, type FileHandle } from 'node:fs/promises';
import { WHOLE_FILE_AUDIO, audioDuration } from './audio-duration.js';
import { imageSize, tiffBytesNeeded, type Dimensions } from './image-size.js';
import { sniff, type Sniffed } from './media-sniff.js';

export type FileFacts =
  | { ok: true; bytes: number; sniffed: Sniffed | undefined; dimensions?: Dimensions; seconds?: number }
  | { ok: false; problem: 'missing' | 'unreadable' | 'not-a-file'; detail: string };

const HEAD_BYTES = 64 * 1024;
/** A JPEG's size marker can sit behind a large EXIF block: look that far at most. */
const JPEG_SCAN_BYTES = 4 * 1024 * 1024;
/** A TIFF's size tags can follow all of its pixels (ffmpeg writes them last): read that far, up to the service's image limit. */
const TIFF_SCAN_BYTES = 32 * 1024 * 1024;
/** An m4a, ogg or aac clip up to this size is read whole for its length (15 s of 320 kbit/s is 0.6 MB). */
const WHOLE_AUDIO_BYTES = 16 * 1024 * 1024;

export class FileProbe {
  private readonly cache = new Map<string, Promise<FileFacts>>();

  probe(path: string): Promise<FileFacts> {
    let facts = this.cache.get(path);
    if (!facts) {
      facts = probeFile(path);
      this.cache.set(path, facts);
    }
    return facts;
  }
}

export async function probeFile(path: string): Promise<FileFacts> {
  let bytes: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, problem: 'not-a-file', detail: info.isDirectory() ? 'a folder' : 'not a regular file' };
    bytes = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return code === 'ENOENT' || code === 'ENOTDIR' ? { ok: false, problem: 'missing', detail: code } : { ok: false, problem: 'unreadable', detail: code };
  }
  try {
    const handle = await open(path, 'r');
    try {
      let head = await readMore(handle, Buffer.alloc(0), Math.min(bytes, HEAD_BYTES));
      const sniffed = sniff(head);
      if (sniffed?.format === 'jpeg' && !imageSize('jpeg', head)) head = await readMore(handle, head, Math.min(bytes, JPEG_SCAN_BYTES));
      const tiffEnd = sniffed?.format === 'tiff' ? tiffBytesNeeded(head) : undefined;
      if (tiffEnd !== undefined && tiffEnd <= TIFF_SCAN_BYTES) head = await readMore(handle, head, Math.min(bytes, tiffEnd));
      if (sniffed && WHOLE_FILE_AUDIO.has(sniffed.format) && bytes <= WHOLE_AUDIO_BYTES) head = await readMore(handle, head, bytes);
      return { ok: true, bytes, ...factsOf(sniffed, head, bytes) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, problem: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}

/** The same facts for bytes already in memory (a `data:` URI). */
export function probeBuffer(buf: Buffer): FileFacts {
  return { ok: true, bytes: buf.length, ...factsOf(sniff(buf), buf, buf.length) };
}

function factsOf(sniffed: Sniffed | undefined, head: Buffer, bytes: number): { sniffed: Sniffed | undefined; dimensions?: Dimensions; seconds?: number } {
  const facts: { sniffed: Sniffed | undefined; dimensions?: Dimensions; seconds?: number } = { sniffed };
  if (sniffed?.kind === 'image') {
    const dimensions = imageSize(sniffed.format, head);
    if (dimensions) facts.dimensions = dimensions;
  }
  if (sniffed?.kind === 'audio') {
    const seconds = audioDuration(sniffed.format, head, bytes);
    if (seconds !== undefined) facts.seconds = seconds;
  }
  return facts;
}

/** `have` extended to the first `length` bytes of the file, reading only what is not there yet. */
async function readMore(handle: FileHandle, have: Buffer, length: number): Promise<Buffer> {
  if (length <= have.length) return have;
  const buf = Buffer.alloc(length);
  have.copy(buf);
  const { bytesRead } = await handle.read(buf, have.length, length - have.length, have.length);
  return buf.subarray(0, have.length + bytesRead);
}
