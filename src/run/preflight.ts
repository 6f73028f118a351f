// Before the first create: can the output folder take the files this run will fetch (and the
// temp folder the film's work files)? A read-only
// or full folder found only after tasks were paid means paying for clips that cannot be saved
// (they are fetched later without paying again, but the user should hear it first). The size is
// a lower bound, so a refusal is never wrong; a disk that fills anyway is still handled where a
// download fails.
import { open, rm, statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SeedanceError } from '../core/errors.js';
import { mb, plural } from '../core/format.js';
import { failedBeforeSending } from '../core/fs-errors.js';
import type { ResolvedManifest, ResolvedShot } from '../manifest/types.js';
import { videoSize, FIXED_RATIOS, FPS, type FixedRatio } from '../models.js';
import type { ShotPlan } from '../plan/planner.js';

/** Bytes per pixel of one frame below which no H.264 clip of the service comes (about 0.02 bit). */
const MIN_VIDEO_BYTES_PER_PIXEL_FRAME = 0.0025;
/** The same for a last frame as PNG. */
const MIN_FRAME_BYTES_PER_PIXEL = 0.1;

export async function checkOutputFolder(manifest: ResolvedManifest, plans: readonly ShotPlan[]): Promise<void> {
  const fetched = plans.filter((p) => p.action === 'submit' || p.action === 'resume' || p.action === 'refetch' || p.action === 'restore');
  if (fetched.length === 0) return; // an unchanged storyboard writes nothing
  try {
    await probeWritable(manifest.output);
  } catch (error) {
    throw failedBeforeSending(error, `${plural(fetched.length, 'clip')} of this run would have nowhere to go`);
  }
  // The film's work files (the list of clips, chapters) go to the system's temp folder.
  if (manifest.concat) {
    await probeWritable(tmpdir()).catch((error: unknown) => {
      throw new SeedanceError('fs.write', `The temp folder ${tmpdir()} cannot be written (${(error as { code?: string }).code ?? String(error)}), and joining the film needs it, so nothing was sent.`, {
        hint: 'Point TMPDIR at a folder you can write (`export TMPDIR=$HOME/tmp`), or fix that folder\'s permissions, then run again.',
        cause: error,
      });
    });
  }
  const byId = new Map(manifest.shots.map((s) => [s.id, s]));
  const needed = fetched.reduce((sum, p) => sum + leastBytes(byId.get(p.id)), 0);
  const space = await statfs(manifest.output).catch(() => undefined);
  const free = space ? space.bavail * space.bsize : Infinity;
  if (free < needed) {
    throw new SeedanceError('fs.write', `The output folder ${manifest.output} has ${mb(free)} free, and the ${plural(fetched.length, 'clip')} this run fetches need at least ${mb(needed)}, so nothing was sent.`, {
      hint: 'Free some space or point `output:` at a bigger disk, then run again.',
    });
  }
}

/** Creates, writes and removes a small file in `folder`; throws the file system's error. */
async function probeWritable(folder: string): Promise<void> {
  const probe = join(folder, `.seedance-write-check.${process.pid}`);
  try {
    const handle = await open(probe, 'w');
    await handle.write('ok');
    await handle.close();
  } finally {
    await rm(probe, { force: true }).catch(() => undefined);
  }
}

/** The fewest bytes a shot's clip and last frame can take. */
function leastBytes(shot: ResolvedShot | undefined): number {
  if (!shot) return 0;
  const ratio: FixedRatio = (FIXED_RATIOS as readonly string[]).includes(shot.settings.ratio) ? (shot.settings.ratio as FixedRatio) : '16:9';
  const [width, height] = shot.expectedSize ?? videoSize(shot.capabilities, shot.settings.resolution, ratio) ?? [864, 496];
  const seconds = shot.settings.duration > 0 ? shot.settings.duration : (shot.capabilities?.duration.min ?? 4);
  return Math.ceil(width * height * (FPS * seconds * MIN_VIDEO_BYTES_PER_PIXEL_FRAME + MIN_FRAME_BYTES_PER_PIXEL));
}
