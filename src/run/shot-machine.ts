// One shot's life in a run as a state machine: a union of phases and a pure step from (phase,
// event) to (next phase, effects). The effects (lock transitions, events, and at most one command
// whose result is the next event: prepare a request, create, look up a lost create, wait for a
// task, download) are carried out by shot-job.ts, outside it. Resubmissions draw on separate
// budgets: `retries:` for failed tasks, `refusals:` for content-policy refusals (with a new seed),
// one for an expired task, one for a task the service forgot.
import type { Money } from '../core/money.js';
import { SeedanceError, unreachable } from '../core/errors.js';
import type { RunEvent } from '../core/events.js';
import type { TaskInfo } from '../api/index.js';
import type { ShotPlan } from '../plan/planner.js';
import type { TaskRequest } from '../plan/index.js';
import type { LockTransition } from '../state/lock-transitions.js';
import type { OutputRecord } from '../state/lock.js';
import type { StoreEntry } from '../state/store.js';

export type Phase =
  | { kind: 'waiting' }
  /** An earlier run sent a create whose answer was never recorded: look for its task first. */
  | { kind: 'looking-up'; since: number }
  /** `sent`: the create is on its way (the lock says `submitting`). */
  | { kind: 'submitting'; attempt: number; resubmit?: Resubmit; sent?: true }
  | { kind: 'at-service'; taskId: string; attempt: number }
  /** The task finished in an earlier run; its files are fetched again. */
  | { kind: 'refetching'; taskId: string }
  | { kind: 'fetching'; taskId: string }
  /** Made before from the same inputs: its files are taken from the clip store. */
  | { kind: 'restoring'; taskId: string }
  | { kind: 'done'; outcome: 'made' | 'reused' | 'restored' | 'not-selected' }
  | { kind: 'ended'; outcome: 'failed' | 'skipped' | 'stopped' };

export type Resubmit = 'failed' | 'refused' | 'expired' | 'vanished';

/** Resubmissions used so far, each against its own limit. */
export interface Budget {
  failed: number;
  refused: number;
  expired: number;
  vanished: number;
}

export interface Machine {
  readonly phase: Phase;
  readonly budget: Budget;
  /** Creates sent for this shot in this run. */
  readonly creates: number;
  /** The seed the next create sends instead of the manifest's: moved on after a refusal. */
  readonly seed?: number;
}

export type ShotEvent =
  | { type: 'planned'; plan: ShotPlan }
  | { type: 'prepared'; request: TaskRequest }
  | { type: 'found'; taskId: string }
  | { type: 'not-found' }
  | { type: 'created'; taskId: string; recovered: boolean; duplicateRisk: boolean }
  | { type: 'task-ended'; info: TaskInfo }
  /** The run cancelled the task, queued beyond its running limit, because it stopped submitting. */
  | { type: 'withdrawn'; info: TaskInfo }
  | { type: 'task-vanished'; message: string }
  | { type: 'saved'; info: TaskInfo; video: OutputRecord; lastFrame: OutputRecord; seconds: number }
  | { type: 'restored'; entry: StoreEntry; video: OutputRecord; lastFrame: OutputRecord }
  /** The store's entry could not be used (damaged, or gone since it was planned). */
  | { type: 'not-restored'; message: string }
  /** The run is stopping: nothing new is submitted. */
  | { type: 'stopped' }
  | { type: 'error'; error: SeedanceError };

export type Command =
  /** `seed`: send this seed instead of the manifest's (a resubmission after a refusal). */
  | { kind: 'prepare'; seed?: number }
  | { kind: 'find-lost'; request: TaskRequest; since: number }
  | { kind: 'create'; request: TaskRequest }
  /** `resumed`: submitted by an earlier run, so it may be finished already. */
  | { kind: 'wait'; taskId: string; resumed: boolean }
  | { kind: 'download'; info: TaskInfo }
  | { kind: 'restore'; fingerprint: string };

export type Effect =
  | { kind: 'lock'; move: LockTransition }
  | { kind: 'emit'; event: RunEvent }
  /** The shot changed while a task of its old inputs is at the service: cancel it if queued. */
  | { kind: 'drop-stale-task'; taskId: string }
  /** The shot failed for good (for --fail-fast, and a refused key stops every shot). */
  | { kind: 'shot-failed'; error: SeedanceError }
  /**
   * The shot's clip, as the lock now records it, goes into the clip store (if not there yet),
   * under the planner's fingerprint (a lock written before the store may record an older style).
   */
  | { kind: 'keep'; fingerprint?: { value: string; parts: Record<string, string> } };

