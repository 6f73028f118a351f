// The HTML builder as a pure function: user text escaped everywhere, one script allowed by its
// hash, chapters that seek, the chain between cards, and cards without a video.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { REPORT_SCRIPT, buildReportHtml, clock, esc } from '../../src/report/html/build-html.js';
import type { ReportData, ReportShot } from '../../src/report/html/report-data.js';

const EVIL = '<script>window.pwned = 1</script><img src=x onerror="window.pwned=2">';

function shot(overrides: Partial<ReportShot> & { id: string }): ReportShot {
  return { number: 1, state: 'fresh', stateText: 'fresh', settings: [['model asked', 'doubao-seedance-2.0']], inputs: [], usedBy: [], takes: [], ...overrides };
}

const DATA: ReportData = {
  title: `Tom & "Jerry" ${EVIL}`,
  manifest: 'story.yaml',
  api: 'native',
  generatedAt: '2026-05-18T10:00:00.000Z',
  film: { name: 'final.mp4', video: 'final.mp4', poster: 'report/film.abc.first.jpg', durationSeconds: 9.5, chapters: [{ id: 'a', start: 0, end: 5 }, { id: 'b', start: 4.5, end: 9.5 }] },
  filmOrder: ['a', 'b'],
  shots: [
    shot({ id: 'a', prompt: EVIL, seed: 7, model: 'doubao-seedance-2-0-260128', taskId: 'cgt-1', tokens: 50_638, video: 'a.mp4', firstFrame: 'report/a.1.first.jpg', lastFrame: 'report/a.1.last.jpg', usedBy: ['b'], inFilm: { start: 0, end: 4.5 } }),
    shot({
      id: 'b',
      number: 2,
      state: 'failed',
      stateText: 'failed: OutputVideoSensitiveContentDetected',
      error: { code: 'OutputVideoSensitiveContentDetected', message: `refused ${EVIL}`, hint: `Change the prompt ${EVIL}, then run again.` },
      askedSeconds: 5,
      inputs: [{ slot: 'first frame', label: 'last frame of a', shot: 'a', thumb: 'report/a.1.last.jpg' }],
    }),
  ],
};

