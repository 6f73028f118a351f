// Finding the task a create made when its answer was lost, among the tasks listed as created since
// it was sent: the one match that no lock of the project claims is adopted; several cannot be
// told apart (the task object does not echo the prompt), so none is.
import type { TaskInfo } from './task.js';
import type { TaskList } from './wire-format.js';

/** `unsupported`: the format cannot list tasks, so nothing can be searched. */
export type LostTaskSearch = { kind: 'one'; id: string } | { kind: 'none' } | { kind: 'many'; ids: string[] } | { kind: 'unsupported' };

export function findLostTask(list: TaskList, body: Record<string, unknown>, recent: readonly TaskInfo[], claimed: ReadonlySet<string>): LostTaskSearch {
  const matches = recent.filter((task) => !claimed.has(task.id) && list.matchesLost(body, task));
  if (matches.length === 1) return { kind: 'one', id: (matches[0] as TaskInfo).id };
  return matches.length === 0 ? { kind: 'none' } : { kind: 'many', ids: matches.map((task) => task.id) };
}
