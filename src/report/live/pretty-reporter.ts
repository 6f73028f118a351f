// The pretty reporter: a live table redrawn in place (at most 10 times a second, and a few times a
// second on its own so elapsed times move), then, once the run is over, the summary and every
// failure and warning in full, since a row only has room for one line of it.
import { relative } from 'node:path';
import type { TimedEvent } from '../../core/events.js';
import { formatPlain, summaryLine } from '../plain.js';
import { LiveArea, Throttle } from './live-area.js';
import { renderTable } from './render-table.js';
import { applyEvent, emptyModel, isActive, type TableModel } from './table-model.js';
import { paint } from './text.js';

export interface PrettyOptions {
  write: (text: string) => void;
  /** The terminal's size now (it may change while the run goes on). */
  size: () => { columns: number; rows: number };
  color: boolean;
  /** Most redraws a second. */
  maxFps?: number;
  now?: () => number;
  /** Paths are shown relative to this folder (the table has little room). */
  cwd?: string;
}

export class PrettyReporter {
  readonly model: TableModel = emptyModel();
  private readonly area: LiveArea;
  private readonly throttle: Throttle;
  private readonly ticker: NodeJS.Timeout;
  private closed = false;

  constructor(private readonly options: PrettyOptions) {
    this.area = new LiveArea(options.write);
    const now = options.now ?? Date.now;
    this.throttle = new Throttle(1000 / (options.maxFps ?? 10), () => this.redraw(), now);
    this.ticker = setInterval(() => {
      // The clock in the footer moves while shots are at work or the film is being joined.
      if (this.model.joining || [...this.model.rows.values()].some(isActive)) this.throttle.request();
    }, 250);
    this.ticker.unref?.();
  }

  readonly sink = (event: TimedEvent): void => {
    if (this.closed) return;
    if (this.model.finished) {
      // Nothing is expected after run-finished; whatever comes is shown as a plain line.
      const line = formatPlain(event);
      if (line !== undefined) this.options.write(line + '\n');
      return;
    }
    applyEvent(this.model, this.options.cwd ? relativePaths(event, this.options.cwd) : event);
    if (event.type === 'run-finished') this.finish();
    else this.throttle.request();
  };

  /** A message that must not be torn by a redraw (Ctrl-C notices): printed above the table. */
  say(line: string): void {
    if (this.closed || this.model.finished) this.options.write(line + '\n');
    else this.area.print([line]);
  }

  close(): void {
    if (this.closed) return;
    if (!this.model.finished) {
      // The run broke off (an error follows from the CLI): leave the table as it was.
      this.throttle.flush();
      this.area.done();
      if (this.model.report) this.options.write(`report: ${this.model.report}\n`);
    }
    this.closed = true;
    this.throttle.cancel();
    clearInterval(this.ticker);
  }

  /** The table clipped to the terminal's rows while it is redrawn; in full (`all`) once nothing is redrawn any more. */
  private redraw(all = false): void {
    const { columns, rows } = this.options.size();
    this.area.draw(renderTable(this.model, { now: (this.options.now ?? Date.now)(), columns, rows: all ? Number.MAX_SAFE_INTEGER : rows, color: this.options.color }));
  }

  private finish(): void {
    // The final table stays in the scrollback: every row of it, even when the terminal is too short
    // for the table (the live frame showed the rows at work and "… N more").
    this.throttle.cancel();
    this.redraw(true);
    this.area.done();
    clearInterval(this.ticker);
    const p = paint(this.options.color);
    const finished = this.model.finished;
    const lines: string[] = [];
    for (const failure of this.model.failures) {
      lines.push(p.red(`✗ ${failure.shot ? `${failure.shot}: ` : ''}${failure.message}`));
      if (failure.hint) lines.push(`  next: ${failure.hint}`);
    }
    for (const warning of new Set(this.model.warnings)) lines.push(p.yellow(`! ${warning}`));
    // The table's "stopping" notice is gone with the table: why the run stopped submitting (a budget) is said again here.
    if (this.model.stopped) lines.push(p.yellow(`stopped: ${this.model.stopped}`));
    if (finished) lines.push(p.bold(summaryLine(finished, this.model.money?.budget)));
    if (this.model.report) lines.push(`report: ${this.model.report}`);
    // Full messages may wrap here: nothing is redrawn any more. (Their text was scrubbed of control characters.)
    this.options.write(lines.join('\n') + '\n');
  }
}

/** The same event with its file paths relative to `cwd`, where that is shorter. */
function relativePaths(event: TimedEvent, cwd: string): TimedEvent {
  const short = (path: string): string => {
    const rel = relative(cwd, path);
    return rel && rel.length < path.length ? rel : path;
  };
  switch (event.type) {
    case 'run-started':
      return { ...event, manifest: short(event.manifest) };
    case 'report-written':
      return { ...event, file: short(event.file) };
    case 'assembly-started':
    case 'assembly-finished':
    case 'assembly-skipped':
    case 'assembly-failed':
      return { ...event, output: short(event.output) };
    default:
      return event;
  }
}