describe('buildReportHtml', () => {
  const html = buildReportHtml(DATA);

  it('escapes every piece of user and service text', () => {
    expect(html).not.toContain('<script>window.pwned');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;window.pwned = 1&lt;/script&gt;');
    expect(html).toContain('Tom &amp; &quot;Jerry&quot;');
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it('allows its one script by hash and nothing else', () => {
    const hash = createHash('sha256').update(REPORT_SCRIPT).digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
    expect(html).toContain(`<script>${REPORT_SCRIPT}</script>`);
  });

  it('puts the film on top with chapter links that seek, then the cards in order', () => {
    expect(html.indexOf('id="film"')).toBeLessThan(html.indexOf('id="shot-a"'));
    expect(html.indexOf('id="shot-a"')).toBeLessThan(html.indexOf('id="shot-b"'));
    expect(html).toContain('<a href="#shot-b" data-seek="4.500" data-end="9.500"><span>b</span><time>0:04.5</time></a>');
    expect(html).toContain('<video id="film" controls preload="metadata" playsinline src="final.mp4" poster="report/film.abc.first.jpg"');
  });

  it('shows the chain: the last frame of a beside the first frame of b, and between their cards', () => {
    const between = html.slice(html.indexOf('</article>'), html.indexOf('id="shot-b"'));
    expect(between).toContain('class="chain"');
    expect(between).toContain('<img src="report/a.1.last.jpg" alt="">');
    expect(between).toContain('last frame of a → first frame of b');
    const cardB = html.slice(html.indexOf('id="shot-b"'));
    expect(cardB).toContain('<figure class="from"><img src="report/a.1.last.jpg" alt="first frame ← last frame of a"><figcaption>first frame ← last frame of a</figcaption></figure>');
  });

  it('shows results, settings and errors on each card, and says when there is no video', () => {
    const cardA = html.slice(html.indexOf('id="shot-a"'), html.indexOf('id="shot-b"'));
    for (const text of ['<dt>seed used</dt><dd>7</dd>', '<dd>doubao-seedance-2-0-260128</dd>', '<dd>cgt-1</dd>', '<dd>50,638</dd>', 'src="a.mp4"', '<dt>in the film</dt><dd>from 0:00 to 0:04.5</dd>']) expect(cardA).toContain(text);
    const cardB = html.slice(html.indexOf('id="shot-b"'));
    expect(cardB).toContain('class="badge failed">failed: OutputVideoSensitiveContentDetected<');
    expect(cardB).toContain('<div class="error"><p><strong>OutputVideoSensitiveContentDetected</strong>: refused &lt;script&gt;');
    expect(cardB).toContain('no video');
  });

  it('gives a failed card the next: hint the terminal printed, escaped', () => {
    const cardB = html.slice(html.indexOf('id="shot-b"'));
    expect(cardB).toContain('<p class="next">next: Change the prompt &lt;script&gt;window.pwned = 1&lt;/script&gt;');
    expect(html.slice(html.indexOf('id="shot-a"'), html.indexOf('id="shot-b"'))).not.toContain('class="next"');
  });

  it('links the shots a card uses and feeds to their cards', () => {
    const cardA = html.slice(html.indexOf('id="shot-a"'), html.indexOf('id="shot-b"'));
    expect(cardA).toContain('<dt>feeds</dt><dd><a href="#shot-b">b</a></dd>');
    const cardB = html.slice(html.indexOf('id="shot-b"'));
    expect(cardB).toContain('<dt>uses</dt><dd>first frame: <a href="#shot-a">last frame of a</a></dd>');
  });

  it('opens with a contact sheet in film order: first frame, id, timecode, duration, state', () => {
    const page = buildReportHtml({ ...DATA, filmOrder: ['b', 'a'] });
    const sheet = page.slice(page.indexOf('class="sheet"'), page.indexOf('</section>'));
    expect(page.indexOf('class="sheet"')).toBeLessThan(page.indexOf('id="film"'));
    expect([...sheet.matchAll(/data-shot="([^"]+)"/g)].map((m) => m[1])).toEqual(['b', 'a']);
    expect(sheet).toContain('<li class="tile" id="tile-a" data-shot="a"><a href="#shot-a"><img src="report/a.1.first.jpg" alt="">');
    expect(sheet).toContain('<b title="a">a</b><time title="starts at 0:00 in the film">0:00</time>');
    expect(sheet).toContain('<span class="badge fresh" title="fresh">fresh</span><span>4.5 s</span>');
    // b is not in this film: no timecode, its asked length, and no picture.
    expect(sheet).toContain('<b title="b">b</b><span class="off">not in the film</span>');
    expect(sheet).toContain('<span class="missing">no clip</span>');
    expect(sheet).toContain('title="failed: OutputVideoSensitiveContentDetected">failed</span><span>5 s</span>');
  });

  it('shows a shot\'s takes side by side, each with a player, and counts them on its tile', () => {
    const takes = [{ label: 'take 1', video: 'a.mp4', chosen: true }, { label: 'take 2', video: 'takes/a.2.mp4' }, { label: 'take 3' }];
    const page = buildReportHtml({ ...DATA, shots: [shot({ ...(DATA.shots[0] as ReportShot), takes }), DATA.shots[1] as ReportShot] });
    const cardA = page.slice(page.indexOf('id="shot-a"'), page.indexOf('id="shot-b"'));
    const row = cardA.slice(cardA.indexOf('class="takes"'));
    expect(row.match(/<figure class="take/g)).toHaveLength(3);
    expect(row).toContain('src="takes/a.2.mp4"');
    expect(row).toContain('take 1 · in the film');
    expect(page).toMatch(/id="tile-a"[^]*?4\.5 s · 3 takes</);
    expect(html).not.toContain('class="takes"');
  });

  it("states the film's measured loudness where it was levelled", () => {
    const levelled = buildReportHtml({ ...DATA, film: { ...(DATA.film as NonNullable<ReportData['film']>), loudness: { target: -16, measured: -16.2 } } });
    expect(levelled).toMatch(/<h2>Final cut · <code>final\.mp4<\/code> · [^<]* · -16\.2 LUFS \(asked -16\)<\/h2>/);
    expect(html).not.toContain('LUFS');
  });

  it('works without a film', () => {
    const { film: _film, ...rest } = DATA;
    const page = buildReportHtml(rest);
    expect(page).not.toContain('id="film"');
    expect(page).toContain('id="shot-a"');
  });
});

describe('money in the report', () => {
  const usd = (amount: number) => ({ amount, currency: 'USD' });
  const priced: ReportData = {
    ...DATA,
    shots: [
      shot({ ...(DATA.shots[0] as ReportShot), cost: { estimated: usd(0.50638), billed: [usd(0.6)] } }),
      shot({ ...(DATA.shots[1] as ReportShot), cost: { estimated: usd(0.50638), billed: [usd(0)] } }),
    ],
    cost: { estimated: usd(1.01276), billed: [usd(0.6)], allRuns: [usd(1.10638)] },
  };

  it('gives each card its estimate against what its tasks were billed, and the page the totals by the tokens', () => {
    const page = buildReportHtml(priced);
    const cardA = page.slice(page.indexOf('id="shot-a"'), page.indexOf('id="shot-b"'));
    expect(cardA).toContain('<dt>tokens</dt><dd>50,638</dd><dt>cost</dt><dd>estimated 0.51 USD · billed 0.60 USD</dd>');
    expect(page.slice(page.indexOf('id="shot-b"'))).toContain('<dt>cost</dt><dd>estimated 0.51 USD · billed 0.00 USD</dd>');
    expect(page).toContain('50,638 tokens recorded · <span class="cost">estimated 1.01 USD, billed 0.60 USD (all runs: 1.11 USD)</span></p>');
  });

  it('says when nothing was billed or the table has no price, and sums each currency apart', () => {
    const page = buildReportHtml({
      ...priced,
      shots: [shot({ id: 'a', cost: { billed: [] } })],
      cost: { estimated: usd(0), billed: [], allRuns: [{ amount: 12.3, currency: 'CNY' }, usd(0.6)] },
    });
    expect(page).toContain('<dt>cost</dt><dd>estimated — (no price for it) · billed —</dd>');
    expect(page).toContain('estimated 0.00 USD, billed — (all runs: 12.30 CNY + 0.60 USD)');
  });

  it('says nothing about money without a price table', () => {
    const page = buildReportHtml(DATA);
    expect(page).not.toContain('<dt>cost</dt>');
    expect(page).not.toMatch(/estimated|billed|USD|class="cost"/);
  });
});

describe('helpers', () => {
  it.each([
    [0, '0:00'],
    [4.5, '0:04.5'],
    [75, '1:15'],
    [599.96, '10:00'],
  ])('clock(%s) = %s', (seconds, text) => {
    expect(clock(seconds)).toBe(text);
  });

  it('esc covers the five HTML specials', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
