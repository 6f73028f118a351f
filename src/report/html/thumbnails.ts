// Small JPEG thumbnails for the report, in <output>/report/. Frames come out of the videos with
// src/media's extractFrame (the real last frame, not a key frame near the end) and are scaled down
// so a phone loads the page quickly. A thumbnail's name carries a hash of its source, so an
// unchanged clip is never decoded again and a remade one never shows a stale picture. Each one
// made is entered in the output folder's record of what seedance wrote (.seedance-owned.json),
// and pruning deletes only thumbnails found there: `report/` may hold pictures of the user's.
// One instance can serve a whole run: thumbnails made while clips arrive (run-thumbnails.ts) and
// the report at the end share it, so a thumbnail being made is waited for, never made twice.
import { lstat, mkdir, rename, rm, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import pLimit from 'p-limit';
import { SeedanceError } from '../../core/errors.js';
import { isInside, realPathOf } from '../../manifest/project.js';
import type { ResolvedManifest } from '../../manifest/types.js';
import { extractFrame, nonEmpty, runFfmpeg } from '../../media/index.js';
import { hasFile } from '../../state/facts.js';
import type { OutputRecord } from '../../state/lock.js';
import { readOwned, updateOwned } from '../../state/output-owner.js';

const THUMB_SIDE = 480;
const REPORT_FOLDER = 'report';

export class Thumbnails {
  private readonly keep = new Set<string>();
  /** Thumbnails this report made, with their sizes. */
  private readonly made = new Map<string, number>();
  /** Made and not yet entered in the output folder's record. */
  private readonly unrecorded = new Map<string, number>();
  private readonly making = new Map<string, Promise<string | undefined>>();
  private readonly limit = pLimit(Math.max(2, availableParallelism()));
  private folder: Promise<void> | undefined;

  /** The folder the thumbnails go to. */
  readonly dir: string;

  constructor(
    /** Its output folder holds report.html, the thumbnails go to the folder's `report/`. */
    private readonly manifest: ResolvedManifest,
    private readonly signal?: AbortSignal,
  ) {
    this.dir = join(manifest.output, REPORT_FOLDER);
  }

  /** The folder exists and, symlinks followed, is inside the output folder (once per instance). */
  prepare(): Promise<void> {
    this.folder ??= requireInsideOutput(this.manifest, this.dir).then(() => mkdir(this.dir, { recursive: true })).then(() => undefined);
    return this.folder;
  }

  /**
   * A shot's first and last frames: the last from its saved PNG when that is whole (both then come
   * out of one ffmpeg run: starting ffmpeg costs more than scaling two small frames), else from the video.
   */
  async ofShot(id: string, outputs: { video?: OutputRecord; lastFrame?: OutputRecord } | undefined): Promise<{ first?: string; last?: string } | undefined> {
    const video = outputs?.video;
    const out = this.manifest.output;
    if (!video || !(await hasFile(join(out, video.file), video.bytes))) return undefined;
    const saved = outputs.lastFrame;
    const clip = join(out, video.file);
    const [first, last] = saved && (await hasFile(join(out, saved.file), saved.bytes))
      ? await this.make([this.nameOf(id, video.sha256, 'first'), this.nameOf(id, saved.sha256, 'last')], (parts) => this.scale([clip, join(out, saved.file)], parts))
      : await Promise.all([this.fromVideo(clip, 'first', id, video.sha256), this.fromVideo(clip, 'last', id, video.sha256)]);
    return { ...(first ? { first } : {}), ...(last ? { last } : {}) };
  }

  /** Enters the thumbnails made so far in the output folder's record, so a later report may prune them. */
  async record(): Promise<void> {
    const add = [...this.unrecorded].map(([file, bytes]) => ({ name: `${REPORT_FOLDER}/${file}`, bytes }));
    this.unrecorded.clear();
    if (add.length > 0) await updateOwned(this.manifest, { add });
  }

  /** A thumbnail's link from report.html. */
  link(file: string): string {
    return `${REPORT_FOLDER}/${encodeURIComponent(file)}`;
  }

  /** A frame of a video; `key` identifies the video's content. Undefined when it cannot be made. */
  async fromVideo(video: string, which: 'first' | 'last', name: string, key: string): Promise<string | undefined> {
    const [made] = await this.make([this.nameOf(name, key, which)], async ([part]) => {
      // The first decoded frame is what one ffmpeg run scales anyway; the last needs extractFrame.
      if (which === 'first') return this.scale([video], [part]);
      const png = join(this.dir, `.${name}.${which}.frame.png`);
      try {
        await extractFrame(video, which, png, this.opts());
        await this.scale([png], [part]);
      } finally {
        await rm(png, { force: true });
      }
    });
    return made;
  }

  /** A scaled copy of an image (a downloaded last frame, a local input picture). */
  async fromImage(image: string, name: string, kind: string, key: string): Promise<string | undefined> {
    const [made] = await this.make([this.nameOf(name, key, kind)], (parts) => this.scale([image], parts));
    return made;
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
    this.unrecorded.clear();
    if (add.length > 0 || stale.length > 0) await updateOwned(this.manifest, { add, remove: stale.map(([name]) => name) });
  }

  private nameOf(name: string, key: string, kind: string): string {
    return `${name}.${key.slice(0, 12)}.${kind}.jpg`;
  }

  /**
   * The thumbnails `files`, made by one `produce` (given a part file for each one still to make,
   * undefined for the others); one already being made is waited for, never made twice.
   */
  private make(files: readonly string[], produce: (parts: (string | undefined)[]) => Promise<void>): Promise<(string | undefined)[]> {
    for (const file of files) this.keep.add(file);
    const missing = files.filter((file) => !this.making.has(file));
    if (missing.length > 0) {
      const batch = this.limit(() => this.produce(files, missing, produce));
      for (const file of missing) this.making.set(file, batch.then((made) => (made.has(file) ? file : undefined)));
    }
    return Promise.all(files.map((file) => this.making.get(file)));
  }

  /** Makes those of `missing` not on disk yet; resolves to the ones that exist now. */
  private async produce(files: readonly string[], missing: readonly string[], produce: (parts: (string | undefined)[]) => Promise<void>): Promise<Set<string>> {
    const done = new Set<string>();
    for (const file of missing) if (await nonEmpty(join(this.dir, file))) done.add(file);
    const todo = missing.filter((file) => !done.has(file));
    if (todo.length === 0) return done;
    const partOf = (file: string): string => join(this.dir, `.${file}.part`);
    try {
      // ffmpeg writes through whatever has that name: never through a symlink left there.
      await Promise.all(todo.map((file) => rm(partOf(file), { force: true })));
      await produce(files.map((file) => (todo.includes(file) ? partOf(file) : undefined)));
      for (const file of todo) {
        await rename(partOf(file), join(this.dir, file));
        const bytes = (await stat(join(this.dir, file))).size;
        this.made.set(file, bytes);
        this.unrecorded.set(file, bytes);
        done.add(file);
      }
    } catch {
      // A damaged or missing clip leaves its card without a picture; the report is still written.
      for (const file of todo.filter((f) => !done.has(f))) {
        await rm(partOf(file), { force: true });
        this.keep.delete(file);
        this.making.delete(file);
      }
    }
    return done;
  }

  /** Each source's first frame, scaled, into the part at the same place (none where it is undefined), in one ffmpeg run. */
  private async scale(sources: readonly string[], parts: readonly (string | undefined)[]): Promise<void> {
    const fit = `scale=w=${THUMB_SIDE}:h=${THUMB_SIDE}:force_original_aspect_ratio=decrease`;
    const wanted = sources.flatMap((source, i) => (parts[i] ? [{ source, part: parts[i] }] : []));
    const inputs = wanted.flatMap(({ source }) => ['-i', source]);
    const outputs = wanted.flatMap(({ part }, i) => ['-map', `${i}:v:0`, '-frames:v', '1', '-vf', fit, '-q:v', '4', '-update', '1', '-f', 'image2', '-c:v', 'mjpeg', part]);
    await runFfmpeg(['-y', ...inputs, ...outputs], this.opts());
  }

  private opts(): { signal?: AbortSignal } {
    return this.signal ? { signal: this.signal } : {};
  }
}

/** The thumbnails' folder, after following symlinks, is in the output folder: a `report` link cannot send them elsewhere. */
async function requireInsideOutput(manifest: ResolvedManifest, folder: string): Promise<void> {
  const real = await realPathOf(folder);
  if (isInside(await realPathOf(manifest.output), real)) return;
  const here = relative(manifest.dir, folder) || '.';
  throw new SeedanceError('output.outside', `The report's thumbnails would be written to ${real}, outside the output folder: ${here} is a symlink that leads elsewhere. Nothing was written there.`, {
    hint: `Replace ${here} with a real folder (or remove it: the report makes it), then write the report again (\`seedance report\`).`,
  });
}
