// The clips and pictures the page links to, read-only from the output folder: only media files,
// only inside the folder once symlinks are followed, never a hidden file (the simulator's state,
// seedance's records, a stray .env), with HTTP Range so a player can seek. Anything else is 404.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { isInside } from '../manifest/project.js';

const TYPES: Record<string, string> = {
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.mov': 'video/quicktime',
  '.webm': 'video/webm',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.vtt': 'text/vtt; charset=utf-8',
};

/** The file a URL path names inside `outputDir`, or undefined when it may not be served. */
export async function outputFileFor(outputDir: string, urlPath: string): Promise<{ path: string; type: string; size: number } | undefined> {
  let parts: string[];
  try {
    parts = urlPath.split('/').slice(1).map((p) => decodeURIComponent(p));
  } catch {
    return undefined;
  }
  if (parts.some((p) => p === '' || p.startsWith('.') || /[/\\\0]/.test(p))) return undefined;
  const type = TYPES[extname(parts.at(-1) ?? '').toLowerCase()];
  if (!type) return undefined;
  try {
    const [folder, real] = await Promise.all([realpath(outputDir), realpath(join(outputDir, ...parts))]);
    if (!isInside(folder, real)) return undefined;
    const info = await stat(real);
    return info.isFile() ? { path: real, type, size: info.size } : undefined;
  } catch {
    return undefined;
  }
}

/** Sends the file, whole or the one byte range asked for. */
export function sendFile(req: IncomingMessage, res: ServerResponse, file: { path: string; type: string; size: number }): void {
  const range = parseRange(req.headers.range, file.size);
  const headers = { 'Content-Type': file.type, 'Accept-Ranges': 'bytes', 'Cache-Control': 'no-cache' };
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...headers, 'Content-Range': `bytes */${file.size}` }).end();
    return;
  }
  const [start, end] = range ?? [0, file.size - 1];
  const length = file.size === 0 ? 0 : end - start + 1;
  res.writeHead(range ? 206 : 200, { ...headers, 'Content-Length': String(length), ...(range ? { 'Content-Range': `bytes ${start}-${end}/${file.size}` } : {}) });
  if (req.method === 'HEAD' || length === 0) {
    res.end();
    return;
  }
  const stream = createReadStream(file.path, { start, end });
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/** `bytes=a-b`, `bytes=a-`, `bytes=-n` (one range; several are answered with the whole file). */
export function parseRange(header: string | undefined, size: number): [number, number] | 'unsatisfiable' | undefined {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const [first, last] = [match[1] as string, match[2] as string];
  const start = first === '' ? Math.max(0, size - Number(last)) : Number(first);
  const end = first === '' || last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (start >= size || start > end) return 'unsatisfiable';
  return [start, end];
}
