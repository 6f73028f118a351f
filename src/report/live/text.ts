// Terminal text: colours that honour NO_COLOR, the width a string takes on screen (string-width:
// wide CJK characters and emoji take two cells, a ZWJ family or a flag is one emoji; this matters for
// Chinese prompts and for prompts with ⭐ or 👨‍👩‍👧), truncation with an ellipsis, and
// scrubbing control characters out of text that came from users or the service (a prompt or an
// error message must never move the cursor or change colours).
import stringWidth from 'string-width';

export interface Paint {
  green: (s: string) => string;
  red: (s: string) => string;
  yellow: (s: string) => string;
  cyan: (s: string) => string;
  dim: (s: string) => string;
  bold: (s: string) => string;
}

const sgr = (open: number, close: number) => (s: string): string => `\x1b[${open}m${s}\x1b[${close}m`;

export function paint(color: boolean): Paint {
  if (!color) {
    const same = (s: string): string => s;
    return { green: same, red: same, yellow: same, cyan: same, dim: same, bold: same };
  }
  return { green: sgr(32, 39), red: sgr(31, 39), yellow: sgr(33, 39), cyan: sgr(36, 39), dim: sgr(2, 22), bold: sgr(1, 22) };
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;
// eslint-disable-next-line no-control-regex
const ANSI_HERE = /\x1b\[[0-9;?]*[ -/]*[@-~]/y;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g;

/** One line of plain text: control characters (escapes, newlines, tabs) become single spaces. */
export function scrub(text: string): string {
  return text.replace(CONTROL, ' ').replace(/ {2,}/g, ' ').trim();
}

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** What a terminal draws as one character: a family (👨‍👩‍👧), a flag, a skin tone, a letter and its accents. */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Cells one grapheme takes (string-width: East Asian Width and the emoji data of Unicode). */
function cellWidth(grapheme: string): number {
  return stringWidth(grapheme);
}

/** Cells the text takes on screen (colour codes take none). */
export function displayWidth(text: string): number {
  return stringWidth(stripAnsi(text));
}

/** Plain text cut to at most `width` cells, with an ellipsis when something was cut (never inside a grapheme). */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = cellWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return out + '…';
}

/** Plain text cut or padded to exactly `width` cells. */
export function fit(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const cut = truncate(text, width);
  const pad = ' '.repeat(Math.max(0, width - displayWidth(cut)));
  return align === 'left' ? cut + pad : pad + cut;
}

/**
 * A line that may hold colour codes, cut to `width` cells so the terminal never wraps it (a
 * wrapped line would break the cursor arithmetic of the redraw). Colours are reset at the cut.
 */
export function clipLine(line: string, width: number): string {
  if (displayWidth(line) <= width) return line;
  let out = '';
  let used = 0;
  let index = 0;
  while (index < line.length) {
    ANSI_HERE.lastIndex = index;
    const escape = ANSI_HERE.exec(line);
    if (escape) {
      out += escape[0];
      index += escape[0].length;
      continue;
    }
    // The grapheme starting here, up to the next colour code.
    ANSI.lastIndex = index;
    const next = ANSI.exec(line)?.index ?? line.length;
    const first = graphemes.segment(line.slice(index, next))[Symbol.iterator]().next();
    const ch = first.done ? (line[index] ?? ' ') : first.value.segment;
    const w = cellWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
    index += ch.length;
  }
  return `${out}…${line.includes('\x1b[') ? '\x1b[0m' : ''}`;
}

export function formatSeconds(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  if (s < 60) return `${s.toFixed(1)}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(Math.floor(s % 60)).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
