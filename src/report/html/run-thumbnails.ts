// Thumbnails made while a run saves its clips, so the report at the end of the run finds them made
// and is written within moments of the film, however many shots there are. It listens to the run's
// events: each saved file's size and hash (download-finished) name its thumbnail, and a shot whose
// files are all saved (shot-done) gets its first and last frames (one ffmpeg run), two shots at a
// time at most, in the background. Nothing here can delay or fail the run: a thumbnail that cannot be made now is made
// (or explained) by the report at the end, which shares the same Thumbnails and so waits for one
// being made instead of making it twice. Each shot's thumbnails are entered in the output folder's
// record as soon as they exist, so a run killed before its report leaves none unaccounted for.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import type { TimedEvent } from '../../core/events.js';
import type { ResolvedManifest } from '../../manifest/types.js';
import { FileHashes } from '../../state/facts.js';
import type { OutputRecord } from '../../state/lock.js';
import { Thumbnails } from './thumbnails.js';

export class RunThumbnails {
  readonly thumbs: Thumbnails;
  /** Saved files by name, as download-finished described them. */
  private readonly saved = new Map<string, OutputRecord>();
  /** Two ffmpeg runs at a time at most: the run's own downloads and checks need the cores too. */
  private readonly queue = pLimit(2);
  private stopped = false;

  constructor(
    private readonly manifest: ResolvedManifest,
    signal?: AbortSignal,
  ) {
    this.thumbs = new Thumbnails(manifest, signal);
  }

  /** An event sink for the run's emitter. */
  readonly onEvent = (event: TimedEvent): void => {
    if (event.type === 'download-finished') this.saved.set(event.file, { file: event.file, bytes: event.bytes, sha256: event.sha256 });
    else if (event.type === 'shot-done') void this.queue(() => this.shot(event.shot, event.video, event.lastFrame));
  };

  /** Starts no more thumbnails (the report makes whatever is left) and waits for those being made. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.queue.clearQueue();
    await Promise.all([this.queue(() => Promise.resolve()), this.queue(() => Promise.resolve())]);
  }

  private async shot(id: string, video: string, lastFrame: string | undefined): Promise<void> {
    if (this.stopped) return;
    try {
      await this.thumbs.prepare();
      const [videoRecord, frameRecord] = await Promise.all([this.recordOf(video), lastFrame ? this.recordOf(lastFrame) : undefined]);
      await this.thumbs.ofShot(id, { video: videoRecord, ...(frameRecord ? { lastFrame: frameRecord } : {}) });
      await this.thumbs.record();
    } catch {
      // The report at the end tries again, and says why when it cannot.
    }
  }

  /** A last frame taken from the video (not downloaded) has no download-finished: hashed here. */
  private async recordOf(file: string): Promise<OutputRecord> {
    const known = this.saved.get(file);
    if (known?.sha256) return known;
    const path = join(this.manifest.output, file);
    const [info, sha256] = await Promise.all([stat(path), new FileHashes().get(path)]);
    return { file, bytes: info.size, sha256 };
  }
}
