// Drawing the live table: a pure function from the model, the clock and the terminal's size to
// lines, each no wider than the terminal (a wrapped line would break the in-place redraw).
import { formatMoney } from '../../core/money.js';
import { costLeft, isActive, tokensLeft, type RowState, type ShotRow, type TableModel, type Tone } from './table-model.js';
import { parseTakeId } from '../../manifest/takes.js';
import { clipLine, displayWidth, fit, formatCount, formatSeconds, paint, truncate, type Paint } from './text.js';

export interface RenderOptions {
  now: number;
  columns: number;
  rows: number;
  color: boolean;
}

const LABEL: Record<RowState, { icon: string; text: string; tone: keyof Paint }> = {
  waiting: { icon: '·', text: 'waiting', tone: 'dim' },
  fresh: { icon: '=', text: 'fresh', tone: 'dim' },
  submitting: { icon: '↑', text: 'submitting', tone: 'cyan' },
  resuming: { icon: '↺', text: 'resuming', tone: 'cyan' },
  queued: { icon: '○', text: 'queued', tone: 'cyan' },
  running: { icon: '●', text: 'running', tone: 'cyan' },
  downloading: { icon: '↓', text: 'downloading', tone: 'cyan' },
  done: { icon: '✓', text: 'done', tone: 'green' },
  reused: { icon: '✓', text: 'reused', tone: 'green' },
  retrying: { icon: '↻', text: 'retrying', tone: 'yellow' },
  failed: { icon: '✗', text: 'FAILED', tone: 'red' },
  skipped: { icon: '-', text: 'skipped', tone: 'yellow' },
  stopped: { icon: '■', text: 'stopped', tone: 'yellow' },
  'not-selected': { icon: ' ', text: 'not selected', tone: 'dim' },
};

const BAR = 10;
/** How long a notice not tied to a shot stays under the table. */
const NOTICE_MS = 15_000;

/** A bar with a percentage, or, where the service reports no progress, a pulse that shows life. */
function progressCell(r: ShotRow, now: number): string {
  if (r.state === 'downloading' && r.download) {
    const { bytes, total } = r.download;
    if (total && total > 0) return `${bar(bytes / total)} ${Math.floor((100 * bytes) / total)}%`;
    return `↓ ${(bytes / 1024 / 1024).toFixed(1)} MB`;
  }
  if (r.state === 'done' || r.state === 'reused') return `${bar(1)} 100%`;
  if ((r.state === 'running' || r.state === 'queued') && r.progress !== undefined) return `${bar(r.progress / 100)} ${Math.floor(r.progress)}%`;
  if (r.state === 'running' || r.state === 'submitting' || r.state === 'downloading') {
    // A start stamped later than `now` (the events' clock ahead of the reporter's) is a start just now.
    const at = Math.floor(Math.max(0, now - (r.startedAt ?? now)) / 250) % (2 * (BAR - 3));
    const pos = at < BAR - 3 ? at : 2 * (BAR - 3) - at;
    return `${'░'.repeat(pos)}▓▓▓${'░'.repeat(BAR - 3 - pos)}`;
  }
  if (r.state === 'queued' || r.state === 'resuming' || r.state === 'retrying') return '░'.repeat(BAR);
  return '';
}

function bar(fraction: number): string {
  const filled = Math.max(0, Math.min(BAR, Math.round(fraction * BAR)));
  return '█'.repeat(filled) + '░'.repeat(BAR - filled);
}

function noteFor(r: ShotRow, model: TableModel): { text: string; tone: Tone } | undefined {
  if (r.state === 'waiting') {
    const pending = r.dependsOn.filter((id) => !['done', 'reused', 'fresh', 'not-selected'].includes(model.rows.get(id)?.state ?? 'waiting'));
    if (pending.length > 0) return { text: `waits for ${pending.join(', ')}`, tone: 'info' };
  }
  return r.note;
}

