// Takes: `takes: N` makes N tasks of one shot, each with its own seed, and `take: K` picks the one
// the film and the shots chained from it use. After validation the manifest's shot becomes take K,
// and the other takes follow it as shots of their own, `<shot>.take<i>`: each is planned, made,
// kept in the clip store and recorded in the lock like any shot, so picking another take, or
// adding takes later, costs nothing for what was made already. Take i asks for the seed
// `seed + i - 1` where a seed is set (take 1 is the shot as it would be without takes), else a
// random one; its fingerprint carries its number, so takes with random seeds are told apart.
import type { ResolvedManifest, ResolvedShot } from './types.js';

export const takeId = (shot: string, take: number): string => `${shot}.take${take}`;

/** The shot and take number of a take's id (`wave.take2` -> wave, 2); undefined for any other id. */
export function parseTakeId(id: string): { shot: string; take: number } | undefined {
  const match = /^(.+)\.take(\d+)$/.exec(id);
  return match ? { shot: match[1] as string, take: Number(match[2]) } : undefined;
}

/** The take a shot asks for (`take:`, default 1) and how many it has (`takes:`, default 1), as written. */
export interface TakeSettings {
  takes: number;
  take: number;
}

/** Replaces each shot with takes by its picked take, followed by its other takes. */
export function expandTakes(manifest: ResolvedManifest, settings: ReadonlyMap<ResolvedShot, TakeSettings>): void {
  manifest.shots = manifest.shots.flatMap((shot) => {
    const wanted = settings.get(shot);
    if (!wanted || wanted.takes <= 1) return [shot];
    const picked = asTake(shot, wanted.take, wanted.takes, shot.id);
    const others = Array.from({ length: wanted.takes }, (_, i) => i + 1)
      .filter((i) => i !== wanted.take)
      .map((i) => asTake(shot, i, wanted.takes, takeId(shot.id, i)));
    return [picked, ...others];
  });
}

function asTake(shot: ResolvedShot, number: number, of: number, id: string): ResolvedShot {
  const seeded = shot.settings.seed >= 0;
  return {
    ...shot,
    id,
    settings: { ...shot.settings, ...(seeded ? { seed: shot.settings.seed + number - 1 } : {}) },
    dependsOn: [...shot.dependsOn],
    take: { number, of, shot: shot.id },
  };
}
