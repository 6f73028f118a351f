#!/usr/bin/env node
// Benchmark: `seedance validate` on a generated 1000-shot manifest (chains of last frames, local
// reference images, a concat section) and on a small one (the quick-start example), as a whole
// process (what a user waits for) and as loadManifest() in-process. Prints medians.
// Also `seedance --version`, the start-up floor of the CLI.
// Needs `npm run build` first (it runs dist/). Aim: < 300 ms for 1000 shots, < 150 ms small.
//
//   node bench/validate.mjs [--runs 9] [--shots 1000] [--json FILE]
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { describeMachine } from './lib/machine.mjs';
import { parseBenchArgs, writeSummary } from './lib/report.mjs';

const values = parseBenchArgs(`
Usage: node bench/validate.mjs [options]

  --runs N      runs of each, median (default 9)
  --shots N     size of the generated manifest (default 1000)
  --json FILE   write the summary rows for run-all
`, { runs: { type: 'string', default: '9' }, shots: { type: 'string', default: '1000' } });
const runs = Number(values.runs);
console.log(`# validate: ${describeMachine()}`);
const shotCount = Number(values.shots);
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'dist/cli/bin.js');
if (!existsSync(bin)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const { loadManifest } = await import(new URL('../dist/manifest/index.js', import.meta.url).href);

function bigManifest(count) {
  const lines = ['version: 1', 'name: bench', 'defaults:', '  resolution: 480p', '  duration: 5', 'shots:'];
  for (let i = 0; i < count; i++) {
    lines.push(`  - id: shot-${i}`, `    prompt: Shot ${i} of the benchmark, a kitten in a garden, camera ${i % 7}`);
    // Chains of ten: each shot starts on the last frame of the one before; every fifth chain
    // starts from a local reference image instead of text alone.
    if (i % 10 !== 0) lines.push(`    first_frame: { shot: shot-${i - 1} }`);
    else if (i % 50 === 0) lines.push('    reference_images: [cup.png]');
  }
  lines.push('concat:', '  transition: { type: crossfade, duration: 0.5 }');
  return lines.join('\n') + '\n';
}

function median(list) {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// The validate command alone in a process: what `seedance validate` costs when the CLI does not
// load every other command (the run command pulls in the HTTP client, simulator and ffmpeg code).
const alone = `import { validateCommand } from ${JSON.stringify(new URL('../dist/cli/commands/validate.js', import.meta.url).href)};
const io = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
process.exitCode = await validateCommand.run({ values: {}, positionals: [process.argv[1]] }, io);`;

function timeProcess(file, entry = 'cli') {
  const times = [];
  const args = entry === 'cli' ? [bin, 'validate', file] : ['--input-type=module', '-e', alone, file];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`validate failed (${result.status}):\n${result.stdout}${result.stderr}`);
  }
  return times;
}

async function timeInProcess(file) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = await loadManifest(file);
    times.push(performance.now() - start);
    if (!result.manifest) throw new Error('the manifest did not validate');
  }
  return times;
}

const dir = mkdtempSync(join(tmpdir(), 'seedance-bench-validate-'));
try {
  copyFileSync(join(root, 'manifests/examples/assets/cup.png'), join(dir, 'cup.png'));
  const big = join(dir, 'big.yaml');
  writeFileSync(big, bigManifest(shotCount));
  const small = join(root, 'manifests/examples/kitten-morning.yaml');
  const rows = [];
  for (const [label, file] of [[`${shotCount} shots`, big], ['3 shots (kitten-morning)', small]]) {
    const cli = timeProcess(file);
    const commandAlone = timeProcess(file, 'alone');
    const inProcess = await timeInProcess(file);
    rows.push([label, median(cli), median(commandAlone), inProcess[0], median(inProcess.slice(1))]);
  }
  const bare = [];
  const version = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    bare.push(performance.now() - start);
    start = performance.now();
    const result = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    version.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`seedance --version failed (${result.status}): ${result.stderr}`);
  }
  const pad = (s, n) => String(s).padEnd(n);
  const ms = (n) => `${n.toFixed(1)} ms`;
  console.log(`seedance validate, ${runs} runs each, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  console.log(`${pad('manifest', 26)}${pad('seedance validate', 19)}${pad('validate alone', 16)}${pad('loadManifest cold', 19)}loadManifest warm`);
  for (const [label, cli, aloneMs, first, warm] of rows) console.log(`${pad(label, 26)}${pad(ms(cli), 19)}${pad(ms(aloneMs), 16)}${pad(ms(first), 19)}${ms(warm)}`);
  console.log('(process columns: whole process, median; "validate alone" runs only the validate command, as a CLI that loads commands lazily would)');
  console.log(`(\`seedance --version\` takes ${ms(median(version))}; a bare \`node -e 0\` ${ms(median(bare))} here)`);
  const [bigRow, smallRow] = rows;
  writeSummary(values.json, [
    { benchmark: 'start-up', measure: '`seedance --version`', value: ms(median(version)), aim: '', met: null },
    { benchmark: 'start-up', measure: `\`seedance validate\`, ${smallRow[0]}`, value: ms(smallRow[1]), aim: '< 150 ms', met: smallRow[1] < 150 },
    { benchmark: 'start-up', measure: `\`seedance validate\`, ${bigRow[0]}`, value: ms(bigRow[1]), aim: '< 300 ms', met: bigRow[1] < 300 },
  ]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
