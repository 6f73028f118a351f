// The review page: the report, built by its own collector and builder from the manifest, the lock
// and the output folder as they are now, with the review's controls added (client.ts). Built
// afresh for every load, so a reload after a pick or a run's step shows the new state.
import { relative } from 'node:path';
import { asSeedanceError } from '../core/fs-errors.js';
import { formatDiagnostics, loadManifest } from '../manifest/index.js';
import type { ResolvedManifest } from '../manifest/types.js';
import { Thumbnails } from '../report/html/thumbnails.js';
import { reportHtml } from '../report/html/write-report.js';
import { lockPathFor } from '../state/lock.js';
import { reviewProblemPage, withReview, type ReviewData, type ReviewShot } from './client.js';
import { reviewVersion } from './version.js';

/**
 * Thumbnails that are made but never pruned: the review may run beside a run, whose newest
 * thumbnails a page built a moment earlier does not know. Pruning is left to the report a run or
 * `seedance report` writes, which sees the whole picture.
 */
class ReviewThumbnails extends Thumbnails {
  override prune(): Promise<void> {
    return this.record();
  }
}

export interface PageContext {
  manifestFile: string;
  allowPaths?: readonly string[];
  /** The manifest as the user named it, for the commands the page shows. */
  manifestArg: string;
  token: string;
}

export interface BuiltPage {
  html: string;
  /** The manifest the page was built from, when it loaded (its output folder is what the server serves). */
  manifest?: ResolvedManifest;
}

export async function buildReviewPage(context: PageContext): Promise<BuiltPage> {
  // The version is taken first: a change while the page is built makes the page reload again.
  const version = await reviewVersion(context.manifestFile, lockPathFor(context.manifestFile));
  const data = (shots: ReviewShot[]): ReviewData => ({ token: context.token, version, shots });
  const loaded = await loadManifest(context.manifestFile, context.allowPaths ? { allowPaths: context.allowPaths } : {});
  if (!loaded.manifest) {
    const text = formatDiagnostics(loaded.diagnostics, loaded.source, { color: false });
    return { html: reviewProblemPage(`${context.manifestArg} has errors`, `${text}\n\nFix them and save: the page comes back.`, data([])) };
  }
  const manifest = loaded.manifest;
  try {
    const report = await reportHtml(manifest, new ReviewThumbnails(manifest));
    return { html: withReview(report, data(reviewShots(manifest, context.manifestArg))), manifest };
  } catch (caught) {
    const error = asSeedanceError(caught);
    if (error.code === 'internal') throw error;
    const where = relative(manifest.dir, manifest.output) || '.';
    return { html: reviewProblemPage(`The review of ${context.manifestArg} cannot be shown`, `error[${error.code}] ${error.message}${error.hint ? `\nnext: ${error.hint}` : ''}\n(output folder: ${where})`, data([])), manifest };
  }
}

function reviewShots(manifest: ResolvedManifest, manifestArg: string): ReviewShot[] {
  const picked = new Map(manifest.shots.flatMap((s) => (s.take && s.take.shot === s.id ? [[s.id, s.take.number] as const] : [])));
  return manifest.shots.map((shot) => ({
    id: shot.id,
    remake: `seedance run ${shellWord(manifestArg)} --only ${shellWord(shot.id)} --force`,
    ...(shot.take && shot.take.of > 1 ? { takes: { ...shot.take, picked: picked.get(shot.take.shot) ?? 1 } } : {}),
  }));
}

/** A word as a POSIX shell reads it: quoted only when it has to be. */
function shellWord(word: string): string {
  return /^[\w./:@%+=,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
