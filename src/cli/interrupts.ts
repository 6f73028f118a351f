// Stopping a run from outside: Ctrl-C (SIGINT), a CI job cancelled (SIGTERM), the terminal closed
// (SIGHUP). The first of any of them stops submitting and lets tasks in flight finish and download
// (and a film being joined finish); the second, of any kind, leaves at once; a third exits on the
// spot. The lock is valid at every moment, so either way the next run resumes. (ffmpeg and ffprobe
// run in process groups of their own, src/media/children.ts: a terminal's Ctrl-C reaches only us.)
import { EXIT } from './exit-codes.js';

export type StopSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';
const SIGNALS: readonly StopSignal[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export interface Interrupts {
  stop: AbortSignal;
  abort: AbortSignal;
  /** The first signal received, if any. */
  received: () => StopSignal | undefined;
  dispose: () => void;
}

export interface InterruptOptions {
  /** What is under way when a signal comes: shots, or joining the film (the default: `seedance concat` only joins). */
  stage?: () => 'shots' | 'film';
  /** Default: process.exit; called on a third signal. */
  exit?: (code: number) => void;
}

export function handleInterrupts(say: (line: string) => void, options: InterruptOptions = {}): Interrupts {
  const stop = new AbortController();
  const abort = new AbortController();
  let first: StopSignal | undefined;
  const onSignal = (signal: StopSignal): void => {
    if (!stop.signal.aborted) {
      first = signal;
      say(stoppingLine(signal, options.stage?.() ?? 'film'));
      stop.abort();
    } else if (!abort.signal.aborted) {
      say('Leaving now. Tasks still at the service are recorded in the lock; run again to pick them up without paying twice.');
      abort.abort();
    } else {
      // Leaving is taking too long for the user: the lock is written atomically, so exiting now keeps it valid.
      (options.exit ?? process.exit)(EXIT.interrupted);
    }
  };
  const handlers = SIGNALS.map((signal) => [signal, () => onSignal(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  return {
    stop: stop.signal,
    abort: abort.signal,
    received: () => first,
    dispose: () => {
      for (const [signal, handler] of handlers) process.off(signal, handler);
    },
  };
}

function stoppingLine(signal: StopSignal, stage: 'shots' | 'film'): string {
  const what = stage === 'film' ? 'the film being joined is finished first; nothing more is submitted.' : 'no new task is submitted; tasks in flight finish and download.';
  const after = stage === 'film' ? 'the lock stays valid, and the next run joins the film' : 'the lock stays valid, and the next run picks the tasks up';
  if (signal === 'SIGINT') return `Stopping: ${what} Press Ctrl-C again to leave at once (${after}).`;
  const why = signal === 'SIGHUP' ? 'SIGHUP, the terminal went away' : 'SIGTERM';
  return `Stopping (${why}): ${what} A second SIGTERM, SIGINT or SIGHUP leaves at once (${after}).`;
}

/** Said on stderr when a stopped run has ended with its lock saved. */
export function stoppedLine(signal: StopSignal, lockFile: string): string {
  const by = signal === 'SIGINT' ? 'Ctrl-C' : signal;
  return `Stopped by ${by}: the lock is saved (${lockFile}); run the same command again to do the rest, without paying twice for what was made.`;
}
