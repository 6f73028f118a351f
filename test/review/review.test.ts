// `seedance review` in a real browser (Debian's chromium through playwright-core) against the real
// server on 127.0.0.1, after a real run with `takes: 2` on the simulator: the page shows the takes
// with pick buttons; "pick take 2" writes `take: 2` into the manifest (comments kept) and the page
// reloads showing take 2 picked; a run that changes the lock reloads the page; nothing on the page
// breaks its Content Security Policy.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReview, type ReviewServer } from '../../src/review/server.js';
import type { Simulator } from '../../src/simulator/index.js';
import { load, removeDir, run, startSim, suiteTempDir, writeStoryboard } from '../run/harness.js';
import { TAKES_STORY } from './story.js';

const CHROMIUM = '/usr/bin/chromium';


let sim: Simulator;
let browser: Browser;
let review: ReviewServer;
let dir: string;
let file: string;

async function open(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(review.url);
  return { page, problems };
}

describe.skipIf(!existsSync(CHROMIUM))('seedance review in chromium', () => {
  beforeAll(async () => {
    sim = await startSim({ latency: { queuedMs: 10, runningMs: [40, 80] } });
    dir = await suiteTempDir('seedance-review-');
    file = await writeStoryboard(dir, TAKES_STORY);
    expect((await run(file, sim)).summary).toMatchObject({ made: 3, result: 'done' });
    review = await startReview({ manifest: await load(file), manifestArg: 'story.yaml' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await review?.close();
    await sim?.close();
    await removeDir(dir);
  });

  it('shows both takes with pick buttons; "pick take 2" writes take: 2 (comments kept) and the page shows it picked', async () => {
    const { page, problems } = await open();
    // The token went into a cookie and out of the address bar.
    expect(page.url()).toBe(`${review.origin}/`);
    const tools = page.locator('.review-tools[data-review-shot="wave"]');
    await expect.poll(() => tools.locator('.review-picked').textContent()).toBe('take 1 of 2 picked');
    expect(await tools.locator('button[data-take]').evaluateAll((bs) => bs.map((b) => ({ text: b.textContent, disabled: (b as unknown as { disabled: boolean }).disabled })))).toEqual([
      { text: 'take 1 · picked', disabled: true },
      { text: 'pick take 2', disabled: false },
    ]);
    expect(await tools.locator('code.review-remake').textContent()).toBe('seedance run story.yaml --only wave --force');
    // Both takes' clips are on the page and play (served from the output folder with the cookie, by ranges).
    await page.waitForFunction("Array.from(document.querySelectorAll('video')).every((v) => v.readyState >= 1)", undefined, { timeout: 15_000 });
    const sources = await page.locator('video').evaluateAll((vs) => vs.map((v) => v.getAttribute('src')));
    expect(sources).toEqual(expect.arrayContaining(['wave.mp4', 'wave.take2.mp4', 'spray.mp4']));
    const images = await page.locator('img').evaluateAll((imgs) => imgs.map((i) => (i as unknown as { naturalWidth: number }).naturalWidth));
    expect(images.length).toBeGreaterThan(3);
    for (const width of images) expect(width).toBeGreaterThan(0);

    await tools.getByRole('button', { name: 'pick take 2' }).click();
    // The page reloads by itself and shows the new pick.
    await page.locator('.review-tools[data-review-shot="wave"] .review-picked', { hasText: 'take 2 of 2 picked' }).waitFor({ timeout: 10_000 });
    expect(await page.locator('.review-tools[data-review-shot="wave"] button[aria-pressed="true"]').textContent()).toBe('take 2 · picked');
    const text = await readFile(file, 'utf8');
    expect(text).toContain('    takes: 2\n    take: 2\n');
    expect(text).toContain('  # two takes to choose from\n');
    expect(text).toContain('first_frame: { shot: wave } # starts where the picked take ends\n');
    expect(problems).toEqual([]);
    // For a person to look at: SEEDANCE_KEEP_TEMP=1 keeps it (test/temp.ts).
    await page.screenshot({ path: join(dir, 'screenshots', 'review-picked.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('reloads when a run changes the lock', async () => {
    const { page, problems } = await open();
    await page.locator('.review-tools[data-review-shot="wave"]').waitFor();
    await page.evaluate('window.beforeTheRun = true');
    // Take 2 is picked: the run brings it in from the store and makes spray again from it.
    expect((await run(file, sim)).summary).toMatchObject({ result: 'done' });
    await expect.poll(() => page.evaluate('window.beforeTheRun').catch(() => true), { timeout: 10_000 }).toBeUndefined();
    await page.locator('.review-tools[data-review-shot="wave"]').waitFor();
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
