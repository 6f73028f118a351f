// The only ways a shot's lock record changes: one typed transition per step of its life. A move
// the table does not allow is a bug in the caller, so it throws an internal error instead of
// leaving a lock that says something odd (a saved clip without a task, a task id on a new shot).
import { SeedanceError } from '../core/errors.js';
import type { AttemptRecord, OutputRecord, ShotLock, ShotLockStatus } from './lock.js';

export type LockTransition =
  /** A create is about to be sent; everything known about an earlier task is dropped (its attempts
   * too, unless this is a resubmission in the same run: `keepAttempts`). */
  | { to: 'submitting'; fingerprint: string; inputs: Record<string, string>; submittedAt: number; keepAttempts?: true; seed?: number; account?: string }
  /** The service answered the create (or the lost answer was found): the task id. */
  | { to: 'created'; taskId: string; duplicateRisk?: boolean; account?: string }
  /** The task finished; its files are fetched next. */
  | { to: 'succeeded'; taskId: string; seed?: number; model?: string; tokens?: number }
  | { to: 'saved'; outputs: { video: OutputRecord; lastFrame: OutputRecord } }
  /** Taken from the clip store: the record of the task that made it, its files in place. */
  | { to: 'restored'; fingerprint: string; inputs?: Record<string, string>; taskId: string; seed?: number; model?: string; tokens?: number; outputs: { video: OutputRecord; lastFrame: OutputRecord } }
  /** Refused at create, or the task failed or expired at the service; `attempt` is added to the list. */
  | { to: 'failed'; error: { code: string; message: string; hint?: string }; attempt?: AttemptRecord }
  | { to: 'cancelled' };

/** From each status (or no record), the statuses a transition may lead to. */
export const LEGAL_MOVES: Readonly<Record<ShotLockStatus | 'none', readonly ShotLockStatus[]>> = {
  none: ['submitting'],
  // Again after a crash whose create found nothing to adopt.
  submitting: ['submitting', 'created', 'failed'],
  // Submitting from here: the inputs changed, --force, or the service forgot the task.
  created: ['succeeded', 'failed', 'cancelled', 'submitting'],
  // succeeded/saved -> succeeded: the files are fetched again from the same task; saved -> saved:
  // a missing last frame taken from the video again.
  succeeded: ['succeeded', 'saved', 'submitting'],
  saved: ['succeeded', 'saved', 'submitting'],
  failed: ['submitting'],
  cancelled: ['submitting'],
};

/**
 * Restoring from the clip store replaces the record with the stored task's, ending `saved`: from
 * any status but `submitting` (a create whose answer was lost is looked up, never dropped).
 */
export const RESTORABLE_FROM: readonly (ShotLockStatus | 'none')[] = ['none', 'created', 'succeeded', 'saved', 'failed', 'cancelled'];

export function applyTransition(id: string, record: Readonly<ShotLock> | undefined, move: LockTransition): ShotLock {
  const from = record?.status ?? 'none';
  if (move.to === 'restored') {
    if (!RESTORABLE_FROM.includes(from)) throw illegal(id, from, 'saved (restored)');
    const { to: _to, ...restored } = move;
    return { ...restored, status: 'saved' };
  }
  if (!LEGAL_MOVES[from].includes(move.to)) throw illegal(id, from, move.to);
  if (move.to === 'submitting') {
    const attempts = move.keepAttempts && record?.attempts?.length ? { attempts: record.attempts } : {};
    const seed = move.seed !== undefined ? { submittedSeed: move.seed } : {};
    const account = move.account !== undefined ? { account: move.account } : {};
    return { fingerprint: move.fingerprint, inputs: move.inputs, status: 'submitting', ...account, submittedAt: move.submittedAt, ...seed, ...attempts };
  }
  const { submittedAt: _sent, submittedSeed: _seed, ...kept } = record as ShotLock;
  switch (move.to) {
    case 'created':
      return { ...kept, status: 'created', taskId: move.taskId, ...(move.account !== undefined ? { account: move.account } : {}), ...(move.duplicateRisk ? { duplicateRisk: true } : {}) };
    case 'succeeded': {
      if (record?.taskId !== undefined && record.taskId !== move.taskId) throw illegal(id, from, move.to, `task ${move.taskId} is not the shot's task ${record.taskId}`);
      const { error: _error, outputs: _outputs, ...rest } = kept;
      return {
        ...rest,
        status: 'succeeded',
        taskId: move.taskId,
        ...(move.seed !== undefined ? { seed: move.seed } : {}),
        ...(move.model !== undefined ? { model: move.model } : {}),
        ...(move.tokens !== undefined ? { tokens: move.tokens } : {}),
      };
    }
    case 'saved':
      return { ...kept, status: 'saved', outputs: move.outputs };
    case 'failed':
      return { ...kept, status: 'failed', error: move.error, ...(move.attempt ? { attempts: [...(kept.attempts ?? []), move.attempt] } : {}) };
    case 'cancelled':
      return { ...kept, status: 'cancelled' };
  }
}

function illegal(id: string, from: string, to: string, why?: string): SeedanceError {
  return new SeedanceError('internal', `lock: shot ${id} cannot move from ${from} to ${to}${why ? ` (${why})` : ''}`);
}
