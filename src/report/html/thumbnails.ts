// Small JPEG thumbnails for the report, in <output>/report/. Frames come out of the videos with
// src/media's extractFrame (the real last frame, not a key frame near the end) and are scaled down
// so a phone loads the page quickly. A thumbnail's name carries a hash of its source, so an
// unchanged clip is never decoded again and a remade one never shows a stale picture. Each one
// made is entered in the output folder's record of what seedance wrote (.seedance-owned.json),
// and pruning deletes only thumbnails found there: `report/` may hold pictures of the user's.
import { lstat, rename, rm, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import pLimit from 'p-limit';
import type { ResolvedManifest } from '../../manifest/types.js';
import { extractFrame, nonEmpty, runFfmpeg } from '../../media/index.js';
import { readOwned, updateOwned } from '../../state/output-owner.js';

const THUMB_SIDE = 480;
const REPORT_FOLDER = 'report';

export class Thumbnails {
  private readonly keep = new Set<string>();
  /** Thumbnails this report made, with their sizes. */
  private readonly made = new Map<string, number>();
  private readonly limit = pLimit(Math.max(2, availableParallelism()));

  /** The folder the thumbnails go to. */
  readonly dir: string;

  constructor(
    /** Its output folder holds report.html, the thumbnails go to the folder's `report/`. */
    private readonly manifest: ResolvedManifest,
    private readonly signal?: AbortSignal,
  ) {
    this.dir = join(manifest.output, REPORT_FOLDER);
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

  /**
   * Remove thumbnails no longer shown (older versions of remade clips): only those the record says
   * a report made, and only while they are the size it made them. Then record the ones made now.
   */
  async prune(): Promise<void> {
    const prefix = `${REPORT_FOLDER}/`;
    const record = await readOwned(this.manifest.output);
    const stale = Object.entries(record?.files ?? {}).filter(([name]) => name.startsWith(prefix) && !this.keep.has(name.slice(prefix.length)));
    await Promise.all(
      stale.map(async ([name, { bytes }]) => {
        const path = join(this.dir, name.slice(prefix.length));
        const info = await lstat(path).catch(() => undefined);
        // Replaced by something else since, it is not the report's any more: forgotten, not deleted.
        if (info?.isFile() && info.size === bytes) await rm(path, { force: true });
      }),
    );
    const add = [...this.made].map(([file, bytes]) => ({ name: prefix + file, bytes }));
    if (add.length > 0 || stale.length > 0) await updateOwned(this.manifest, { add, remove: stale.map(([name]) => name) });
  }

  private make(file: string, produce: (part: string) => Promise<void>): Promise<string | undefined> {
    this.keep.add(file);
    return this.limit(async () => {
      const path = join(this.dir, file);
      if (await nonEmpty(path)) return file;
      const part = join(this.dir, `.${file}.part`);
      try {
        // ffmpeg writes through whatever has that name: never through a symlink left there.
        await rm(part, { force: true });
        await produce(part);
        await rename(part, path);
        this.made.set(file, (await stat(path)).size);
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
