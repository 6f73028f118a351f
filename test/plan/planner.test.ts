// The shot planner from small manifests and lock values: every action and its reason, no
// simulator, no network. Facts (file hashes, files on disk) are given by hand, as the planner
// gets them.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedManifest, ResolvedShot } from '../../src/manifest/types.js';
import { fingerprintShot } from '../../src/plan/fingerprint.js';
import { planShots, type ShotPlan } from '../../src/plan/planner.js';
import type { Facts } from '../../src/state/facts.js';
import type { LockFile, ShotLock } from '../../src/state/lock.js';
import { load, removeDir, suiteTempDir, writeStoryboard } from '../run/harness.js';

const STORY = (extra = '', api = 'native') => `version: 1
api: ${api}
defaults: { ${api === 'native' ? 'resolution: 480p' : 'size: 1280x720'}, duration: 5 }
shots:
  - { id: a, prompt: A lighthouse at dawn${api === 'native' ? ', seed: 1' : ''}${extra} }
  - { id: b, prompt: Gulls over the lighthouse, first_frame: { shot: a } }
  - { id: c, prompt: The keeper climbs the stairs, first_frame: { shot: b } }
  - { id: d, prompt: A cup of tea, reference_images: [pic.png] }
`;

let dir: string;
const manifests = new Map<string, ResolvedManifest>();
beforeAll(async () => {
  dir = await suiteTempDir('seedance-planner-');
  await copyFile(new URL('../fixtures/manifests/assets/ok.png', import.meta.url), join(dir, 'pic.png'));
});
afterAll(() => removeDir(dir));

/** The manifest for a story text, loaded once. */
async function manifestOf(text: string): Promise<ResolvedManifest> {
  let manifest = manifests.get(text);
  if (!manifest) {
    manifest = await load(await writeStoryboard(dir, text, {}, `story-${manifests.size}.yaml`));
    manifests.set(text, manifest);
  }
  return manifest;
}

const PIC_HASH = 'c'.repeat(64);
const shotOf = (manifest: ResolvedManifest, id: string): ResolvedShot => manifest.shots.find((s) => s.id === id) as ResolvedShot;
const video = (id: string, sha = `${id}-video`) => ({ file: `${id}.mp4`, bytes: 100, sha256: sha });
const frame = (id: string) => ({ file: `${id}.last.png`, bytes: 10, sha256: `${id}-frame` });

/** A lock in which the listed shots were made from the manifest as it is (saved, files on disk). */
function madeLock(manifest: ResolvedManifest, ids: string[], facts: Facts, patch: Record<string, Partial<ShotLock>> = {}): LockFile {
  const lock: LockFile = { version: 2, manifest: 'story.yaml', shots: {} };
  for (const shot of manifest.shots) {
    if (!ids.includes(shot.id)) continue;
    const fingerprint = fingerprintShot(manifest, shot, (id) => lock.shots[id], (path) => facts.files.get(path));
    lock.shots[shot.id] = { fingerprint: fingerprint.value, inputs: fingerprint.parts, status: 'saved', taskId: `task-${shot.id}`, seed: 1000 + shot.index, outputs: { video: video(shot.id), lastFrame: frame(shot.id) }, ...patch[shot.id] };
    facts.outputs.set(`${shot.id}.mp4`, { bytes: 100, sha256: `${shot.id}-video` });
    facts.outputs.set(`${shot.id}.last.png`, { bytes: 10, sha256: `${shot.id}-frame` });
  }
  return lock;
}

function facts(manifest: ResolvedManifest, unreadable = false): Facts {
  const pic = (shotOf(manifest, 'd').referenceImages[0] as { path: string }).path;
  return unreadable
    ? { files: new Map(), unreadable: new Map([[pic, 'permission denied']]), outputs: new Map() }
    : { files: new Map([[pic, PIC_HASH]]), unreadable: new Map(), outputs: new Map() };
}

const byId = (plans: ShotPlan[]): Record<string, Pick<ShotPlan, 'action' | 'reason'> & Partial<ShotPlan>> => Object.fromEntries(plans.map((p) => [p.id, p]));
const all = ['a', 'b', 'c', 'd'];

