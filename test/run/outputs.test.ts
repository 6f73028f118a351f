// A finished task's files (issue 17, each clip cheap enough for many accounts): a native task's last
// frame is the service's own PNG, no ffmpeg; `return_last_frame: false` takes it from the clip; and
// the bytes of a download never wait behind a check, which waits in a CPU queue of its own.
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type SeedanceClient, type TaskInfo } from '../../src/api/index.js';
import { psnr, runFfmpeg } from '../../src/media/index.js';
import { saveOutputs } from '../../src/run/outputs.js';
import type { Simulator } from '../../src/simulator/index.js';
import { eventsOf, load, removeDir, run, startSim, suiteTempDir, writeStoryboard } from './harness.js';

let sim: Simulator;
let dir: string;
beforeAll(async () => {
  sim = await startSim();
  dir = await suiteTempDir('seedance-outputs-');
});
afterAll(async () => {
  await sim.close();
  await removeDir(dir);
});

/** A storyboard in a folder of its own under the suite's. */
async function storyIn(sub: string, yaml: string): Promise<string> {
  await mkdir(join(dir, sub), { recursive: true });
  return writeStoryboard(join(dir, sub), yaml);
}

async function served(url: string): Promise<Buffer> {
  return Buffer.from(await (await fetch(url, { headers: { authorization: 'Bearer test-key' } })).arrayBuffer());
}

describe('the last frame', () => {
  it('of every native shot is the service\'s PNG, fetched, not extracted', async () => {
    const file = await storyIn('native', 'version: 1\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n  - { id: a, prompt: A lighthouse, seed: 1 }\n  - { id: b, prompt: A gull, seed: 2 }\n');
    sim.resetStats();
    const { summary, events } = await run(file, sim);
    expect(summary.result).toBe('done');
    // Two videos and two last frames came from the service; nothing warned of a frame taken from a clip.
    expect(sim.stats().downloads).toBe(4);
    expect(eventsOf(events, 'warning')).toEqual([]);
    const client = createClient({ format: 'native', baseUrl: sim.url, apiKey: 'test-key' });
    try {
      for (const id of ['a', 'b']) {
        const taskId = eventsOf(events, 'shot-submitted').find((e) => e.shot === id)?.taskId ?? '';
        const task = await client.get(taskId);
        expect(task?.lastFrameUrl, id).toBeDefined();
        expect((await readFile(join(dir, 'native/out/story', `${id}.last.png`))).equals(await served(task?.lastFrameUrl ?? ''))).toBe(true);
      }
    } finally {
      await client.close();
    }
  });

  it('of a shot that says return_last_frame: false is taken from its clip: the real last frame', async () => {
    const file = await storyIn('refused', 'version: 1\ndefaults: { resolution: 480p, duration: 5, return_last_frame: false }\nshots:\n  - { id: a, prompt: A lighthouse, seed: 1 }\n');
    sim.resetStats();
    const { summary } = await run(file, sim);
    expect(summary.result).toBe('done');
    expect(sim.stats().downloads).toBe(1);
    const out = join(dir, 'refused/out/story');
    await runFfmpeg(['-sseof', '-0.5', '-i', join(out, 'a.mp4'), '-map', '0:v:0', '-update', '1', '-f', 'image2', '-c:v', 'png', join(out, 'decoded-last.png')]);
    expect(await psnr(join(out, 'a.last.png'), join(out, 'decoded-last.png'))).toBe(Infinity);
  });
});

describe('queues', () => {
  let client: SeedanceClient;
  beforeAll(() => {
    client = createClient({ format: 'native', baseUrl: sim.url, apiKey: 'test-key' });
  });
  afterAll(async () => client.close());

  async function finishedTask(file: string): Promise<{ shot: Awaited<ReturnType<typeof load>>['shots'][number]; info: TaskInfo; out: string }> {
    const manifest = await load(file);
    const shot = manifest.shots[0];
    if (!shot) throw new Error('no shot');
    const created = await client.create({ model: shot.settings.model, content: [{ type: 'text', text: 'queues' }], resolution: '480p', ratio: '16:9', duration: 5, return_last_frame: true });
    for (;;) {
      const info = await client.get(created.id);
      if (info?.status === 'succeeded') return { shot, info, out: manifest.output };
      if (info && info.status !== 'queued' && info.status !== 'running') throw new Error(`task ${info.status}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('a download fetches its bytes while the CPU queue is busy; its check waits for the CPU queue', async () => {
    const file = await storyIn('queues', 'version: 1\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n  - { id: q, prompt: queued work }\n');
    const { shot, info, out } = await finishedTask(file);
    await mkdir(out, { recursive: true });
    const size = (await served(info.videoUrl ?? '')).length;
    const cpu = pLimit(1);
    let release = (): void => undefined;
    const busy = cpu(() => new Promise<void>((resolve) => (release = resolve)));
    const said: string[] = [];
    const saving = saveOutputs(client, out, shot, info, { bytes: pLimit(2), cpu, onDownload: (name, phase) => said.push(`${name} ${phase}`) });
    // The bytes arrive in full with the CPU queue taken...
    const part = join(out, '.q.mp4.part');
    for (let i = 0; i < 400 && (await stat(part).catch(() => undefined))?.size !== size; i++) await new Promise((r) => setTimeout(r, 25));
    expect((await stat(part)).size).toBe(size);
    expect(said).toEqual(['q.mp4 start']);
    // ...and the check has not run: the file is still the part.
    await new Promise((r) => setTimeout(r, 200));
    await expect(stat(join(out, 'q.mp4'))).rejects.toThrow();
    release();
    await busy;
    const saved = await saving;
    expect(said).toEqual(['q.mp4 start', 'q.mp4 done']);
    expect(saved.video.bytes).toBe(size);
    expect((await stat(join(out, 'q.last.png'))).size).toBe(saved.lastFrame.bytes);
  });
});
