// What the review adds to the report's page, by post-processing its HTML (the report itself
// stays a static file): a data block (the session token, the page's version, each shot's takes
// and its remake command), a stylesheet and one script, allowed by its hash in the page's own
// Content Security Policy. The script builds every control with textContent, never innerHTML,
// so a shot id or prompt can only ever be text.
import { createHash } from 'node:crypto';
import { SeedanceError } from '../core/errors.js';

export interface ReviewShot {
  /** The shot's card: `#shot-<id>`. */
  id: string;
  /** `seedance run <manifest> --only <id> --force`. */
  remake: string;
  /** Present for a shot with takes: the shot whose take it is, its own number, how many, and which one is picked. */
  takes?: { shot: string; number: number; of: number; picked: number };
}

export interface ReviewData {
  token: string;
  /** The manifest and lock as this page was built from them (version.ts). */
  version: string;
  shots: ReviewShot[];
}

export const REVIEW_SCRIPT = `(() => {
  const data = JSON.parse(document.getElementById('seedance-review').textContent);
  const headers = { 'X-Seedance-Token': data.token };
  const banner = document.createElement('p');
  banner.className = 'review-banner';
  banner.setAttribute('role', 'status');
  banner.hidden = true;
  document.body.prepend(banner);
  const say = (text) => { banner.textContent = text; banner.hidden = !text; };
  let changed = false, picking = false;
  const playing = () => Array.from(document.querySelectorAll('video')).some((v) => !v.paused && !v.ended);
  async function check() {
    try {
      const answer = await fetch('/.review/version', { headers, cache: 'no-store' });
      if (!answer.ok) return say('seedance review refused this page (' + answer.status + '): open the link it printed again.');
      if ((await answer.json()).version !== data.version) changed = true;
    } catch (error) {
      return say('seedance review is not answering (stopped?): start it again and open the new link it prints.');
    }
    if (!changed || picking) return;
    if (playing()) return say('The storyboard changed: this page reloads when the video stops.');
    location.reload();
  }
  setInterval(check, 500);

  const el = (tag, text, cls) => {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  };
  async function pick(shot, take, status) {
    picking = true;
    status.textContent = 'Picking take ' + take + ' of ' + shot + '…';
    try {
      const answer = await fetch('/.review/pick', { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify({ shot, take }) });
      const body = await answer.json();
      status.textContent = body.message + (body.hint ? ' ' + body.hint : '');
    } catch (error) {
      status.textContent = 'The pick did not reach seedance review (' + error.message + '): is it still running?';
    }
    picking = false;
    await check();
  }
  for (const shot of data.shots) {
    const card = document.getElementById('shot-' + shot.id);
    if (!card) continue;
    const tools = el('div', undefined, 'review-tools');
    tools.dataset.reviewShot = shot.id;
    const status = el('p', '', 'review-status');
    status.setAttribute('role', 'status');
    const t = shot.takes;
    if (t && t.shot === shot.id) {
      tools.append(el('span', 'take ' + t.picked + ' of ' + t.of + ' picked', 'review-picked'));
      for (let k = 1; k <= t.of; k++) {
        const button = el('button', k === t.picked ? 'take ' + k + ' · picked' : 'pick take ' + k);
        button.type = 'button';
        button.dataset.take = String(k);
        button.disabled = k === t.picked;
        button.setAttribute('aria-pressed', String(k === t.picked));
        button.addEventListener('click', () => pick(t.shot, k, status));
        tools.append(button);
      }
    } else if (t) {
      const button = el('button', 'pick this take (take ' + t.number + ' of ' + t.shot + ')');
      button.type = 'button';
      button.dataset.take = String(t.number);
      button.addEventListener('click', () => pick(t.shot, t.number, status));
      tools.append(button);
    }
    const command = el('code', shot.remake, 'review-remake');
    const copy = el('button', 'copy');
    copy.type = 'button';
    copy.title = 'copy the command that makes this shot again (a new task, paid)';
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(shot.remake);
        status.textContent = 'Copied: run it in a terminal to make ' + shot.id + ' again (a new task, paid).';
      } catch (error) {
        getSelection().selectAllChildren(command);
        status.textContent = 'Selected: copy it with Ctrl-C (the browser did not allow copying).';
      }
    });
    tools.append(el('span', 'remake:', 'review-label'), command, copy, status);
    const head = card.querySelector('header');
    if (head) head.after(tools);
    else card.prepend(tools);
  }
})();`;

export const REVIEW_CSS = `.review-banner{position:sticky;top:0;z-index:9;margin:0;padding:.5em 1em;background:#fff3c4;color:#222;font:14px system-ui,sans-serif}
.review-tools{display:flex;flex-wrap:wrap;gap:.5em;align-items:center;padding:.5em 1em;border-top:1px solid #8884;font:13px system-ui,sans-serif}
.review-tools button{font:inherit;padding:.2em .7em;border-radius:4px;border:1px solid #888;background:#f4f4f4;color:#111;cursor:pointer}
.review-tools button[aria-pressed=true]{background:#1e6b34;color:#fff;border-color:#1e6b34;cursor:default}
.review-tools code{user-select:all;padding:.1em .4em;background:#8882;border-radius:3px}
.review-picked{font-weight:600}.review-label{opacity:.7}.review-status{flex-basis:100%;margin:0;opacity:.85}.review-status:empty{display:none}`;

const SCRIPT_HASH = createHash('sha256').update(REVIEW_SCRIPT).digest('base64');

/** JSON safe inside a <script> element: nothing in it can close the element or start a comment. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The report's HTML with the review's controls added. */
export function withReview(html: string, data: ReviewData): string {
  const csp = html.indexOf("script-src 'sha256-");
  const head = html.indexOf('</head>');
  const body = html.lastIndexOf('</body>');
  if (csp < 0 || head < 0 || body < 0) {
    throw new SeedanceError('internal', 'The report page has no script-src policy, </head> or </body> to add the review to: a bug in seedance.', { hint: 'Please report it; `seedance report` still writes the page.' });
  }
  const at = csp + "script-src ".length;
  const tail = `<script type="application/json" id="seedance-review">${scriptJson(data)}</script>\n<script>${REVIEW_SCRIPT}</script>\n`;
  return html.slice(0, at) + `'sha256-${SCRIPT_HASH}' ` + html.slice(at, head) + `<style>${REVIEW_CSS}</style>\n` + html.slice(head, body) + tail + html.slice(body);
}

/** A page for when the report cannot be built (the manifest has errors, the lock is damaged): it says why and reloads once the files change. */
export function reviewProblemPage(title: string, text: string, data: ReviewData): string {
  const esc = (t: string): string => t.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="script-src 'sha256-${SCRIPT_HASH}'; object-src 'none'; base-uri 'none'; form-action 'none'">
<title>${esc(title)} · seedance review</title>
<style>${REVIEW_CSS} body{font:15px system-ui,sans-serif;margin:2em} pre{white-space:pre-wrap}</style>
</head>
<body>
<h1>${esc(title)}</h1>
<pre class="review-problem">${esc(text)}</pre>
<p>This page reloads by itself when the manifest or its lock changes.</p>
<script type="application/json" id="seedance-review">${scriptJson(data)}</script>
<script>${REVIEW_SCRIPT}</script>
</body>
</html>
`;
}
