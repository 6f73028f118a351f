import { describe, expect, it } from 'vitest';
import type { TaskInfo } from '../../src/api/types.js';
import { findLostTask as findAmong, wireFormat, type TaskList } from '../../src/wire/index.js';

const list = wireFormat('native').list as TaskList;
const matchesRequest = list.matchesLost;
const findLostTask = (body: Record<string, unknown>, recent: TaskInfo[], claimed: ReadonlySet<string>) => findAmong(list, body, recent, claimed);

const body = { model: 'doubao-seedance-2.0', content: [{ type: 'text', text: 'x' }], resolution: '480p', ratio: '16:9', duration: 5, seed: 7 };
const task = (id: string, extra: Partial<TaskInfo> = {}): TaskInfo => ({
  id, status: 'queued', model: 'doubao-seedance-2-0-260128', resolution: '480p', ratio: '16:9', duration: 5, seed: 7, ...extra,
});

describe('finding a task whose create answer was lost', () => {
  it('matches on the settings the task reports, the versioned model included', () => {
    expect(matchesRequest(body, task('a'))).toBe(true);
    expect(matchesRequest(body, task('a', { seed: 8 }))).toBe(false);
    expect(matchesRequest(body, task('a', { resolution: '720p' }))).toBe(false);
    expect(matchesRequest(body, task('a', { model: 'doubao-seedance-1-5-pro-251215' }))).toBe(false);
    expect(matchesRequest({ ...body, seed: -1 }, task('a', { seed: 12345 }))).toBe(true);
  });

  it('adopts one unclaimed match, never a claimed one, and refuses to guess between several', () => {
    expect(findLostTask(body, [task('a')], new Set())).toEqual({ kind: 'one', id: 'a' });
    expect(findLostTask(body, [task('a')], new Set(['a']))).toEqual({ kind: 'none' });
    expect(findLostTask(body, [task('a'), task('b')], new Set())).toEqual({ kind: 'many', ids: ['a', 'b'] });
    expect(findLostTask(body, [task('a'), task('b')], new Set(['b']))).toEqual({ kind: 'one', id: 'a' });
  });

  it('tells drafts and finals apart', () => {
    const final = { model: 'doubao-seedance-1-5-pro-251215', content: [{ type: 'draft_task', draft_task: { id: 'cgt-d' } }] };
    expect(matchesRequest(final, task('f', { model: 'doubao-seedance-1-5-pro-251215', draftTaskId: 'cgt-d' }))).toBe(true);
    expect(matchesRequest(final, task('f', { model: 'doubao-seedance-1-5-pro-251215', draftTaskId: 'cgt-other' }))).toBe(false);
    expect(matchesRequest(final, task('f', { model: 'doubao-seedance-1-5-pro-251215', draft: true }))).toBe(false);
  });
});
