// The live table's state, built only from events (times come from the events, so a test feeding
// recorded events gets the same table every time). One row per shot plus the run's totals.
import type { TimedEvent } from '../../core/events.js';
import { money, type Money } from '../../core/money.js';
import { filmLine, withoutShot } from '../plain.js';
import { scrub } from './text.js';

export type RowState =
  | 'waiting'
  | 'fresh'
  | 'submitting'
  | 'resuming'
  | 'queued'
  | 'running'
  | 'downloading'
  | 'done'
  | 'reused'
  | 'retrying'
  | 'failed'
  | 'skipped'
  | 'stopped'
  | 'not-selected';

export type Tone = 'info' | 'warn' | 'error';

export interface ShotRow {
  id: string;
  prompt?: string;
  state: RowState;
  dependsOn: string[];
  estimatedTokens: number;
  /** With a price table that prices the shot: what it is expected to cost (0 when nothing is sent). */
  estimatedCost?: Money;
  taskId?: string;
  /** 0..100 where the service reports it (OpenAI format); the native format reports none. */
  progress?: number;
  download?: { bytes: number; total?: number };
  /** When the shot went to the service (ms since epoch), and when it was finished. */
  startedAt?: number;
  endedAt?: number;
  seed?: number;
  tokens?: number;
  /** With a price table: what its task cost (from shot-succeeded). */
  cost?: Money;
  /** Failed requests and resubmitted tasks of this shot. */
  retries: number;
  note?: { text: string; tone: Tone };
}

export interface Failure {
  shot?: string;
  message: string;
  hint?: string;
}

export interface TableModel {
  title?: string;
  startedAt?: number;
  rows: Map<string, ShotRow>;
  estimatedTokens: number;
  tokensUsed: number;
  /**
   * With a price table (plan-ready carries an estimate): the run's estimate, what its succeeded
   * tasks cost so far, and the budget when one is set. Absent without a table: nothing about money shows.
   */
  money?: { estimated: Money; used: Money; budget?: Money };
  /** Why the run stopped submitting (a budget, --fail-fast, a refused key): said again in the summary. */
  stopped?: string;
  /** Retries not tied to a shot (polls, creates whose shot the client does not know). */
  retries: number;
  film?: { text: string; tone: Tone };
  /** While the film is joined: how far (0..1, from assembly-progress); the clock keeps ticking meanwhile. */
  joining?: { fraction: number };
  /** The latest notice not tied to a shot (a retry, a warning, stopping), with when it came. */
  notice?: { text: string; tone: Tone; at: number };
  /** Shown in full once the run is over: rows only have room for a line. */
  failures: Failure[];
  warnings: string[];
  /** Where the HTML report was written. */
  report?: string;
  finished?: Extract<TimedEvent, { type: 'run-finished' }>;
}

export function emptyModel(): TableModel {
  return { rows: new Map(), estimatedTokens: 0, tokensUsed: 0, retries: 0, failures: [], warnings: [] };
}

/** Rows still moving: their elapsed time and pulse change between events. */
export function isActive(row: ShotRow): boolean {
  return ['submitting', 'resuming', 'queued', 'running', 'downloading', 'retrying'].includes(row.state);
}

function row(model: TableModel, id: string): ShotRow {
  let found = model.rows.get(id);
  if (!found) {
    found = { id, state: 'waiting', dependsOn: [], estimatedTokens: 0, retries: 0 };
    model.rows.set(id, found);
  }
  return found;
}

function start(r: ShotRow, at: number): void {
  r.startedAt ??= at;
  delete r.endedAt;
}

