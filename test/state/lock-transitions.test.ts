// Every move of a shot's lock record, legal and illegal, from the transition table.
import { describe, expect, it } from 'vitest';
import { SeedanceError } from '../../src/core/errors.js';
import { applyTransition, LEGAL_MOVES, type LockTransition } from '../../src/state/lock-transitions.js';
import { SHOT_STATUSES, type ShotLock, type ShotLockStatus } from '../../src/state/lock.js';

const video = { file: 'a.mp4', bytes: 3, sha256: 'v' };
const lastFrame = { file: 'a.last.png', bytes: 2, sha256: 'l' };
const MOVES: Record<ShotLockStatus, LockTransition> = {
  submitting: { to: 'submitting', fingerprint: 'f2', inputs: { prompt: 'p2' }, submittedAt: 9 },
  created: { to: 'created', taskId: 't1' },
  succeeded: { to: 'succeeded', taskId: 't1', seed: 4, model: 'm', tokens: 10 },
  saved: { to: 'saved', outputs: { video, lastFrame } },
  failed: { to: 'failed', error: { code: 'X', message: 'it failed' } },
  cancelled: { to: 'cancelled' },
};
const RECORDS: Record<ShotLockStatus, ShotLock> = {
  submitting: { fingerprint: 'f', inputs: { prompt: 'p' }, status: 'submitting', submittedAt: 5 },
  created: { fingerprint: 'f', status: 'created', taskId: 't1' },
  succeeded: { fingerprint: 'f', status: 'succeeded', taskId: 't1', seed: 4 },
  saved: { fingerprint: 'f', status: 'saved', taskId: 't1', seed: 4, outputs: { video, lastFrame } },
  failed: { fingerprint: 'f', status: 'failed', taskId: 't1', error: { code: 'X', message: 'm' } },
  cancelled: { fingerprint: 'f', status: 'cancelled', taskId: 't1' },
};
const cases = (['none', ...SHOT_STATUSES] as const).flatMap((from) => SHOT_STATUSES.map((to) => [from, to, LEGAL_MOVES[from].includes(to)] as const));

describe('lock transitions', () => {
  it.each(cases)('%s -> %s: legal %s', (from, to, legal) => {
    const record = from === 'none' ? undefined : RECORDS[from];
    const move = MOVES[to];
    if (!legal) {
      expect(() => applyTransition('a', record, move)).toThrow(SeedanceError);
      expect(() => applyTransition('a', record, move)).toThrow(/internal|cannot move/);
      return;
    }
    const next = applyTransition('a', record, move);
    expect(next.status).toBe(to);
    expect(next.submittedAt === undefined).toBe(to !== 'submitting');
  });

  it('a new submission forgets the old task, its seed, outputs and error', () => {
    expect(applyTransition('a', RECORDS.saved, MOVES.submitting)).toEqual({ fingerprint: 'f2', inputs: { prompt: 'p2' }, status: 'submitting', submittedAt: 9 });
  });

  it('a finished task keeps the fingerprint, records seed, model and tokens, and drops an old error and outputs', () => {
    const created = applyTransition('a', RECORDS.submitting, MOVES.created);
    expect(created).toEqual({ fingerprint: 'f', inputs: { prompt: 'p' }, status: 'created', taskId: 't1' });
    expect(applyTransition('a', RECORDS.saved, MOVES.succeeded)).toEqual({ fingerprint: 'f', status: 'succeeded', taskId: 't1', seed: 4, model: 'm', tokens: 10 });
  });

  it('attempts: a failure adds one, a resubmission in the same run keeps them, a new submission and nothing else drops them', () => {
    const first = { attempt: 1, taskId: 't1', code: 'OutputVideoSensitiveContentDetected', seed: 7 };
    const second = { attempt: 2, code: 'InputTextSensitiveContentDetected', param: 'content[0].text', seed: 8 };
    const failed = applyTransition('a', RECORDS.created, { ...MOVES.failed, attempt: first } as LockTransition);
    expect(failed.attempts).toEqual([first]);
    const again = applyTransition('a', failed, { ...MOVES.submitting, keepAttempts: true } as LockTransition);
    expect(again.attempts).toEqual([first]);
    const twice = applyTransition('a', again, { ...MOVES.failed, attempt: second } as LockTransition);
    expect(twice.attempts).toEqual([first, second]);
    let record = applyTransition('a', applyTransition('a', twice, { ...MOVES.submitting, keepAttempts: true } as LockTransition), MOVES.created);
    for (const move of [MOVES.succeeded, MOVES.saved]) record = applyTransition('a', record, move);
    expect(record).toMatchObject({ status: 'saved', attempts: [first, second] });
    expect(applyTransition('a', record, MOVES.submitting).attempts).toBeUndefined();
  });

  it('the seed of a pending create that is not the manifest\'s is kept only while submitting', () => {
    const pending = applyTransition('a', RECORDS.failed, { ...MOVES.submitting, seed: 8 } as LockTransition);
    expect(pending).toMatchObject({ status: 'submitting', submittedSeed: 8 });
    expect(applyTransition('a', pending, MOVES.created).submittedSeed).toBeUndefined();
    expect(applyTransition('a', pending, MOVES.failed).submittedSeed).toBeUndefined();
  });

  it('refuses a finished task that is not the shot\'s own', () => {
    expect(() => applyTransition('a', RECORDS.created, { to: 'succeeded', taskId: 'other' })).toThrow(/not the shot's task t1/);
  });

  it('never changes the record it was given', () => {
    const record = Object.freeze({ ...RECORDS.created });
    applyTransition('a', record, MOVES.failed);
    expect(record).toEqual(RECORDS.created);
  });
});
