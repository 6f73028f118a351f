// Runs one shot's state machine (shot-machine.ts): waits for the shots it uses, plans it again
// when they were made in this run, then carries out each step's effects and its one command,
// feeding the command's result back as the next event. A concurrency slot is held exactly while
// the machine is in a phase that needs one, and is given back only after the step's effects ran
// (so --fail-fast stops the next submission in time).
import { basename, join } from 'node:path';
import { ambiguousCreate } from '../api/index.js';
import { SeedanceError, isSeedanceError } from '../core/errors.js';
import { asSeedanceError } from '../core/fs-errors.js';
import type { PlannedShot } from '../core/events.js';
import type { ResolvedShot } from '../manifest/types.js';
import { isMade, planShot, type ShotPlan } from '../plan/planner.js';
import { withPriority } from '../plan/request.js';
import { isAccountRefusal, refusalOf } from './account-refusal.js';
import type { RunContext, ShotOutcome } from './context.js';
import { saveOutputs } from './outputs.js';
import { shotCost } from '../pricing/cost.js';
import type { PriceTable } from '../pricing/price-table.js';
import type { LedgerEntry } from '../state/lock.js';
import type { TaskStatus } from '../wire/task.js';
import { holdsSlot, initialMachine, isFinal, step, type Command, type Effect, type Machine, type ShotEvent } from './shot-machine.js';

export async function runShot(ctx: RunContext, shot: ResolvedShot): Promise<ShotOutcome> {
  const outcomes = await Promise.all(shot.dependsOn.map(async (id) => [id, await ctx.outcome(id)] as const));
  const missing = outcomes.filter(([, outcome]) => !outcome.available).map(([id]) => id);
  if (!ctx.selected.has(shot.id)) return { kind: 'not-selected', available: isMade({ lock: ctx.lock.data, facts: ctx.facts }, shot.id) };
  // The run stopped submitting before the shots it uses were made: this one is stopped, not failed.
  if (missing.length > 0 && ctx.stopSubmitting.aborted && outcomes.every(([, outcome]) => outcome.available || outcome.kind === 'stopped')) {
    ctx.emit({ type: 'shot-stopped', shot: shot.id });
    return { kind: 'stopped', available: false };
  }
  let plan = ctx.plans.get(shot.id) as ShotPlan;
  if (missing.length > 0) plan = { ...plan, action: 'blocked', reason: `upstream ${missing.join(', ')} failed`, blockedBy: missing };
  else if (shot.dependsOn.some((id) => madeInThisRun(ctx, id))) plan = replan(ctx, shot);

  let machine = initialMachine();
  const lost = ctx.lock.shot(shot.id)?.submittedSeed;
  const seeds = { ...askedSeed(shot), ...(lost !== undefined ? { lostCreateSeed: lost } : {}) };
  let event: ShotEvent = { type: 'planned', plan };
  let release: (() => void) | undefined;
  const price = ctx.manifest.pricing ? (tokens: number) => shotCost(ctx.manifest.pricing as PriceTable, shot, tokens) : undefined;
  try {
    for (;;) {
      const next = step(machine, event, { id: shot.id, retries: shot.retries, refusals: shot.refusals, ...seeds, now: Math.floor(ctx.clock.now() / 1000), ...(price ? { price } : {}) }, plan);
      if ((event.type === 'task-ended' || event.type === 'withdrawn') && machine.phase.kind === 'at-service') await ctx.spend.taskEnded(shot, event.info.id, ledgerStatus(event.info.status), event.info.tokens ?? 0);
      machine = next.machine;
      for (const effect of next.effects) await perform(ctx, shot, effect);
      if (holdsSlot(machine.phase) && !release) release = await ctx.slot(shot.id);
      else if (!holdsSlot(machine.phase) && release) {
        release();
        release = undefined;
      }
      if (isFinal(machine.phase) || !next.command) return outcomeOf(machine);
      event = await execute(ctx, shot, machine, next.command);
    }
  } finally {
    release?.();
    ctx.spend.settled(shot.id);
  }
}

function ledgerStatus(status: TaskStatus): LedgerEntry['status'] {
  return status === 'succeeded' || status === 'expired' || status === 'cancelled' ? status : 'failed';
}

