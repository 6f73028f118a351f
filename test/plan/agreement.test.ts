// Property: for random storyboards and random lock states (and files on disk or not), `seedance
// run` announces the same plan that `seedance status` and `seedance plan` show, shot by shot,
// action and reason. The run is against a fake service and stops before it sends anything.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunEvent } from '../../src/core/events.js';
import type { ResolvedManifest } from '../../src/manifest/types.js';
import { sha256 } from '../../src/core/sha256.js';
import { fingerprintShot } from '../../src/plan/fingerprint.js';
import { shotStates } from '../../src/report/shot-state.js';
import { runShots } from '../../src/run/runner.js';
import { seededRandom, type Random } from '../../src/simulator/random.js';
import { lockPathFor, writeLock, type LockFile, type ShotLock } from '../../src/state/lock.js';
import { runCli } from '../cli/capture.js';
import { FakeApi } from '../run/fake-api.js';
import { load, writeStoryboard } from '../run/harness.js';
import { tempDir } from '../temp.js';

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

function randomStoryboard(random: Random): string {
  const count = 2 + Math.floor(random() * 5);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const upstream = i > 0 && random() < 0.5 ? `, first_frame: { shot: s${Math.floor(random() * i)} }` : '';
    const seed = random() < 0.5 ? `, seed: ${i + 1}` : '';
    lines.push(`  - { id: s${i}, prompt: random shot ${i} ${pick(random, ['at dawn', 'at noon', 'at dusk'])}${upstream}${seed} }`);
  }
  return `version: 1\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n${lines.join('\n')}\n`;
}

/** A lock where each shot has a random record (or none), its fingerprint right or stale, and its files on disk or not. */
async function randomState(random: Random, manifest: ResolvedManifest): Promise<LockFile> {
  const lock: LockFile = { version: 2, manifest: 'story.yaml', shots: {} };
  await mkdir(manifest.output, { recursive: true });
  for (const shot of manifest.shots) {
    const status = pick(random, ['none', 'submitting', 'created', 'succeeded', 'saved', 'saved', 'saved', 'failed', 'cancelled'] as const);
    if (status === 'none') continue;
    const right = fingerprintShot(manifest, shot, (id) => lock.shots[id], () => undefined);
    const stale = random() < 0.25;
    const record: ShotLock = {
      fingerprint: stale ? 'e'.repeat(64) : right.value,
      inputs: stale ? { ...right.parts, prompt: 'old' } : right.parts,
      status,
      ...(status === 'submitting' ? { submittedAt: 1_800_000_000 } : { taskId: `task-${shot.id}` }),
      ...(status === 'saved' || status === 'succeeded' ? { seed: 1000 } : {}),
      ...(status === 'failed' ? { error: { code: pick(random, ['InternalServiceError', 'Expired']), message: 'm' } } : {}),
    };
    if (status === 'saved') {
      record.outputs = { video: { file: `${shot.id}.mp4`, bytes: 4, sha256: sha256('clip') }, lastFrame: { file: `${shot.id}.last.png`, bytes: 2, sha256: sha256('fr') } };
      // On disk as recorded, missing, shorter, or the same size with other bytes.
      if (random() < 0.8) await writeFile(join(manifest.output, `${shot.id}.mp4`), pick(random, ['clip', 'clip', 'clip', 'short', 'CLIP']));
      await writeFile(join(manifest.output, `${shot.id}.last.png`), 'fr');
    }
    lock.shots[shot.id] = record;
  }
  return lock;
}

describe('run, status and plan agree', () => {
  it.each(Array.from({ length: 30 }, (_, i) => i + 1))('on random storyboard and lock state #%i', async (seed) => {
    const random = seededRandom(seed * 7919);
    const dir = await tempDir('seedance-agree-');
    const file = await writeStoryboard(dir, randomStoryboard(random));
    const manifest = await load(file);
    const lock = await randomState(random, manifest);
    await writeLock(lockPathFor(file), lock);

    const status = new Map((await shotStates(manifest, lock)).map((s) => [s.id, `${s.action}: ${s.reason}`]));
    const plan = JSON.parse((await runCli(['plan', '--json', 'story.yaml'], dir)).stdout) as { shots: { id: string; action: string; reason: string }[] };
    const planned = new Map(plan.shots.map((s) => [s.id, `${s.action}: ${s.reason}`]));

    // A run that stops at once: it announces its plan, then submits nothing.
    const events: RunEvent[] = [];
    const stop = new AbortController();
    stop.abort();
    await runShots(manifest, { client: new FakeApi({ video: '', frame: '' }), emit: (e) => events.push(e), abortSignal: stop.signal, skipConcat: true });
    const ready = events.find((e): e is Extract<RunEvent, { type: 'plan-ready' }> => e.type === 'plan-ready');
    const ran = new Map(ready?.shots.map((s) => [s.id, `${s.action}: ${s.reason}`]));

    expect(ran.size).toBe(manifest.shots.length);
    expect(Object.fromEntries(status)).toEqual(Object.fromEntries(ran));
    expect(Object.fromEntries(planned)).toEqual(Object.fromEntries(ran));
  });
});
