// Choosing and wiring a reporter for `seedance run`: pretty (a live table) on a terminal, plain
// lines elsewhere (CI, pipes, files), NDJSON on request.
import type { EventSink, TimedEvent } from '../core/events.js';
import { formatPlain } from '../report/plain.js';
import { PrettyReporter } from '../report/live/pretty-reporter.js';
import { wantsColor } from '../report/live/text.js';
import { SeedanceError } from '../core/errors.js';
import type { CliIO } from './command.js';

export type ReporterName = 'pretty' | 'plain' | 'json';

export function pickReporter(name: unknown, io: CliIO): ReporterName {
  if (name === undefined) return io.stdout.isTTY ? 'pretty' : 'plain';
  if (name === 'pretty' || name === 'plain' || name === 'json') return name;
  throw new SeedanceError('usage', `--reporter must be pretty, plain or json; got \`${String(name)}\`.`, { hint: 'Leave it out to get pretty on a terminal and plain elsewhere.' });
}

export interface Reporter {
  sink: EventSink;
  /** A line for the user outside the event stream (Ctrl-C notices): never tears the live table. */
  say: (line: string) => void;
  close: () => void;
}

type Stdout = CliIO['stdout'] & { rows?: number };

export function createReporter(name: ReporterName, io: CliIO): Reporter {
  const sayOnStderr = (line: string): void => void io.stderr.write(line + '\n');
  if (name === 'json') {
    return { sink: (event: TimedEvent) => io.stdout.write(JSON.stringify(event) + '\n'), say: sayOnStderr, close: () => undefined };
  }
  // A live table needs a terminal that understands cursor movement; anywhere else it degrades to plain lines.
  if (name === 'pretty' && io.stdout.isTTY === true && io.env.TERM !== 'dumb') {
    const stdout = io.stdout as Stdout;
    const pretty = new PrettyReporter({
      write: (text) => void stdout.write(text),
      size: () => ({ columns: stdout.columns ?? 80, rows: stdout.rows ?? 24 }),
      color: wantsColor(io.env),
      cwd: io.cwd,
    });
    return { sink: pretty.sink, say: (line) => pretty.say(line), close: () => pretty.close() };
  }
  return {
    sink: (event: TimedEvent) => {
      const line = formatPlain(event);
      if (line !== undefined) io.stdout.write(line + '\n');
    },
    say: sayOnStderr,
    close: () => undefined,
  };
}
