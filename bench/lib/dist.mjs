// The benchmarks run the built package (dist/), as users do. These helpers find it, say when it
// is older than src/, and build it when asked.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** SEEDANCE_BENCH_DIST=other-build (a folder inside the repository) measures another build, e.g. a patched copy. */
const DIST_DIR = process.env.SEEDANCE_BENCH_DIST ?? 'dist';
export const BIN = join(ROOT, DIST_DIR, 'cli/bin.js');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** 'missing', 'stale' (a file under src/ is newer than the build) or 'fresh'. */
export function distState() {
  const marker = join(ROOT, DIST_DIR, 'index.js');
  if (!existsSync(marker) || !existsSync(BIN)) return 'missing';
  if (DIST_DIR !== 'dist') return 'fresh'; // a hand-made build: not ours to judge
  return newest(join(ROOT, 'src')) > newest(join(ROOT, 'dist')) ? 'stale' : 'fresh';
}

export function build() {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('`npm run build` failed; fix the type errors above, then run the benchmark again.');
}

/** For a single benchmark: stop when dist/ is missing, warn when it is older than src/. */
export function requireDist() {
  const state = distState();
  if (state === 'missing') {
    console.error('dist/ is missing: run `npm run build` first (or `npm run bench`, which builds it).');
    process.exit(2);
  }
  if (state === 'stale') console.error('note: dist/ is older than src/; these figures are of the last build (`npm run build` to refresh).');
}

/** Import a module of the built package: dist('index.js') is the public API the benchmarks use. */
export function dist(path) {
  return import(new URL(`../../${DIST_DIR}/${path}`, import.meta.url).href);
}
