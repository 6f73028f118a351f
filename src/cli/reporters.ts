// Choosing and wiring a reporter for `seedance run`.
import type { EventSink, TimedEvent } from '../report/events.js';
import { formatPlain } from '../report/plain.js';
import { SeedanceError } from '../errors.js';
import type { CliIO } from './command.js';

export type ReporterName = 'pretty' | 'plain' | 'json';

export function pickReporter(name: unknown, io: CliIO): ReporterName {
  if (name === undefined) return io.stdout.isTTY ? 'pretty' : 'plain';
  if (name === 'pretty' || name === 'plain' || name === 'json') return name;
  throw new SeedanceError('usage', `--reporter must be pretty, plain or json; got \`${String(name)}\`.`, { hint: 'Leave it out to get pretty on a terminal and plain elsewhere.' });
}

export interface Reporter {
  sink: EventSink;
  close: () => void;
}

export function createReporter(name: ReporterName, io: CliIO): Reporter {
  if (name === 'json') {
    return { sink: (event: TimedEvent) => io.stdout.write(JSON.stringify(event) + '\n'), close: () => undefined };
  }
  return {
    sink: (event: TimedEvent) => {
      const line = formatPlain(event);
      if (line !== undefined) io.stdout.write(line + '\n');
    },
    close: () => undefined,
  };
}
