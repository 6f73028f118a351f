// The plain reporter: one line per state change, with a timestamp. The default when stdout is not
// a terminal (CI, pipes, log files).
import { basename } from 'node:path';
import type { TimedEvent } from '../core/events.js';
import { plural } from '../core/format.js';
import { formatMoney, type Money } from '../core/money.js';

/** `budget`: the run's, from its plan-ready (a reporter keeps it), for the summary line. */
export function formatPlain(event: TimedEvent, budget?: Money): string | undefined {
  const time = event.time.slice(11, 19);
  const line = describe(event, budget);
  // Text from users and the service must not carry escape sequences to the terminal.
  // eslint-disable-next-line no-control-regex
  return line === undefined ? undefined : `${time} ${line.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, ' ')}`;
}

function describe(event: TimedEvent, budget: Money | undefined): string | undefined {
  switch (event.type) {
    case 'run-started':
      return `run ${event.manifest}: ${event.api} API at ${event.baseUrl}${event.simulated ? ' (simulator)' : ''}, concurrency ${event.concurrency}`;
    case 'plan-ready': {
      const count = (action: string): number => event.shots.filter((s) => s.action === action).length;
      const refetch = count('refetch') > 0 ? `, ${count('refetch')} to fetch again` : '';
      const blocked = count('blocked') > 0 ? `, ${count('blocked')} blocked` : '';
      const restore = count('restore') > 0 ? `, ${count('restore')} from the clip store` : '';
      return `plan: ${count('submit')} to make, ${count('resume')} to resume${refetch}${restore}, ${count('reuse')} fresh${blocked}, about ${event.estimatedTokens.toLocaleString('en-US')} tokens${event.estimatedCost ? `, about ${ofBudget(event.estimatedCost, event.budget)}` : ''}`;
    }
    case 'shot-reused':
      return `${event.shot}: fresh, reused${event.seed !== undefined ? ` (seed ${event.seed})` : ''}`;
    case 'shot-restored':
      return `${event.shot}: restored ${event.video} from the clip store (task ${event.taskId}${event.seed !== undefined ? `, seed ${event.seed}` : ''}), nothing sent`;
    case 'shot-submitting':
      return event.attempt > 1 ? `${event.shot}: submitting (attempt ${event.attempt})` : undefined;
    case 'shot-submitted':
      return `${event.shot}: submitted as ${event.taskId}${event.recovered ? ' (found again after a lost answer)' : ''}`;
    case 'shot-resumed':
      return `${event.shot}: resuming task ${event.taskId}`;
    case 'shot-progress':
      return `${event.shot}: ${event.status}${event.status === 'running' && event.progress > 0 ? ` ${event.progress}%` : ''}`;
    case 'retrying':
      return `${event.shot ? `${event.shot}: ` : ''}${event.operation} retry ${event.attempt} in ${(event.delayMs / 1000).toFixed(1)} s: ${event.reason}`;
    case 'warning':
      return `${event.shot ? `${event.shot}: ` : ''}warning[${event.code}]: ${event.shot ? withoutShot(event.shot, event.message) : event.message}`;
    case 'shot-succeeded':
      return `${event.shot}: succeeded (seed ${event.seed ?? '?'}, ${event.model ?? 'model ?'}, ${(event.tokens ?? 0).toLocaleString('en-US')} tokens${event.cost ? `, ${formatMoney(event.cost)}` : ''})`;
    case 'download-started':
    case 'download-progress':
      return undefined;
    case 'download-finished':
      return `${event.shot}: saved ${event.file} (${formatBytes(event.bytes)})`;
    case 'shot-done':
      return undefined;
    case 'shot-failed':
      return `${event.shot}: ${event.willRetry ? 'failed, submitting again' : 'FAILED'}: ${withoutShot(event.shot, event.message)}${event.hint && !event.willRetry ? `\n    next: ${event.hint}` : ''}`;
    case 'shot-skipped':
      return `${event.shot}: skipped, because ${event.because.join(', ')} ${event.because.length === 1 ? 'is' : 'are'} not done`;
    case 'shot-stopped':
      return `${event.shot}: stopped, not submitted (the next run makes it)`;
    case 'assembly-started':
      return `film: joining ${event.shots.length} clips into ${event.output}`;
    case 'assembly-finished':
      return `film: ${filmLine(event)}`;
    case 'assembly-skipped':
      return `film: not assembled again: ${event.reason}`;
    case 'assembly-failed':
      return `film: FAILED: ${event.message}${event.hint ? `\n    next: ${event.hint}` : ''}`;
    case 'stopping':
      return `stopping: ${event.reason}`;
    case 'run-finished':
      return summaryLine(event, budget);
    case 'report-written':
      return `report: ${event.file}`;
  }
}

/** `final.mp4 (90.50 s, re-encoded, -16.0 LUFS, subtitles final.srt, final.vtt)`: the film, how it was made, its loudness and subtitles. */
export function filmLine(event: Extract<TimedEvent, { type: 'assembly-finished' }>): string {
  const loudness = event.loudness ? `, ${event.loudness.measured.toFixed(1)} LUFS (asked ${event.loudness.target})` : '';
  const subtitles = event.subtitles ? `, subtitles ${event.subtitles.map((f) => basename(f)).join(', ')}` : '';
  return `${event.output} (${event.durationSeconds.toFixed(2)} s, ${event.method === 'copy' ? 'stream copy' : 're-encoded'}${loudness}${subtitles})`;
}

/** Messages made for standalone use start with "Shot X: "; beside the shot's name that is noise. */
export function withoutShot(shot: string, message: string): string {
  const prefix = `Shot ${shot}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

/** `1.52 USD`, or with a budget `1.52 USD of a 1.60 USD budget`. */
function ofBudget(amount: Money, budget: Money | undefined): string {
  return budget ? `${formatMoney(amount)} of a ${formatMoney(budget)} budget` : formatMoney(amount);
}

/** `budget`: the run's (plan-ready's), for reporters that kept it; the event does not carry it. */
export function summaryLine(event: Extract<TimedEvent, { type: 'run-finished' }>, budget?: Money): string {
  const parts = [`${event.made} made`, `${event.reused} reused`, ...(event.restored > 0 ? [`${event.restored} restored`] : []), `${event.failed} failed`, `${event.skipped - (event.stopped ?? 0)} skipped`, ...(event.stopped ? [`${event.stopped} stopped`] : [])];
  if (event.notSelected > 0) parts.push(`${event.notSelected} not selected`);
  const cost = event.cost ? `, ${ofBudget(event.cost, budget)}` : '';
  const line = `done: ${parts.join(', ')}; ${event.tokens.toLocaleString('en-US')} tokens${cost}; ${(event.wallMs / 1000).toFixed(1)} s`;
  // Tasks are named only when they are not one per shot made: retries, or creates in doubt.
  if (event.tasksCreated === event.made && event.possibleDuplicates === 0) return line;
  const doubt = event.possibleDuplicates > 0 ? `; ${event.possibleDuplicates} more may have been created and billed (about ${event.possibleDuplicateTokens.toLocaleString('en-US')} tokens)` : '';
  return `${line}; ${plural(event.tasksCreated, 'task')} created${doubt}`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
