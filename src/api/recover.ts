// Finding the task a create made when its answer was lost. The task object does not echo the
// prompt, so a task matches when every setting it reports equals what was sent and no other shot
// of ours owns it. One match is adopted; several cannot be told apart.
import { findModel } from '../models.js';
import type { TaskInfo } from './types.js';

export type LostTaskSearch = { kind: 'one'; id: string } | { kind: 'none' } | { kind: 'many'; count: number };

export function findLostTask(body: Record<string, unknown>, recent: readonly TaskInfo[], claimed: ReadonlySet<string>): LostTaskSearch {
  const matches = recent.filter((task) => !claimed.has(task.id) && matchesRequest(body, task));
  if (matches.length === 1) return { kind: 'one', id: (matches[0] as TaskInfo).id };
  return matches.length === 0 ? { kind: 'none' } : { kind: 'many', count: matches.length };
}

export function matchesRequest(body: Record<string, unknown>, task: TaskInfo): boolean {
  const sentModel = typeof body.model === 'string' ? body.model : '';
  const modelOk = sentModel.startsWith('ep-') || task.model === undefined || task.model === sentModel || task.model === findModel(sentModel)?.versioned;
  const same = (sent: unknown, got: unknown, skip: unknown[] = []): boolean => sent === undefined || skip.includes(sent) || got === undefined || sent === got;
  const draftTask = draftTaskIdOf(body);
  return (
    modelOk &&
    same(body.resolution, task.resolution) &&
    same(body.ratio, task.ratio, ['adaptive']) &&
    same(body.duration, task.duration, [-1]) &&
    same(body.seed, task.seed, [-1]) &&
    same(body.generate_audio, task.generateAudio) &&
    Boolean(body.draft) === Boolean(task.draft) &&
    (draftTask === undefined || task.draftTaskId === draftTask)
  );
}

function draftTaskIdOf(body: Record<string, unknown>): string | undefined {
  if (!Array.isArray(body.content)) return undefined;
  for (const item of body.content as { type?: string; draft_task?: { id?: string } }[]) {
    if (item.type === 'draft_task') return item.draft_task?.id;
  }
  return undefined;
}
