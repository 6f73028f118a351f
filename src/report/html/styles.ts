// The report's stylesheet: system fonts only (nothing fetched), one column on a phone, frames and
// player beside the details on a wide screen, light and dark by the system's preference.
export const REPORT_CSS = `
:root { color-scheme: light dark; --bg: #f4f4f2; --card: #fff; --ink: #1d1d1f; --muted: #6b6b70; --line: #e2e2e0;
  --ok: #1f7a3d; --ok-bg: #e3f4e8; --warn: #8a5a00; --warn-bg: #fbefd5; --bad: #b42318; --bad-bg: #fde7e5;
  --run: #1d4ed8; --run-bg: #e3ebfd; --idle: #55555a; --idle-bg: #ececec; --accent: #c2410c; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #151517; --card: #202023; --ink: #ececef; --muted: #a0a0a8; --line: #34343a;
    --ok: #6fdc8c; --ok-bg: #173d24; --warn: #f5c26b; --warn-bg: #45340f; --bad: #ff8a80; --bad-bg: #4a1c19;
    --run: #93b4ff; --run-bg: #1b2b55; --idle: #b8b8bf; --idle-bg: #303035; --accent: #fb923c; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
a { color: inherit; }
.page { max-width: 1180px; margin: 0 auto; padding: 20px 16px 48px; }
header.top h1 { margin: 0 0 4px; font-size: 1.6rem; letter-spacing: -0.01em; }
header.top p { margin: 0; color: var(--muted); }
.tally { display: flex; flex-wrap: wrap; gap: 6px; margin: 12px 0 0; padding: 0; list-style: none; }
section.film { margin: 20px 0 28px; background: var(--card); border: 1px solid var(--line); border-radius: 14px; padding: 14px; }
section.film h2 { margin: 0 0 10px; font-size: 1.1rem; }
.film-body { display: grid; gap: 14px; }
@media (min-width: 860px) { .film-body { grid-template-columns: minmax(0, 2fr) minmax(220px, 1fr); } }
video { width: 100%; display: block; border-radius: 10px; background: #000; aspect-ratio: 16 / 9; max-height: 70vh; }
ol.chapters { margin: 0; padding: 0; list-style: none; counter-reset: ch; }
ol.chapters li a { display: flex; justify-content: space-between; gap: 8px; padding: 7px 10px; border-radius: 8px; text-decoration: none; border: 1px solid var(--line); margin-bottom: 6px; }
ol.chapters li a:hover, ol.chapters li a.now { border-color: var(--accent); }
ol.chapters time { color: var(--muted); font-variant-numeric: tabular-nums; }
.note { color: var(--muted); margin: 8px 0 0; }
.shots { display: grid; gap: 0; }
article.card { background: var(--card); border: 1px solid var(--line); border-radius: 14px; padding: 14px; scroll-margin-top: 12px; }
article.card > header { display: flex; align-items: center; flex-wrap: wrap; gap: 8px; margin-bottom: 12px; }
article.card h2 { margin: 0; font-size: 1.15rem; }
.num { display: inline-grid; place-items: center; min-width: 28px; height: 28px; border-radius: 50%; background: var(--idle-bg); color: var(--idle); font-weight: 600; font-size: 0.85rem; }
.badge { display: inline-block; padding: 2px 9px; border-radius: 999px; font-size: 0.8rem; font-weight: 600; background: var(--idle-bg); color: var(--idle); overflow-wrap: anywhere; }
.badge.fresh { background: var(--ok-bg); color: var(--ok); }
.badge.stale { background: var(--warn-bg); color: var(--warn); }
.badge.failed { background: var(--bad-bg); color: var(--bad); }
.badge.in-flight { background: var(--run-bg); color: var(--run); }
.card-body { display: grid; gap: 14px; }
@media (min-width: 860px) { .card-body { grid-template-columns: minmax(0, 1.25fr) minmax(0, 1fr); } }
.frames { display: grid; grid-template-columns: repeat(auto-fit, minmax(90px, 1fr)); gap: 8px; margin-top: 10px; align-items: start; }
figure { margin: 0; }
figure img, .missing { width: 100%; display: block; border-radius: 8px; border: 1px solid var(--line); aspect-ratio: 16 / 9; object-fit: cover; background: var(--idle-bg); }
.missing { display: grid; place-items: center; color: var(--muted); font-size: 0.8rem; }
figcaption { font-size: 0.78rem; color: var(--muted); margin-top: 3px; overflow-wrap: anywhere; }
figure.from img { outline: 2px dashed var(--accent); outline-offset: -2px; }
figure.from figcaption { color: var(--accent); }
.prompt { margin: 0 0 10px; font-size: 1rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.prompt.none { color: var(--muted); font-style: italic; }
dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 3px 12px; margin: 0; font-size: 0.9rem; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; font-variant-numeric: tabular-nums; }
.error { margin: 10px 0 0; padding: 8px 10px; border-radius: 8px; background: var(--bad-bg); color: var(--bad); overflow-wrap: anywhere; }
.chain { display: flex; align-items: center; gap: 10px; margin: 0 auto; padding: 6px 0; color: var(--accent); font-size: 0.85rem; width: fit-content; max-width: 100%; }
.chain img { width: 72px; border-radius: 6px; border: 2px solid var(--accent); aspect-ratio: 16 / 9; object-fit: cover; }
.gap { height: 14px; }
section.sheet { margin: 20px 0 24px; }
section.sheet h2 { margin: 0 0 10px; font-size: 1.1rem; }
.sheet-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; margin: 0; padding: 0; list-style: none; }
.tile a { display: block; height: 100%; text-decoration: none; background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 6px; }
.tile a:hover, .tile a:focus-visible { border-color: var(--accent); }
.tile img, .tile .missing { width: 100%; border-radius: 6px; aspect-ratio: 16 / 9; object-fit: cover; background: var(--idle-bg); }
.tile img { display: block; }
.tile-head, .tile-meta { display: flex; align-items: center; gap: 6px; margin-top: 5px; font-size: 0.82rem; min-width: 0; }
.tile-head b { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; }
.tile-head time, .tile-head .off { margin-left: auto; color: var(--muted); font-variant-numeric: tabular-nums; white-space: nowrap; }
.tile-head .num { min-width: 22px; height: 22px; font-size: 0.75rem; }
.tile-meta { justify-content: space-between; color: var(--muted); font-variant-numeric: tabular-nums; }
.tile-meta .badge { font-size: 0.72rem; padding: 1px 7px; }
.attempts li { overflow-wrap: anywhere; }
.takes { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 10px; margin-top: 12px; }
figure.take.chosen video { outline: 2px solid var(--accent); }
.error p { margin: 0; }
.error p.next { margin-top: 4px; }
dl.facts dd a { color: var(--accent); }
code { font: 0.85em ui-monospace, SFMono-Regular, Menlo, monospace; }
footer.bottom { margin-top: 28px; color: var(--muted); font-size: 0.85rem; }
`;
