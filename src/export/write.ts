// Writing editor projects: where they may go and what they may replace. By default
// `<output>/<name>.<ext>` in the output folder; a chosen path must end with the format's extension
// and lie inside the project (or a folder allowed with --allow-path), symlinks followed. A file
// already there is replaced only when seedance wrote it (the output folder's record lists it with
// this size); every file written is added to that record, as the film is.
import { existsSync } from 'node:fs';
import { lstat, mkdir } from 'node:fs/promises';
import { dirname, extname, join, relative } from 'node:path';
import { writeFileAtomic } from '../core/atomic-write.js';
import { SeedanceError } from '../core/errors.js';
import { describeProject, findRoots, realPathOf, withinRoots } from '../manifest/project.js';
import type { ResolvedConcat, ResolvedManifest } from '../manifest/types.js';
import type { LockFile } from '../state/lock.js';
import { OWNED_FILE, claimOutput, isOwned, ownedName, readOwned, updateOwned } from '../state/output-owner.js';
import { FORMAT_WRITERS, type ExportFormat } from './formats.js';
import { buildCut, type Cut } from './timeline.js';

export interface ExportOptions {
  /** Where to write (one format only); default `<output>/<name>.<ext>`. */
  target?: string;
  /** Folders besides the project a target may lie in (--allow-path). */
  allowPaths?: readonly string[];
}

export interface ExportResult {
  format: ExportFormat;
  file: string;
  bytes: number;
}

/** The default file of a format: `<output>/<film name>.<ext>`. */
export function defaultExportPath(manifest: ResolvedManifest, format: ExportFormat): string {
  return join(manifest.output, `${manifest.name}${FORMAT_WRITERS[format].extension}`);
}

/** Builds the cut once and writes each format; throws before writing anything when a target is refused. */
export async function exportProjects(manifest: ResolvedManifest, concat: ResolvedConcat, lock: Readonly<LockFile>, formats: readonly ExportFormat[], options: ExportOptions = {}): Promise<ExportResult[]> {
  if (options.target !== undefined && formats.length !== 1) throw new SeedanceError('usage', 'A target file (-o) takes one format.', { hint: 'Export the formats one by one, or leave out -o.' });
  const targets = formats.map((format) => ({ format, file: options.target ?? defaultExportPath(manifest, format) }));
  for (const { format, file } of targets) await requireExportWritable(manifest, format, file, options.allowPaths ?? []);
  const cut: Cut = await buildCut(manifest, concat, lock, existsSync);
  await claimOutput(manifest);
  const results: ExportResult[] = [];
  for (const { format, file } of targets) {
    const text = FORMAT_WRITERS[format].write(cut);
    // Asked again right before the write: something may have appeared there meanwhile.
    await requireExportWritable(manifest, format, file, options.allowPaths ?? []);
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, text);
    const bytes = Buffer.byteLength(text);
    await updateOwned(manifest, { add: [{ name: ownedName(manifest.output, file), bytes }] });
    results.push({ format, file, bytes });
  }
  return results;
}

export async function requireExportWritable(manifest: ResolvedManifest, format: ExportFormat, file: string, allowPaths: readonly string[]): Promise<void> {
  const here = (path: string): string => relative(manifest.dir, path) || '.';
  const extension = FORMAT_WRITERS[format].extension;
  if (extname(file).toLowerCase() !== extension) {
    throw new SeedanceError('usage', `${here(file)} does not end with ${extension}, the extension of ${format} projects.`, {
      hint: `Name the file <something>${extension}; editors pick the format by it.`,
    });
  }
  const roots = await findRoots(manifest.dir, allowPaths);
  const real = await realPathOf(file);
  if (!withinRoots(roots, real)) {
    throw new SeedanceError('output.outside', `${here(file)} (${real}) is outside ${describeProject(roots)}: seedance writes only inside the project. Nothing was written.`, {
      hint: 'Choose a file inside the project (default: the output folder), or allow the folder with --allow-path DIR.',
    });
  }
  const info = await lstat(file).catch(() => undefined);
  if (!info) return;
  if (info.isFile() && isOwned(await readOwned(manifest.output), ownedName(manifest.output, file), info.size)) return;
  const what = info.isSymbolicLink() ? 'a symlink' : info.isDirectory() ? 'a folder' : info.isFile() ? 'a file' : 'something';
  throw new SeedanceError(
    'output.foreign-file',
    `${here(file)} is already there, ${what} seedance did not write (the output folder's record of what seedance made, ${OWNED_FILE}, does not list it with this size), and the ${format} project would replace it. It was left as it is.`,
    { hint: `Move or rename ${here(file)} if it is yours, or choose another file with -o.` },
  );
}
