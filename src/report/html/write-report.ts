// Writing <output>/report.html (and its thumbnails in <output>/report/) for a manifest: after every
// run, and by `seedance report`. The page is replaced atomically, so a browser never loads half.
import { join } from 'node:path';
import type { ResolvedManifest } from '../../manifest/types.js';
import { asSeedanceError } from '../../core/fs-errors.js';
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
export function writeReport(manifest: ResolvedManifest, options: WriteReportOptions = {}): Promise<string> {
  return writeReportWith(manifest, new Thumbnails(manifest, options.signal), options);
}

/** writeReport with thumbnails that may be made already or still being made (a run's, see run-thumbnails.ts). */
export async function writeReportWith(manifest: ResolvedManifest, thumbs: Thumbnails, options: Omit<WriteReportOptions, 'signal'> = {}): Promise<string> {
  const file = join(manifest.output, REPORT_FILE);
  try {
    await writeFileAtomic(file, await reportHtml(manifest, thumbs, options));
  } catch (error) {
    throw asSeedanceError(error);
  }
  return file;
}

/** The report's page (its thumbnails made with `thumbs`), not written anywhere: `seedance review` serves it. */
export async function reportHtml(manifest: ResolvedManifest, thumbs: Thumbnails, options: Omit<WriteReportOptions, 'signal'> = {}): Promise<string> {
  const lock = options.lock ?? (await readLock(lockPathFor(manifest.file), manifest.file));
  await claimOutput(manifest);
  await thumbs.prepare();
  return buildReportHtml(await collectReport(manifest, lock, thumbs, options.now));
}
