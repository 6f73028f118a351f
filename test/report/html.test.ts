// The HTML builder as a pure function: user text escaped everywhere, one script allowed by its
// hash, chapters that seek, the chain between cards, and cards without a video.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { REPORT_SCRIPT, buildReportHtml, clock, esc } from '../../src/report/html/build-html.js';
import type { ReportData, ReportShot } from '../../src/report/html/report-data.js';

const EVIL = '<script>window.pwned = 1</script><img src=x onerror="window.pwned=2">';

function shot(overrides: Partial<ReportShot> & { id: string }): ReportShot {
  return { number: 1, state: 'fresh', stateText: 'fresh', settings: [['model asked', 'doubao-seedance-2.0']], inputs: [], usedBy: [], ...overrides };
}

const DATA: ReportData = {
  title: `Tom & "Jerry" ${EVIL}`,
  manifest: 'story.yaml',
  api: 'native',
  generatedAt: '2026-05-18T10:00:00.000Z',
  film: { name: 'final.mp4', video: 'final.mp4', poster: 'report/film.abc.first.jpg', durationSeconds: 9.5, chapters: [{ id: 'a', start: 0, end: 5 }, { id: 'b', start: 4.5, end: 9.5 }] },
  shots: [
    shot({ id: 'a', prompt: EVIL, seed: 7, model: 'doubao-seedance-2-0-260128', taskId: 'cgt-1', tokens: 50_638, video: 'a.mp4', firstFrame: 'report/a.1.first.jpg', lastFrame: 'report/a.1.last.jpg', usedBy: ['b'] }),
    shot({
      id: 'b',
      number: 2,
      state: 'failed',
      stateText: 'failed: OutputVideoSensitiveContentDetected',
      error: { code: 'OutputVideoSensitiveContentDetected', message: `refused ${EVIL}` },
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
    for (const text of ['<dt>seed used</dt><dd>7</dd>', '<dd>doubao-seedance-2-0-260128</dd>', '<dd>cgt-1</dd>', '<dd>50,638</dd>', '<dt>feeds</dt><dd>b</dd>', 'src="a.mp4"']) expect(cardA).toContain(text);
    const cardB = html.slice(html.indexOf('id="shot-b"'));
    expect(cardB).toContain('class="badge failed">failed: OutputVideoSensitiveContentDetected<');
    expect(cardB).toContain('<p class="error"><strong>OutputVideoSensitiveContentDetected</strong>: refused &lt;script&gt;');
    expect(cardB).toContain('no video');
  });

  it('works without a film', () => {
    const { film: _film, ...rest } = DATA;
    const page = buildReportHtml(rest);
    expect(page).not.toContain('id="film"');
    expect(page).toContain('id="shot-a"');
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
