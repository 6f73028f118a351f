// Where each shot stands, from the manifest and the lock alone (no network): fresh, stale and why,
// in flight with its task id, failed with the service's code, or never made. `seedance status`
// prints it and the HTML report shows it on every card.
import type { ResolvedConcat, ResolvedManifest, ResolvedShot } from '../manifest/types.js';
import { dagOrder } from '../plan/index.js';
import { freshness, hasFile } from '../run/decide.js';
import { FileHashes, fingerprintShot } from '../run/fingerprint.js';
import type { LockFile, ShotLock } from '../state/lock.js';

export type ShotStateKind = 'fresh' | 'stale' | 'in-flight' | 'failed' | 'never-made';

export interface ShotState {
  id: string;
  kind: ShotStateKind;
  /** In words: "prompt, seed changed", "upstream wake-up is not fresh", "running at the service"... */
  reason?: string;
  /** The lock's record, when there is one. */
  record?: Readonly<ShotLock>;
}

/** The states of every shot, in manifest order. */
export async function shotStates(manifest: ResolvedManifest, lock: Readonly<LockFile>, files = new FileHashes()): Promise<ShotState[]> {
  const states = new Map<string, ShotState>();
  for (const shot of dagOrder(manifest.shots)) states.set(shot.id, await stateOf(manifest, shot, lock, states, files));
  return manifest.shots.map((s) => states.get(s.id) as ShotState);
}

async function stateOf(manifest: ResolvedManifest, shot: ResolvedShot, lock: Readonly<LockFile>, known: ReadonlyMap<string, ShotState>, files: FileHashes): Promise<ShotState> {
  const record = lock.shots[shot.id];
  if (!record) return { id: shot.id, kind: 'never-made' };
  const base = { id: shot.id, record };
  switch (record.status) {
    case 'submitting':
      return { ...base, kind: 'in-flight', reason: 'a create was sent but its answer was never recorded; the next run looks the task up before sending again' };
    case 'queued':
    case 'running':
      return { ...base, kind: 'in-flight', reason: `${record.status} at the service when last seen` };
    case 'failed':
    case 'expired':
    case 'cancelled':
      return { ...base, kind: 'failed', reason: record.status === 'failed' ? 'failed' : record.status };
    case 'succeeded':
      break;
  }
  // A shot is only as fresh as the shots it uses: one of them made again changes its input.
  const staleUpstream = shot.dependsOn.filter((id) => known.get(id)?.kind !== 'fresh');
  if (staleUpstream.length > 0) {
    return { ...base, kind: 'stale', reason: `upstream ${staleUpstream.join(', ')} ${staleUpstream.length === 1 ? 'is' : 'are'} not fresh` };
  }
  let fresh;
  try {
    const fingerprint = await fingerprintShot(manifest, shot, (id) => lock.shots[id], files);
    fresh = await freshness(record, fingerprint, manifest.output);
  } catch (error) {
    return { ...base, kind: 'stale', reason: `an input cannot be read (${(error as Error).message})` };
  }
  return fresh.fresh ? { ...base, kind: 'fresh' } : { ...base, kind: 'stale', reason: fresh.reason };
}

/** One phrase for a state, as `status` and the report print it. */
export function describeState(state: ShotState): string {
  switch (state.kind) {
    case 'fresh':
      return 'fresh';
    case 'stale':
      return `stale: ${state.reason ?? 'inputs changed'}`;
    case 'in-flight':
      return `in flight: task ${state.record?.taskId ?? '(id not recorded)'}${state.record?.status === 'submitting' ? ', answer not recorded' : ''}`;
    case 'failed': {
      const error = state.record?.error;
      return `${state.record?.status ?? 'failed'}${error ? `: ${error.code}` : ''}`;
    }
    case 'never-made':
      return 'never made';
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
