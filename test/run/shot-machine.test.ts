// The shot state machine, step by step: every (phase, event) the runner can feed it, what phase
// follows, which effects it asks for and which command comes next. Pure: no simulator, no I/O.
import { describe, expect, it } from 'vitest';
import type { StoreEntry } from '../../src/state/store.js';
import { SeedanceError } from '../../src/core/errors.js';
import type { TaskInfo } from '../../src/api/index.js';
import type { FingerprintValue } from '../../src/plan/fingerprint.js';
import type { ShotPlan } from '../../src/plan/planner.js';
import { holdsSlot, initialMachine, step, type Budget, type Machine, type Phase, type ShotEvent, type Step } from '../../src/run/shot-machine.js';

const shot = (retries = 0, refusals = 0, seed?: number) => ({ id: 'a', retries, refusals, ...(seed !== undefined ? { seed } : {}), now: 1_700_000_000 });
const fingerprint = { value: 'f'.repeat(64) as FingerprintValue, parts: { prompt: 'p' } };
const plan = (patch: Partial<ShotPlan>): ShotPlan => ({ id: 'a', action: 'submit', reason: 'new', dependsOn: [], estimatedTokens: 10, fingerprint, ...patch });
const stored: StoreEntry = { version: 1, fingerprint: 'f'.repeat(64), taskId: 't0', seed: 3, video: { bytes: 1, sha256: 's' }, lastFrame: { bytes: 1, sha256: 's' }, savedAt: '2026-12-01T00:00:00.000Z' };
const request = { method: 'POST' as const, path: '/tasks', body: { model: 'm' } };
const task = (status: TaskInfo['status'], extra: Partial<TaskInfo> = {}): TaskInfo => ({ id: 't1', status, ...extra });
const machine = (phase: Phase, budget: Partial<Budget> = {}, creates = 1): Machine => ({ phase, budget: { failed: 0, refused: 0, expired: 0, vanished: 0, ...budget }, creates });
const http = (status: number, code: SeedanceError['code'] = 'api.http') => new SeedanceError(code, `HTTP ${status}`, { status });

/** A step in short: the next phase's kind, the effects' kinds (events by type), the command's kind. */
function summary(result: Step): [string, string[], string | undefined] {
  const effects = result.effects.map((e) => (e.kind === 'emit' ? `emit:${e.event.type}` : e.kind === 'lock' ? `lock:${e.move.to}` : e.kind));
  const phase = result.machine.phase;
  const kind = 'outcome' in phase ? `${phase.kind}:${phase.outcome}` : phase.kind;
  return [kind, effects, result.command?.kind];
}

type Row = [string, Machine, ShotEvent, ReturnType<typeof summary>, number?];
const waiting = initialMachine();
const submitting: Machine = machine({ kind: 'submitting', attempt: 1 }, {}, 0);
const sent: Machine = machine({ kind: 'submitting', attempt: 1, sent: true });
const atService: Machine = machine({ kind: 'at-service', taskId: 't1', attempt: 1 });

