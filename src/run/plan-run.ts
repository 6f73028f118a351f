// The plan a run announces before it sends anything: per shot, reuse, resume or submit, and why.
// Shots downstream of one that is made again are marked "submit" tentatively; at run time they are
// reused after all if the new upstream output turns out identical.
import { estimateShotTokens } from '../plan/index.js';
import type { ResolvedShot } from '../manifest/types.js';
import type { PlannedShot, RunEvent } from '../core/events.js';
import type { RunContext } from './context.js';
import { freshness } from './decide.js';
import { fingerprintShot } from './fingerprint.js';

export async function planRun(ctx: RunContext, order: readonly ResolvedShot[]): Promise<Extract<RunEvent, { type: 'plan-ready' }>> {
  const planned = new Map<string, PlannedShot>();
  const byId = new Map(order.map((s) => [s.id, s]));
  for (const shot of order) {
    const base = { id: shot.id, dependsOn: shot.dependsOn, estimatedTokens: estimateShotTokens(shot, byId).tokens, ...(shot.prompt !== undefined ? { prompt: shot.prompt } : {}) };
    const record = ctx.lock.shot(shot.id);
    if (!ctx.selected.has(shot.id)) {
      planned.set(shot.id, { ...base, action: 'not-selected', reason: 'not selected by --only', estimatedTokens: 0 });
      continue;
    }
    const remade = shot.dependsOn.filter((id) => planned.get(id)?.action !== 'reuse' && planned.get(id)?.action !== 'not-selected');
    if (remade.length > 0) {
      planned.set(shot.id, { ...base, action: 'submit', reason: `upstream ${remade.join(', ')} ${remade.length === 1 ? 'is' : 'are'} made first` });
      continue;
    }
    const fingerprint = await fingerprintShot(ctx.manifest, shot, (id) => ctx.lock.shot(id), ctx.files);
    const state = await freshness(record, fingerprint, ctx.manifest.output);
    ctx.checked.set(shot.id, { fingerprint, state });
    const forced = ctx.forced.has(shot.id);
    if (state.fresh && !forced) {
      planned.set(shot.id, { ...base, action: 'reuse', reason: 'fresh', estimatedTokens: 0, ...(record?.taskId ? { taskId: record.taskId } : {}) });
    } else if (!forced && record?.fingerprint === fingerprint.value && record.taskId && (record.status === 'queued' || record.status === 'running')) {
      planned.set(shot.id, { ...base, action: 'resume', reason: `task ${record.taskId} is at the service`, taskId: record.taskId });
    } else {
      planned.set(shot.id, { ...base, action: 'submit', reason: forced ? 'forced' : state.fresh ? 'fresh' : state.reason });
    }
  }
  const shots = [...planned.values()];
  return { type: 'plan-ready', shots, estimatedTokens: shots.reduce((sum, s) => sum + (s.action === 'reuse' ? 0 : s.estimatedTokens), 0) };
}
