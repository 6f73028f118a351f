// Where each shot stands, as the shot planner sees it from the manifest, the lock and the files
// on disk (no network): the plan a run would follow, put in the words `seedance status` and the
// HTML report use. Both show exactly what `seedance run` would do.
import type { ShotAction } from '../core/events.js';
import type { ResolvedConcat, ResolvedManifest } from '../manifest/types.js';
import { planShots, type ShotPlan } from '../plan/planner.js';
import { FileHashes, gatherFacts, hasFile } from '../state/facts.js';
import type { LockFile, ShotLock } from '../state/lock.js';
import { openStore, storeLocationFor } from '../state/open-store.js';
import type { ClipStore } from '../state/store.js';

export type ShotStateKind = 'fresh' | 'stale' | 'in-flight' | 'failed' | 'blocked' | 'never-made';

export interface ShotState {
  id: string;
  kind: ShotStateKind;
  /** What the next `seedance run` does with the shot, and why (the planner's words). */
  action: ShotAction;
  reason: string;
  /** The lock's record, when there is one. */
  record?: Readonly<ShotLock>;
}

/** The states of every shot, in manifest order. `store`: the clip store a run would restore from (default: the manifest's, by process.env). */
export async function shotStates(manifest: ResolvedManifest, lock: Readonly<LockFile>, hashes = new FileHashes(), store: ClipStore = openStore(storeLocationFor(manifest, process.env), process.env)): Promise<ShotState[]> {
  const facts = await gatherFacts(manifest, lock, hashes, undefined, store);
  const plans = new Map(planShots({ manifest, lock, facts }).map((plan) => [plan.id, plan]));
  return manifest.shots.map((shot) => stateOf(plans.get(shot.id) as ShotPlan, lock.shots[shot.id]));
}

function stateOf(plan: ShotPlan, record: Readonly<ShotLock> | undefined): ShotState {
  const base = { id: plan.id, action: plan.action, reason: plan.reason, ...(record ? { record } : {}) };
  return { ...base, kind: kindOf(plan, record) };
}

function kindOf(plan: ShotPlan, record: Readonly<ShotLock> | undefined): ShotStateKind {
  switch (plan.action) {
    case 'reuse':
    case 'not-selected':
      return 'fresh';
    case 'resume':
      return 'in-flight';
    case 'blocked':
      return 'blocked';
    case 'refetch':
    case 'restore':
      return 'stale';
    case 'submit':
      if (!record) return 'never-made';
      if ((record.status === 'failed' || record.status === 'cancelled') && !plan.changed && !plan.waitsFor && plan.reason !== 'forced') return 'failed';
      return 'stale';
  }
}

/** One phrase for a state, as `status` and the report print it. */
export function describeState(state: ShotState): string {
  switch (state.kind) {
    case 'fresh':
      return 'fresh';
    case 'in-flight':
      return state.record?.taskId ? `in flight: task ${state.record.taskId}` : 'in flight: a create was sent, its answer not recorded';
    case 'failed': {
      const error = state.record?.error;
      return `${state.record?.status ?? 'failed'}${error ? `: ${error.code}` : ''}`;
    }
    case 'never-made':
      return 'never made';
    case 'blocked':
      return `blocked: ${state.reason}`;
    case 'stale':
      return state.action === 'refetch' ? `files missing: ${state.reason}` : state.action === 'restore' ? `in the store: ${state.reason}` : `stale: ${state.reason}`;
  }
}

/** The film's shots that are not fresh: a film on disk was joined from older clips of these. */
export function staleFilmShots(concat: ResolvedConcat, states: readonly ShotState[]): string[] {
  return concat.shots.filter((id) => states.find((s) => s.id === id)?.kind !== 'fresh');
}

/** The film the lock records is on disk, whole. */
export async function filmOnDisk(concat: ResolvedConcat, lock: Readonly<LockFile>): Promise<boolean> {
  return lock.concat !== undefined && (await hasFile(concat.output, lock.concat.output.bytes));
}
