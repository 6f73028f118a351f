// Where a manifest may read its media from and put its outputs: its project (the git work tree
// that holds it, found by walking up for a `.git` folder or file, without running git; else the
// manifest's own folder) and the folders allowed with `--allow-path` (`allowPaths`). Paths are
// compared after following symlinks, so a link inside the project that points out of it counts as
// outside. Only names are looked at (lstat, readlink): no file is opened here.
import { lstat, readlink, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export interface Roots {
  /** The real path of the project folder. */
  project: string;
  /** How the project was found: a git work tree, or the manifest's folder (no `.git` above it). */
  kind: 'git' | 'folder';
  /** Real paths of the folders allowed besides the project. */
  allowed: string[];
}

/** Symlinks followed in a row before a path is taken as it stands (the kernel's own limit is 40). */
const MAX_LINKS = 40;

export async function findRoots(manifestDir: string, allowPaths: readonly string[] = []): Promise<Roots> {
  const dir = await realPathOf(manifestDir);
  const git = await gitWorkTree(dir);
  const allowed = await Promise.all(allowPaths.map((path) => realPathOf(resolve(path))));
  return { project: git ?? dir, kind: git ? 'git' : 'folder', allowed };
}

/** The nearest folder at or above `dir` that has a `.git` entry (a folder, or a file in a worktree). */
async function gitWorkTree(dir: string): Promise<string | undefined> {
  for (let at = dir; ; at = dirname(at)) {
    if (await lstat(join(at, '.git')).then(() => true, () => false)) return at;
    if (dirname(at) === at) return undefined;
  }
}

/**
 * The path with every symlink followed. For a path that does not exist (yet), the real path of its
 * nearest existing folder with the rest appended; a dangling symlink counts as where it points.
 */
export async function realPathOf(path: string, links = 0): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    // Not there (or not reachable): follow a dangling link by hand, else resolve the parent.
  }
  if (links < MAX_LINKS) {
    const target = await readlink(absolute).catch(() => undefined);
    if (target !== undefined) return realPathOf(resolve(dirname(absolute), target), links + 1);
  }
  const parent = dirname(absolute);
  if (parent === absolute) return absolute;
  return join(await realPathOf(parent, links), basename(absolute));
}

/** Whether `path` is `folder` or inside it (both absolute, both real or both as written). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** Whether a real path lies in the project or an allowed folder. */
export function withinRoots(roots: Roots, real: string): boolean {
  return isInside(roots.project, real) || roots.allowed.some((folder) => isInside(folder, real));
}

/** "the project (/work/films: the git work tree that holds the manifest)" */
export function describeProject(roots: Roots): string {
  return `the project (${roots.project}: ${roots.kind === 'git' ? 'the git work tree that holds the manifest' : "the manifest's folder, as no .git is above it"})`;
}