interface Column {
  title: string;
  width: number;
  align: 'left' | 'right';
  cell: (r: ShotRow) => string;
}

/** A take other than the pick shows under its shot, as one of its tasks. */
function shotCell(id: string): string {
  const take = parseTakeId(id);
  return take ? `└ take ${take.take}` : id;
}

export function renderTable(model: TableModel, options: RenderOptions): string[] {
  const p = paint(options.color);
  const width = Math.max(20, options.columns - 1);
  const rows = [...model.rows.values()];
  const idWidth = Math.min(24, Math.max(4, ...rows.map((r) => displayWidth(shotCell(r.id)))));
  const columns: Column[] = [
    { title: 'SHOT', width: idWidth, align: 'left', cell: (r) => shotCell(r.id) },
    { title: 'STATE', width: 13, align: 'left', cell: (r) => `${LABEL[r.state].icon} ${LABEL[r.state].text}` },
    { title: 'PROGRESS', width: 15, align: 'left', cell: (r) => progressCell(r, options.now) },
    { title: 'TIME', width: 7, align: 'right', cell: (r) => (r.startedAt !== undefined ? formatSeconds((r.endedAt ?? options.now) - r.startedAt) : '') },
    { title: 'SEED', width: 10, align: 'right', cell: (r) => (r.seed !== undefined ? String(r.seed) : '') },
    { title: 'TOKENS', width: 9, align: 'right', cell: (r) => (r.tokens !== undefined ? formatCount(r.tokens) : r.estimatedTokens > 0 && !['failed', 'skipped', 'stopped'].includes(r.state) ? `~${formatCount(r.estimatedTokens)}` : '') },
  ];
  // With a price table, what each shot cost beside its tokens (its estimate with ~ until then).
  if (model.money) columns.push({ title: 'COST', width: 11, align: 'right', cell: costCell });
  // Narrow terminals drop the least needed columns first; the prompt/note column takes what is left.
  const dropOrder = ['SEED', 'COST', 'TOKENS', 'TIME', 'PROGRESS'].filter((name) => columns.some((c) => c.title === name));
  const used = (): number => columns.reduce((sum, c) => sum + c.width + 2, 1);
  while (width - used() < 16 && dropOrder.length > 0) {
    const name = dropOrder.shift();
    columns.splice(columns.findIndex((c) => c.title === name), 1);
  }
  const restWidth = Math.max(0, width - used());

  const lines: string[] = [];
  if (model.title) lines.push(p.bold(truncate(`seedance run ${model.title}`, width)));
  const header = ' ' + columns.map((c) => fit(c.title, c.width, c.align)).join('  ') + (restWidth > 0 ? '  ' + fit('PROMPT / NOTE', restWidth) : '');
  lines.push(p.dim(header));
  for (const r of visibleRows(rows, Math.max(3, options.rows - 7))) {
    if (typeof r === 'string') {
      lines.push(p.dim(` ${truncate(r, width - 1)}`));
      continue;
    }
    const cells = columns.map((c) => {
      const text = fit(c.cell(r), c.width, c.align);
      return c.title === 'STATE' || (c.title === 'PROGRESS' && (r.state === 'done' || r.state === 'reused')) ? p[LABEL[r.state].tone](text) : text;
    });
    const note = noteFor(r, model);
    let rest = '';
    if (restWidth > 0) {
      if (note) rest = toned(p, note.tone, truncate(note.text, restWidth));
      else if (r.prompt) rest = p.dim(truncate(r.prompt, restWidth));
    }
    lines.push(clipLine(' ' + cells.join('  ') + (rest ? '  ' + rest : ''), width));
  }
  lines.push(...footer(model, options, p, width));
  return lines;
}

function costCell(r: ShotRow): string {
  if (r.cost) return formatMoney(r.cost);
  if (r.tokens === undefined && r.estimatedCost && r.estimatedCost.amount > 0 && !['failed', 'skipped', 'stopped'].includes(r.state)) return `~${formatMoney(r.estimatedCost)}`;
  return '';
}

