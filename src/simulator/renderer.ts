// Makes the videos: real MP4s with ffmpeg, cached by the render spec, at most a few at a time.
// A cache hit costs nothing, so tests and repeated runs render each distinct video once.
import { mkdir, mkdtemp, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { FPS } from '../models.js';
import { probeCapabilities } from '../media/capabilities.js';
import { locateTools, runFfmpeg } from '../media/ffmpeg.js';
import { nonEmpty } from '../media/frames.js';
import { fontFor, hasCjk } from './fonts.js';
import { lastFrameArgs, renderArgs, type TextFiles } from './render-args.js';
import { renderKey, wrapPrompt, type RenderSpec } from './render-spec.js';
import { sha256 } from '../core/sha256.js';

export interface Rendered {
  video: string;
  /** The final frame as PNG, when asked for. */
  lastFrame?: string;
}

export class Renderer {
  private readonly limit;
  private readonly pending = new Map<string, Promise<string>>();
  private readonly abort = new AbortController();
  private drawtext: Promise<boolean> | undefined;

  constructor(private readonly cacheDir: string, concurrency = 2) {
    this.limit = pLimit(concurrency);
  }

  get rendersDir(): string {
    return join(this.cacheDir, 'renders');
  }

  get inputsDir(): string {
    return join(this.cacheDir, 'inputs');
  }

  async render(spec: RenderSpec, options: { lastFrame: boolean }): Promise<Rendered> {
    const tools = await locateTools();
    const key = renderKey(spec, tools.ffmpeg);
    const video = await this.once(`${key}.mp4`, (out) => this.encode(spec, out));
    if (!options.lastFrame) return { video };
    return { video, lastFrame: await this.lastFrameOf(video, key) };
  }

  /** The last frame of any video file (the videoOverride file, or a render). */
  async lastFrameOf(video: string, key?: string): Promise<string> {
    let name = key;
    if (!name) {
      const { size, mtimeMs } = await stat(video);
      name = sha256(`${video}:${size}:${mtimeMs}`).slice(0, 32);
    }
    return this.once(`${name}.png`, (out) => runFfmpeg(lastFrameArgs(video, out), { signal: this.abort.signal }).then(() => undefined));
  }

  /** Stop rendering: running ffmpeg processes are killed. */
  close(): void {
    this.abort.abort();
    this.limit.clearQueue();
  }

  /** Make `name` in the cache once, even when asked for by many tasks at the same time. */
  private once(name: string, make: (out: string) => Promise<void>): Promise<string> {
    const path = join(this.rendersDir, name);
    const running = this.pending.get(name);
    if (running) return running;
    const promise = (async () => {
      if (await nonEmpty(path)) {
        // Mark it used, so pruning the cache drops the renders used longest ago first.
        const now = new Date();
        await utimes(path, now, now).catch(() => undefined);
        return path;
      }
      await this.limit(async () => {
        if (await nonEmpty(path)) return;
        await mkdir(this.rendersDir, { recursive: true });
        const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        try {
          await make(temp);
          await rename(temp, path);
        } finally {
          await rm(temp, { force: true });
        }
      });
      return path;
    })().finally(() => this.pending.delete(name));
    this.pending.set(name, promise);
    return promise;
  }

  private async encode(spec: RenderSpec, out: string): Promise<void> {
    const work = await mkdtemp(join(tmpdir(), 'seedance-sim-'));
    try {
      const text = (await this.canDrawText()) ? await writeTextFiles(spec, work) : undefined;
      // The output name ends in .tmp, so the format is given explicitly (-f mp4).
      await runFfmpeg(renderArgs(spec, out, text), { signal: this.abort.signal });
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }

  private canDrawText(): Promise<boolean> {
    this.drawtext ??= probeCapabilities().then(
      (caps) => caps.filters.has('drawtext'),
      () => false,
    );
    return this.drawtext;
  }
}

async function writeTextFiles(spec: RenderSpec, dir: string): Promise<TextFiles | undefined> {
  const font = fontFor(spec.prompt);
  if (!font) return undefined;
  const size = Math.max(12, Math.round(spec.height / 24));
  const usable = spec.width - 2 * Math.round(spec.height / 20) - size;
  const maxChars = Math.max(10, Math.floor(usable / (hasCjk(spec.prompt) ? size : size * 0.55)));
  const seconds = Math.round((spec.frames / FPS) * 100) / 100;
  const files: TextFiles = { font, prompt: join(dir, 'prompt.txt'), seed: join(dir, 'seed.txt') };
  await writeFile(files.prompt, wrapPrompt(spec.prompt, maxChars, 5).join('\n'));
  await writeFile(files.seed, `seed ${spec.seed}   ${spec.width}x${spec.height} ${seconds}s`);
  for (const [which, image] of [['firstLabel', spec.first], ['lastLabel', spec.last]] as const) {
    if (image?.kind !== 'placeholder') continue;
    const path = join(dir, `${which}.txt`);
    await writeFile(path, `unreachable input\n${image.label.slice(0, 60)}`);
    files[which] = path;
  }
  return files;
}
