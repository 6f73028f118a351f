#!/usr/bin/env node
// How long report.html takes after the film: the time from a run's assembly-finished event to its
// report-written event, for a storyboard of N shots made and joined on the simulator (in another
// process), each run in a fresh output folder (no thumbnail made before). The build before a
// change (any commit, built into a temp folder from `git archive`) and the current dist/ run in
// turns, `--repeat` times each, so both see the same machine load. A figure, never a test.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, requireDist } from './lib/dist.mjs';
import { describeMachine, machineDetails } from './lib/machine.mjs';
import { median, ms, numberOption, parseBenchArgs, table } from './lib/report.mjs';
import { startSimulatorProcess } from './lib/simulator-process.mjs';

const USAGE = `
Usage: node bench/report-latency.mjs [options]

  --shots N        storyboard size (default 24); every fourth shot starts from the last frame of the one before
  --before REV     the commit to compare with (default 846b800, the last one before thumbnails were made during the run)
  --repeat N       runs of each build, taken in turns (default 2)
  --fast           the simulator's fast mode (one real MP4 served for every task) instead of rendering each clip
`;
const values = parseBenchArgs(USAGE, {
  shots: { type: 'string', default: '24' },
  before: { type: 'string', default: '846b800' },
  repeat: { type: 'string', default: '2' },
  fast: { type: 'boolean', default: false },
});
requireDist();
const shots = numberOption(values, 'shots');
const repeat = numberOption(values, 'repeat');
console.log(`# report latency: ${describeMachine(machineDetails())}`);

function storyboard(count) {
  const lines = ['version: 1', 'name: report-bench', 'defaults: { resolution: 480p, duration: 5 }', 'shots:'];
  for (let i = 0; i < count; i++) {
    lines.push(`  - id: s${String(i).padStart(2, '0')}`, `    prompt: Shot ${i} of the report benchmark, a heron walks along the river`, `    seed: ${100 + i}`);
    if (i % 4 === 3) lines.push(`    first_frame: { shot: s${String(i - 1).padStart(2, '0')} }`);
  }
  lines.push('concat: {}');
  return `${lines.join('\n')}\n`;
}

/** The commit's src/ built into a temp folder (node_modules linked from this checkout). */
async function buildRevision(rev) {
  const dir = await mkdtemp(join(tmpdir(), 'seedance-bench-before-'));
  const tar = join(dir, 'src.tar');
  execFileSync('git', ['-C', ROOT, 'archive', '-o', tar, rev, 'src', 'schemas', 'package.json', 'tsconfig.json', 'tsconfig.build.json']);
  execFileSync('tar', ['-x', '-f', tar, '-C', dir]);
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const built = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error(`building ${rev} failed`);
  return dir;
}

const CHILD = fileURLToPath(new URL('./lib/report-child.mjs', import.meta.url));

async function runOnce(distDir, baseUrl) {
  const dir = await mkdtemp(join(tmpdir(), 'seedance-bench-report-'));
  try {
    const manifest = join(dir, 'story.yaml');
    await writeFile(manifest, storyboard(shots));
    const resultFile = join(dir, 'result.json');
    const child = spawn(process.execPath, [CHILD, JSON.stringify({ distDir, manifest, baseUrl, resultFile, concurrency: 10 })], { stdio: ['ignore', 'inherit', 'inherit'] });
    const code = await new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', resolve);
    });
    if (code !== 0) throw new Error(`the runner exited with ${code}`);
    const result = JSON.parse(await readFile(resultFile, 'utf8'));
    if (result.summary.result !== 'done' || !result['assembly-finished'] || !result['report-written']) throw new Error(`the run did not make the film and the report: ${JSON.stringify(result.summary)}`);
    return { afterFilm: result['report-written'] - result['assembly-finished'], afterLastClip: result['report-written'] - result.lastShotDone };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

console.log(`building ${values.before} into a temp folder...`);
const beforeDir = await buildRevision(values.before);
const builds = [
  { name: `before (${values.before})`, dir: join(beforeDir, 'dist'), runs: [] },
  { name: `after (dist/, ${execFileSync('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()}${execFileSync('git', ['-C', ROOT, 'status', '--porcelain', 'src'], { encoding: 'utf8' }) ? ' + uncommitted src' : ''})`, dir: join(ROOT, 'dist'), runs: [] },
];
const sim = await startSimulatorProcess({ seed: 7, fast: values.fast, runningLimit: 10, latency: { queuedMs: [100, 300], runningMs: [1000, 2500] } });
try {
  // One untimed run renders the clips into the simulator's cache, so no timed run pays for that.
  if (!values.fast) await runOnce(builds[1].dir, sim.url);
  for (let i = 0; i < repeat; i++) for (const build of builds) build.runs.push(await runOnce(build.dir, sim.url));
} finally {
  await sim.close();
  await rm(beforeDir, { recursive: true, force: true });
}
console.log(`\n${shots} shots, 480p, 5 s each, joined into one film; every run in a fresh output folder; ${repeat} runs of each build in turns\n`);
console.log(table(
  ['build', 'film written → report.html written (each run)', 'median', 'last clip saved → report.html (median)'],
  builds.map((b) => [b.name, b.runs.map((r) => ms(r.afterFilm)).join(', '), ms(median(b.runs.map((r) => r.afterFilm))), ms(median(b.runs.map((r) => r.afterLastClip)))]),
));
