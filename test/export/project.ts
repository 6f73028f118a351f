// A small made project for the export tests without the service: short real clips (lavfi) in the
// output folder, a manifest with takes, a trim, a crossfade and a music bed, and the lock a run
// would have written for them (saved shots with seeds and task ids).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadManifest } from '../../src/manifest/index.js';
import type { ResolvedManifest } from '../../src/manifest/types.js';
import { lockPathFor, lockText, type LockFile } from '../../src/state/lock.js';
import { runFfmpeg } from '../../src/media/index.js';
import { makeClip, type ClipSpec } from '../media/fixtures.js';

export const STORY = `version: 1
name: tiny
defaults: { resolution: 480p, duration: 5 }
shots:
  - id: dawn
    prompt: A lighthouse at dawn, "slow" push-in & gulls
  - id: wave
    prompt: A wave breaks on the rocks
    takes: 2
    take: 2
  - id: dusk
    prompt: The lighthouse beam sweeps at dusk
concat:
  transition: { type: crossfade, duration: 0.5 }
  trim: { dusk: { start: 0.5 } }
  audio: { file: bed.wav, volume: 0.5 }
`;

export interface Project {
  dir: string;
  file: string;
  manifest: ResolvedManifest;
  lock: LockFile;
  output: string;
}

/** Writes the project into `dir` (`.git` in it makes it the project root). `story` replaces the manifest. */
export async function makeProject(dir: string, story = STORY, seconds = 2): Promise<Project> {
  await mkdir(join(dir, '.git'), { recursive: true });
  const output = join(dir, 'out', 'tiny');
  await mkdir(output, { recursive: true });
  await runFfmpeg(['-y', '-f', 'lavfi', '-i', 'sine=f=220:r=48000:d=10', '-c:a', 'pcm_s16le', join(dir, 'bed.wav')]);
  const file = join(dir, 'tiny.yaml');
  await writeFile(file, story);
  const lock: LockFile = { version: 2, manifest: 'tiny.yaml', shots: {} };
  // Distinct pictures, so a frame of the render tells which clip (or which blend) it shows.
  const clips: [string, number | false, NonNullable<ClipSpec['source']>][] = [['dawn', 440, 'color=c=red'], ['wave', 550, 'color=c=blue'], ['wave.take1', 660, 'testsrc2'], ['dusk', false, 'testsrc2']];
  let n = 0;
  for (const [id, tone, source] of clips) {
    await makeClip(join(output, `${id}.mp4`), { seconds, tone, source });
    n += 1;
    lock.shots[id] = { fingerprint: `fp-${id}`, status: 'saved', taskId: `cgt-2026-${id}`, seed: 1000 + n, outputs: { video: { file: `${id}.mp4`, bytes: 1, sha256: 'x' } } };
  }
  await writeFile(lockPathFor(file), lockText(lock));
  const result = await loadManifest(file);
  if (!result.manifest) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return { dir, file, manifest: result.manifest, lock, output };
}
