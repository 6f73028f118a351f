// Removes from dist/ what no file of src/ compiles to any more: tsc never deletes the output of a
// source that was renamed or removed, and `npm pack` would ship it. Runs before every pack
// (package.json prepack); removes nothing that a current source makes.
import { readdirSync, rmSync, existsSync, rmdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const src = join(root, 'src');

/** The source a dist file was compiled from: a.js, a.js.map, a.d.ts, a.d.ts.map all come from a.ts. */
function sourceOf(file) {
  const base = file.replace(/\.d\.ts\.map$|\.d\.ts$|\.js\.map$|\.js$/, '');
  return base === file ? undefined : join(src, `${base}.ts`);
}

const removed = [];
function prune(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      prune(path);
      if (readdirSync(path).length === 0) rmdirSync(path);
      continue;
    }
    const source = sourceOf(relative(dist, path));
    if (source === undefined || !existsSync(source)) {
      rmSync(path, { force: true });
      removed.push(relative(root, path));
    }
  }
}

if (existsSync(dist)) prune(dist);
if (removed.length > 0) console.error(`prune-dist: removed ${removed.length} file(s) no source makes: ${removed.join(', ')}`);
