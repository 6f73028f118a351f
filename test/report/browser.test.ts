// The HTML report in a real browser (Debian's chromium through playwright-core), loaded from
// file:// after a real run against the simulator: the cards, the players, chapter links that seek,
// a prompt with markup shown as text and never run, no network, and a phone-sized layout.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
