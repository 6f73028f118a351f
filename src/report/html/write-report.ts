// Writing <output>/report.html (and its thumbnails in <output>/report/) for a manifest: after every
// run, and by `seedance report`. The page is replaced atomically, so a browser never loads half.
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ResolvedManifest } from '../../manifest/types.js';
import { SeedanceError } from '../../core/errors.js';
import { asSeedanceError } from '../../core/fs-errors.js';
import { isInside, realPathOf } from '../../manifest/project.js';
import { claimOutput } from '../../state/output-owner.js';
import { writeFileAtomic } from '../../core/atomic-write.js';
import { lockPathFor, readLock, type LockFile } from '../../state/lock.js';
import { buildReportHtml } from './build-html.js';
import { collectReport } from './collect.js';
import { Thumbnails } from './thumbnails.js';

export const REPORT_FILE = 'report.html';

export interface WriteReportOptions {
  /** The lock as the run left it (default: read from beside the manifest). */
  lock?: Readonly<LockFile>;
  signal?: AbortSignal;
  now?: Date;
}

/** Writes the report and returns its absolute path. */
export async function writeReport(manifest: ResolvedManifest, options: WriteReportOptions = {}): Promise<string> {
  const lock = options.lock ?? (await readLock(lockPathFor(manifest.file), manifest.file));
  const thumbs = new Thumbnails(manifest, options.signal);
  const file = join(manifest.output, REPORT_FILE);
  try {
    await claimOutput(manifest);
    await requireInsideOutput(manifest, thumbs.dir);
    await mkdir(thumbs.dir, { recursive: true });
    const data = await collectReport(manifest, lock, thumbs, options.now);
    await writeFileAtomic(file, buildReportHtml(data));
  } catch (error) {
    throw asSeedanceError(error);
  }
  return file;
}

/** The thumbnails' folder, after following symlinks, is in the output folder: a `report` link cannot send them elsewhere. */
async function requireInsideOutput(manifest: ResolvedManifest, folder: string): Promise<void> {
  const real = await realPathOf(folder);
  if (isInside(await realPathOf(manifest.output), real)) return;
  const here = relative(manifest.dir, folder) || '.';
  throw new SeedanceError('output.outside', `The report's thumbnails would be written to ${real}, outside the output folder: ${here} is a symlink that leads elsewhere. Nothing was written there.`, {
    hint: `Replace ${here} with a real folder (or remove it: the report makes it), then write the report again (\`seedance report\`).`,
  });
}