/** The seed the manifest asks for (a final made from a draft sends none: the draft's is reused). */
function askedSeed(shot: ResolvedShot): { seed?: number } {
  return shot.explicit.has('seed') && shot.settings.seed >= 0 && !shot.fromDraft ? { seed: shot.settings.seed } : {};
}

/** A shot this run made or fetched: the records of the shots after it were planned before it was. */
function madeInThisRun(ctx: RunContext, id: string): boolean {
  const action = ctx.plans.get(id)?.action;
  return action !== 'reuse' && action !== 'not-selected';
}

/** The shots it uses were made (or fetched) in this run: plan it again with their records as they are now. */
function replan(ctx: RunContext, shot: ResolvedShot): ShotPlan {
  const upstream = new Map<string, PlannedShot>();
  for (const id of shot.dependsOn) upstream.set(id, { ...(ctx.plans.get(id) as ShotPlan), action: 'reuse', reason: 'made in this run' });
  return planShot({ manifest: ctx.manifest, lock: ctx.lock.data, facts: ctx.facts }, shot, { selected: true, forced: ctx.forced, upstream });
}

function outcomeOf(machine: Machine): ShotOutcome {
  const phase = machine.phase;
  if (phase.kind === 'done') return { kind: phase.outcome, available: true };
  if (phase.kind === 'ended') return { kind: phase.outcome, available: false };
  throw new SeedanceError('internal', `a shot job stopped while ${phase.kind}`);
}

async function perform(ctx: RunContext, shot: ResolvedShot, effect: Effect): Promise<void> {
  switch (effect.kind) {
    case 'lock': {
      // The account a task is sent with goes into the lock (none for a run of one account without a file).
      const { move } = effect;
      const account = move.to === 'submitting' || move.to === 'created' ? ctx.accountOf(shot.id).name : undefined;
      if (account !== undefined && (move.to === 'submitting' || move.to === 'created')) return ctx.lock.transition(shot.id, { ...move, account });
      return ctx.lock.transition(shot.id, move);
    }
    case 'emit':
      return ctx.emit(effect.event);
    case 'drop-stale-task':
      return dropStaleTask(ctx, shot, effect.taskId);
    case 'shot-failed':
      return ctx.shotFailed(effect.error);
    case 'keep':
      return keep(ctx, shot, effect.fingerprint);
  }
}

/** The shot's clip as the lock records it goes into the store; a store that cannot take it only warns. */
async function keep(ctx: RunContext, shot: ResolvedShot, planned: { value: string; parts: Record<string, string> } | undefined): Promise<void> {
  const record = ctx.lock.shot(shot.id);
  const { video, lastFrame } = record?.outputs ?? {};
  if (!ctx.store || record?.status !== 'saved' || record.taskId === undefined || !video || !lastFrame) return;
  const fingerprint = planned?.value ?? record.fingerprint;
  if (ctx.facts.store?.has(fingerprint)) return;
  const inputs = planned?.parts ?? record.inputs;
  const dir = ctx.manifest.output;
  try {
    await ctx.store.put(
      { fingerprint, ...(inputs ? { inputs } : {}), taskId: record.taskId, ...(record.seed !== undefined ? { seed: record.seed } : {}), ...(record.model ? { model: record.model } : {}), ...(record.tokens !== undefined ? { tokens: record.tokens } : {}) },
      { video: join(dir, video.file), lastFrame: join(dir, lastFrame.file) },
      { video, lastFrame },
    );
  } catch (error) {
    ctx.emit({ type: 'warning', shot: shot.id, code: 'store.failed', message: `The clip of ${shot.id} could not be kept in the clip store ${ctx.store.location} (${(error as Error).message}); it is in the output folder and the lock as usual, but a later run cannot restore it from the store.` });
  }
}

/** Carry out a command; whatever it throws becomes an `error` event (a bug is thrown on). */
async function execute(ctx: RunContext, shot: ResolvedShot, machine: Machine, command: Command): Promise<ShotEvent> {
  try {
    return await commandResult(ctx, shot, machine, command);
  } catch (thrown) {
    if (ctx.abort.aborted) return { type: 'error', error: new SeedanceError('interrupted', 'The run was interrupted.', { cause: thrown }) };
    const error = asSeedanceError(thrown);
    if (error.code === 'internal') throw thrown;
    return { type: 'error', error: error.code === 'task.ambiguous' ? settleByHand(ctx, shot, error) : error };
  }
}

