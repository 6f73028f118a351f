// `seedance report`: report.html and its thumbnails in the output folder, from the lock alone;
// thumbnails made once per clip and replaced when a clip is remade; local input pictures shown;
// a manifest never run still gets a page that says so.
import { copyFile, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { run, startSim, tempDir, writeStoryboard } from '../run/harness.js';
import { runCli } from './capture.js';

const STORY = `version: 1
name: tea
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: cup, prompt: A cup of tea steams on a table, reference_images: [cup.png], seed: 5 }
  - { id: pour, prompt: Tea pours into the cup, first_frame: { shot: cup } }
`;

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim.close();
});

async function story(): Promise<{ dir: string; file: string }> {
  const dir = await tempDir('seedance-report-');
  await copyFile(new URL('../../manifests/examples/assets/cup.png', import.meta.url), join(dir, 'cup.png'));
  return { dir, file: await writeStoryboard(dir, STORY) };
}

describe('seedance report', () => {
  it('writes report.html with a card per shot, frame thumbnails and the input picture', async () => {
    const { dir, file } = await story();
    await run(file, sim);
    const result = await runCli(['report', 'story.yaml'], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`report: ${join('out', 'tea', 'report.html')}\n`);
    const html = await readFile(join(dir, 'out/tea/report.html'), 'utf8');
    expect(html).toContain('<article class="card" id="shot-cup">');
    expect(html).toContain('<article class="card" id="shot-pour">');
    expect(html).toContain('src="cup.mp4"');
    const thumbs = (await readdir(join(dir, 'out/tea/report'))).sort();
    expect(thumbs.filter((f) => f.startsWith('cup.')).map((f) => f.replace(/\.[0-9a-f]{12}\./, '.*.'))).toEqual(['cup.*.first.jpg', 'cup.*.last.jpg']);
    expect(thumbs.some((f) => /^input\.[0-9a-f]{12}\.picture\.jpg$/.test(f))).toBe(true);
    // Every thumbnail the page links exists, and nothing links outside the output folder.
    for (const [, link] of html.matchAll(/(?:src|poster)="([^"]+)"/g)) {
      expect(link).not.toMatch(/^(\/|[a-z]+:|\.\.)/);
      await expect(stat(join(dir, 'out/tea', decodeURIComponent(link as string)))).resolves.toBeDefined();
    }
    expect(html).toContain('reference image 1 ← cup.png');
  });

  it('makes each thumbnail once, and replaces the thumbnails of a remade clip', async () => {
    const { dir, file } = await story();
    await run(file, sim);
    await runCli(['report', 'story.yaml'], dir);
    const folder = join(dir, 'out/tea/report');
    const before = new Map(await Promise.all((await readdir(folder)).map(async (f) => [f, (await stat(join(folder, f))).mtimeMs] as const)));
    await runCli(['report', 'story.yaml'], dir);
    for (const [f, mtime] of before) expect((await stat(join(folder, f))).mtimeMs, f).toBe(mtime);

    await writeFile(file, STORY.replace('Tea pours into the cup', 'Milk pours into the cup'));
    await run(file, sim);
    await runCli(['report', 'story.yaml'], dir);
    const after = await readdir(folder);
    const pourBefore = [...before.keys()].filter((f) => f.startsWith('pour.'));
    const pourAfter = after.filter((f) => f.startsWith('pour.'));
    expect(pourAfter).toHaveLength(2);
    expect(pourAfter.some((f) => pourBefore.includes(f))).toBe(false);
    // cup was not remade: its thumbnails are the same files.
    expect(after.filter((f) => f.startsWith('cup.'))).toEqual([...before.keys()].filter((f) => f.startsWith('cup.')));
  });

  it('writes a page for a manifest that was never run', async () => {
    const { dir } = await story();
    const result = await runCli(['report', 'story.yaml'], dir);
    expect(result.code).toBe(0);
    const html = await readFile(join(dir, 'out/tea/report.html'), 'utf8');
    expect(html.match(/class="badge never-made">never made</g)).toHaveLength(2);
    expect(html).toContain('no video');
  });

  it('is written by `seedance run` too', async () => {
    const { dir } = await story();
    const result = await runCli(['run', 'story.yaml', '--reporter', 'plain', '--poll-interval', '50'], dir, { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url });
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n').at(-2)).toMatch(/^\d\d:\d\d:\d\d report: .*out\/tea\/report\.html$/);
    expect(await readFile(join(dir, 'out/tea/report.html'), 'utf8')).toContain('class="badge fresh">fresh<');
  });
});
