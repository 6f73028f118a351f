// Issue 16: `npm pack` ships what a user needs and nothing of a working copy (example outputs, the
// clip store, the simulator's state, lock files, source maps, compiled leftovers of removed
// sources). Packs a copy of the package with such files planted in it, as `npm pack` would after
// a run of the examples: prepack (scripts/prune-dist.mjs), then the package.json "files" list.
// The build (prepare) is not run again: dist/ is built by the test set-up.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp.js';

const root = new URL('../..', import.meta.url).pathname;
const run = promisify(execFile);

interface Packed {
  entryCount: number;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}

/** What a working copy holds after `seedance run` of the examples, a benchmark and a stray build. */
const PLANTED = [
  'manifests/examples/out/kitten-morning/final.mp4',
  'manifests/examples/out/kitten-morning/report.html',
  'manifests/examples/out/kitten-morning/.simulator/tasks.json',
  'manifests/examples/kitten-morning.yaml.lock.json',
  'manifests/examples/.kitten-morning.yaml.lock.json.writer',
  'manifests/examples/.seedance/store/ab/cd.mp4',
  'manifests/examples/assets/.seedance/store/x.json',
  'bench/results/latest.json',
  'dist/run/zz-scratch.js',
  'dist/run/zz-scratch.d.ts',
  'out/film.mp4',
  '.seedance/store/x.json',
];

async function packCopy(): Promise<Packed> {
  const dir = await tempDir('seedance-pack-');
  for (const entry of ['package.json', 'README.md', 'BENCHMARKS.md', 'docs', 'schemas', 'manifests/examples', 'scripts/prune-dist.mjs', 'src', 'dist']) {
    await cp(join(root, entry), join(dir, entry), { recursive: true, filter: (source) => !/\/(out|\.seedance)(\/|$)|\.lock\.json/.test(source.slice(root.length)) });
  }
  for (const file of PLANTED) {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await writeFile(join(dir, file), 'planted\n');
  }
  // What npm runs before packing (prepare, the build, is left out: dist/ is fresh).
  await run('npm', ['run', 'prepack', '--silent'], { cwd: dir });
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '--offline'], { cwd: dir, env: { ...process.env, npm_config_loglevel: 'silent' } });
  return (JSON.parse(stdout) as Packed[])[0] as Packed;
}

describe('npm pack', () => {
  it('ships dist, the schema, the README and the docs it links, and the examples; nothing of a working copy', async () => {
    const packed = await packCopy();
    const paths = packed.files.map((f) => f.path);

    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string>; main: string; types: string; exports: Record<string, string | Record<string, string>> };
    const entryPoints = [...Object.values(pkg.bin), pkg.main, pkg.types, ...Object.values(pkg.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e)))].map((p) => p.replace(/^\.\//, ''));
    const readme = await readFile(join(root, 'README.md'), 'utf8');
    const linked = [...readme.matchAll(/\]\(((?!https?:|#)[^)#]+)(#[^)]*)?\)/g)].map((m) => m[1] as string);
    expect(linked).toContain('docs/manifest.md');
    const examples = ['kitten-morning.yaml', 'draft-to-final.yaml', 'reference-ad.yaml', 'openai-trailer.yaml', 'assets/cup.png', 'assets/jingle.mp3'].map((f) => `manifests/examples/${f}`);
    for (const needed of ['package.json', 'README.md', 'schemas/manifest.schema.json', 'dist/cli/main.js', ...entryPoints, ...linked, ...examples]) expect(paths, needed).toContain(needed);

    const forbidden = paths.filter((p) => /(^|\/)(out|\.seedance|\.simulator|bench|test|src|node_modules)\/|\.lock\.json|\.map$|zz-scratch|\.writer/.test(p));
    expect(forbidden).toEqual([]);
    // Every compiled file comes from a source that exists (no leftovers of removed sources).
    const dist = paths.filter((p) => p.startsWith('dist/'));
    expect(dist.every((p) => p.endsWith('.js') || p.endsWith('.d.ts'))).toBe(true);
    const orphans = dist.filter((p) => !existsSync(join(root, 'src', p.slice('dist/'.length).replace(/(\.d\.ts|\.js)$/, '.ts'))));
    expect(orphans).toEqual([]);
    expect(paths.filter((p) => !/^(dist|docs|schemas|manifests\/examples)\//.test(p)).sort()).toEqual(['BENCHMARKS.md', 'README.md', 'package.json']);

    // Today about 470 files and 0.5 MB packed (1.9 MB unpacked); a ceiling well above it.
    expect(packed.entryCount).toBeLessThan(700);
    expect(packed.size).toBeLessThan(1_000_000);
    expect(packed.unpackedSize).toBeLessThan(3_500_000);
  });
});