export interface Step {
  machine: Machine;
  effects: Effect[];
  /** What to do next; its result is the next event. None once the shot is done or ended. */
  command?: Command;
}

export interface ShotFacts {
  id: string;
  /** `retries:` of the shot. */
  retries: number;
  /** `refusals:` of the shot. */
  refusals: number;
  /** The seed the manifest asks for, when it asks for one (it is then changed after a refusal). */
  seed?: number;
  /** The seed an earlier run's lost create was sent with, when it was not the manifest's. */
  lostCreateSeed?: number;
  /** Unix seconds now, for the lock's `submittedAt`. */
  now: number;
  /** With a price table: what tokens of this shot cost (for the shot-succeeded event). */
  price?: (tokens: number) => Money | undefined;
}

const ONCE = 1;

export function initialMachine(): Machine {
  return { phase: { kind: 'waiting' }, budget: { failed: 0, refused: 0, expired: 0, vanished: 0 }, creates: 0 };
}

/** Phases in which the shot holds a concurrency slot: its task is (about to be) at the service. */
export function holdsSlot(phase: Phase): boolean {
  return phase.kind === 'submitting' || phase.kind === 'at-service';
}

export function isFinal(phase: Phase): phase is Extract<Phase, { kind: 'done' | 'ended' }> {
  return phase.kind === 'done' || phase.kind === 'ended';
}

export function step(machine: Machine, event: ShotEvent, shot: ShotFacts, plan?: ShotPlan): Step {
  const phase = machine.phase;
  const at = (next: Phase, effects: Effect[] = [], command?: Command, change: Partial<Machine> = {}): Step => ({
    machine: { ...machine, ...change, phase: next },
    effects,
    ...(command ? { command } : {}),
  });
  if (event.type === 'error') return failure(machine, event.error, shot);
  switch (phase.kind) {
    case 'waiting':
      if (event.type !== 'planned') break;
      return fromPlan(machine, event.plan, shot);
    case 'looking-up':
      if (event.type === 'prepared') return at(phase, [], { kind: 'find-lost', request: event.request, since: phase.since });
      if (event.type === 'found') {
        return at({ kind: 'at-service', taskId: event.taskId, attempt: 1 }, [{ kind: 'lock', move: { to: 'created', taskId: event.taskId } }, emit({ type: 'shot-resumed', shot: shot.id, taskId: event.taskId })], {
          kind: 'wait',
          taskId: event.taskId,
          resumed: true,
        });
      }
      if (event.type === 'not-found') return at({ kind: 'submitting', attempt: 1 }, [], { kind: 'prepare' });
      break;
    case 'submitting':
      if (event.type === 'stopped') return at({ kind: 'ended', outcome: 'stopped' }, [emit({ type: 'shot-stopped', shot: shot.id })]);
      if (event.type === 'prepared') return send(machine, event.request, [], shot, plan);
      if (event.type === 'created') {
        const effects: Effect[] = [
          { kind: 'lock', move: { to: 'created', taskId: event.taskId, ...(event.duplicateRisk ? { duplicateRisk: true } : {}) } },
          emit({ type: 'shot-submitted', shot: shot.id, taskId: event.taskId, attempt: phase.attempt, recovered: event.recovered }),
        ];
        if (event.duplicateRisk) effects.push(emit({ type: 'warning', shot: shot.id, code: 'duplicate-risk', message: `An earlier attempt to create shot ${shot.id} lost its answer; a duplicate task (billed) could not be ruled out.` }));
        return at({ kind: 'at-service', taskId: event.taskId, attempt: phase.attempt }, effects, { kind: 'wait', taskId: event.taskId, resumed: false });
      }
      break;
    case 'at-service':
    case 'refetching':
      if (event.type === 'task-ended') return taskEnded(machine, event.info, shot);
      // Recorded cancelled, so the next run submits it anew without looking for it.
      if (event.type === 'withdrawn') return at({ kind: 'ended', outcome: 'stopped' }, [{ kind: 'lock', move: { to: 'cancelled' } }, emit({ type: 'shot-stopped', shot: shot.id })]);
      if (event.type === 'task-vanished') return resubmitOrEnd(machine, 'vanished', shot, [], new SeedanceError('task.vanished', `${event.message} It was submitted anew once already.`, { hint: 'Run again to submit it once more.' }), event.message);
      break;
    case 'fetching':
      if (event.type === 'saved') {
        return at({ kind: 'done', outcome: 'made' }, [
          { kind: 'lock', move: { to: 'saved', outputs: { video: event.video, lastFrame: event.lastFrame } } },
          emit({ type: 'shot-done', shot: shot.id, video: event.video.file, lastFrame: event.lastFrame.file, seconds: event.seconds }),
          { kind: 'keep', ...(plan?.fingerprint ? { fingerprint: plan.fingerprint } : {}) },
        ]);
      }
      break;
    case 'restoring':
      if (event.type === 'restored') {
        const { entry } = event;
        const record = { fingerprint: entry.fingerprint, ...(entry.inputs ? { inputs: entry.inputs } : {}), taskId: entry.taskId, ...(entry.seed !== undefined ? { seed: entry.seed } : {}), ...(entry.model ? { model: entry.model } : {}), ...(entry.tokens !== undefined ? { tokens: entry.tokens } : {}) };
        return at({ kind: 'done', outcome: 'restored' }, [
          { kind: 'lock', move: { to: 'restored', ...record, outputs: { video: event.video, lastFrame: event.lastFrame } } },
          emit({ type: 'shot-restored', shot: shot.id, taskId: entry.taskId, ...(entry.seed !== undefined ? { seed: entry.seed } : {}), video: event.video.file }),
        ]);
      }
      if (event.type === 'not-restored') {
        // The store cannot give it after all: fetch it from its task where the lock has one, else make it.
        const warned = emit({ type: 'warning', shot: shot.id, code: 'store.damaged', message: event.message });
        if (plan?.refetchTask) return at({ kind: 'refetching', taskId: plan.refetchTask }, [warned], { kind: 'wait', taskId: plan.refetchTask, resumed: true });
        return at({ kind: 'submitting', attempt: 1 }, [warned], { kind: 'prepare' });
      }
      break;
    case 'done':
    case 'ended':
      break;
    default:
      return unreachable(phase);
  }
  throw new SeedanceError('internal', `shot ${shot.id}: event ${event.type} cannot happen while ${phase.kind}`);
}

