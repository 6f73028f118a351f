// A shot card's list of the attempts that ended without a clip (refused, failed, expired), from
// the lock: which task, the service's code, the input it named and the seed, oldest first.
import type { ShotLock } from '../../state/lock.js';

export interface ReportAttempt {
  attempt: number;
  taskId?: string;
  code: string;
  param?: string;
  seed?: number;
}

export function attemptsOf(record: Readonly<ShotLock> | undefined): ReportAttempt[] {
  return (record?.attempts ?? []).map((a) => ({ ...a }));
}

/** `esc` is the builder's, so every piece of text from the service is escaped the same way. */
export function attemptsHtml(attempts: readonly ReportAttempt[], esc: (text: string | number) => string): string {
  if (attempts.length === 0) return '';
  const items = attempts.map((a) => {
    const where = a.taskId ? `task <code>${esc(a.taskId)}</code>` : 'refused at create';
    const named = a.param ? ` · input <code>${esc(a.param)}</code>` : '';
    const seed = a.seed !== undefined ? ` · seed ${esc(a.seed)}` : '';
    return `<li>try ${esc(a.attempt)}: <strong>${esc(a.code)}</strong> · ${where}${named}${seed}</li>`;
  });
  return `<details class="attempts" open><summary>${attempts.length === 1 ? '1 attempt' : `${attempts.length} attempts`} without a clip</summary><ol>${items.join('')}</ol></details>`;
}