describe('the shot planner', () => {
  it('submits every shot of a new storyboard, downstream shots after their upstream shot', async () => {
    const manifest = await manifestOf(STORY());
    const f = facts(manifest);
    const plans = planShots({ manifest, lock: { version: 2, manifest: 's', shots: {} }, facts: f });
    expect(plans.map((p) => [p.id, p.action, p.reason])).toEqual([
      ['a', 'submit', 'new'],
      ['b', 'submit', 'upstream a is made first'],
      ['c', 'submit', 'upstream b is made first'],
      ['d', 'submit', 'new'],
    ]);
    expect(byId(plans).b?.waitsFor).toEqual(['a']);
    expect(byId(plans).a?.fingerprint?.value).toMatch(/^[0-9a-f]{64}$/);
    expect(byId(plans).b?.fingerprint).toBeUndefined();
    expect(plans.every((p) => p.estimatedTokens > 0)).toBe(true);
  });

  it('reuses every fresh shot, at no estimated cost', async () => {
    const manifest = await manifestOf(STORY());
    const f = facts(manifest);
    const plans = planShots({ manifest, lock: madeLock(manifest, all, f), facts: f });
    expect(plans.map((p) => [p.id, p.action, p.reason, p.taskId, p.estimatedTokens])).toEqual(all.map((id) => [id, 'reuse', 'fresh', `task-${id}`, 0]));
  });

  type Patch = { [K in keyof ShotLock]?: ShotLock[K] | undefined };
  type Case = { name: string; story?: string; lock?: Record<string, Patch | null>; missing?: string[]; damaged?: string[]; unreadable?: boolean; only?: string[]; force?: boolean; want: Record<string, [ShotPlan['action'], string | RegExp]>; extra?: (plans: Record<string, ShotPlan>) => void };
  const cases: Case[] = [
    {
      name: 'refetch: saved, but the video on disk is not the one recorded (damaged in place)',
      damaged: ['b.mp4'],
      want: { b: ['refetch', 'its video file differs from the one recorded (damaged or replaced); fetched again from task task-b without paying'], c: ['reuse', 'fresh'] },
    },
    { name: 'refetch: saved but the video is gone', missing: ['b.mp4'], want: { a: ['reuse', 'fresh'], b: ['refetch', 'its video file is missing; fetched again from task task-b without paying'], c: ['reuse', 'fresh'] } },
    { name: 'refetch: the task finished but its files were never saved', lock: { a: { status: 'succeeded', outputs: undefined } }, want: { a: ['refetch', 'task task-a finished; its files are fetched without paying again'], b: ['submit', "upstream a's files are fetched first"], c: ['submit', 'upstream b is made first'] } },
    { name: 'resume: a task at the service', lock: { c: { status: 'created', outputs: undefined, seed: undefined } }, want: { c: ['resume', 'task task-c is at the service'] }, extra: (p) => expect(p.c?.taskId).toBe('task-c') },
    {
      name: 'resume: a create whose answer was lost, looked up where the format can list tasks',
      lock: { d: { status: 'submitting', taskId: undefined, outputs: undefined, submittedAt: 1234 } },
      want: { d: ['resume', /answer was never recorded: the service's recent tasks are searched/] },
      extra: (p) => expect(p.d?.lostCreateSince).toBe(1234),
    },
    { name: 'submit: a lost create the OpenAI format cannot look up', story: STORY('', 'openai'), lock: { d: { status: 'submitting', taskId: undefined, outputs: undefined, submittedAt: 1 } }, want: { d: ['submit', /cannot look tasks up: sent again \(a duplicate may be billed\)/] } },
    { name: 'submit: the last task failed', lock: { d: { status: 'failed', outputs: undefined, error: { code: 'InternalServiceError', message: 'm' } } }, want: { d: ['submit', 'its last task failed (InternalServiceError)'] } },
    { name: 'submit: the last task expired', lock: { d: { status: 'failed', outputs: undefined, error: { code: 'Expired', message: 'm' } } }, want: { d: ['submit', 'its last task expired'] } },
    { name: 'submit: the last task was cancelled', lock: { d: { status: 'cancelled', outputs: undefined } }, want: { d: ['submit', 'its last task was cancelled'] } },
    {
      name: 'submit: a changed prompt, naming it, and every shot after it waits',
      story: STORY().replace('A lighthouse at dawn', 'A lighthouse at dusk'),
      want: { a: ['submit', 'prompt changed'], b: ['submit', 'upstream a is made first'], c: ['submit', 'upstream b is made first'], d: ['reuse', 'fresh'] },
      extra: (p) => expect(p.a?.changed).toEqual(['prompt']),
    },
    {
      name: 'submit: changed while its old task is at the service, which is dropped',
      story: STORY().replace('A cup of tea', 'A cup of coffee'),
      lock: { d: { status: 'created', outputs: undefined } },
      want: { d: ['submit', 'prompt changed'] },
      extra: (p) => expect(p.d?.staleTask).toBe('task-d'),
    },
    { name: 'submit: --force on a fresh shot', only: ['d'], force: true, want: { a: ['not-selected', 'not selected by --only'], d: ['submit', 'forced'] } },
    { name: 'seed equivalence: the seed the task used, pinned, is no change', story: STORY().replace('prompt: Gulls over the lighthouse,', 'prompt: Gulls over the lighthouse, seed: 1001,'), want: { b: ['reuse', 'fresh'], c: ['reuse', 'fresh'] } },
    { name: 'a seed other than the one used is a change', story: STORY().replace('prompt: Gulls over the lighthouse,', 'prompt: Gulls over the lighthouse, seed: 7,'), want: { b: ['submit', 'seed changed'], c: ['submit', 'upstream b is made first'] } },
    { name: 'downstream of a shot whose files are fetched again is still fresh', missing: ['a.mp4', 'a.last.png'], want: { a: ['refetch', /fetched again/], b: ['reuse', 'fresh'] } },
    { name: 'not-selected: --only leaves made shots out', only: ['c'], want: { a: ['not-selected', 'not selected by --only'], b: ['not-selected', 'not selected by --only'], c: ['reuse', 'fresh'], d: ['not-selected', 'not selected by --only'] } },
    { name: '--only takes in upstream shots that are not made (or not on disk)', only: ['c'], lock: { a: null }, missing: ['b.mp4'], want: { a: ['submit', 'new'], b: ['submit', 'upstream a is made first'], c: ['submit', 'upstream b is made first'], d: ['not-selected', 'not selected by --only'] } },
    {
      name: 'blocked: a local file cannot be read, and what uses it cannot be made',
      story: STORY() + '  - { id: e, prompt: Steam rises, first_frame: { shot: d } }\n',
      unreadable: true,
      lock: { d: null, e: null },
      want: { d: ['blocked', 'cannot read pic.png (permission denied)'], e: ['blocked', 'upstream d cannot be made'] },
      extra: (p) => {
        expect(p.e?.blockedBy).toEqual(['d']);
        expect(p.d?.estimatedTokens).toBe(0);
      },
    },
  ];

  it.each(cases)('$name', async (c) => {
    const manifest = await manifestOf(c.story ?? STORY());
    const f = facts(manifest, c.unreadable);
    // The lock is made from the storyboard as it was (the same format, before any change), then
    // patched: a null patch removes the record, an undefined field removes that field.
    const before = await manifestOf(STORY('', manifest.api));
    const lock = madeLock(before, all, facts(before));
    for (const [id, patch] of Object.entries(c.lock ?? {})) {
      if (patch === null) {
        delete lock.shots[id];
        continue;
      }
      const record: Record<string, unknown> = { ...lock.shots[id], ...patch };
      for (const [key, value] of Object.entries(patch)) if (value === undefined) delete record[key];
      lock.shots[id] = record as unknown as ShotLock;
    }
    for (const record of Object.values(lock.shots)) {
      for (const output of [record.outputs?.video, record.outputs?.lastFrame]) if (output) f.outputs.set(output.file, { bytes: output.bytes, sha256: output.sha256 });
    }
    for (const file of c.missing ?? []) f.outputs.delete(file);
    for (const file of c.damaged ?? []) f.outputs.set(file, { bytes: f.outputs.get(file)?.bytes ?? 0, sha256: 'other bytes' });
    const plans = planShots({ manifest, lock, facts: f }, { ...(c.only ? { only: c.only } : {}), ...(c.force ? { force: true } : {}) });
    const got = byId(plans);
    for (const [id, [action, reason]] of Object.entries(c.want)) {
      expect(got[id]?.action, id).toBe(action);
      if (typeof reason === 'string') expect(got[id]?.reason, id).toBe(reason);
      else expect(got[id]?.reason, id).toMatch(reason);
    }
    c.extra?.(got as Record<string, ShotPlan>);
  });

  it('refuses --only naming a shot the manifest does not have', async () => {
    const manifest = await manifestOf(STORY());
    expect(() => planShots({ manifest, lock: { version: 2, manifest: 's', shots: {} }, facts: facts(manifest) }, { only: ['zz'] })).toThrow(/--only names a shot the manifest does not have: zz/);
  });

  it('plans a 1000-shot chain made from its own lock as all fresh', async () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `  - { id: s${i}, prompt: Shot number ${i}${i > 0 ? `, first_frame: { shot: s${i - 1} }` : ''} }`);
    const manifest = await manifestOf(`version: 1\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n${lines.join('\n')}\n`);
    const f: Facts = { files: new Map(), unreadable: new Map(), outputs: new Map() };
    const lock = madeLock(manifest, manifest.shots.map((s) => s.id), f);
    const plans = planShots({ manifest, lock, facts: f });
    expect(plans.every((p) => p.action === 'reuse')).toBe(true);
  });
});