function fromPlan(machine: Machine, plan: ShotPlan, shot: ShotFacts): Step {
  const at = (phase: Phase, effects: Effect[] = [], command?: Command): Step => ({ machine: { ...machine, phase }, effects, ...(command ? { command } : {}) });
  switch (plan.action) {
    case 'reuse':
      return at({ kind: 'done', outcome: 'reused' }, [emit({ type: 'shot-reused', shot: shot.id, ...(plan.taskId ? { taskId: plan.taskId } : {}) }), { kind: 'keep', ...(plan.fingerprint ? { fingerprint: plan.fingerprint } : {}) }]);
    case 'restore':
      return at({ kind: 'restoring', taskId: plan.taskId as string }, plan.staleTask ? [{ kind: 'drop-stale-task', taskId: plan.staleTask }] : [], { kind: 'restore', fingerprint: plan.fingerprint?.value as string });
    case 'not-selected':
      return at({ kind: 'done', outcome: 'not-selected' });
    case 'blocked':
      if (plan.blockedBy) return at({ kind: 'ended', outcome: 'skipped' }, [emit({ type: 'shot-skipped', shot: shot.id, because: plan.blockedBy })]);
      return failure(machine, new SeedanceError('input.unreadable', `Shot ${shot.id} cannot be made: it ${plan.reason}.`, { hint: 'Check that the file exists and is readable, then run again.' }), shot);
    case 'resume':
      if (plan.taskId === undefined) return at({ kind: 'looking-up', since: plan.lostCreateSince ?? 0 }, [], { kind: 'prepare', ...(shot.lostCreateSeed !== undefined ? { seed: shot.lostCreateSeed } : {}) });
      return at({ kind: 'at-service', taskId: plan.taskId, attempt: 1 }, [emit({ type: 'shot-resumed', shot: shot.id, taskId: plan.taskId })], { kind: 'wait', taskId: plan.taskId, resumed: true });
    case 'refetch':
      return at({ kind: 'refetching', taskId: plan.taskId as string }, [], { kind: 'wait', taskId: plan.taskId as string, resumed: true });
    case 'submit':
      return at({ kind: 'submitting', attempt: 1 }, plan.staleTask ? [{ kind: 'drop-stale-task', taskId: plan.staleTask }] : [], { kind: 'prepare' });
    default:
      return unreachable(plan.action);
  }
}

