// Writing <output>/report.html (and its thumbnails in <output>/report/) for a manifest: after every
// run, and by `seedance report`. The page is replaced atomically, so a browser never loads half.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ResolvedManifest } from '../../manifest/types.js';
import { asSeedanceError } from '../../core/fs-errors.js';
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
  const thumbs = new Thumbnails(manifest.output, options.signal);
  const file = join(manifest.output, REPORT_FILE);
  try {
    await mkdir(thumbs.dir, { recursive: true });
    const data = await collectReport(manifest, lock, thumbs, options.now);
    await writeFileAtomic(file, buildReportHtml(data));
  } catch (error) {
    throw asSeedanceError(error);
  }
  return file;
}