async function commandResult(ctx: RunContext, shot: ResolvedShot, machine: Machine, command: Command): Promise<ShotEvent> {
  const signal = { signal: ctx.abort };
  switch (command.kind) {
    case 'prepare': {
      if (machine.phase.kind === 'submitting' && ctx.stopSubmitting.aborted) return { type: 'stopped' };
      if (machine.phase.kind === 'submitting') {
        const over = ctx.spend.admit(shot);
        if (over) {
          ctx.budgetReached(over);
          return { type: 'stopped' };
        }
      }
      const seeded = command.seed === undefined ? shot : { ...shot, settings: { ...shot.settings, seed: command.seed } };
      const asked = withPriority(ctx.manifest, seeded, ctx.priority(shot.id));
      return { type: 'prepared', request: await ctx.inputs.request(asked, ctx.abort) };
    }
    case 'find-lost': {
      const { client } = ctx.accountOf(shot.id);
      const found = await client.findLost(command.request.body, command.since, ctx.claimed(), signal);
      if (found.kind === 'many') throw ambiguousCreate(found.ids);
      if (found.kind !== 'one') return { type: 'not-found' };
      client.claim([found.id]);
      return { type: 'found', taskId: found.id };
    }
    case 'create': {
      const created = await createOnAccount(ctx, shot, command.request.body, signal);
      ctx.billing.tasksCreated++;
      if (created.duplicateRisk) {
        ctx.billing.possibleDuplicates++;
        ctx.billing.possibleDuplicateTokens += ctx.plans.get(shot.id)?.estimatedTokens ?? 0;
      }
      return { type: 'created', taskId: created.id, recovered: created.recovered, duplicateRisk: created.duplicateRisk };
    }
    case 'wait': {
      ctx.watch(command.taskId, shot.id);
      const account = ctx.accountOf(shot.id);
      try {
        const info = await account.poller.wait(command.taskId, { soon: command.resumed });
        // Cancelled by this run: it was queued beyond the running limit when the run stopped.
        if (info.status === 'cancelled' && ctx.withdrawn(command.taskId)) return { type: 'withdrawn', info };
        return { type: 'task-ended', info };
      } catch (error) {
        if (isSeedanceError(error, 'task.vanished')) return { type: 'task-vanished', message: error.message };
        if (account.name !== undefined && isAccountRefusal(error)) throw refusedWhileWaiting(shot, command.taskId, account, error);
        throw error;
      }
    }
    case 'download':
      return download(ctx, shot, command.info);
    case 'restore':
      return restore(ctx, shot, command.fingerprint);
  }
}

/**
 * Create on the shot's account, within its creates a minute. An account whose key is refused
 * (401/403) is set aside and the create goes to another account, until none is left.
 */
async function createOnAccount(ctx: RunContext, shot: ResolvedShot, body: Parameters<RunContext['client']['create']>[0], signal: { signal: AbortSignal }): Promise<Awaited<ReturnType<RunContext['client']['create']>>> {
  for (;;) {
    const account = ctx.accountOf(shot.id);
    await ctx.createPermit(shot.id);
    try {
      return await account.client.create(body, signal);
    } catch (error) {
      const refused = isSeedanceError(error, 'api.http') && (error.status === 401 || error.status === 403);
      if (!refused || ctx.abort.aborted || ctx.stopSubmitting.aborted || !(await ctx.accountRefused(shot.id, error))) throw error;
    }
  }
}

async function restore(ctx: RunContext, shot: ResolvedShot, fingerprint: string): Promise<ShotEvent> {
  const entry = ctx.facts.store?.get(fingerprint);
  if (!ctx.store || !entry) return { type: 'not-restored', message: `The clip store no longer has the entry shot ${shot.id} was to be restored from.` };
  try {
    const { video, lastFrame } = await ctx.store.restore(entry, ctx.manifest.output, { video: `${shot.id}.mp4`, lastFrame: `${shot.id}.last.png` });
    for (const output of [video, lastFrame]) {
      ctx.facts.outputs.set(output.file, { bytes: output.bytes, sha256: output.sha256 });
      await ctx.hashes.remember(output.file, output.sha256);
    }
    return { type: 'restored', entry, video, lastFrame };
  } catch (error) {
    if (isSeedanceError(error, 'store.damaged')) return { type: 'not-restored', message: error.message };
    throw error;
  }
}