/** The request is ready: record `submitting` before it is sent, so a crash now is settled next time. */
function send(machine: Machine, request: TaskRequest, effects: Effect[], shot: ShotFacts, plan: ShotPlan | undefined): Step {
  const phase = machine.phase as Extract<Phase, { kind: 'submitting' }>;
  const fingerprint = plan?.fingerprint;
  if (!fingerprint) throw new SeedanceError('internal', `shot ${shot.id} is submitted without a fingerprint`);
  return {
    machine: { ...machine, phase: { ...phase, sent: true }, creates: machine.creates + 1 },
    effects: [
      ...effects,
      { kind: 'lock', move: { to: 'submitting', fingerprint: fingerprint.value, inputs: fingerprint.parts, submittedAt: shot.now, ...(phase.resubmit ? { keepAttempts: true as const } : {}), ...(machine.seed !== undefined ? { seed: machine.seed } : {}) } },
      emit({ type: 'shot-submitting', shot: shot.id, attempt: phase.attempt, ...(phase.resubmit ? { resubmit: phase.resubmit } : {}) }),
    ],
    command: { kind: 'create', request },
  };
}

function costOf(shot: ShotFacts, tokens: number | undefined): { cost?: Money } {
  const cost = tokens === undefined ? undefined : shot.price?.(tokens);
  return cost ? { cost } : {};
}

function taskEnded(machine: Machine, info: TaskInfo, shot: ShotFacts): Step {
  if (info.status === 'succeeded') {
    const effects: Effect[] = [
      { kind: 'lock', move: { to: 'succeeded', taskId: info.id, ...(info.seed !== undefined ? { seed: info.seed } : {}), ...(info.model !== undefined ? { model: info.model } : {}), ...(info.tokens !== undefined ? { tokens: info.tokens } : {}) } },
      emit({ type: 'shot-succeeded', shot: shot.id, taskId: info.id, ...(info.seed !== undefined ? { seed: info.seed } : {}), ...(info.model ? { model: info.model } : {}), ...(info.tokens !== undefined ? { tokens: info.tokens } : {}), ...costOf(shot, info.tokens) }),
    ];
    return { machine: { ...machine, phase: { kind: 'fetching', taskId: info.id } }, effects, command: { kind: 'download', info } };
  }
  const code = info.error?.code ?? (info.status === 'expired' ? 'Expired' : info.status === 'cancelled' ? 'Cancelled' : 'Unknown');
  const seed = info.seed ?? seedSent(shot, machine);
  const attempt = { attempt: attemptOf(machine), taskId: info.id, code, ...(seed !== undefined ? { seed } : {}) };
  const recorded: Effect = info.status === 'cancelled'
    ? { kind: 'lock', move: { to: 'cancelled' } }
    : { kind: 'lock', move: { to: 'failed', error: { code, message: info.error?.message ?? `the task ended ${info.status}` }, attempt } };
  if (info.status === 'failed' && isPolicyRefusal(code)) return refused(machine, shot, [recorded], { code, taskId: info.id, ...(seed !== undefined ? { seed } : {}) });
  const error = taskFailure(shot, info, code, machine.budget);
  if (info.status === 'expired') return resubmitOrEnd(machine, 'expired', shot, [recorded], error);
  if (info.status === 'failed') return resubmitOrEnd(machine, 'failed', shot, [recorded], error);
  return end(machine, [recorded], error, shot);
}

/**
 * Refused under the content policy (the task, or the create itself): not billed, and a new seed
 * often passes, so it is resubmitted within `refusals:`; never a refusal of a real person.
 */
