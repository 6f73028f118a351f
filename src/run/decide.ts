// Which shots a run makes, and why: pure decisions from the manifest, the lock and the options.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SeedanceError } from '../core/errors.js';
import type { ResolvedManifest } from '../manifest/types.js';
import type { ShotLock } from '../state/lock.js';
import { changedParts, type Fingerprint } from './fingerprint.js';

/**
 * The shots to run: all of them, or those named by --only plus every upstream shot they need that
 * was never made (a made upstream shot is used as it is, even if its inputs changed since).
 */
export function selectShots(manifest: ResolvedManifest, only: readonly string[] | undefined, lockShot: (id: string) => ShotLock | undefined): Set<string> {
  const ids = new Set(manifest.shots.map((s) => s.id));
  if (!only || only.length === 0) return ids;
  const unknown = only.filter((id) => !ids.has(id));
  if (unknown.length > 0) {
    throw new SeedanceError('usage', `--only names ${unknown.length === 1 ? 'a shot' : 'shots'} the manifest does not have: ${unknown.join(', ')}.`, {
      hint: `The manifest's shots are: ${[...ids].join(', ')}.`,
    });
  }
  const byId = new Map(manifest.shots.map((s) => [s.id, s]));
  const selected = new Set<string>();
  const visit = (id: string, named: boolean): void => {
    if (selected.has(id)) return;
    if (!named && lockShot(id)?.status === 'succeeded') return;
    selected.add(id);
    for (const dep of byId.get(id)?.dependsOn ?? []) visit(dep, false);
  };
  for (const id of only) visit(id, true);
  return selected;
}

export type Freshness = { fresh: true } | { fresh: false; reason: string };

/** Whether a shot's recorded result still answers its current inputs. */
export async function freshness(record: ShotLock | undefined, fingerprint: Fingerprint, outputDir: string): Promise<Freshness> {
  if (!record) return { fresh: false, reason: 'new' };
  if (record.fingerprint !== fingerprint.value) {
    const changed = changedParts(record.inputs, fingerprint.parts);
    return { fresh: false, reason: changed.length > 0 ? `${changed.join(', ')} changed` : 'inputs changed' };
  }
  if (record.status !== 'succeeded') return { fresh: false, reason: `last run ended ${record.status}` };
  const video = record.outputs?.video;
  if (!video || !(await hasFile(join(outputDir, video.file), video.bytes))) return { fresh: false, reason: 'its video file is missing' };
  return { fresh: true };
}

export async function hasFile(path: string, bytes: number): Promise<boolean> {
  try {
    const info = await stat(path);
    return info.isFile() && info.size === bytes;
  } catch {
    return false;
  }
}
