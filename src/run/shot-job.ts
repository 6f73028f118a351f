// One shot's life in a run: wait for the shots it uses, decide (reuse, resume, submit), hold a
// concurrency slot only while its task is at the service, then fetch and record its files.
import { isSeedanceError, SeedanceError } from '../core/errors.js';
import { findLostTask } from '../api/recover.js';
import type { TaskInfo } from '../api/index.js';
import type { ResolvedShot } from '../manifest/types.js';
import type { ShotLock } from '../state/lock.js';
import type { RunContext, ShotOutcome } from './context.js';
import { freshness, type Freshness } from './decide.js';
import { fingerprintShot, type Fingerprint } from './fingerprint.js';
import { saveOutputs } from './outputs.js';
import { asSeedanceError } from '../core/fs-errors.js';

/** Content-policy refusals are never resubmitted: the same inputs would be refused again. */
function isPolicyRefusal(code: string | undefined): boolean {
  return code !== undefined && (code.includes('Sensitive') || code.includes('PrivacyInformation') || code.includes('Policy'));
}

export async function runShot(ctx: RunContext, shot: ResolvedShot): Promise<ShotOutcome> {
  const deps = await Promise.all(shot.dependsOn.map(async (id) => [id, await ctx.outcome(id)] as const));
  const missing = deps.filter(([, outcome]) => !outcome.available).map(([id]) => id);
  if (missing.length > 0) {
    if (!ctx.selected.has(shot.id)) return { kind: 'not-selected', available: false };
    ctx.emit({ type: 'shot-skipped', shot: shot.id, because: missing });
    return { kind: 'skipped', available: false };
  }
  const record = ctx.lock.shot(shot.id);
  const { fingerprint, state } = ctx.checked.get(shot.id) ?? (await check(ctx, shot, record));
  if (!ctx.selected.has(shot.id)) return { kind: 'not-selected', available: state.fresh };
  if (state.fresh && !ctx.forced.has(shot.id)) {
    ctx.emit({ type: 'shot-reused', shot: shot.id, ...(record?.taskId ? { taskId: record.taskId } : {}), ...(record?.seed !== undefined ? { seed: record.seed } : {}) });
    return { kind: 'reused', available: true };
  }
  try {
    return await makeShot(ctx, shot, fingerprint, record);
  } catch (error) {
    if (ctx.abort.aborted) return { kind: 'stopped', available: false };
    return fail(ctx, shot, error, record?.taskId);
  }
}

async function check(ctx: RunContext, shot: ResolvedShot, record: Readonly<ShotLock> | undefined): Promise<{ fingerprint: Fingerprint; state: Freshness }> {
  const fingerprint = await fingerprintShot(ctx.manifest, shot, (id) => ctx.lock.shot(id), ctx.files);
  return { fingerprint, state: await freshness(record, fingerprint, ctx.manifest.output) };
}

