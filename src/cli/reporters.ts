// Choosing and wiring a reporter for `seedance run`: pretty (a live table) on a terminal, plain
// lines elsewhere (CI, pipes, files), NDJSON on request.
import type { EventSink, TimedEvent } from '../core/events.js';
import { formatPlain, summaryLine } from '../report/plain.js';
import { PrettyReporter } from '../report/live/pretty-reporter.js';
import { SeedanceError } from '../core/errors.js';
import type { Money } from '../core/money.js';
import { useColor } from './color.js';
import type { CliIO } from './command.js';

export type ReporterName = 'pretty' | 'plain' | 'json';

/** --reporter, or json for --json (its alias); both at once must agree. */
export function reporterOption(values: Record<string, unknown>): unknown {
  if (values.json !== true) return values.reporter;
  if (values.reporter !== undefined && values.reporter !== 'json') {
    throw new SeedanceError('usage', `--json is --reporter json; it cannot go with --reporter ${String(values.reporter)}.`, { hint: 'Give one of them.' });
  }
  return 'json';
}

export function pickReporter(name: unknown, io: CliIO): ReporterName {
  if (name === undefined) return io.stdout.isTTY ? 'pretty' : 'plain';
  if (name === 'pretty' || name === 'plain' || name === 'json') return name;
  throw new SeedanceError('usage', `--reporter must be pretty, plain or json; got \`${String(name)}\`.`, { hint: 'Leave it out to get pretty on a terminal and plain elsewhere.' });
}

type RunFinished = Extract<TimedEvent, { type: 'run-finished' }>;

export interface Reporter {
  sink: EventSink;
  /** A line for the user outside the event stream (Ctrl-C notices): never tears the live table. */
  say: (line: string) => void;
  close: () => void;
  /**
   * The run's summary (its run-finished event) once it has come, and whether it was printed: on
   * stdout, or on stderr when stdout was closed. `seedance run` takes its exit code from here.
   */
  summary: () => { event: RunFinished; printed: boolean } | undefined;
}

type Stdout = CliIO['stdout'] & { rows?: number };

/**
 * Whether a stream still takes output. A reader that went away (EPIPE: `| head`) or a terminal
 * that closed (EIO) ends it; `main` keeps such errors from crashing the process.
 */
export function isOpen(stream: NodeJS.WritableStream): boolean {
  const s = stream as { writable?: boolean; destroyed?: boolean };
  return s.writable !== false && s.destroyed !== true;
}

export function createReporter(name: ReporterName, io: CliIO): Reporter {
  const sayOnStderr = (line: string): void => {
    if (isOpen(io.stderr)) io.stderr.write(line + '\n');
  };
  let stdoutGone = false;
  // Output is for watching: once stdout is closed it is dropped, and the run goes on to its end.
  const out = (text: string): void => {
    if (isOpen(io.stdout)) {
      io.stdout.write(text);
    } else if (!stdoutGone) {
      stdoutGone = true;
      sayOnStderr('seedance: stdout was closed; the run goes on to its end without printing its progress, and prints its summary here.');
    }
  };
  const inner = innerReporter(name, io, out, sayOnStderr);
  let summary: { event: RunFinished; printed: boolean } | undefined;
  let budget: Money | undefined;
  return {
    sink: (event) => {
      inner.sink(event);
      if (event.type === 'plan-ready') budget = event.budget;
      if (event.type !== 'run-finished' || summary) return;
      if (isOpen(io.stdout)) {
        summary = { event, printed: true };
      } else {
        out(''); // says, once, that stdout was closed
        summary = { event, printed: isOpen(io.stderr) };
        sayOnStderr(summaryLine(event, budget));
      }
    },
    say: (line) => (isOpen(io.stdout) ? inner.say(line) : sayOnStderr(line)),
    close: inner.close,
    summary: () => summary,
  };
}

function innerReporter(name: ReporterName, io: CliIO, out: (text: string) => void, sayOnStderr: (line: string) => void): Omit<Reporter, 'summary'> {
  if (name === 'json') {
    return { sink: (event: TimedEvent) => out(JSON.stringify(event) + '\n'), say: sayOnStderr, close: () => undefined };
  }
  // A live table needs a terminal that understands cursor movement; anywhere else it degrades to plain lines.
  if (name === 'pretty' && io.stdout.isTTY === true && io.env.TERM !== 'dumb') {
    const stdout = io.stdout as Stdout;
    const pretty = new PrettyReporter({
      write: out,
      size: () => ({ columns: stdout.columns ?? 80, rows: stdout.rows ?? 24 }),
      color: useColor(io.stdout, io.env),
      cwd: io.cwd,
    });
    return { sink: pretty.sink, say: (line) => pretty.say(line), close: () => pretty.close() };
  }
  // The budget comes once, before the shots; the summary line says what was spent of it.
  let budget: Money | undefined;
  return {
    sink: (event: TimedEvent) => {
      if (event.type === 'plan-ready') budget = event.budget;
      const line = formatPlain(event, budget);
      if (line !== undefined) out(line + '\n');
    },
    say: sayOnStderr,
    close: () => undefined,
  };
}
