// The HTML report, built as a pure function of ReportData. Every piece of text from a user or the
// service goes through esc(); links are made by the collector from file names it URL-encoded. The
// one inline script (chapter links that seek the film) is allowed by its hash in a Content
// Security Policy, so even a mistake in escaping could not run anything else.
import { createHash } from 'node:crypto';
import { plural } from '../../core/format.js';
import { formatMoney, type Money } from '../../core/money.js';
import type { ReportData, ReportFilm, ReportShot, ReportTake } from './report-data.js';
import { REPORT_CSS } from './styles.js';
import { attemptsHtml } from './attempts.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values, safe inside elements and quoted attributes. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Chapter links seek the film and play; the chapter being shown is marked. */
export const REPORT_SCRIPT = `(() => {
  const film = document.getElementById('film');
  const links = Array.from(document.querySelectorAll('a[data-seek]'));
  if (!film) return;
  for (const link of links) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      film.currentTime = Number(link.dataset.seek);
      film.play().catch(() => {});
    });
  }
  film.addEventListener('timeupdate', () => {
    for (const link of links) {
      const start = Number(link.dataset.seek), end = Number(link.dataset.end);
      link.classList.toggle('now', film.currentTime >= start && film.currentTime < end);
    }
  });
})();`;

const SCRIPT_HASH = createHash('sha256').update(REPORT_SCRIPT).digest('base64');

