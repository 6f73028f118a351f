// The two crossfade recipes side by side on the system ffmpeg (which has both xfade and the
// fade+overlay pieces): they must give the same pictures; and the graph-from-a-file route.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFrame, probeMedia, psnr, runFfmpeg } from '../../src/media/index.js';
import { buildChaptersMetadata, buildFilterGraph, buildReencodeArgs, planChapters, planReencode, type AssembleInput, type ReencodePlan } from '../../src/assemble/index.js';
import { makeClip, tempDir, useTools } from '../media/fixtures.js';

describe('crossfade recipes (system ffmpeg)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let restore: () => void;
  let input: AssembleInput;

  beforeAll(async () => {
    restore = await useTools('system');
    ({ dir, cleanup } = await tempDir('crossfade'));
    const a = await makeClip(join(dir, 'a.mp4'), { seconds: 2 });
    const red = await makeClip(join(dir, 'red.mp4'), { seconds: 2, source: 'color=c=red', width: 240, height: 320 });
    input = { clips: [{ id: 'a', path: a }, { id: 'red', path: red }], output: join(dir, 'unused.mp4'), transition: { type: 'crossfade', duration: 1 } };
  });

  afterAll(async () => {
    restore();
    await cleanup();
  });

  async function render(plan: ReencodePlan, name: string, viaScript = false): Promise<string> {
    const chapters = join(dir, `${name}.txt`);
    await writeFile(chapters, buildChaptersMetadata(planChapters(plan)));
    let graphScript: string | undefined;
    if (viaScript) {
      graphScript = join(dir, `${name}.graph`);
      await writeFile(graphScript, buildFilterGraph(plan));
    }
    const output = join(dir, `${name}.mp4`);
    await runFfmpeg(buildReencodeArgs(plan, { chapters, output, ...(graphScript ? { graphScript } : {}) }));
    return output;
  }

  it('xfade and fade+overlay give the same film, frame for frame within coding noise', async () => {
    const infos = await Promise.all(input.clips.map((c) => probeMedia(c.path)));
    const xfade = await render(planReencode(infos, input, 'xfade'), 'xfade');
    const overlay = await render(planReencode(infos, input, 'overlay'), 'overlay', true);
    const [x, o] = await Promise.all([probeMedia(xfade), probeMedia(overlay)]);
    expect(x.video?.frames).toBe(72);
    expect(o.video?.frames).toBe(72);
    expect(o.chapters.map((c) => c.title)).toEqual(['a', 'red']);
    // Mid-crossfade, both show half of each clip: far closer to each other than to either clip.
    await mkdir(join(dir, 'frames'));
    const frame = (video: string, t: number, name: string): Promise<string> =>
      runFfmpeg(['-ss', String(t), '-i', video, '-frames:v', '1', '-f', 'image2', '-c:v', 'png', join(dir, 'frames', name)]).then(() => join(dir, 'frames', name));
    const [xMid, oMid, xBefore, xAfter] = await Promise.all([frame(xfade, 1.5, 'x-mid.png'), frame(overlay, 1.5, 'o-mid.png'), frame(xfade, 0.5, 'x-before.png'), frame(xfade, 2.5, 'x-after.png')]);
    const same = await psnr(xMid, oMid);
    expect(same).toBeGreaterThan(30);
    expect(await psnr(xMid, xBefore)).toBeLessThan(same - 10);
    expect(await psnr(xMid, xAfter)).toBeLessThan(same - 10);
    // The last frame is the red clip alone in both.
    await extractFrame(xfade, 'last', join(dir, 'frames', 'x-last.png'));
    await extractFrame(overlay, 'last', join(dir, 'frames', 'o-last.png'));
    expect(await psnr(join(dir, 'frames', 'x-last.png'), join(dir, 'frames', 'o-last.png'))).toBeGreaterThan(40);
  });
});