/** Too many shots for the terminal: keep the ones that say most (moving, failed), fold the rest. */
function visibleRows(rows: ShotRow[], room: number): (ShotRow | string)[] {
  if (rows.length <= room) return rows;
  const rank = (r: ShotRow): number => (isActive(r) ? 0 : r.state === 'failed' ? 1 : r.state === 'waiting' ? 2 : 3);
  const keep = new Set([...rows].sort((a, b) => rank(a) - rank(b)).slice(0, room - 1));
  const hidden = rows.filter((r) => !keep.has(r));
  const counts = new Map<string, number>();
  for (const r of hidden) counts.set(r.state, (counts.get(r.state) ?? 0) + 1);
  const summary = [...counts].map(([state, n]) => `${n} ${LABEL[state as RowState].text}`).join(', ');
  return [...rows.filter((r) => keep.has(r)), `… ${hidden.length} more: ${summary}`];
}

function footer(model: TableModel, options: RenderOptions, p: Paint, width: number): string[] {
  const rows = [...model.rows.values()];
  const count = (...states: RowState[]): number => rows.filter((r) => states.includes(r.state)).length;
  const done = count('done', 'reused', 'fresh');
  const parts = [`${done}/${rows.length} done`];
  const moving = rows.filter(isActive).length;
  if (moving > 0) parts.push(`${moving} at work`);
  if (count('waiting') > 0) parts.push(`${count('waiting')} waiting`);
  if (count('failed') > 0) parts.push(p.red(`${count('failed')} failed`));
  if (count('skipped') > 0) parts.push(p.yellow(`${count('skipped')} skipped`));
  if (count('stopped') > 0) parts.push(p.yellow(`${count('stopped')} stopped`));
  const retries = model.retries + rows.reduce((sum, r) => sum + r.retries, 0);
  if (retries > 0) parts.push(p.yellow(`${retries} ${retries === 1 ? 'retry' : 'retries'}`));
  const left = tokensLeft(model);
  parts.push(`${formatCount(model.tokensUsed)} tokens used${left > 0 ? `, ~${formatCount(left)} left` : ''}`);
  if (model.money) parts.push(moneyPart(model));
  const end = model.finished ? model.finished.wallMs : model.startedAt !== undefined ? options.now - model.startedAt : 0;
  parts.push(formatSeconds(end));
  const lines = [p.dim('─'.repeat(Math.min(width, 72))), clipLine(' ' + parts.join(' · '), width)];
  if (model.film) {
    const joined = model.joining ? ` ${Math.floor(model.joining.fraction * 100)}%` : '';
    lines.push(clipLine(' film: ' + toned(p, model.film.tone, model.film.text + joined), width));
  }
  // A retry that worked is old news after a while; "stopping" stays (its time is Infinity).
  if (model.notice && !model.finished && options.now - model.notice.at < NOTICE_MS) lines.push(clipLine(' ' + toned(p, model.notice.tone, model.notice.text), width));
  return lines;
}

/** `0.51 USD of 1.60 USD spent, ~1.01 USD to come`: the budget only when one is set; nothing to come once the run is over. */
function moneyPart(model: TableModel): string {
  const m = model.money as NonNullable<TableModel['money']>;
  // Once the run is over, nothing more is to come (shots the run stopped before sending cost nothing).
  const left = model.finished ? undefined : costLeft(model);
  return `${formatMoney(m.used)}${m.budget ? ` of ${formatMoney(m.budget)}` : ''} spent${left && left.amount > 0 ? `, ~${formatMoney(left)} to come` : ''}`;
}

function toned(p: Paint, tone: Tone, text: string): string {
  return tone === 'error' ? p.red(text) : tone === 'warn' ? p.yellow(text) : text;
}
