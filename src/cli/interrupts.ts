// Ctrl-C during a run: the first stops submitting and lets tasks in flight finish and download;
// the second leaves at once. The lock is valid at every moment, so either way the next run resumes.
export interface Interrupts {
  stop: AbortSignal;
  abort: AbortSignal;
  dispose: () => void;
}

export function handleInterrupts(say: (line: string) => void): Interrupts {
  const stop = new AbortController();
  const abort = new AbortController();
  const onSigint = (): void => {
    if (!stop.signal.aborted) {
      say('Stopping: no new task is submitted; tasks in flight finish and download. Press Ctrl-C again to leave at once (the lock stays valid, and the next run picks the tasks up).');
      stop.abort();
    } else if (!abort.signal.aborted) {
      say('Leaving now. Tasks still at the service are recorded in the lock; run again to pick them up without paying twice.');
      abort.abort();
    }
  };
  const onSigterm = (): void => {
    stop.abort();
    abort.abort();
  };
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigterm);
  return {
    stop: stop.signal,
    abort: abort.signal,
    dispose: () => {
      process.off('SIGINT', onSigint);
      process.off('SIGTERM', onSigterm);
    },
  };
}