export function buildReportHtml(data: ReportData): string {
  const counts = new Map<string, number>();
  for (const shot of data.shots) counts.set(shot.state, (counts.get(shot.state) ?? 0) + 1);
  const tokens = data.shots.reduce((sum, s) => sum + (s.tokens ?? 0), 0);
  const tally = [...counts].map(([state, n]) => `<li class="badge ${esc(state)}">${n} ${esc(state.replace('-', ' '))}</li>`).join('');
  const cards: string[] = [];
  data.shots.forEach((shot, i) => {
    if (i > 0) cards.push(chainBetween(data.shots[i - 1] as ReportShot, shot));
    cards.push(card(shot));
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="script-src 'sha256-${SCRIPT_HASH}'; object-src 'none'; base-uri 'none'; form-action 'none'">
<title>${esc(data.title)} · storyboard report</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<div class="page">
<header class="top">
<h1>${esc(data.title)}</h1>
<p>${plural(data.shots.length, 'shot')} from <code>${esc(data.manifest)}</code> · ${esc(data.api)} API · ${esc(tokens.toLocaleString('en-US'))} tokens recorded${data.cost ? ` · <span class="cost">${esc(totalCostText(data.cost))}</span>` : ''}</p>
<ul class="tally">${tally}</ul>
</header>
${contactSheet(data)}
${data.film ? film(data.film) : ''}
<main class="shots">
${cards.join('\n')}
</main>
<footer class="bottom">Made by seedance-pipeline at ${esc(data.generatedAt.replace('T', ' ').slice(0, 19))} UTC. Open from the output folder; every link is relative.</footer>
</div>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}

function aspect(size: readonly [number, number] | undefined): string {
  return size ? ` style="aspect-ratio: ${size[0]} / ${size[1]}"` : '';
}

function film(f: ReportFilm): string {
  const player = f.video
    ? `<video id="film" controls preload="metadata" playsinline src="${esc(f.video)}"${f.poster ? ` poster="${esc(f.poster)}"` : ''}${aspect(f.size)}></video>`
    : `<div class="missing"${aspect(f.size)}>no film yet</div>`;
  const chapters = f.chapters
    .map((c) => `<li><a href="#shot-${esc(c.id)}" data-seek="${c.start.toFixed(3)}" data-end="${c.end.toFixed(3)}"><span>${esc(c.id)}</span><time>${clock(c.start)}</time></a></li>`)
    .join('');
  const length = `${f.durationSeconds !== undefined ? ` · ${clock(f.durationSeconds)}` : ''}${f.loudness ? ` · ${f.loudness.measured.toFixed(1)} LUFS (asked ${f.loudness.target})` : ''}`;
  return `<section class="film">
<h2>Final cut · <code>${esc(f.name)}</code>${length}</h2>
<div class="film-body">
<div>${player}${f.note ? `<p class="note">${esc(f.note)}</p>` : ''}</div>
${chapters ? `<ol class="chapters" aria-label="chapters">${chapters}</ol>` : ''}
</div>
</section>`;
}

function card(s: ReportShot): string {
  const frames: string[] = [];
  for (const input of s.inputs.filter((i) => i.thumb)) {
    frames.push(figure(input.thumb, `${input.slot} ← ${input.label}`, 'from'));
  }
  if (s.firstFrame || s.lastFrame || frames.length > 0) frames.push(figure(s.firstFrame, 'first frame'), figure(s.lastFrame, 'last frame'));
  const player = s.video
    ? `<video controls preload="metadata" playsinline src="${esc(s.video)}"${s.firstFrame ? ` poster="${esc(s.firstFrame)}"` : ''}${aspect(s.size)}></video>`
    : `<div class="missing"${aspect(s.size ?? [16, 9])}>no video</div>`;
  const text: [string, string][] = [
    ['seed used', s.seed !== undefined ? String(s.seed) : '—'],
    ['model', s.model ?? '—'],
    ['task', s.taskId ?? '—'],
    ['tokens', s.tokens !== undefined ? s.tokens.toLocaleString('en-US') : '—'],
    ...(s.cost ? [['cost', shotCostText(s.cost)] as [string, string]] : []),
    ...s.settings,
  ];
  // Values as HTML: the shots a card uses and feeds are links to their cards.
  const facts: [string, string][] = [
    ...text.map(([k, v]): [string, string] => [k, esc(v)]),
    ['in the film', s.inFilm ? `from ${clock(s.inFilm.start)} to ${clock(s.inFilm.end)}` : 'no'],
    ['uses', s.inputs.length > 0 ? s.inputs.map((i) => `${esc(i.slot)}: ${i.shot !== undefined ? shotLink(i.shot, i.label) : esc(i.label)}`).join('; ') : 'nothing (text only)'],
    ['feeds', s.usedBy.length > 0 ? s.usedBy.map((id) => shotLink(id, id)).join(', ') : '—'],
  ];
  return `<article class="card" id="shot-${esc(s.id)}">
<header><span class="num">${s.number}</span><h2>${esc(s.id)}</h2><span class="badge ${esc(s.state)}">${esc(s.stateText)}</span></header>
<div class="card-body">
<div>${player}${frames.length > 0 ? `<div class="frames">${frames.join('')}</div>` : ''}</div>
<div>
${s.prompt !== undefined ? `<p class="prompt">${esc(s.prompt)}</p>` : '<p class="prompt none">no prompt (made from its draft)</p>'}
<dl class="facts">${facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>
${attemptsHtml(s.attempts ?? [], esc)}
${s.error ? `<div class="error"><p><strong>${esc(s.error.code)}</strong>: ${esc(s.error.message)}</p>${s.error.hint ? `<p class="next">next: ${esc(s.error.hint)}</p>` : ''}</div>` : ''}
</div>
</div>
${s.takes.length > 0 ? takes(s) : ''}
</article>`;
}

/** Amounts in one currency or more (a table changed between runs), `—` when there are none. */
function amounts(values: readonly Money[]): string {
  return values.length > 0 ? values.map(formatMoney).join(' + ') : '—';
}

/** `estimated 0.51 USD · billed 0.60 USD`: the estimate of the shot as asked now, against its clip's bill. */
function shotCostText(cost: NonNullable<ReportShot['cost']>): string {
  return `estimated ${cost.estimated ? formatMoney(cost.estimated) : '— (no price for it)'} · billed ${amounts(cost.billed)}`;
}

/** `estimated 1.52 USD, billed 1.11 USD (all runs: 2.03 USD)`: the clips of now, then every task ever billed. */
function totalCostText(cost: NonNullable<ReportData['cost']>): string {
  return `estimated ${formatMoney(cost.estimated)}, billed ${amounts(cost.billed)} (all runs: ${amounts(cost.allRuns)})`;
}

function shotLink(id: string, label: string): string {
  return `<a href="#shot-${esc(id)}">${esc(label)}</a>`;
}

/** The shot's takes side by side, each with its player. */
function takes(s: ReportShot): string {
  const one = (t: ReportTake): string => {
    const player = t.video
      ? `<video controls preload="metadata" playsinline src="${esc(t.video)}"${t.poster ? ` poster="${esc(t.poster)}"` : ''}${aspect(s.size)}></video>`
      : `<div class="missing"${aspect(s.size ?? [16, 9])}>no video</div>`;
    return `<figure class="take${t.chosen ? ' chosen' : ''}">${player}<figcaption>${esc(t.label)}${t.chosen ? ' · in the film' : ''}</figcaption></figure>`;
  };
  return `<section class="takes" aria-label="takes of ${esc(s.id)}">${s.takes.map(one).join('')}</section>`;
}

/**
 * The contact sheet: one tile per shot in film order (the film's shots, then the others) with its
 * first frame, id, where it starts in the film, how long it lasts there, its state and its takes.
 * Each tile links to the shot's card.
 */
function contactSheet(data: ReportData): string {
  const byId = new Map(data.shots.map((s) => [s.id, s]));
  const tiles = data.filmOrder.flatMap((id) => {
    const s = byId.get(id);
    return s ? [tile(s)] : [];
  });
  return `<section class="sheet" aria-label="contact sheet">
<h2>Contact sheet · in film order</h2>
<ol class="sheet-grid">${tiles.join('')}</ol>
</section>`;
}

function tile(s: ReportShot): string {
  const picture = s.firstFrame ? `<img src="${esc(s.firstFrame)}" alt="">` : `<span class="missing">${s.video ? 'no picture' : 'no clip'}</span>`;
  const when = s.inFilm ? `<time title="starts at ${clock(s.inFilm.start)} in the film">${clock(s.inFilm.start)}</time>` : '<span class="off">not in the film</span>';
  const length = s.inFilm ? `${(s.inFilm.end - s.inFilm.start).toFixed(1)} s` : s.askedSeconds !== undefined ? `${s.askedSeconds} s` : '';
  const takeCount = s.takes.length > 0 ? ` · ${plural(s.takes.length, 'take')}` : '';
  return `<li class="tile" id="tile-${esc(s.id)}" data-shot="${esc(s.id)}"><a href="#shot-${esc(s.id)}">${picture}<span class="tile-head"><span class="num">${s.number}</span><b title="${esc(s.id)}">${esc(s.id)}</b>${when}</span><span class="tile-meta"><span class="badge ${esc(s.state)}" title="${esc(s.stateText)}">${esc(s.state.replace('-', ' '))}</span><span>${esc(length)}${takeCount}</span></span></a></li>`;
}

function figure(href: string | undefined, caption: string, kind?: string): string {
  const image = href ? `<img src="${esc(href)}" alt="${esc(caption)}">` : '<div class="missing">none</div>';
  return `<figure${kind ? ` class="${kind}"` : ''}>${image}<figcaption>${esc(caption)}</figcaption></figure>`;
}

/** Between two cards: how the upper shot feeds the lower one, with the frame that is handed over. */
function chainBetween(upper: ReportShot, lower: ReportShot): string {
  const links = lower.inputs.filter((i) => i.shot === upper.id);
  if (links.length === 0) return '<div class="gap"></div>';
  const what = links.map((l) => (l.slot === 'draft' ? `${lower.id} is the final made from draft ${upper.id}` : `${l.label} → ${l.slot} of ${lower.id}`)).join('; ');
  const shown = links.find((l) => l.thumb)?.thumb;
  const thumb = shown ? `<img src="${esc(shown)}" alt="">` : '';
  return `<div class="chain">↓ ${thumb}<span>${esc(what)}</span> ↓</div>`;
}

/** 75.5 -> "1:15.5"; whole seconds without a fraction. */
export function clock(seconds: number): string {
  const tenths = Math.round(Math.max(0, seconds) * 10);
  const m = Math.floor(tenths / 600);
  const rest = tenths - m * 600;
  const text = rest % 10 === 0 ? String(rest / 10).padStart(2, '0') : (rest / 10).toFixed(1).padStart(4, '0');
  return `${m}:${text}`;
}