describe('the shot planner with a clip store', () => {
  const entryFor = (fingerprint: string, taskId: string) => ({ version: 1 as const, fingerprint, taskId, video: { bytes: 100, sha256: 'v' }, lastFrame: { bytes: 10, sha256: 'f' }, savedAt: '2026-12-01T00:00:00.000Z' });

  it('restore: a shot never made here whose inputs the store has, at no estimated cost; --force still submits', async () => {
    const manifest = await manifestOf(STORY());
    const f = facts(manifest);
    const fingerprint = fingerprintShot(manifest, shotOf(manifest, 'd'), () => undefined, (path) => f.files.get(path)).value;
    const withStore = { ...f, store: new Map([[fingerprint, entryFor(fingerprint, 'task-old')]]) };
    const plans = byId(planShots({ manifest, lock: { version: 2, manifest: 's', shots: {} }, facts: withStore }));
    expect(plans.d).toMatchObject({ action: 'restore', reason: 'new; made before as task task-old: restored from the clip store', taskId: 'task-old', estimatedTokens: 0 });
    expect(plans.a?.action).toBe('submit');
    expect(byId(planShots({ manifest, lock: { version: 2, manifest: 's', shots: {} }, facts: withStore }, { force: true })).d).toMatchObject({ action: 'submit', reason: 'forced' });
  });

  it('restore: a saved shot whose video is gone, keeping its own task to fetch from should the store fail', async () => {
    const manifest = await manifestOf(STORY());
    const f = facts(manifest);
    const lock = madeLock(manifest, all, f);
    f.outputs.delete('d.mp4');
    const fingerprint = lock.shots.d?.fingerprint as string;
    const plans = byId(planShots({ manifest, lock, facts: { ...f, store: new Map([[fingerprint, entryFor(fingerprint, 'task-d')]]) } }));
    expect(plans.d).toMatchObject({ action: 'restore', reason: 'its video file is missing; made before as task task-d: restored from the clip store', refetchTask: 'task-d' });
  });

  it('a chained shot recorded before the store (its upstream shot named by id) is still fresh', async () => {
    const manifest = await manifestOf(STORY());
    const f = facts(manifest);
    const lock = madeLock(manifest, all, f);
    const b = shotOf(manifest, 'b');
    const legacy = fingerprintShot(manifest, b, (id) => lock.shots[id], (path) => f.files.get(path)).legacy;
    expect(legacy?.value).toMatch(/^[0-9a-f]{64}$/);
    lock.shots.b = { ...(lock.shots.b as ShotLock), fingerprint: legacy?.value as string, inputs: legacy?.parts as Record<string, string> };
    expect(byId(planShots({ manifest, lock, facts: f })).b).toMatchObject({ action: 'reuse', reason: 'fresh' });
  });
});
