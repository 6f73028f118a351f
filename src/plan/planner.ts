// The shot planner: for every shot, what a run does with it and why, from the manifest, the lock
// and facts gathered before (state/facts.ts). Pure and synchronous: `seedance run`, `status`,
// `plan` and the HTML report all show its answer, so they can never disagree.
import { SeedanceError } from '../core/errors.js';
import { money, type Money } from '../core/money.js';
import { shotCost } from '../pricing/cost.js';
import type { PlannedShot } from '../core/events.js';
import { listOr } from '../manifest/describe.js';
import { shotMedia } from '../manifest/shot-media.js';
import type { ResolvedManifest, ResolvedShot } from '../manifest/types.js';
import type { Facts } from '../state/facts.js';
import type { LockFile, ShotLock } from '../state/lock.js';
import { wireFormat } from '../wire/index.js';
import { dagOrder } from './dag.js';
import { changedParts, fingerprintShot, type Fingerprint } from './fingerprint.js';
import { estimateShotTokens } from './tokens.js';

export interface ShotPlan extends PlannedShot {
  /** Known unless the shot waits for an upstream shot that is made first, or is blocked. */
  fingerprint?: Fingerprint;
  /** Upstream shots made first: the shot is planned again once they are done (a deterministic
   * service may give the same output, and then the shot is fresh after all). */
  waitsFor?: string[];
  /** Blocked by these upstream shots (absent when blocked by an unreadable file). */
  blockedBy?: string[];
  /** A task of the shot's old inputs still at the service: its result will not be used. */
  staleTask?: string;
  /** For `resume` of a create whose answer was lost: when it was sent (Unix seconds). */
  lostCreateSince?: number;
  /** For `restore`: the shot's own finished task, to fetch from should the store's copy be unusable. */
  refetchTask?: string;
}

export interface PlanOptions {
  /** `--only`: these shots, plus the upstream shots they need that are not made. */
  only?: readonly string[];
  /** `--force`: make the selected shots again even when fresh. */
  force?: boolean;
}

/** What the planner reads: the lock's records and the facts, nothing else. */
export interface PlanInput {
  manifest: ResolvedManifest;
  lock: Readonly<LockFile>;
  facts: Pick<Facts, 'files' | 'unreadable' | 'outputs' | 'store'>;
}

/** Every shot's plan, in the order shots can run (each after the shots it uses). */
export function planShots(input: PlanInput, options: PlanOptions = {}): ShotPlan[] {
  const selected = selectShots(input, options.only, options.force === true);
  const plans = new Map<string, ShotPlan>();
  for (const shot of dagOrder(input.manifest.shots)) {
    plans.set(shot.id, planShot(input, shot, { selected: selected.has(shot.id), forced: options.force === true && selected.has(shot.id), upstream: plans }));
  }
  return [...plans.values()];
}

/**
 * One shot's plan, given the plans of the shots it uses. The runner calls this again for a shot
 * whose upstream shots were made during the run, with the lock as it is then.
 */
