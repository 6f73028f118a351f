// Small JPEG thumbnails for the report, in <output>/report/. Frames come out of the videos with
// src/media's extractFrame (the real last frame, not a key frame near the end) and are scaled down
// so a phone loads the page quickly. A thumbnail's name carries a hash of its source, so an
// unchanged clip is never decoded again and a remade one never shows a stale picture.
import { readdir, rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { extractFrame, nonEmpty, runFfmpeg } from '../../media/index.js';

const THUMB_SIDE = 480;
const REPORT_FOLDER = 'report';

export class Thumbnails {
  private readonly keep = new Set<string>();
  private readonly limit = pLimit(Math.max(2, availableParallelism()));

  /** The folder the thumbnails go to. */
  readonly dir: string;

  constructor(
    /** The output folder; report.html sits in it, the thumbnails in its `report/` folder. */
    outputDir: string,
    private readonly signal?: AbortSignal,
  ) {
    this.dir = join(outputDir, REPORT_FOLDER);
  }

  /** A thumbnail's link from report.html. */
  link(file: string): string {
    return `${REPORT_FOLDER}/${encodeURIComponent(file)}`;
  }

  /** A frame of a video; `key` identifies the video's content. Undefined when it cannot be made. */
  fromVideo(video: string, which: 'first' | 'last', name: string, key: string): Promise<string | undefined> {
    return this.make(`${name}.${key.slice(0, 12)}.${which}.jpg`, async (part) => {
      // The first decoded frame is what one ffmpeg run scales anyway; the last needs extractFrame.
      if (which === 'first') return this.scale(video, part);
      const png = join(this.dir, `.${name}.${which}.frame.png`);
      try {
        await extractFrame(video, which, png, this.opts());
        await this.scale(png, part);
      } finally {
        await rm(png, { force: true });
      }
    });
  }

  /** A scaled copy of an image (a downloaded last frame, a local input picture). */
  fromImage(image: string, name: string, kind: string, key: string): Promise<string | undefined> {
    return this.make(`${name}.${key.slice(0, 12)}.${kind}.jpg`, (part) => this.scale(image, part));
  }

  /** Remove thumbnails no longer shown (older versions of remade clips). */
  async prune(): Promise<void> {
    const entries = await readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(entries.filter((f) => f.endsWith('.jpg') && !this.keep.has(f)).map((f) => rm(join(this.dir, f), { force: true })));
  }

  private make(file: string, produce: (part: string) => Promise<void>): Promise<string | undefined> {
    this.keep.add(file);
    return this.limit(async () => {
      const path = join(this.dir, file);
      if (await nonEmpty(path)) return file;
      const part = join(this.dir, `.${file}.part`);
      try {
        await produce(part);
        await rename(part, path);
        return file;
      } catch {
        // A damaged or missing clip leaves its card without a picture; the report is still written.
        await rm(part, { force: true });
        this.keep.delete(file);
        return undefined;
      }
    });
  }

  private async scale(source: string, dest: string): Promise<void> {
    const fit = `scale=w=${THUMB_SIDE}:h=${THUMB_SIDE}:force_original_aspect_ratio=decrease`;
    await runFfmpeg(['-y', '-i', source, '-frames:v', '1', '-vf', fit, '-q:v', '4', '-update', '1', '-f', 'image2', '-c:v', 'mjpeg', dest], this.opts());
  }

  private opts(): { signal?: AbortSignal } {
    return this.signal ? { signal: this.signal } : {};
  }
}
