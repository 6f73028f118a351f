// Signed, expiring file URLs, like the service's object storage hands out: an HMAC over the
// path and the expiry with a per-simulator secret. Expired or tampered URLs answer 403.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const FILES_PREFIX = '/__files/';

export interface SignedFile {
  taskId: string;
  file: 'video.mp4' | 'last_frame.png';
}

export class UrlSigner {
  constructor(private readonly secret: Buffer, private readonly ttlSeconds: number) {}

  /** A fresh URL for a task's file, valid for the TTL from `nowMs`. */
  sign(baseUrl: string, file: SignedFile, nowMs: number): { url: string; expiresAt: number } {
    const path = `${FILES_PREFIX}${encodeURIComponent(file.taskId)}/${file.file}`;
    const expiresAt = Math.floor(nowMs / 1000) + this.ttlSeconds;
    const signature = this.mac(path, expiresAt);
    return { url: `${baseUrl}${path}?expires=${expiresAt}&signature=${signature}`, expiresAt };
  }

  /** Check a request for a file URL: the file it names, or why it is refused. */
  verify(pathname: string, query: URLSearchParams, nowMs: number): { ok: true; file: SignedFile } | { ok: false; status: 403 | 404; reason: string } {
    const match = /^\/__files\/([^/]+)\/(video\.mp4|last_frame\.png)$/.exec(pathname);
    if (!match) return { ok: false, status: 404, reason: 'No such file.' };
    const expires = Number(query.get('expires'));
    const signature = query.get('signature') ?? '';
    const expected = this.mac(pathname, expires);
    const valid = Number.isInteger(expires) && signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
    if (!valid) return { ok: false, status: 403, reason: 'The signature of this URL does not match: it was altered or made by another simulator. Query the task for a fresh URL.' };
    if (nowMs >= expires * 1000) {
      return { ok: false, status: 403, reason: `This URL expired at ${new Date(expires * 1000).toISOString()}. Query the task again for a fresh URL.` };
    }
    return { ok: true, file: { taskId: decodeURIComponent(match[1] as string), file: match[2] as SignedFile['file'] } };
  }

  private mac(path: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`${path}\n${expires}`).digest('hex');
  }
}
