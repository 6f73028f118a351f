// The task clock, driven with explicit times: expiry after execution_expires_after, and the
// order of queued -> running -> done. (The HTTP tests cover the same engine on the real clock.)
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { findModel } from '../../src/models.js';
import { Engine } from '../../src/simulator/engine.js';
import { Renderer } from '../../src/simulator/renderer.js';
import { buildTask, type PlannedEnd } from '../../src/simulator/task-record.js';
import { TaskStore } from '../../src/simulator/task-store.js';
import { call, create, NATIVE, tempDir, testSimulator } from './helpers.js';

async function engineWith(runningLimit = 10): Promise<{ engine: Engine; store: TaskStore; changes: string[] }> {
  const store = await TaskStore.open(undefined);
  const changes: string[] = [];
  const engine = new Engine(store, new Renderer(join(await tempDir(), 'cache')), { runningLimit, fast: true }, (task) => changes.push(`${task.id}:${task.status}`));
  return { engine, store, changes };
}

function task(id: string, now: number, timing: { queuedMs: number; runningMs: number }, planned: PlannedEnd = { kind: 'fail', code: 'X', message: 'no render in this test' }) {
  const model = findModel('doubao-seedance-2-0-260128');
  if (!model) throw new Error('model missing');
  const request = { format: 'native' as const, modelName: model.id, model, prompt: id, media: [], duration: 4, generateAudio: false, watermark: false, returnLastFrame: false, serviceTier: 'default' as const, executionExpiresAfter: 3600, draft: false };
  return buildTask({ request, media: [], seed: 1, duration: 4, resolution: '480p', ratio: '16:9' }, { id, now, ...timing, planned });
}

it('expires a task still queued after execution_expires_after', async () => {
  const { engine, store, changes } = await engineWith();
  engine.add(task('stuck', 0, { queuedMs: 10_000_000, runningMs: 10 }));
  engine.advance(3_599_999);
  expect(store.get('stuck')?.status).toBe('queued');
  engine.advance(3_600_000);
  expect(store.get('stuck')).toMatchObject({ status: 'expired', finishedAt: 3_600_000 });
  expect(changes).toEqual(['stuck:expired']);
  engine.close();
});

it('runs queued tasks in creation order as running slots free up', async () => {
  const { engine, store, changes } = await engineWith(1);
  engine.add(task('a', 0, { queuedMs: 0, runningMs: 100 }));
  engine.add(task('b', 1, { queuedMs: 0, runningMs: 100 }));
  expect([store.get('a')?.status, store.get('b')?.status]).toEqual(['running', 'queued']);
  engine.advance(100);
  expect(store.get('a')).toMatchObject({ status: 'failed', error: { code: 'X' } });
  expect(store.get('b')).toMatchObject({ status: 'running', startedAt: 100 });
  engine.advance(200);
  expect(changes).toEqual(['a:running', 'a:failed', 'b:running', 'b:failed']);
  expect(engine.inFlight).toBe(0);
  engine.close();
});

it('treats an endpoint id ep-... as official 2.0', async () => {
  const sim = await testSimulator({ fast: true });
  try {
    const id = await create(sim, { model: 'ep-20260101000000-abcde', content: [{ type: 'text', text: 'endpoint id' }], resolution: '480p', duration: 4 });
    expect((await call(sim, 'GET', `${NATIVE}/${id}`)).json.model).toBe('doubao-seedance-2-0-260128');
  } finally {
    await sim.close();
  }
});
