// May the film be written where the manifest says? Its folder, after following symlinks, must be
// the output folder or inside it, and a file already at its name must be one seedance wrote (in the
// output folder's record, or the film the lock names, with the same size). Checked before a run
// sends anything, and again by the assembly right before it writes.
import { lstat } from 'node:fs/promises';
import { basename, dirname, relative } from 'node:path';
import { SeedanceError } from '../core/errors.js';
import { isInside, realPathOf } from '../manifest/project.js';
import type { ResolvedManifest } from '../manifest/types.js';
import { lockPathFor, readLock, type LockFile } from './lock.js';
import { OWNED_FILE, isOwned, ownedName, readOwned } from './output-owner.js';

export interface FilmGuardOptions {
  /** The lock as it stands (default: read from beside the manifest); its concat record names a film made before the record existed. */
  lock?: Readonly<LockFile>;
  /** Before a run: the message says nothing was sent. */
  beforeRun?: boolean;
  /** What is written there, for the message (default "the film"): e.g. "the film's subtitles". */
  what?: string;
}

export async function requireFilmWritable(manifest: ResolvedManifest, film: string, options: FilmGuardOptions = {}): Promise<void> {
  const here = (path: string): string => relative(manifest.dir, path) || '.';
  const realOutput = await realPathOf(manifest.output);
  const realFolder = await realPathOf(dirname(film));
  if (!isInside(realOutput, realFolder)) {
    throw new SeedanceError('output.outside', `The film ${here(film)} would be written to ${realFolder}, outside the output folder ${here(manifest.output)}: a folder on its way is a symlink that leads elsewhere. Nothing was written there.`, {
      hint: 'Replace the symlink with a real folder, or set `concat.output` to a file name directly in the output folder (e.g. `final.mp4`).',
    });
  }
  const info = await lstat(film).catch(() => undefined);
  if (!info) return;
  const name = ownedName(manifest.output, film);
  if (info.isFile()) {
    if (isOwned(await readOwned(manifest.output), name, info.size)) return;
    const lock = options.lock ?? (await readLock(lockPathFor(manifest.file), manifest.file));
    const previous = lock.concat?.output;
    if (previous && previous.file === basename(film) && previous.bytes === info.size) return;
  }
  const what = info.isSymbolicLink() ? 'a symlink' : info.isDirectory() ? 'a folder' : info.isFile() ? 'a file' : 'something';
  throw new SeedanceError(
    'output.foreign-file',
    `${here(film)} is already there, ${what} seedance did not write (the output folder's record of what seedance made, ${OWNED_FILE}, does not list it with this size), and ${options.what ?? 'the film'} would replace it. ${options.beforeRun ? 'Nothing was sent, and it' : 'It'} was left as it is.`,
    { hint: `Move or rename ${here(film)} if it is yours, or set \`concat.output\` to another name (e.g. \`concat: { output: film.mp4 }\`).` },
  );
}