const rows: Row[] = [
  ['reuse a fresh shot', waiting, { type: 'planned', plan: plan({ action: 'reuse', reason: 'fresh', taskId: 't0' }) }, ['done:reused', ['emit:shot-reused', 'keep'], undefined]],
  ['restore a shot made before from the clip store', waiting, { type: 'planned', plan: plan({ action: 'restore', taskId: 't0' }) }, ['restoring', [], 'restore']],
  ['restore a changed shot, dropping its old task first', waiting, { type: 'planned', plan: plan({ action: 'restore', taskId: 't0', staleTask: 't9' }) }, ['restoring', ['drop-stale-task'], 'restore']],
  ['restored files finish the shot, the lock recording the task that made them', machine({ kind: 'restoring', taskId: 't0' }, {}, 0), { type: 'restored', entry: stored, video: { file: 'a.mp4', bytes: 1, sha256: 's' }, lastFrame: { file: 'a.last.png', bytes: 1, sha256: 's' } }, ['done:restored', ['lock:restored', 'emit:shot-restored'], undefined]],
  ['an unusable store entry, and no task of its own: made anew, with a warning', machine({ kind: 'restoring', taskId: 't0' }, {}, 0), { type: 'not-restored', message: 'damaged' }, ['submitting', ['emit:warning'], 'prepare']],
  ['leave out a shot --only did not name', waiting, { type: 'planned', plan: plan({ action: 'not-selected' }) }, ['done:not-selected', [], undefined]],
  ['skip a shot whose upstream shot cannot be made', waiting, { type: 'planned', plan: plan({ action: 'blocked', blockedBy: ['u'] }) }, ['ended:skipped', ['emit:shot-skipped'], undefined]],
  ['fail a shot whose file cannot be read', waiting, { type: 'planned', plan: plan({ action: 'blocked', reason: 'cannot read x.png (denied)' }) }, ['ended:failed', ['emit:shot-failed', 'shot-failed'], undefined]],
  ['resume a task at the service', waiting, { type: 'planned', plan: plan({ action: 'resume', taskId: 't1' }) }, ['at-service', ['emit:shot-resumed'], 'wait']],
  ['look up a create whose answer was lost', waiting, { type: 'planned', plan: plan({ action: 'resume', lostCreateSince: 5 }) }, ['looking-up', [], 'prepare']],
  ['fetch again the files of a finished task', waiting, { type: 'planned', plan: plan({ action: 'refetch', taskId: 't1' }) }, ['refetching', [], 'wait']],
  ['submit a new shot', waiting, { type: 'planned', plan: plan({}) }, ['submitting', [], 'prepare']],
  ['drop the old task of a changed shot first', waiting, { type: 'planned', plan: plan({ staleTask: 't0' }) }, ['submitting', ['drop-stale-task'], 'prepare']],
  ['search the service for the lost create', machine({ kind: 'looking-up', since: 5 }, {}, 0), { type: 'prepared', request }, ['looking-up', [], 'find-lost']],
  ['adopt the one task the lost create made', machine({ kind: 'looking-up', since: 5 }, {}, 0), { type: 'found', taskId: 't1' }, ['at-service', ['lock:created', 'emit:shot-resumed'], 'wait']],
  ['submit when the lost create made nothing', machine({ kind: 'looking-up', since: 5 }, {}, 0), { type: 'not-found' }, ['submitting', [], 'prepare']],
  ['an ambiguous lost create ends the shot, the lock left submitting', machine({ kind: 'looking-up', since: 5 }, {}, 0), { type: 'error', error: new SeedanceError('task.ambiguous', 'two could be it') }, ['ended:failed', ['emit:shot-failed', 'shot-failed'], undefined]],
  ['record submitting before the create is sent', submitting, { type: 'prepared', request }, ['submitting', ['lock:submitting', 'emit:shot-submitting'], 'create']],
  ['stop before sending when the run is stopping, and say so', submitting, { type: 'stopped' }, ['ended:stopped', ['emit:shot-stopped'], undefined]],
  ['record the task id the moment the create answers', sent, { type: 'created', taskId: 't1', recovered: false, duplicateRisk: false }, ['at-service', ['lock:created', 'emit:shot-submitted'], 'wait']],
  ['warn of a possible duplicate', sent, { type: 'created', taskId: 't1', recovered: false, duplicateRisk: true }, ['at-service', ['lock:created', 'emit:shot-submitted', 'emit:warning'], 'wait']],
  ['a create refused outright is recorded as failed', sent, { type: 'error', error: http(400) }, ['ended:failed', ['lock:failed', 'emit:shot-failed', 'shot-failed'], undefined]],
  ['a create whose outcome is unknown stays submitting for the next run', sent, { type: 'error', error: http(500, 'api.duplicate-unknown') }, ['ended:failed', ['emit:shot-failed', 'shot-failed'], undefined]],
  ['an interrupted shot just stops', sent, { type: 'error', error: new SeedanceError('interrupted', 'bye') }, ['ended:stopped', [], undefined]],
  ['a finished task is recorded, then fetched', atService, { type: 'task-ended', info: task('succeeded', { seed: 3, tokens: 9 }) }, ['fetching', ['lock:succeeded', 'emit:shot-succeeded'], 'download']],
  ['a failed task without retries ends the shot', atService, { type: 'task-ended', info: task('failed', { error: { code: 'InternalServiceError', message: 'm' } }) }, ['ended:failed', ['lock:failed', 'emit:shot-failed', 'shot-failed'], undefined]],
  ['a failed task within retries is submitted anew', { ...atService, budget: { failed: 0, refused: 0, expired: 0, vanished: 0 } }, { type: 'task-ended', info: task('failed', { error: { code: 'InternalServiceError', message: 'm' } }) }, ['submitting', ['lock:failed', 'emit:shot-failed'], 'prepare'], 1],
  ['a content-policy refusal is not resubmitted by retries:', atService, { type: 'task-ended', info: task('failed', { error: { code: 'OutputVideoSensitiveContentDetected', message: 'm' } }) }, ['ended:failed', ['lock:failed', 'emit:shot-failed', 'shot-failed'], undefined], 3],
  ['an expired task is submitted anew once, whatever retries says', atService, { type: 'task-ended', info: task('expired') }, ['submitting', ['lock:failed', 'emit:shot-failed'], 'prepare']],
  ['a second expiry ends the shot', machine({ kind: 'at-service', taskId: 't1', attempt: 2 }, { expired: 1 }), { type: 'task-ended', info: task('expired') }, ['ended:failed', ['lock:failed', 'emit:shot-failed', 'shot-failed'], undefined], 3],
  ['a cancelled task ends the shot, recorded cancelled', atService, { type: 'task-ended', info: task('cancelled') }, ['ended:failed', ['lock:cancelled', 'emit:shot-failed', 'shot-failed'], undefined], 3],
  ['a task the service forgot is submitted anew once', atService, { type: 'task-vanished', message: 'gone.' }, ['submitting', ['emit:warning'], 'prepare']],
  ['forgotten twice ends the shot', machine({ kind: 'at-service', taskId: 't1', attempt: 2 }, { vanished: 1 }), { type: 'task-vanished', message: 'gone.' }, ['ended:failed', ['emit:shot-failed', 'shot-failed'], undefined]],
  ['a refetched task is fetched', machine({ kind: 'refetching', taskId: 't1' }, {}, 0), { type: 'task-ended', info: task('succeeded') }, ['fetching', ['lock:succeeded', 'emit:shot-succeeded'], 'download']],
  ['a refetch whose task is gone submits anew', machine({ kind: 'refetching', taskId: 't1' }, {}, 0), { type: 'task-vanished', message: 'gone.' }, ['submitting', ['emit:warning'], 'prepare']],
  [
    'saved files finish the shot',
    machine({ kind: 'fetching', taskId: 't1' }),
    { type: 'saved', info: task('succeeded'), video: { file: 'a.mp4', bytes: 1, sha256: 's' }, lastFrame: { file: 'a.last.png', bytes: 1, sha256: 's' }, seconds: 5 },
    ['done:made', ['lock:saved', 'emit:shot-done', 'keep'], undefined],
  ],
  ['a download that fails ends the shot (the task stays succeeded for the next run)', machine({ kind: 'fetching', taskId: 't1' }), { type: 'error', error: new SeedanceError('download.failed', 'cut') }, ['ended:failed', ['emit:shot-failed', 'shot-failed'], undefined]],
];

