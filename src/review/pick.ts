// A pick button's action: `take: K` written into the manifest the way `seedance pick` writes it
// (pickTake keeps the comments and layout), under the manifest's writer lock, so a pick never
// lands in the middle of a run, a pin or another pick. The answer is for the page to show.
import { SeedanceError } from '../core/errors.js';
import { loadManifest } from '../manifest/index.js';
import { lockPathFor } from '../state/lock.js';
import { writePick } from '../state/pick.js';
import { acquireWriterLock } from '../state/writer-lock.js';

export interface PickAnswer {
  status: number;
  message: string;
  hint?: string;
}

export interface PickContext {
  manifestFile: string;
  allowPaths?: readonly string[];
  /** The manifest as the user named it, for the commands the answer suggests. */
  manifestArg: string;
}

export async function pickFromPage(context: PickContext, shotId: unknown, take: unknown): Promise<PickAnswer> {
  if (typeof shotId !== 'string' || typeof take !== 'number' || !Number.isInteger(take) || take < 1) {
    return { status: 400, message: 'A pick names a shot and a take number (1, 2, ...); this one did not.', hint: 'Reload the page and press a pick button.' };
  }
  const loaded = await loadManifest(context.manifestFile, context.allowPaths ? { allowPaths: context.allowPaths } : {});
  if (!loaded.manifest) {
    return { status: 409, message: `${context.manifestArg} has errors now, so nothing was picked.`, hint: `Run \`seedance validate ${context.manifestArg}\`, fix what it lists, and pick again.` };
  }
  const shot = loaded.manifest.shots.find((s) => s.id === shotId && s.take?.shot === shotId);
  if (!shot?.take) return { status: 409, message: `${context.manifestArg} has no shot \`${shotId}\` with takes now, so nothing was picked.`, hint: 'The page is older than the manifest: it reloads by itself; pick again there.' };
  if (take > shot.take.of) return { status: 409, message: `Shot ${shotId} makes ${shot.take.of} takes now, so there is no take ${take}.`, hint: 'The page reloads by itself; pick again there.' };
  let writer;
  try {
    writer = await acquireWriterLock(lockPathFor(context.manifestFile), { command: 'seedance review (a pick)' });
  } catch (error) {
    if (error instanceof SeedanceError && error.code === 'lock.busy') return { status: 409, message: `Nothing was picked: ${error.message}`, hint: 'Pick again when it is done (this page reloads as it works), or stop it.' };
    throw error;
  }
  try {
    const picked = await writePick(context.manifestFile, shotId, take);
    if (!picked) return { status: 409, message: `Shot ${shotId} could not be found in the text of ${context.manifestArg}, so nothing was picked.`, hint: 'Check the manifest.' };
    const { was } = picked;
    if (was === take) return { status: 200, message: `${shotId}: take ${take} is picked already.` };
    return { status: 200, message: `${shotId}: take ${take} picked (was ${was}).`, hint: `\`seedance run ${context.manifestArg}\` joins it into the film, with no new task for ${shotId}.` };
  } finally {
    await writer.release();
  }
}
