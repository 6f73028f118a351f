// The HTML report in a real browser (Debian's chromium through playwright-core), loaded from
// file:// after a real run against the simulator: the contact sheet in film order, the cards, the
// players, chapter links that seek, links between cards, a failed card's next: hint, a prompt with
// markup shown as text and never run, no network, a phone-sized layout, and a 30-shot sheet that
// fits two laptop screens.
import { existsSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportHtml } from '../../src/report/html/build-html.js';
import type { ReportData, ReportShot } from '../../src/report/html/report-data.js';
import type { Simulator } from '../../src/simulator/index.js';
import { runCli } from '../cli/capture.js';
import { startSim, writeStoryboard } from '../run/harness.js';
import { removeDir, suiteTempDir } from '../temp.js';

const CHROMIUM = '/usr/bin/chromium';
const EVIL = `<script>window.pwned = 1; document.title = 'pwned'</script><img src=x onerror="window.pwned = 2">`;

const STORY = `version: 1
name: browser-check
defaults: { resolution: 480p, duration: 5 }
shots:
  - id: dawn
    prompt: ${JSON.stringify(`${EVIL} A lighthouse at dawn`)}
    seed: 21
  - id: beam
    prompt: The lighthouse beam sweeps the sea
    first_frame: { shot: dawn }
  - id: storm
    prompt: A storm that the service refuses
concat:
  shots: [dawn, beam]
`;

let sim: Simulator;
let browser: Browser;
let reportUrl: string;
let shotsDir: string;
let dir: string;
let terminalHint: string | undefined;