async function makeShot(ctx: RunContext, shot: ResolvedShot, fingerprint: Fingerprint, record: Readonly<ShotLock> | undefined): Promise<ShotOutcome> {
  const sameInputs = record?.fingerprint === fingerprint.value && !ctx.forced.has(shot.id);
  if (!sameInputs) await dropStaleTask(ctx, shot, record);
  let taskId = sameInputs ? await pendingTask(ctx, shot, record) : undefined;
  // A finished task whose files are missing: fetch them again instead of paying again.
  const refetch = !taskId && sameInputs && record?.status === 'succeeded' && record.taskId !== undefined;
  if (refetch) taskId = record.taskId;
  let resubmits = 0;
  for (let attempt = 1; ; attempt++) {
    let info: TaskInfo;
    // Decided while the slot is still held, so --fail-fast stops the next submission in time.
    const settle = (done: TaskInfo): TaskInfo => {
      if (done.status !== 'succeeded' && !willResubmit(shot, done, attempt, resubmits)) ctx.failed();
      return done;
    };
    try {
      info = taskId ? await ctx.slot(shot.id, async () => settle(await waitFor(ctx, shot, taskId as string, true))) : await submitAndWait(ctx, shot, fingerprint, attempt, settle);
    } catch (error) {
      if (!isSeedanceError(error, 'task.vanished') || resubmits > 0) throw error;
      ctx.emit({ type: 'warning', shot: shot.id, code: 'task.vanished', message: `${error.message} Submitting the shot anew.` });
      resubmits++;
      taskId = undefined;
      continue;
    }
    taskId = undefined;
    if (info.status === 'succeeded') return finish(ctx, shot, info, !(refetch && attempt === 1));
    const code = info.error?.code ?? (info.status === 'expired' ? 'Expired' : info.status === 'cancelled' ? 'Cancelled' : 'Unknown');
    await ctx.lock.patchShot(shot.id, { status: info.status, error: { code, message: info.error?.message ?? `the task ended ${info.status}` } });
    const failure = taskFailure(shot, info, code);
    if (!willResubmit(shot, info, attempt, resubmits) || ctx.stopSubmitting.aborted) throw failure;
    if (info.status === 'expired') resubmits++;
    ctx.emit({ type: 'shot-failed', shot: shot.id, taskId: info.id, code: failure.code, serviceCode: code, message: failure.message, ...(failure.hint ? { hint: failure.hint } : {}), willRetry: true });
  }
}

/** An expired task is submitted anew once; a failed one as often as `retries` allows, unless refused by policy. */
function willResubmit(shot: ResolvedShot, info: TaskInfo, attempt: number, resubmits: number): boolean {
  if (info.status === 'expired') return resubmits === 0;
  return info.status === 'failed' && attempt <= shot.retries && !isPolicyRefusal(info.error?.code);
}

/** The shot's inputs changed while its old task is still at the service: cancel it if still queued. */
async function dropStaleTask(ctx: RunContext, shot: ResolvedShot, record: Readonly<ShotLock> | undefined): Promise<void> {
  if (!record?.taskId || (record.status !== 'queued' && record.status !== 'running')) return;
  let outcome = 'it is still running at the service and will be billed when it finishes';
  if (ctx.manifest.api === 'native') {
    try {
      await ctx.client.cancel(record.taskId, { signal: ctx.abort });
      outcome = 'it was still queued and has been cancelled';
    } catch {
      // Running tasks cannot be cancelled; the warning below says so.
    }
  }
  ctx.emit({ type: 'warning', shot: shot.id, code: 'stale-task', message: `Shot ${shot.id} changed since task ${record.taskId} was submitted for it; ${outcome}. Its result will not be used.` });
}

/** A task of this shot that is already at the service (or may be): its id, so it is polled, not paid again. */
async function pendingTask(ctx: RunContext, shot: ResolvedShot, record: Readonly<ShotLock> | undefined): Promise<string | undefined> {
  if (!record) return undefined;
  if ((record.status === 'queued' || record.status === 'running') && record.taskId) {
    ctx.emit({ type: 'shot-resumed', shot: shot.id, taskId: record.taskId });
    return record.taskId;
  }
  if (record.status !== 'submitting' || record.submittedAt === undefined) return undefined;
  if (ctx.manifest.api !== 'native') {
    ctx.emit({ type: 'warning', shot: shot.id, code: 'duplicate-risk', message: `The last run stopped while creating a task for shot ${shot.id}, before the service's answer was recorded; the OpenAI-compatible format cannot list tasks, so it is submitted again and a duplicate may be billed.` });
    return undefined;
  }
  // The last run crashed between sending a create and recording its answer: look for that task.
  const body = (await ctx.inputs.request(shot, ctx.abort)).body;
  const found = findLostTask(body, await ctx.client.listSince(record.submittedAt - 5, { signal: ctx.abort }), ctx.claimed());
  if (found.kind !== 'one') {
    if (found.kind === 'many') ctx.emit({ type: 'warning', shot: shot.id, code: 'duplicate-risk', message: `The last run may have created a task for shot ${shot.id} whose id was never recorded; ${found.count} recent tasks match and cannot be told apart, so it is submitted again.` });
    return undefined;
  }
  ctx.client.claim([found.id]);
  await ctx.lock.patchShot(shot.id, { taskId: found.id, status: 'queued' }, ['submittedAt']);
  ctx.emit({ type: 'shot-resumed', shot: shot.id, taskId: found.id });
  return found.id;
}

