// Turning a shot's inputs into what the wire body carries at run time: local files as data URIs,
// another shot's last frame as the service's own URL (native, return_last_frame) or, where there
// is no live URL, as a data URI of the frame on disk; another shot's video as a live URL; a draft
// as its task id.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Clock } from '../core/clock.js';
import { SeedanceError } from '../core/errors.js';
import { shotMedia } from '../manifest/shot-media.js';
import type { MediaSource, MediaSlot, ResolvedManifest, ResolvedShot } from '../manifest/types.js';
import { buildRequest, fileDataUri, type TaskRequest } from '../plan/index.js';
import type { SeedanceClient, TaskInfo } from '../api/index.js';
import type { LockStore } from '../state/lock-store.js';
import { extractLastFrame } from './outputs.js';

/** Signed URLs live 24 hours; one older than this is asked for afresh. */
const URL_FRESH_MS = 20 * 60 * 60 * 1000;

export interface LiveTask {
  info: TaskInfo;
  fetchedAt: number;
}

export class InputResolver {
  constructor(
    private readonly manifest: ResolvedManifest,
    /** The client of a shot's account (whose tasks it may ask about), or one client for all. */
    client: SeedanceClient | ((shotId: string) => SeedanceClient),
    private readonly lock: LockStore,
    /** The latest task info of shots finished in this run. */
    private readonly live: Map<string, LiveTask>,
    private readonly clock: Clock,
  ) {
    this.clientOf = typeof client === 'function' ? client : () => client;
  }

  private readonly clientOf: (shotId: string) => SeedanceClient;

  /** Build the wire request for a shot whose upstream shots are all done. */
  async request(shot: ResolvedShot, signal?: AbortSignal): Promise<TaskRequest> {
    // Resolve every input first (some need I/O); the builder itself is synchronous and pure.
    const values = new Map<MediaSource, string>();
    for (const { slot, source } of shotMedia(shot)) values.set(source, await this.resolve(source, slot, signal));
    return buildRequest(this.manifest, shot, {
      media: (source) => values.get(source) ?? '',
      draftTask: (id) => this.taskIdOf(id),
    });
  }

  private async resolve(source: MediaSource, slot: MediaSlot, signal?: AbortSignal): Promise<string> {
    switch (source.kind) {
      case 'file':
        return fileDataUri(source.path, source.mime);
      case 'shot':
        return slot === 'reference_videos' ? this.videoUrlOf(source.shot, signal) : this.lastFrameOf(source.shot);
      default:
        return source.url;
    }
  }

  private async lastFrameOf(id: string): Promise<string> {
    const live = this.live.get(id);
    if (this.clientOf(id).wire.returnsLastFrame && live?.info.lastFrameUrl && this.clock.now() - live.fetchedAt < URL_FRESH_MS) return live.info.lastFrameUrl;
    const outputs = this.lock.shot(id)?.outputs;
    if (!outputs?.video || !outputs.lastFrame) throw new SeedanceError('internal', `shot ${id} is done but has no last frame on record`);
    let bytes = await readFile(join(this.manifest.output, outputs.lastFrame.file)).catch(() => undefined);
    if (!bytes) {
      // Gone from disk (deleted by hand, say): the clip has it.
      const lastFrame = await extractLastFrame(this.manifest.output, id);
      await this.lock.transition(id, { to: 'saved', outputs: { video: outputs.video, lastFrame } });
      bytes = await readFile(join(this.manifest.output, lastFrame.file));
    }
    return `data:image/png;base64,${bytes.toString('base64')}`;
  }

  private async videoUrlOf(id: string, signal?: AbortSignal): Promise<string> {
    const live = this.live.get(id);
    if (live?.info.videoUrl && this.clock.now() - live.fetchedAt < URL_FRESH_MS) return live.info.videoUrl;
    const taskId = this.taskIdOf(id);
    const info = await this.clientOf(id).get(taskId, signal ? { signal } : {});
    if (!info?.videoUrl) {
      throw new SeedanceError('task.vanished', `Shot ${id}'s video is used as a reference video, which the service takes only as a URL, and its task ${taskId} no longer has one.`, {
        hint: `Make shot ${id} again (\`seedance run <manifest> --only ${id} --force\`), or upload the clip and reference its URL.`,
      });
    }
    this.live.set(id, { info, fetchedAt: this.clock.now() });
    return info.videoUrl;
  }

  private taskIdOf(id: string): string {
    const taskId = this.lock.shot(id)?.taskId;
    if (!taskId) throw new SeedanceError('internal', `shot ${id} is done but has no task id on record`);
    return taskId;
  }
}