export function applyEvent(model: TableModel, event: TimedEvent): void {
  const at = Date.parse(event.time);
  switch (event.type) {
    case 'run-started':
      model.title = `${event.manifest} · ${event.api} API${event.simulated ? ' · simulator' : ''} · concurrency ${event.concurrency}`;
      model.startedAt = at;
      return;
    case 'plan-ready':
      for (const planned of event.shots) {
        const r = row(model, planned.id);
        r.dependsOn = planned.dependsOn;
        r.estimatedTokens = planned.estimatedTokens;
        if (planned.estimatedCost) r.estimatedCost = planned.estimatedCost;
        if (planned.prompt !== undefined) r.prompt = scrub(planned.prompt);
        if (planned.taskId !== undefined) r.taskId = planned.taskId;
        r.state = planned.action === 'reuse' ? 'fresh' : planned.action === 'resume' || planned.action === 'refetch' ? 'resuming' : planned.action === 'not-selected' ? 'not-selected' : 'waiting';
        if ((planned.action === 'submit' && planned.reason !== 'new') || planned.action === 'refetch' || planned.action === 'restore' || planned.action === 'blocked') r.note = { text: scrub(planned.reason), tone: 'info' };
      }
      model.estimatedTokens = event.estimatedTokens;
      if (event.estimatedCost) {
        model.money = { estimated: event.estimatedCost, used: money(0, event.estimatedCost.currency), ...(event.budget ? { budget: event.budget } : {}) };
      }
      return;
    case 'shot-reused':
    case 'shot-restored': {
      const r = row(model, event.shot);
      r.state = 'reused';
      if (event.seed !== undefined) r.seed = event.seed;
      delete r.note;
      if (event.type === 'shot-restored') r.note = { text: 'from the clip store', tone: 'info' };
      return;
    }
    case 'shot-submitting': {
      const r = row(model, event.shot);
      r.state = 'submitting';
      start(r, at);
      return;
    }
    case 'shot-submitted':
    case 'shot-resumed': {
      const r = row(model, event.shot);
      r.state = 'queued';
      r.taskId = event.taskId;
      start(r, at);
      if (event.type === 'shot-submitted' && event.recovered) r.note = { text: 'found again after a lost answer', tone: 'info' };
      else if (r.note?.tone !== 'warn') delete r.note;
      return;
    }
    case 'shot-progress': {
      const r = row(model, event.shot);
      r.state = event.status;
      r.taskId = event.taskId;
      if (event.progress > 0) r.progress = event.progress;
      start(r, at);
      return;
    }
    case 'retrying': {
      const text = scrub(`${event.operation} retry ${event.attempt} in ${(event.delayMs / 1000).toFixed(1)}s: ${event.reason}`);
      if (event.shot) {
        const r = row(model, event.shot);
        r.retries++;
        r.note = { text, tone: 'warn' };
      } else {
        model.retries++;
        model.notice = { text, tone: 'warn', at };
      }
      return;
    }
    case 'warning': {
      const text = scrub(`warning[${event.code}]: ${event.shot ? withoutShot(event.shot, event.message) : event.message}`);
      if (event.shot) row(model, event.shot).note = { text, tone: 'warn' };
      else model.notice = { text, tone: 'warn', at };
      model.warnings.push(event.shot ? `${event.shot}: ${text}` : text);
      return;
    }
    case 'shot-succeeded': {
      const r = row(model, event.shot);
      r.state = 'downloading';
      r.progress = 100;
      if (event.seed !== undefined) r.seed = event.seed;
      if (event.tokens !== undefined) {
        r.tokens = event.tokens;
        model.tokensUsed += event.tokens;
      }
      if (event.cost) {
        r.cost = event.cost;
        model.money ??= { estimated: money(0, event.cost.currency), used: money(0, event.cost.currency) };
        if (event.cost.currency === model.money.used.currency) model.money.used = money(model.money.used.amount + event.cost.amount, event.cost.currency);
      }
      return;
    }
    case 'download-started':
      row(model, event.shot).download = { bytes: 0 };
      return;
    case 'download-progress':
      row(model, event.shot).download = { bytes: event.bytes, ...(event.total !== undefined ? { total: event.total } : {}) };
      return;
    case 'download-finished':
      return;
    case 'shot-done': {
      const r = row(model, event.shot);
      r.state = 'done';
      r.endedAt = at;
      delete r.download;
      if (r.note?.tone !== 'warn') delete r.note;
      return;
    }
    case 'shot-failed': {
      const r = row(model, event.shot);
      const message = scrub(withoutShot(event.shot, event.message));
      if (event.taskId !== undefined) r.taskId = event.taskId;
      if (event.willRetry) {
        r.state = 'retrying';
        r.retries++;
        delete r.progress;
        r.note = { text: `submitting again: ${message}`, tone: 'warn' };
        return;
      }
      r.state = 'failed';
      r.endedAt = at;
      r.note = { text: `${event.serviceCode ?? event.code}: ${message}`, tone: 'error' };
      model.failures.push({ shot: event.shot, message, ...(event.hint ? { hint: scrub(event.hint) } : {}) });
      return;
    }
    case 'shot-skipped': {
      const r = row(model, event.shot);
      r.state = 'skipped';
      r.note = { text: `needs ${event.because.join(', ')}, which failed`, tone: 'warn' };
      return;
    }
    case 'shot-stopped': {
      const r = row(model, event.shot);
      r.state = 'stopped';
      r.note = { text: 'not submitted: the run stopped first', tone: 'warn' };
      return;
    }
    case 'assembly-started':
      model.film = { text: `joining ${event.shots.length} clips into ${event.output}`, tone: 'info' };
      model.joining = { fraction: 0 };
      return;
    case 'assembly-progress':
      if (model.joining) model.joining = { fraction: event.fraction };
      return;
    case 'assembly-finished':
      model.film = { text: filmLine(event), tone: 'info' };
      delete model.joining;
      return;
    case 'assembly-skipped':
      model.film = { text: `not joined again: ${scrub(event.reason)}`, tone: 'info' };
      delete model.joining;
      return;
    case 'assembly-failed':
      model.film = { text: `FAILED: ${scrub(event.message)}`, tone: 'error' };
      delete model.joining;
      model.failures.push({ message: `film: ${scrub(event.message)}`, ...(event.hint ? { hint: scrub(event.hint) } : {}) });
      return;
    case 'stopping':
      model.stopped = scrub(event.reason);
      model.notice = { text: `stopping: ${scrub(event.reason)}`, tone: 'warn', at: Infinity };
      return;
    case 'run-finished':
      model.finished = event;
      return;
    case 'report-written':
      model.report = event.file;
      return;
  }
}

/** Rows whose task is still to finish: their estimates count as what is left. */
function stillToFinish(r: ShotRow): boolean {
  return r.tokens === undefined && !['failed', 'skipped', 'stopped', 'not-selected', 'fresh', 'reused'].includes(r.state);
}

/** Tokens the shots still to finish are expected to cost. */
export function tokensLeft(model: TableModel): number {
  let left = 0;
  for (const r of model.rows.values()) if (stillToFinish(r)) left += r.estimatedTokens;
  return left;
}

/** With a price table: what the shots still to finish are expected to cost (the priced ones). */
export function costLeft(model: TableModel): Money | undefined {
  if (!model.money) return undefined;
  const currency = model.money.used.currency;
  let left = 0;
  for (const r of model.rows.values()) if (stillToFinish(r) && r.estimatedCost?.currency === currency) left += r.estimatedCost.amount;
  return money(left, currency);
}