describe.skipIf(!existsSync(CHROMIUM))('report.html in chromium', () => {
  beforeAll(async () => {
    // Short task latencies: the page is checked, not the run's pace.
    sim = await startSim({ latency: { queuedMs: 10, runningMs: [40, 80] } });
    sim.addFault({ kind: 'task-failed', promptIncludes: 'storm', code: 'OutputVideoSensitiveContentDetected' });
    dir = await suiteTempDir('seedance-browser-');
    await writeStoryboard(dir, STORY);
    const result = await runCli(['run', 'story.yaml', '--reporter', 'plain', '--poll-interval', '50'], dir, { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url });
    expect(result.code, result.stdout + result.stderr).toBe(1);
    const line = /report: (.+report\.html)/.exec(result.stdout);
    expect(line, result.stdout).not.toBeNull();
    reportUrl = pathToFileURL(line?.[1] ?? '').href;
    terminalHint = /storm: FAILED: .*\n\s+next: (.*)/.exec(result.stdout)?.[1];
    expect(terminalHint, result.stdout).toBeDefined();
    // Screenshots for a person to look at: SEEDANCE_KEEP_TEMP=1 keeps them (test/temp.ts).
    shotsDir = join(dir, 'screenshots');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await sim?.close();
    await removeDir(dir);
  });

  it('shows the film, a card per shot with loaded players and thumbnails, and escapes the prompt', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    // Nothing but files next to the report: any other request is a bug.
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(reportUrl);

    expect(await page.locator('article.card').evaluateAll((cards) => cards.map((c) => c.id))).toEqual(['shot-dawn', 'shot-beam', 'shot-storm']);
    // Players: the film and the two made shots load their metadata; the refused shot has none.
    // (Browser-side code is written as strings or over structural types: this project compiles without DOM types.)
    await page.waitForFunction("Array.from(document.querySelectorAll('video')).every((v) => v.readyState >= 1)", undefined, { timeout: 15_000 });
    const videos = await page.locator('video').evaluateAll((vs) => vs.map((v) => ({ id: v.id, src: v.getAttribute('src'), duration: (v as unknown as { duration: number }).duration })));
    expect(videos.map((v) => v.src)).toEqual(['final.mp4', 'dawn.mp4', 'beam.mp4']);
    for (const v of videos) expect(v.duration).toBeGreaterThan(4);
    expect(videos[0]?.duration).toBeGreaterThan(9);
    // Thumbnails (first and last frames, the chained input) all decode.
    const images = await page.locator('img').evaluateAll((imgs) => imgs.map((i) => ({ src: i.getAttribute('src'), w: (i as unknown as { naturalWidth: number }).naturalWidth })));
    expect(images.length).toBeGreaterThanOrEqual(6);
    for (const image of images) expect(image.w, String(image.src)).toBeGreaterThan(0);
    // The chain: beam's card starts from dawn's last frame.
    expect(await page.locator('#shot-beam figure.from figcaption').textContent()).toBe('first frame ← last frame of dawn');
    // The prompt shows as text; none of it ran.
    expect(await page.locator('#shot-dawn .prompt').textContent()).toBe(`${EVIL} A lighthouse at dawn`);
    expect(await page.evaluate('typeof window.pwned')).toBe('undefined');
    expect(await page.title()).toBe('browser-check · storyboard report');
    // The refused shot says why.
    expect(await page.locator('#shot-storm .error').textContent()).toContain('OutputVideoSensitiveContentDetected');
    expect(problems).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    await page.screenshot({ path: join(shotsDir, 'report-desktop.png'), fullPage: true });
    await page.close();
  });

  it('chapter links seek the film', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(reportUrl);
    await page.waitForFunction("document.getElementById('film').readyState >= 1");
    const chapters = await page.locator('ol.chapters a').evaluateAll((links) => links.map((a) => ({ text: a.querySelector('span')?.textContent, seek: Number(a.getAttribute('data-seek')) })));
    expect(chapters.map((c) => c.text)).toEqual(['dawn', 'beam']);
    expect(chapters[1]?.seek).toBeGreaterThan(4);
    await page.locator('ol.chapters a', { hasText: 'beam' }).click();
    await page.waitForFunction(`Math.abs(document.getElementById('film').currentTime - ${chapters[1]?.seek ?? 0}) < 1`);
    const time = Number(await page.evaluate("document.getElementById('film').currentTime"));
    expect(time).toBeGreaterThanOrEqual((chapters[1]?.seek ?? 0) - 0.05);
    await page.close();
  });

  it('opens with a contact sheet in film order: the film\'s shots with their timecodes, then the rest', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(reportUrl);
    await page.waitForFunction("Array.from(document.querySelectorAll('.tile img')).every((i) => i.complete && i.naturalWidth > 0)");
    const tiles = await page.locator('.tile').evaluateAll((items) =>
      items.map((t) => {
        const box = t.getBoundingClientRect();
        return { id: t.getAttribute('data-shot'), x: box.x, y: box.y, time: t.querySelector('time')?.textContent ?? null, picture: t.querySelector('img') !== null, text: t.textContent };
      }),
    );
    expect(tiles.map((t) => t.id)).toEqual(['dawn', 'beam', 'storm']);
    // One row, left to right in film order.
    expect(new Set(tiles.map((t) => Math.round(t.y))).size).toBe(1);
    expect((tiles[0]?.x ?? 0) < (tiles[1]?.x ?? 0) && (tiles[1]?.x ?? 0) < (tiles[2]?.x ?? 0)).toBe(true);
    // Timecodes from the film's chapters: dawn opens it, beam starts where dawn's 5 s end.
    expect(tiles.map((t) => t.time)).toEqual(['0:00', expect.stringMatching(/^0:0(5|4\.9|5\.\d)$/), null]);
    expect(tiles[2]?.text).toContain('not in the film');
    expect(tiles.map((t) => t.picture)).toEqual([true, true, false]);
    // The sheet comes before the film, and a tile leads to its card.
    const sheetBottom = Number(await page.evaluate("document.querySelector('section.sheet').getBoundingClientRect().bottom"));
    const filmTop = Number(await page.evaluate("document.querySelector('section.film').getBoundingClientRect().top"));
    expect(sheetBottom).toBeLessThanOrEqual(filmTop);
    await page.locator('#tile-storm a').click();
    await page.waitForFunction("location.hash === '#shot-storm'");
    expect(Number(await page.evaluate("Math.abs(document.getElementById('shot-storm').getBoundingClientRect().top)"))).toBeLessThan(40);
    await page.screenshot({ path: join(shotsDir, 'report-sheet.png') });
    await page.close();
  });

  it('gives the failed card the next: hint the terminal printed', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(reportUrl);
    expect(await page.locator('#shot-storm .error .next').textContent()).toBe(`next: ${terminalHint}`);
    expect(await page.locator('#shot-dawn .error').count()).toBe(0);
    await page.close();
  });

  it('links uses and feeds to the cards they name', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(reportUrl);
    const feeds = page.locator('#shot-dawn dd a', { hasText: 'beam' });
    expect(await feeds.getAttribute('href')).toBe('#shot-beam');
    await feeds.click();
    await page.waitForFunction("location.hash === '#shot-beam'");
    expect(Number(await page.evaluate("Math.abs(document.getElementById('shot-beam').getBoundingClientRect().top)"))).toBeLessThan(40);
    await page.locator('#shot-beam dd a', { hasText: 'last frame of dawn' }).click();
    await page.waitForFunction("location.hash === '#shot-dawn'");
    expect(Number(await page.evaluate("Math.abs(document.getElementById('shot-dawn').getBoundingClientRect().top)"))).toBeLessThan(40);
    await page.close();
  });

  it('lays out a 30-shot sheet in film order within two 1280x800 screens', async () => {
    // The page for 30 shots, built from data beside the real report so it uses one of its real thumbnails.
    const folder = dirname(new URL(reportUrl).pathname);
    const thumb = (await readdir(join(folder, 'report'))).find((f) => f.startsWith('dawn.') && f.endsWith('.first.jpg'));
    const ids = Array.from({ length: 30 }, (_, i) => `shot-number-${String(i + 1).padStart(2, '0')}`);
    const order = [...ids].reverse();
    const shots: ReportShot[] = ids.map((id, i) => ({
      id,
      number: i + 1,
      state: i % 7 === 3 ? 'failed' : 'fresh',
      stateText: i % 7 === 3 ? 'failed: OutputVideoSensitiveContentDetected' : 'fresh',
      settings: [],
      inputs: [],
      usedBy: [],
      takes: i % 5 === 0 ? [{ label: 'take 1', chosen: true }, { label: 'take 2' }] : [],
      ...(i % 7 === 3 ? {} : { firstFrame: `report/${thumb ?? ''}`, inFilm: { start: order.indexOf(id) * 5, end: order.indexOf(id) * 5 + 5 } }),
    }));
    const data: ReportData = { title: 'thirty', manifest: 'thirty.yaml', api: 'native', generatedAt: new Date().toISOString(), filmOrder: order, shots };
    await writeFile(join(folder, 'sheet-30.html'), buildReportHtml(data));
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(pathToFileURL(join(folder, 'sheet-30.html')).href);
    await page.waitForFunction("Array.from(document.querySelectorAll('.tile img')).every((i) => i.complete && i.naturalWidth > 0)");
    const tiles = await page.locator('.tile').evaluateAll((items) => items.map((t) => ({ id: t.getAttribute('data-shot'), ...JSON.parse(JSON.stringify(t.getBoundingClientRect())) as { x: number; y: number; bottom: number } })));
    expect(tiles.map((t) => t.id)).toEqual(order);
    // Read like a page: row by row, left to right, in film order.
    const reading = [...tiles].sort((a, b) => Math.round(a.y) - Math.round(b.y) || a.x - b.x).map((t) => t.id);
    expect(reading).toEqual(order);
    expect(new Set(tiles.map((t) => Math.round(t.y))).size).toBeGreaterThan(1);
    const bottom = Math.max(...tiles.map((t) => t.bottom));
    expect(bottom, 'the sheet ends within two 800-pixel screens').toBeLessThanOrEqual(1600);
    await page.locator('section.sheet').screenshot({ path: join(shotsDir, 'sheet-30.png') });
    await page.close();
  }, 60_000);

  it('fits a phone screen without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await page.goto(reportUrl);
    const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(shotsDir, 'report-phone.png'), fullPage: true });
    await page.close();
    console.log(`report screenshots: ${shotsDir}${process.env.SEEDANCE_KEEP_TEMP === '1' ? '' : ' (removed after the tests; SEEDANCE_KEEP_TEMP=1 keeps them)'}`);
  });
});
