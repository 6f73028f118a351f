// Diagnostics as text, in the style of rustc and wireit: `file:line:col severity[code] message`,
// then the source line with a marker under the problem, then any related places.
import type { Diagnostic } from './diagnostic.js';

export interface FormatOptions {
  /** ANSI colours (for a terminal). */
  color?: boolean;
}

const ANSI = { red: '\x1b[31;1m', yellow: '\x1b[33;1m', blue: '\x1b[34;1m', cyan: '\x1b[36m', bold: '\x1b[1m', reset: '\x1b[0m' };

export function formatDiagnostics(diagnostics: readonly Diagnostic[], source: string, options: FormatOptions = {}): string {
  const lines = source.split(/\r?\n/);
  const paint = (code: keyof typeof ANSI, text: string): string => (options.color ? `${ANSI[code]}${text}${ANSI.reset}` : text);
  return diagnostics.map((d) => formatOne(d, lines, paint)).join('\n\n');
}

function formatOne(d: Diagnostic, lines: string[], paint: (code: keyof typeof ANSI, text: string) => string): string {
  const tone = d.severity === 'error' ? 'red' : 'yellow';
  const out = [`${paint('bold', `${d.file}:${d.line}:${d.column}`)} ${paint(tone, `${d.severity}[${d.code}]`)} ${d.message}`];
  const shown = [d.line, ...(d.related ?? []).map((r) => r.line)];
  const gutter = String(Math.max(...shown)).length;
  const excerpt = (line: number, column: number, width: number, label: string): void => {
    const text = lines[line - 1];
    if (text === undefined || (lines.length === 1 && text === '')) return; // no source: the file was never read
    const view = window(text.replace(/\t/g, ' '), column - 1, width);
    out.push(`${paint('blue', `${String(line).padStart(gutter)} |`)} ${view.text}`);
    const pad = ' '.repeat(Math.max(0, view.at));
    out.push(`${paint('blue', `${' '.repeat(gutter)} |`)} ${pad}${paint(tone, '^'.repeat(Math.max(1, view.width)))}${label ? ` ${label}` : ''}`);
  };
  excerpt(d.line, d.column, markerWidth(d, lines), '');
  for (const related of d.related ?? []) {
    out.push(`${paint('cyan', `${' '.repeat(gutter)} = related:`)} ${d.file}:${related.line}:${related.column}`);
    excerpt(related.line, related.column, tokenWidth(lines[related.line - 1] ?? '', related.column), related.message);
  }
  return out.join('\n');
}

/** Long lines (a 5000-character prompt) are cut to a window around the marker. */
const MAX_LINE = 100;

function window(text: string, at: number, width: number): { text: string; at: number; width: number } {
  if (text.length <= MAX_LINE) return { text, at, width };
  const start = at + Math.min(width, 40) <= MAX_LINE ? 0 : Math.max(0, Math.min(at - 20, text.length - MAX_LINE));
  const end = Math.min(text.length, start + MAX_LINE);
  const lead = start > 0 ? '…' : '';
  return { text: `${lead}${text.slice(start, end)}${end < text.length ? '…' : ''}`, at: at - start + lead.length, width: Math.min(width, end - at) };
}

function markerWidth(d: Diagnostic, lines: string[]): number {
  const text = lines[d.line - 1] ?? '';
  if (d.endLine === d.line && d.endColumn !== undefined && d.endColumn > d.column) return d.endColumn - d.column;
  if (d.endLine !== undefined && d.endLine > d.line) return Math.max(1, text.trimEnd().length - (d.column - 1));
  return tokenWidth(text, d.column);
}

/** The width of the word starting at `column`, for places known only by their start. */
function tokenWidth(text: string, column: number): number {
  const rest = text.slice(column - 1);
  const match = /^[^\s:,[\]{}#]+/.exec(rest);
  return match ? match[0].length : 1;
}