export function planShot(input: PlanInput, shot: ResolvedShot, context: { selected: boolean; forced: boolean; upstream: ReadonlyMap<string, PlannedShot> }): ShotPlan {
  const { manifest, lock, facts } = input;
  const record = lock.shots[shot.id];
  const tokens = estimateShotTokens(shot, shotsById(manifest)).tokens;
  const base = {
    id: shot.id,
    dependsOn: [...shot.dependsOn],
    estimatedTokens: tokens,
    ...estimatedCost(manifest, shot, tokens),
    ...(shot.prompt !== undefined ? { prompt: shot.prompt } : {}),
  };
  const free = { ...base, estimatedTokens: 0, ...estimatedCost(manifest, shot, 0) };
  const withTask = record?.taskId !== undefined ? { taskId: record.taskId } : {};
  if (!context.selected) return { ...free, action: 'not-selected', reason: 'not selected by --only', ...withTask };

  const upstream = (action: PlannedShot['action']): string[] => shot.dependsOn.filter((id) => context.upstream.get(id)?.action === action);
  const blocked = upstream('blocked');
  if (blocked.length > 0) return { ...free, action: 'blocked', reason: `upstream ${listOr(blocked)} cannot be made`, blockedBy: blocked };
  const first = [...upstream('submit'), ...upstream('resume')];
  if (first.length > 0) {
    return { ...base, action: 'submit', reason: `upstream ${first.join(', ')} ${first.length === 1 ? 'is' : 'are'} made first`, waitsFor: first };
  }
  // A finished task whose files were never saved: its output, part of this shot's inputs, is known
  // only once they are fetched.
  const unsaved = upstream('refetch').filter((id) => lock.shots[id]?.status !== 'saved');
  if (unsaved.length > 0) {
    return { ...base, action: 'submit', reason: `upstream ${unsaved.map((id) => `${id}'s`).join(', ')} files are fetched first`, waitsFor: unsaved };
  }
  const unreadable = shotMedia(shot).flatMap(({ source }) => (source.kind === 'file' && facts.unreadable.has(source.path) ? [source] : []));
  if (unreadable.length > 0) {
    const [file] = unreadable as [Extract<(typeof unreadable)[number], { kind: 'file' }>];
    return { ...free, action: 'blocked', reason: `cannot read ${file.relative} (${facts.unreadable.get(file.path) ?? 'unreadable'})` };
  }

  const fingerprint = fingerprintShot(manifest, shot, (id) => lock.shots[id], (path) => facts.files.get(path));
  const stale = record?.status === 'created' && record.taskId !== undefined ? { staleTask: record.taskId } : {};
  const stored = facts.store?.get(fingerprint.value);
  // Made before from these very inputs (by this manifest or another that shares the store): no API call.
  const restore = (why: string, changed?: string[]): ShotPlan | undefined =>
    stored && { ...free, action: 'restore', reason: `${why}; made before as task ${stored.taskId}: restored from the clip store`, fingerprint, taskId: stored.taskId, ...stale, ...(changed && changed.length > 0 ? { changed } : {}) };
  const submit = (reason: string, changed?: string[]): ShotPlan => restore(reason, changed) ?? { ...base, action: 'submit', reason, fingerprint, ...stale, ...(changed && changed.length > 0 ? { changed } : {}) };
  if (context.forced) return { ...base, action: 'submit', reason: 'forced', fingerprint, ...stale };
  if (!record) return submit('new');
  if (!sameInputs(record, fingerprint, shot)) {
    const changed = changedInputs(record, fingerprint);
    return submit(changed.length > 0 ? `${changed.join(', ')} changed` : 'inputs changed', changed);
  }
  const task = record.taskId;
  switch (record.status) {
    case 'submitting':
      if (wireFormat(manifest.api).list && record.submittedAt !== undefined) {
        return { ...base, action: 'resume', reason: 'a create was sent but its answer was never recorded: the service\'s recent tasks are searched before anything is sent again', fingerprint, lostCreateSince: record.submittedAt };
      }
      return submit('a create was sent but its answer was never recorded, and this format cannot look tasks up: sent again (a duplicate may be billed)');
    case 'created':
      if (task === undefined) return submit('its task id was never recorded');
      return { ...base, action: 'resume', reason: `task ${task} is at the service`, fingerprint, taskId: task };
    case 'succeeded':
    case 'saved': {
      if (isMade(input, shot.id)) return { ...free, action: 'reuse', reason: 'fresh', fingerprint, ...(task ? { taskId: task } : {}) };
      if (task === undefined) return submit('its files are missing and its task id was never recorded');
      const video = record.outputs?.video;
      const missing = record.status !== 'saved' ? undefined : video && facts.outputs.has(video.file) ? 'its video file differs from the one recorded (damaged or replaced)' : 'its video file is missing';
      const kept = missing ? restore(missing) : undefined;
      if (kept) return { ...kept, refetchTask: task };
      const why = missing ? `${missing}; fetched again from task ${task} without paying` : `task ${task} finished; its files are fetched without paying again`;
      return { ...free, action: 'refetch', reason: why, fingerprint, taskId: task };
    }
    case 'failed':
      return submit(`its last task ${record.error?.code === 'Expired' ? 'expired' : `failed${record.error ? ` (${record.error.code})` : ''}`}`);
    case 'cancelled':
      return submit('its last task was cancelled');
  }
}

/** With a price table, the cost of `tokens` of the shot (nothing when the table has no price for it). */
function estimatedCost(manifest: ResolvedManifest, shot: ResolvedShot, tokens: number): { estimatedCost?: Money } {
  if (!manifest.pricing) return {};
  const cost = tokens === 0 ? money(0, manifest.pricing.currency) : shotCost(manifest.pricing, shot, tokens);
  return cost ? { estimatedCost: cost } : {};
}

const byIdCache = new WeakMap<ResolvedManifest, ReadonlyMap<string, ResolvedShot>>();
function shotsById(manifest: ResolvedManifest): ReadonlyMap<string, ResolvedShot> {
  let byId = byIdCache.get(manifest);
  if (!byId) byIdCache.set(manifest, (byId = new Map(manifest.shots.map((s) => [s.id, s]))));
  return byId;
}

/**
 * Whether a record answers the shot's inputs. Seed equivalence: a shot whose manifest seed is the
 * seed its task actually used asks for what was made, so `seedance pin` changes nothing.
 */
function sameInputs(record: Readonly<ShotLock>, fingerprint: Fingerprint, shot: ResolvedShot): boolean {
  return [fingerprint, ...(fingerprint.legacy ? [fingerprint.legacy] : [])].some((f) => {
    if (record.fingerprint === f.value) return true;
    if (record.seed === undefined || !shot.explicit.has('seed') || shot.settings.seed !== record.seed) return false;
    const changed = changedParts(record.inputs, f.parts);
    return changed.length === 1 && changed[0] === 'seed';
  });
}

/** What differs from the record's inputs (against the older style of fingerprint where that says less). */
function changedInputs(record: Readonly<ShotLock>, fingerprint: Fingerprint): string[] {
  const now = changedParts(record.inputs, fingerprint.parts);
  const before = fingerprint.legacy ? changedParts(record.inputs, fingerprint.legacy.parts) : now;
  return before.length < now.length ? before : now;
}

/** A shot made and on disk: a shot selected with --only uses it as it is. */
export function isMade(input: Pick<PlanInput, 'lock' | 'facts'>, id: string): boolean {
  const record = input.lock.shots[id];
  const video = record?.outputs?.video;
  const onDisk = video ? input.facts.outputs.get(video.file) : undefined;
  return record?.status === 'saved' && video !== undefined && onDisk?.bytes === video.bytes && onDisk.sha256 === video.sha256;
}

/**
 * The shots to run: all of them, or those named by --only plus every upstream shot they need that
 * is not made (a made upstream shot is used as it is, even if its inputs changed since).
 */
function selectShots(input: PlanInput, only: readonly string[] | undefined, force: boolean): Set<string> {
  const shots = input.manifest.shots;
  const ids = new Set(shots.map((s) => s.id));
  if (!only || only.length === 0) return ids;
  const unknown = only.filter((id) => !ids.has(id));
  if (unknown.length > 0) {
    throw new SeedanceError('usage', `--only names ${unknown.length === 1 ? 'a shot' : 'shots'} the manifest does not have: ${unknown.join(', ')}.`, {
      hint: `The manifest's shots are: ${[...ids].join(', ')}.`,
    });
  }
  const byId = new Map(shots.map((s) => [s.id, s]));
  const selected = new Set<string>();
  /** Upstream shots taken in that --only did not name, and the named shot that needs each. */
  const pulledIn = new Map<string, string>();
  const visit = (id: string, named: string | undefined): void => {
    if (selected.has(id) || (named !== undefined && isMade(input, id))) return;
    selected.add(id);
    if (named !== undefined && !only.includes(id)) pulledIn.set(id, named);
    for (const dep of byId.get(id)?.dependsOn ?? []) visit(dep, named ?? id);
  };
  for (const id of only) visit(id, undefined);
  // --force makes again what --only names, and nothing else: an upstream shot that is not made would
  // be made (and paid for) too, unasked.
  if (force && pulledIn.size > 0) {
    const missing = [...pulledIn.keys()];
    const needers = [...new Set(pulledIn.values())];
    const both = [...missing, ...only.filter((id) => !missing.includes(id))].join(',');
    throw new SeedanceError(
      'usage',
      `${listAnd(needers)} ${needers.length === 1 ? 'uses' : 'use'} ${listAnd(missing)}, which ${missing.length === 1 ? 'is' : 'are'} not made yet: ${listAnd(missing)} must be made first, and --force makes only the shots --only names.`,
      { hint: `Name ${missing.length === 1 ? 'it' : 'them'} too (\`--only ${both} --force\` makes them all anew), or drop --force (${listAnd(missing)} ${missing.length === 1 ? 'is' : 'are'} then made first, and ${listAnd(needers)} after).` },
    );
  }
  return selected;
}

function listAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