async function submitAndWait(ctx: RunContext, shot: ResolvedShot, fingerprint: Fingerprint, attempt: number, settle: (info: TaskInfo) => TaskInfo): Promise<TaskInfo> {
  return ctx.slot(shot.id, () => submitAndWaitInSlot(ctx, shot, fingerprint, attempt, settle).catch((error: unknown) => {
    // Decided before the slot is released, so no other shot is submitted in between.
    if (!isSeedanceError(error, 'interrupted')) stopIfSystemic(ctx, error);
    throw error;
  }));
}

/** After a shot failed: --fail-fast stops the run; so does a refused key or account, which refuses every shot alike. */
function stopIfSystemic(ctx: RunContext, error: unknown): void {
  ctx.failed();
  if (isSeedanceError(error, 'api.http') && (error.status === 401 || error.status === 403)) {
    ctx.halt(`the service refused the ${error.status === 401 ? 'API key' : 'account'} (HTTP ${error.status}): no further task is submitted`);
  }
}

async function submitAndWaitInSlot(ctx: RunContext, shot: ResolvedShot, fingerprint: Fingerprint, attempt: number, settle: (info: TaskInfo) => TaskInfo): Promise<TaskInfo> {
  if (ctx.stopSubmitting.aborted) throw new SeedanceError('interrupted', 'Not submitted: the run is stopping.');
  const request = await ctx.inputs.request(shot, ctx.abort);
  ctx.emit({ type: 'shot-submitting', shot: shot.id, attempt });
  await ctx.lock.setShot(shot.id, { fingerprint: fingerprint.value, inputs: fingerprint.parts, status: 'submitting', submittedAt: Math.floor(Date.now() / 1000) });
  const created = await ctx.client.create(request.body, { signal: ctx.abort }).catch(async (error: unknown) => {
    // Refused outright (4xx): surely nothing was created, so nothing is left to look for next time.
    if (isSeedanceError(error, 'api.http') && error.status !== undefined && error.status < 500) {
      await ctx.lock.patchShot(shot.id, { status: 'failed', error: { code: error.serviceCode ?? `HTTP ${error.status}`, message: error.message } }, ['submittedAt']);
    }
    throw error;
  });
  await ctx.lock.patchShot(shot.id, { taskId: created.id, status: 'queued', ...(created.duplicateRisk ? { duplicateRisk: true } : {}) }, ['submittedAt']);
  ctx.emit({ type: 'shot-submitted', shot: shot.id, taskId: created.id, attempt, recovered: created.recovered });
  if (created.duplicateRisk) {
    ctx.emit({ type: 'warning', shot: shot.id, code: 'duplicate-risk', message: `An earlier attempt to create shot ${shot.id} lost its answer; a duplicate task (billed) could not be ruled out.` });
  }
  return settle(await waitFor(ctx, shot, created.id, false));
}

async function waitFor(ctx: RunContext, shot: ResolvedShot, taskId: string, resumed: boolean): Promise<TaskInfo> {
  ctx.watch(taskId, shot.id);
  const info = await ctx.poller.wait(taskId, { soon: resumed });
  return info;
}