function refused(machine: Machine, shot: ShotFacts, effects: Effect[], refusal: { code: string; taskId?: string; param?: string; status?: number; seed?: number }): Step {
  const tries = machine.budget.refused + 1;
  const privacy = isPrivacyRefusal(refusal.code);
  const again = !privacy && machine.budget.refused < shot.refusals;
  const error = refusalError(shot, refusal, { tries, privacy, again });
  if (!again) return end(machine, effects, error, shot);
  // The next seed follows the refused one (a task resumed from an earlier run may have moved already).
  const next = shot.seed === undefined || refusal.seed === undefined ? {} : { seed: (refusal.seed + 1) % 2 ** 32 };
  return resubmitOrEnd({ ...machine, ...next }, 'refused', shot, effects, error);
}

const LIMITS = (shot: ShotFacts): Budget => ({ failed: shot.retries, refused: shot.refusals, expired: ONCE, vanished: ONCE });

/** Creates so far, counting the one that just ended (attempts after an earlier run's task count from 1). */
function attemptOf(machine: Machine): number {
  return Math.max(machine.creates, 1);
}

/** The seed the shot's current create was sent with, where it asks for one. */
function seedSent(shot: ShotFacts, machine: Machine): number | undefined {
  return shot.seed === undefined ? undefined : (machine.seed ?? shot.seed);
}

/** Submit anew when the budget for this reason allows, else end with `error`. */
function resubmitOrEnd(machine: Machine, reason: Resubmit, shot: ShotFacts, effects: Effect[], error: SeedanceError, warning?: string): Step {
  if (machine.budget[reason] >= LIMITS(shot)[reason]) return end(machine, effects, error, shot);
  const taskId = 'taskId' in machine.phase ? machine.phase.taskId : undefined;
  const attempt = machine.creates + 1;
  const told: Effect[] = warning
    ? [emit({ type: 'warning', shot: shot.id, code: 'task.vanished', message: `${warning} Submitting the shot anew.` })]
    : [emit({ type: 'shot-failed', shot: shot.id, ...(taskId ? { taskId } : {}), code: error.code, ...(error.serviceCode ? { serviceCode: error.serviceCode } : {}), message: error.message, ...(error.hint ? { hint: error.hint } : {}), willRetry: true })];
  const budget = { ...machine.budget, [reason]: machine.budget[reason] + 1 };
  const seed = machine.seed;
  return {
    machine: { ...machine, phase: { kind: 'submitting', attempt, resubmit: reason }, budget },
    effects: [...effects, ...told],
    command: { kind: 'prepare', ...(seed !== undefined ? { seed } : {}) },
  };
}

function end(machine: Machine, effects: Effect[], error: SeedanceError, shot: ShotFacts): Step {
  const taskId = 'taskId' in machine.phase ? machine.phase.taskId : undefined;
  // The lock keeps the `next:` hint printed now, so the report shows the same one later.
  const hint = error.hint;
  const kept = hint ? effects.map((e): Effect => (e.kind === 'lock' && e.move.to === 'failed' ? { ...e, move: { ...e.move, error: { ...e.move.error, hint } } } : e)) : effects;
  return {
    machine: { ...machine, phase: { kind: 'ended', outcome: 'failed' } },
    effects: [
      ...kept,
      emit({ type: 'shot-failed', shot: shot.id, ...(taskId ? { taskId } : {}), code: error.code, ...(error.serviceCode ? { serviceCode: error.serviceCode } : {}), message: error.message, ...(error.hint ? { hint: error.hint } : {}), willRetry: false }),
      { kind: 'shot-failed', error },
    ],
  };
}

/** An effect failed: a refused create is recorded as failed; an interrupted shot just stops. */
function failure(machine: Machine, error: SeedanceError, shot: ShotFacts): Step {
  if (error.code === 'interrupted') return { machine: { ...machine, phase: { kind: 'ended', outcome: 'stopped' } }, effects: [] };
  const effects: Effect[] = [];
  // Refused outright (4xx): surely nothing was created, so nothing is left to look for next time.
  if (machine.phase.kind === 'submitting' && machine.phase.sent && error.code === 'api.http' && error.status !== undefined && error.status < 500) {
    const code = error.serviceCode ?? `HTTP ${error.status}`;
    const seed = seedSent(shot, machine);
    const attempt = { attempt: attemptOf(machine), code, ...(error.param ? { param: error.param } : {}), ...(seed !== undefined ? { seed } : {}) };
    effects.push({ kind: 'lock', move: { to: 'failed', error: { code, message: error.message }, attempt } });
    if (isPolicyRefusal(error.serviceCode)) return refused(machine, shot, effects, { code, status: error.status, ...(error.param ? { param: error.param } : {}), ...(seed !== undefined ? { seed } : {}) });
  }
  return end(machine, effects, error, shot);
}