async function download(ctx: RunContext, shot: ResolvedShot, info: Extract<Command, { kind: 'download' }>['info']): Promise<ShotEvent> {
  // Live displays want bytes as they arrive; a few events a second are plenty (NDJSON stays small).
  let lastProgress = 0;
  // Bytes and checks wait in queues of their own: a download never waits behind another clip's check.
  const saved = await saveOutputs(ctx.accountOf(shot.id).client, ctx.manifest.output, shot, info, {
    signal: ctx.abort,
    bytes: ctx.downloads,
    cpu: ctx.cpu,
    onProgress: (file, bytes, total) => {
      const now = ctx.clock.now();
      if (now - lastProgress < 250) return;
      lastProgress = now;
      ctx.emit({ type: 'download-progress', shot: shot.id, file, bytes, ...(total !== undefined ? { total } : {}) });
    },
    onWarning: (message) => ctx.emit({ type: 'warning', shot: shot.id, code: 'last-frame.invalid', message }),
    onDownload: (file, phase, record) =>
      phase === 'start'
        ? ctx.emit({ type: 'download-started', shot: shot.id, file })
        : ctx.emit({ type: 'download-finished', shot: shot.id, file, bytes: record?.bytes ?? 0, sha256: record?.sha256 ?? '' }),
  });
  ctx.live.set(shot.id, { info: saved.info, fetchedAt: ctx.clock.now() });
  for (const output of [saved.video, saved.lastFrame]) {
    ctx.facts.outputs.set(output.file, { bytes: output.bytes, sha256: output.sha256 });
    await ctx.hashes.remember(output.file, output.sha256);
  }
  return { type: 'saved', info: saved.info, video: saved.video, lastFrame: saved.lastFrame, seconds: saved.info.duration ?? shot.settings.duration };
}

/** The shot's task is on an account the service now refuses: it stays in the lock, to be asked about again. */
function refusedWhileWaiting(shot: ResolvedShot, taskId: string, account: { name?: string | undefined; keyEnv?: string }, error: SeedanceError): SeedanceError {
  const { reason, todo } = refusalOf({ name: account.name, ...(account.keyEnv !== undefined ? { keyEnv: account.keyEnv } : {}) }, error);
  return new SeedanceError('api.http', `Shot ${shot.id}: its task ${taskId} is on account ${account.name ?? ''}, which the service refused while asking about it: ${reason}.`, {
    ...(error.status !== undefined ? { status: error.status } : {}),
    ...(error.serviceCode !== undefined ? { serviceCode: error.serviceCode } : {}),
    hint: `To get this shot, ${todo}, then run again: the task is asked about again with that account, not paid for twice.`,
    cause: error,
  });
}

/** An ambiguous lost create, told in the shot's own words: which command takes which task. */
function settleByHand(ctx: RunContext, shot: ResolvedShot, error: SeedanceError): SeedanceError {
  const manifest = basename(ctx.manifest.file);
  const adopt = (error.taskIds ?? []).map((id) => `\`seedance adopt ${manifest} ${shot.id} ${id}\``).join(' or ');
  return new SeedanceError('task.ambiguous', `Shot ${shot.id}: ${error.message}`, {
    hint: `Look at the tasks in the provider's console, then take the one that is this shot's with ${adopt}; or make the shot anew with \`seedance run ${manifest} --only ${shot.id} --force\` (a new task, billed).`,
    ...(error.taskIds ? { taskIds: error.taskIds } : {}),
    cause: error,
  });
}

/** The shot changed while a task of its old inputs is at the service: cancel it if still queued. */
async function dropStaleTask(ctx: RunContext, shot: ResolvedShot, taskId: string): Promise<void> {
  let outcome = 'it is still running at the service and will be billed when it finishes';
  const { client } = ctx.accountOf(shot.id);
  if (client.wire.cancelPath) {
    try {
      await client.cancel(taskId, { signal: ctx.abort });
      outcome = 'it was still queued and has been cancelled';
    } catch {
      // Running tasks cannot be cancelled; the warning below says so.
    }
  }
  ctx.emit({ type: 'warning', shot: shot.id, code: 'stale-task', message: `Shot ${shot.id} changed since task ${taskId} was submitted for it; ${outcome}. Its result will not be used.` });
}
