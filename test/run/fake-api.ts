// A controllable fake of the service for scheduling properties: tasks stay queued until the test
// ends them, every call is logged in order, and downloads copy one real 480p clip made once with
// ffmpeg (so the runner's checks run on a real file). Plus a clock the test moves by hand.
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CreateResult, DownloadResult, LostTaskSearch, SeedanceClient, TaskInfo, TaskStatus } from '../../src/api/index.js';
import type { Clock } from '../../src/core/clock.js';
import { sha256 } from '../../src/core/sha256.js';
import { runFfmpeg } from '../../src/media/index.js';
import { wireFormat } from '../../src/wire/index.js';

/** A 5 s 864x496 clip and a PNG of that size, made once in `dir`. */
export async function makeClip(dir: string): Promise<{ video: string; frame: string }> {
  const video = join(dir, 'clip.mp4');
  const frame = join(dir, 'clip.png');
  await runFfmpeg(['-y', '-f', 'lavfi', '-i', 'testsrc=size=864x496:rate=24:duration=5', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', video]);
  await runFfmpeg(['-y', '-f', 'lavfi', '-i', 'testsrc=size=864x496', '-frames:v', '1', frame]);
  return { video, frame };
}

interface FakeTask {
  id: string;
  prompt: string;
  status: TaskStatus;
}

export class FakeApi implements SeedanceClient {
  readonly format = 'native' as const;
  readonly wire = wireFormat('native');
  /** Every call in order: `create <prompt>`, `poll <prompts>`, `download <prompt>`. */
  readonly log: string[] = [];
  private readonly tasks = new Map<string, FakeTask>();

  /** `serve.frame`: what the last-frame URL serves instead of the clip's frame (an error page, say); `serve.tokens`: what a task of the prompt bills (default 100). */
  constructor(
    private readonly clip: { video: string; frame: string },
    private readonly serve: { frame?: string; tokens?: (prompt: string) => number } = {},
  ) {}

  /** End the task made for the prompt that contains `text`. */
  end(text: string, status: TaskStatus = 'succeeded'): void {
    const task = [...this.tasks.values()].find((t) => t.prompt.includes(text));
    if (!task) throw new Error(`no task for ${text}; tasks: ${[...this.tasks.values()].map((t) => t.prompt).join(', ')}`);
    task.status = status;
  }

  /** Prompts of the tasks created so far, in order. */
  created(): string[] {
    return this.log.filter((l) => l.startsWith('create ')).map((l) => l.slice(7));
  }

  async create(body: Record<string, unknown>): Promise<CreateResult> {
    const prompt = ((body.content as { type: string; text?: string }[]).find((c) => c.type === 'text')?.text ?? '') as string;
    const id = `task-${this.tasks.size + 1}`;
    this.tasks.set(id, { id, prompt, status: 'queued' });
    this.log.push(`create ${prompt}`);
    return { id, recovered: false, duplicateRisk: false };
  }

  async get(id: string): Promise<TaskInfo | undefined> {
    const task = this.tasks.get(id);
    return task ? this.info(task) : undefined;
  }

  async getMany(ids: readonly string[]): Promise<Map<string, TaskInfo>> {
    this.log.push(`poll ${ids.map((id) => this.tasks.get(id)?.prompt ?? id).join(', ')}`);
    return new Map(ids.flatMap((id) => (this.tasks.has(id) ? [[id, this.info(this.tasks.get(id) as FakeTask)] as const] : [])));
  }

  async listSince(): Promise<TaskInfo[]> {
    return [];
  }

  async findLost(): Promise<LostTaskSearch> {
    return { kind: 'none' };
  }

  async cancel(id: string): Promise<void> {
    this.log.push(`cancel ${id}`);
  }

  async download(url: string, dest: string): Promise<DownloadResult> {
    const [kind, id] = url.split(':') as [string, string];
    this.log.push(`download ${kind} ${this.tasks.get(id)?.prompt ?? id}`);
    if (kind === 'frame' && this.serve.frame !== undefined) await writeFile(dest, this.serve.frame);
    else await copyFile(kind === 'video' ? this.clip.video : this.clip.frame, dest);
    const bytes = await readFile(dest);
    return { bytes: bytes.length, sha256: sha256(bytes) };
  }

  claim(): void {}

  contentUrl(): string | undefined {
    return undefined;
  }

  async close(): Promise<void> {}

  private info(task: FakeTask): TaskInfo {
    const done = task.status === 'succeeded';
    return {
      id: task.id,
      status: task.status,
      width: 864,
      height: 496,
      duration: 5,
      seed: 42,
      tokens: this.serve.tokens?.(task.prompt) ?? 100,
      ...(done ? { videoUrl: `video:${task.id}`, lastFrameUrl: `frame:${task.id}` } : {}),
    };
  }
}

/** A clock that moves only when told: timers fire in order as `advance` passes them. */
export class FakeClock implements Clock {
  private time = 1_800_000_000_000;
  private timers: { at: number; fn: () => void; id: number }[] = [];
  private ids = 0;

  now(): number {
    return this.time;
  }

  setTimer(fn: () => void, ms: number): () => void {
    const id = ++this.ids;
    this.timers.push({ at: this.time + ms, fn, id });
    return () => {
      this.timers = this.timers.filter((t) => t.id !== id);
    };
  }

  /** Timers waiting to fire. */
  pending(): number {
    return this.timers.length;
  }

  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const next = this.timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!next) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.time = next.at;
      next.fn();
    }
    this.time = until;
  }
}

/** Let promises, file writes and child processes move on until `ready()` holds (real time, a few seconds at most). */
export async function until(ready: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    if (ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}
