// `seedance report`: report.html and its thumbnails in the output folder, from the lock alone;
// thumbnails made once per clip and replaced when a clip is remade; local input pictures shown;
// a manifest never run still gets a page that says so.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { copyFile, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esc } from '../../src/report/html/build-html.js';
import type { Simulator } from '../../src/simulator/index.js';
import { eventsOf, run, startSim, tempDir, writeStoryboard } from '../run/harness.js';
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

  it('makes a shot\'s thumbnails while the run goes on, records them at once, and the report reuses them', async () => {
    const dir = await tempDir('seedance-report-');
    const chain = `version: 1
name: chain
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: one, prompt: A fox wakes in its den, seed: 1 }
  - { id: two, prompt: The fox steps outside, first_frame: { shot: one }, seed: 2 }
  - { id: three, prompt: The fox runs across the snow, first_frame: { shot: two }, seed: 3 }
concat: { shots: [three, one] }
`;
    const file = await writeStoryboard(dir, chain);
    const folder = join(dir, 'out/chain/report');
    // Slow tasks: shot one is saved well over a second before shot three is.
    const slow = await startSim({ latency: { queuedMs: 20, runningMs: [700, 900] } });
    let atLastShot: { names: string[]; recorded: string[]; at: number } | undefined;
    try {
      await run(file, slow, {
        report: true,
        emit: (event) => {
          if (event.type !== 'shot-done' || event.shot !== 'three') return;
          const owned = JSON.parse(readFileSync(join(dir, 'out/chain/.seedance-owned.json'), 'utf8')) as { files: Record<string, unknown> };
          atLastShot = { names: readdirSync(folder), recorded: Object.keys(owned.files), at: Date.now() };
        },
      });
    } finally {
      await slow.close();
    }
    // When the last clip was saved, shot one's thumbnails were made and in the output folder's record.
    const ofOne = atLastShot?.names.filter((f) => f.startsWith('one.') && f.endsWith('.jpg')) ?? [];
    expect(ofOne.map((f) => f.replace(/\.[0-9a-f]{12}\./, '.*.')).sort()).toEqual(['one.*.first.jpg', 'one.*.last.jpg']);
    for (const f of ofOne) expect(atLastShot?.recorded).toContain(`report/${f}`);
    // The report at the end found them made: the same files, not made again.
    for (const f of ofOne) expect(statSync(join(folder, f)).mtimeMs).toBeLessThan(atLastShot?.at ?? 0);
    const html = await readFile(join(dir, 'out/chain/report.html'), 'utf8');
    expect(html).toContain(`src="report/${ofOne.find((f) => f.endsWith('.first.jpg')) ?? ''}"`);
    // The contact sheet follows the film (three, then one), then the shot left out; timecodes from the film's chapters.
    const tiles = [...html.matchAll(/data-shot="([^"]+)".*?(?:<time[^>]*>([^<]+)<\/time>|not in the film)/g)].map((m) => [m[1], m[2] ?? '-']);
    expect(tiles).toEqual([['three', '0:00'], ['one', expect.stringMatching(/^0:0(4\.9|5|5\.\d)$/)], ['two', '-']]);
  });

  it('keeps the failed shot\'s next: hint for a report written later', async () => {
    const dir = await tempDir('seedance-report-');
    const file = await writeStoryboard(dir, `version: 1
name: refused
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: bad, prompt: A shot the service refuses }
`);
    const refusing = await startSim();
    refusing.addFault({ kind: 'task-failed', promptIncludes: 'refuses', code: 'OutputVideoSensitiveContentDetected' });
    let hint: string | undefined;
    try {
      const { events } = await run(file, refusing);
      hint = eventsOf(events, 'shot-failed').find((e) => !e.willRetry && e.shot === 'bad')?.hint;
    } finally {
      await refusing.close();
    }
    expect(hint).toBeTruthy();
    const result = await runCli(['report', 'story.yaml'], dir);
    expect(result.code, result.stderr).toBe(0);
    const html = await readFile(join(dir, 'out/refused/report.html'), 'utf8');
    expect(html).toContain(`<p class="next">next: ${esc(hint ?? '')}</p>`);
  });

  it('is written by `seedance run` too', async () => {
    const { dir } = await story();
    const result = await runCli(['run', 'story.yaml', '--reporter', 'plain', '--poll-interval', '50'], dir, { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url });
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n').at(-2)).toMatch(/^\d\d:\d\d:\d\d report: .*out\/tea\/report\.html$/);
    expect(await readFile(join(dir, 'out/tea/report.html'), 'utf8')).toContain('class="badge fresh">fresh<');
  });
});