describe('the shot state machine', () => {
  it('an unusable store entry of a shot whose own task finished: fetched from that task, never paid again', () => {
    const next = step(machine({ kind: 'restoring', taskId: 't0' }, {}, 0), { type: 'not-restored', message: 'damaged' }, shot(0), plan({ action: 'restore', refetchTask: 't5' }));
    expect(summary(next)).toEqual(['refetching', ['emit:warning'], 'wait']);
    expect(next.command).toMatchObject({ kind: 'wait', taskId: 't5' });
  });

  it.each(rows)('%s', (_name, from, event, want, retries = 0) => {
    expect(summary(step(from, event, shot(retries), plan({})))).toEqual(want);
  });

  it('counts creates, and names each resubmission and its attempt', () => {
    const failed = step(atService, { type: 'task-ended', info: task('failed', { error: { code: 'InternalServiceError', message: 'm' } }) }, shot(2), plan({}));
    expect(failed.machine.phase).toEqual({ kind: 'submitting', attempt: 2, resubmit: 'failed' });
    expect(failed.machine.budget).toEqual({ failed: 1, refused: 0, expired: 0, vanished: 0 });
    const again = step(failed.machine, { type: 'prepared', request }, shot(2), plan({}));
    expect(again.machine.creates).toBe(2);
    expect(again.effects.find((e) => e.kind === 'emit')).toEqual({ kind: 'emit', event: { type: 'shot-submitting', shot: 'a', attempt: 2, resubmit: 'failed' } });
    expect(again.effects.find((e) => e.kind === 'lock')).toEqual({ kind: 'lock', move: { to: 'submitting', fingerprint: fingerprint.value, inputs: fingerprint.parts, submittedAt: 1_700_000_000, keepAttempts: true } });
  });

  it('keeps the budgets apart: with retries: 1, an expiry and then a failure are both resubmitted, a second failure is not', () => {
    const events: ShotEvent[] = [
      { type: 'planned', plan: plan({}) },
      { type: 'prepared', request },
      { type: 'created', taskId: 't1', recovered: false, duplicateRisk: false },
      { type: 'task-ended', info: task('expired') },
      { type: 'prepared', request },
      { type: 'created', taskId: 't1', recovered: false, duplicateRisk: false },
      { type: 'task-ended', info: task('failed', { error: { code: 'InternalServiceError', message: 'm' } }) },
      { type: 'prepared', request },
      { type: 'created', taskId: 't1', recovered: false, duplicateRisk: false },
    ];
    let state = initialMachine();
    for (const event of events) state = step(state, event, shot(1), plan({})).machine;
    expect(state.phase.kind).toBe('at-service');
    expect(state.creates).toBe(3);
    expect(state.budget).toEqual({ failed: 1, refused: 0, expired: 1, vanished: 0 });
    const last = step(state, { type: 'task-ended', info: task('failed', { error: { code: 'InternalServiceError', message: 'm' } }) }, shot(1), plan({}));
    expect(last.machine.phase).toEqual({ kind: 'ended', outcome: 'failed' });
  });

  describe('refusals:', () => {
    const refusal = (code = 'OutputVideoSensitiveContentDetected', seed?: number): ShotEvent => ({ type: 'task-ended', info: task('failed', { error: { code, message: 'm' }, ...(seed !== undefined ? { seed } : {}) }) });
    const refusedAtCreate = (code: string, param?: string): ShotEvent => ({ type: 'error', error: new SeedanceError('api.http', `HTTP 400 ${code}`, { status: 400, serviceCode: code, ...(param ? { param } : {}) }) });
    const REFUSED_CODE = 'OutputVideoSensitiveContentDetected';
    const lockMoves = (result: Step) => result.effects.flatMap((e) => (e.kind === 'lock' ? [e.move] : []));

    it('resubmits a refused task with the next seed, recording the attempt, and leaves retries: alone', () => {
      const first = step(atService, refusal('OutputVideoSensitiveContentDetected', 7), shot(2, 1, 7), plan({}));
      expect(summary(first)).toEqual(['submitting', ['lock:failed', 'emit:shot-failed'], 'prepare']);
      expect(first.machine.budget).toEqual({ failed: 0, refused: 1, expired: 0, vanished: 0 });
      expect(first.machine.phase).toEqual({ kind: 'submitting', attempt: 2, resubmit: 'refused' });
      expect(first.command).toEqual({ kind: 'prepare', seed: 8 });
      expect(lockMoves(first)).toEqual([{ to: 'failed', error: { code: 'OutputVideoSensitiveContentDetected', message: 'm' }, attempt: { attempt: 1, taskId: 't1', code: 'OutputVideoSensitiveContentDetected', seed: 7 } }]);
      const again = step(first.machine, { type: 'prepared', request }, shot(2, 1, 7), plan({}));
      // The lock records the moved seed, so a create whose answer is lost is still recognised next run.
      expect(lockMoves(again)).toEqual([{ to: 'submitting', fingerprint: fingerprint.value, inputs: fingerprint.parts, submittedAt: 1_700_000_000, keepAttempts: true, seed: 8 }]);
      expect(again.effects).toContainEqual({ kind: 'emit', event: { type: 'shot-submitting', shot: 'a', attempt: 2, resubmit: 'refused' } });
    });

    it('a lost create of an earlier run sent with a moved seed is looked up with that seed', () => {
      const lookup = step(waiting, { type: 'planned', plan: plan({ action: 'resume', lostCreateSince: 5 }) }, { ...shot(0, 1, 7), lostCreateSeed: 8 }, plan({}));
      expect(lookup.command).toEqual({ kind: 'prepare', seed: 8 });
    });

    it('a task of an earlier run, refused, is resubmitted with the seed after the one it used, never that one again', () => {
      const resumed = machine({ kind: 'at-service', taskId: 't1', attempt: 1 }, {}, 0);
      expect(step(resumed, refusal(REFUSED_CODE, 8), shot(0, 1, 7), plan({})).command).toEqual({ kind: 'prepare', seed: 9 });
    });

    it('a shot without a seed is resubmitted without one (the service picks a new one)', () => {
      expect(step(atService, refusal(), shot(0, 1), plan({})).command).toEqual({ kind: 'prepare' });
    });

    it('the seed wraps within the service\'s range', () => {
      expect(step(atService, refusal(), shot(0, 1, 4294967295), plan({})).command).toEqual({ kind: 'prepare', seed: 0 });
    });

    it('a refusal at create (400 InputTextSensitiveContentDetected) is resubmitted too, naming the input in the lock', () => {
      const result = step(sent, refusedAtCreate('InputTextSensitiveContentDetected', 'content[0].text'), shot(0, 1, 7), plan({}));
      expect(summary(result)).toEqual(['submitting', ['lock:failed', 'emit:shot-failed'], 'prepare']);
      expect(lockMoves(result)[0]).toMatchObject({ to: 'failed', attempt: { attempt: 1, code: 'InputTextSensitiveContentDetected', param: 'content[0].text', seed: 7 } });
      expect(result.command).toEqual({ kind: 'prepare', seed: 8 });
    });

    for (const [form, event] of [['a failed task', refusal('InputImageSensitiveContentDetected.PrivacyInformation')], ['a create', refusedAtCreate('InputImageSensitiveContentDetected.PrivacyInformation', 'content[1].image_url')]] as const) {
      it(`never resubmits a PrivacyInformation refusal of ${form}, whatever refusals: says`, () => {
        const result = step(form === 'a create' ? sent : atService, event, shot(3, 5, 7), plan({}));
        expect(summary(result)).toEqual(['ended:failed', ['lock:failed', 'emit:shot-failed', 'shot-failed'], undefined]);
        const failed = result.effects.find((e) => e.kind === 'shot-failed');
        expect(failed?.kind === 'shot-failed' && failed.error.message).toMatch(/real person, which another try cannot change, so it was not resubmitted \(whatever `refusals: 5` allows\)/);
      });
    }

    it('ends when refusals: is used up, saying how often it was tried and what to do', () => {
      const used = { ...machine({ kind: 'at-service', taskId: 't1', attempt: 2 }, { refused: 1 }, 2), seed: 8 };
      const result = step(used, refusal(), shot(0, 1, 7), plan({}));
      expect(summary(result)).toEqual(['ended:failed', ['lock:failed', 'emit:shot-failed', 'shot-failed'], undefined]);
      const failed = result.effects.find((e) => e.kind === 'shot-failed');
      if (failed?.kind !== 'shot-failed') throw new Error('no shot-failed effect');
      expect(failed.error.message).toBe('Shot a: the service refused the video under its content policy (OutputVideoSensitiveContentDetected) on all 2 tries (`refusals: 1`, each with a new seed); refusals are not billed.');
      expect(failed.error.hint).toMatch(/^Change the prompt or the reference media of this shot .*; or raise `refusals:` on the shot to try more seeds\.$/);
      expect(lockMoves(result)[0]).toMatchObject({ attempt: { attempt: 2, seed: 8 } });
    });

    it('a failure after a refusal draws on retries: and keeps the new seed', () => {
      const after = { ...machine({ kind: 'at-service', taskId: 't2', attempt: 2 }, { refused: 1 }, 2), seed: 8 };
      const result = step(after, { type: 'task-ended', info: task('failed', { error: { code: 'InternalServiceError', message: 'm' } }) }, shot(1, 1, 7), plan({}));
      expect(result.machine.budget).toEqual({ failed: 1, refused: 1, expired: 0, vanished: 0 });
      expect(result.command).toEqual({ kind: 'prepare', seed: 8 });
    });
  });

  it('holds a concurrency slot exactly while the task is (about to be) at the service', () => {
    const phases: Phase[] = [
      { kind: 'waiting' },
      { kind: 'looking-up', since: 1 },
      { kind: 'submitting', attempt: 1 },
      { kind: 'at-service', taskId: 't', attempt: 1 },
      { kind: 'refetching', taskId: 't' },
      { kind: 'fetching', taskId: 't' },
      { kind: 'done', outcome: 'made' },
      { kind: 'ended', outcome: 'failed' },
    ];
    expect(phases.filter(holdsSlot).map((p) => p.kind)).toEqual(['submitting', 'at-service']);
  });

  it('refuses an event that cannot happen in a phase: a bug, not a silently odd shot', () => {
    expect(() => step(machine({ kind: 'done', outcome: 'made' }), { type: 'planned', plan: plan({}) }, shot(), plan({}))).toThrow(/internal|cannot happen while done/);
    expect(() => step(atService, { type: 'prepared', request }, shot(), plan({}))).toThrow(/cannot happen while at-service/);
    expect(() => step(submitting, { type: 'prepared', request }, shot(), plan({ fingerprint: undefined as never }))).toThrow(/without a fingerprint/);
  });
});
