// Splitting one storyboard over several machines (issue 17): whole chains only, because a shot and
// the shots it uses must be made where the same lock and account are (`--only` would make a
// missing upstream shot again on every machine that needs it). The chains are dealt out by the
// work still to do, dearest first, each to the lightest group (longest processing time first).
import type { ResolvedShot } from '../manifest/types.js';

export interface ShotGroup {
  /** The shots of the group, in manifest order: one `--only` list. */
  shots: string[];
  /** Estimated tokens of the tasks still to send in it. */
  estimatedTokens: number;
}

/** The connected components of the shot graph (dependsOn, both ways), each in manifest order. */
export function chains(shots: readonly ResolvedShot[]): ResolvedShot[][] {
  const parent = new Map<string, string>(shots.map((s) => [s.id, s.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root && parent.has(root)) root = parent.get(root) as string;
    parent.set(id, root);
    return root;
  };
  for (const shot of shots) for (const dep of shot.dependsOn) if (parent.has(dep)) parent.set(find(shot.id), find(dep));
  const groups = new Map<string, ResolvedShot[]>();
  for (const shot of shots) {
    const root = find(shot.id);
    groups.set(root, [...(groups.get(root) ?? []), shot]);
  }
  return [...groups.values()];
}

/**
 * At most `count` groups of whole chains, balanced by `tokens` (each shot's estimate; 0 for a shot
 * already made). Chains with nothing left to make still go somewhere, so every shot is in one
 * group; empty groups are left out.
 */
export function splitIntoGroups(shots: readonly ResolvedShot[], count: number, tokens: (id: string) => number): ShotGroup[] {
  const order = new Map(shots.map((s, i) => [s.id, i]));
  const weighed = chains(shots).map((members) => ({ members, work: members.reduce((sum, s) => sum + tokens(s.id), 0) }));
  // Dearest first; ties by size, then by where the chain starts in the manifest (a stable answer).
  weighed.sort((a, b) => b.work - a.work || b.members.length - a.members.length || (order.get(a.members[0]?.id ?? '') ?? 0) - (order.get(b.members[0]?.id ?? '') ?? 0));
  const groups = Array.from({ length: Math.max(1, Math.min(count, weighed.length)) }, () => ({ ids: [] as string[], work: 0, size: 0 }));
  for (const chain of weighed) {
    let lightest = groups[0] as (typeof groups)[number];
    for (const group of groups) if (group.work < lightest.work || (group.work === lightest.work && group.size < lightest.size)) lightest = group;
    lightest.ids.push(...chain.members.map((s) => s.id));
    lightest.work += chain.work;
    lightest.size += chain.members.length;
  }
  return groups
    .filter((g) => g.ids.length > 0)
    .map((g) => ({ shots: g.ids.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)), estimatedTokens: g.work }));
}