/** `billedNow`: the task finished in this run (not a re-download of one finished before). */
async function finish(ctx: RunContext, shot: ResolvedShot, info: TaskInfo, billedNow: boolean): Promise<ShotOutcome> {
  await ctx.lock.patchShot(
    shot.id,
    {
      status: 'succeeded',
      taskId: info.id,
      ...(info.seed !== undefined ? { seed: info.seed } : {}),
      ...(info.model !== undefined ? { model: info.model } : {}),
      ...(info.tokens !== undefined ? { tokens: info.tokens } : {}),
    },
    ['error', 'outputs'],
  );
  ctx.emit({ type: 'shot-succeeded', shot: shot.id, taskId: info.id, ...(info.seed !== undefined ? { seed: info.seed } : {}), ...(info.model ? { model: info.model } : {}), ...(info.tokens !== undefined ? { tokens: info.tokens } : {}) });
  if (billedNow) ctx.tokens += info.tokens ?? 0;
  // Live displays want bytes as they arrive; a few events a second are plenty (NDJSON stays small).
  let lastProgress = 0;
  const saved = await ctx.downloads(() =>
    saveOutputs(ctx.client, ctx.manifest.output, shot, info, {
      signal: ctx.abort,
      onProgress: (file, bytes, total) => {
        const now = Date.now();
        if (now - lastProgress < 250) return;
        lastProgress = now;
        ctx.emit({ type: 'download-progress', shot: shot.id, file, bytes, ...(total !== undefined ? { total } : {}) });
      },
      onDownload: (file, phase, record) =>
        phase === 'start'
          ? ctx.emit({ type: 'download-started', shot: shot.id, file })
          : ctx.emit({ type: 'download-finished', shot: shot.id, file, bytes: record?.bytes ?? 0, sha256: record?.sha256 ?? '' }),
    }),
  );
  ctx.live.set(shot.id, { info: saved.info, fetchedAt: Date.now() });
  await ctx.lock.patchShot(shot.id, { outputs: { video: saved.video, lastFrame: saved.lastFrame } });
  ctx.emit({ type: 'shot-done', shot: shot.id, video: saved.video.file, lastFrame: saved.lastFrame.file, seconds: saved.info.duration ?? shot.settings.duration });
  return { kind: 'made', available: true };
}

function taskFailure(shot: ResolvedShot, info: TaskInfo, code: string): SeedanceError {
  if (info.status === 'expired') {
    return new SeedanceError('task.expired', `Shot ${shot.id}: task ${info.id} expired at the service before it was made (it waited longer than execution_expires_after allows, which happens when the service is very busy); expired tasks are not billed.`, {
      serviceCode: code,
      hint: 'Run again later: the shot is submitted anew. If the service stays this busy, raise `execution_expires_after:` on the shot (up to 259200 s).',
    });
  }
  if (isPolicyRefusal(code)) {
    return new SeedanceError('task.failed', `Shot ${shot.id}: the service refused the video under its content policy (${code}); refused tasks are not billed, and the same request would be refused again, so it was not retried.`, {
      serviceCode: code,
      hint: 'Change the prompt or the reference media of this shot (for example real human faces, brands, violence), then run again.',
    });
  }
  const said = info.error?.message ? `: ${info.error.message.trim().replace(/[.\s]+$/, '')}` : '';
  return new SeedanceError('task.failed', `Shot ${shot.id}: task ${info.id} ended ${info.status} at the service (${code}${said}).`, {
    serviceCode: code,
    hint: shot.retries > 0
      ? `It was submitted ${shot.retries + 1} times (\`retries: ${shot.retries}\`) and failed each time; run again to try once more, and change the shot if it keeps failing.`
      : 'Run again to try once more (only this shot and the shots after it are made), or set `retries:` on the shot to resubmit automatically.',
  });
}

async function fail(ctx: RunContext, shot: ResolvedShot, error: unknown, taskId: string | undefined): Promise<ShotOutcome> {
  if (isSeedanceError(error, 'interrupted') && ctx.stopSubmitting.aborted) return { kind: 'stopped', available: false };
  const e = asSeedanceError(error);
  if (e.code === 'internal') throw error;
  ctx.emit({
    type: 'shot-failed',
    shot: shot.id,
    ...(taskId ? { taskId } : {}),
    code: e.code,
    ...(e.serviceCode ? { serviceCode: e.serviceCode } : {}),
    message: e.message,
    ...(e.hint ? { hint: e.hint } : {}),
    willRetry: false,
  });
  stopIfSystemic(ctx, e);
  return { kind: 'failed', available: false };
}