/** A refusal under the content policy (of the video, or of an input at create). */
export function isPolicyRefusal(code: string | undefined): boolean {
  return code !== undefined && (code.includes('Sensitive') || code.includes('PrivacyInformation') || code.includes('Policy'));
}

/** A real person in a reference: another seed cannot change that, so it is never resubmitted. */
function isPrivacyRefusal(code: string): boolean {
  return code.endsWith('PrivacyInformation');
}

function refusalError(shot: ShotFacts, refusal: { code: string; taskId?: string; param?: string; status?: number }, how: { tries: number; privacy: boolean; again: boolean }): SeedanceError {
  const what = refusal.taskId ? 'the video' : 'the request';
  const named = refusal.param ? `, naming \`${refusal.param}\`` : '';
  const lead = `Shot ${shot.id}: the service refused ${what} under its content policy (${refusal.code}${named})`;
  const options = { serviceCode: refusal.code, ...(refusal.status !== undefined ? { status: refusal.status } : {}) };
  const code = refusal.taskId ? 'task.failed' : 'api.http';
  const change = 'Change the prompt or the reference media of this shot (for example real human faces, brands, violence), then run again';
  if (how.privacy) {
    return new SeedanceError(code, `${lead}: a reference shows a real person, which another try cannot change, so it was not resubmitted${shot.refusals > 0 ? ` (whatever \`refusals: ${shot.refusals}\` allows)` : ''}; refusals are not billed.`, {
      ...options,
      hint: 'Replace the reference image of a real person (2.0 trusts faces only in the same account\'s own outputs), or describe the person in the prompt instead, then run again.',
    });
  }
  if (how.again) return new SeedanceError(code, `${lead}; refusals are not billed, and it is submitted again with a new seed (try ${how.tries + 1} of ${shot.refusals + 1}, \`refusals: ${shot.refusals}\`).`, options);
  if (shot.refusals === 0) {
    return new SeedanceError(code, `${lead}; refusals are not billed. It was not resubmitted: the shot has no \`refusals:\`.`, {
      ...options,
      hint: `${change}; or set \`refusals: 1\` on the shot (or in defaults) to resubmit a refused shot with a new seed: the same prompt often passes on a second try.`,
    });
  }
  return new SeedanceError(code, `${lead} on all ${how.tries} tries (\`refusals: ${shot.refusals}\`, each with a new seed); refusals are not billed.`, {
    ...options,
    hint: `${change}; or raise \`refusals:\` on the shot to try more seeds.`,
  });
}

function taskFailure(shot: ShotFacts, info: TaskInfo, code: string, budget: Budget): SeedanceError {
  if (info.status === 'expired') {
    return new SeedanceError('task.expired', `Shot ${shot.id}: task ${info.id} expired at the service before it was made (it waited longer than execution_expires_after allows, which happens when the service is very busy); expired tasks are not billed.`, {
      serviceCode: code,
      hint: 'Run again later: the shot is submitted anew. If the service stays this busy, raise `execution_expires_after:` on the shot (up to 259200 s).',
    });
  }
  const said = info.error?.message ? `: ${info.error.message.trim().replace(/[.\s]+$/, '')}` : '';
  const failedTimes = budget.failed + 1;
  return new SeedanceError(info.status === 'cancelled' ? 'task.cancelled' : 'task.failed', `Shot ${shot.id}: task ${info.id} ended ${info.status} at the service (${code}${said}).`, {
    serviceCode: code,
    hint: shot.retries > 0 && failedTimes > shot.retries
      ? `It failed ${failedTimes} times (\`retries: ${shot.retries}\`); run again to try once more, and change the shot if it keeps failing.`
      : 'Run again to try once more (only this shot and the shots after it are made), or set `retries:` on the shot to resubmit automatically.',
  });
}

function emit(event: RunEvent): Effect {
  return { kind: 'emit', event };
}
