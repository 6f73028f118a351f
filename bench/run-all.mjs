#!/usr/bin/env node
// `npm run bench`: every benchmark, one after another, each in its own process with its own
// table, then one summary table of the figures against their aims. Builds dist/ first when it is
// missing or older than src/. Benchmarks are measurements, not tests: nothing here fails `npm test`.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, distState } from './lib/dist.mjs';
import { describeMachine, machineDetails } from './lib/machine.mjs';
import { table } from './lib/report.mjs';

const BENCHMARKS = ['makespan', 'polling', 'scale', 'accounts', 'clip-cost', 'download', 'concat', 'validate'];
// Entries that run another benchmark's file with arguments of their own.
const RUNS = { accounts: { file: 'scale', args: ['--accounts', '10'] } };
const USAGE = `
Usage: npm run bench [-- options]      (or node bench/run-all.mjs [options])

Runs ${BENCHMARKS.join(', ')} (bench/<name>.mjs, accounts: bench/scale.mjs --accounts 10;
each also runs alone, see --help on each),
then prints one summary table. About 25 minutes on 2 cores (the assembly benchmark alone 10-15).

  --only LIST     just these, e.g. --only makespan,scale
  --skip LIST     all but these
  --out FILE      also write every figure as JSON to FILE
  --no-build      do not build dist/ even when it is older than src/
`;
const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    skip: { type: 'string' },
    out: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(USAGE.trim());
  process.exit(0);
}
const names = (text) => text.split(',').map((s) => s.trim()).filter(Boolean);
const unknown = [...names(values.only ?? ''), ...names(values.skip ?? '')].filter((n) => !BENCHMARKS.includes(n));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; expected some of ${BENCHMARKS.join(', ')}.`);
  process.exit(2);
}
const selected = BENCHMARKS.filter((n) => (values.only ? names(values.only).includes(n) : true) && !names(values.skip ?? '').includes(n));

const state = distState();
if (state !== 'fresh') {
  if (values['no-build'] && state === 'missing') {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(2);
  }
  if (!values['no-build']) {
    console.log(`dist/ is ${state}: building it (npm run build) so the figures are of the current source.`);
    build();
  } else {
    console.log('note: dist/ is older than src/; measuring the last build (--no-build).');
  }
}
const machine = machineDetails();
console.log(`Machine: ${describeMachine(machine)}\n`);

const dir = await mkdtemp(join(tmpdir(), 'seedance-bench-all-'));
const results = [];
try {
  for (const name of selected) {
    const json = join(dir, `${name}.json`);
    const loadBefore = loadavg()[0];
    const started = Date.now();
    const { file, args } = RUNS[name] ?? { file: name, args: [] };
    console.log(`\n=== ${name} (node bench/${[`${file}.mjs`, ...args].join(' ')}) ===`);
    const code = await new Promise((resolve) => {
      const child = spawn(process.execPath, [fileURLToPath(new URL(`./${file}.mjs`, import.meta.url)), ...args, '--json', json], { stdio: 'inherit' });
      child.once('error', () => resolve(-1));
      child.once('exit', (c) => resolve(c ?? -1));
    });
    const seconds = (Date.now() - started) / 1000;
    let rows;
    try {
      rows = JSON.parse(await readFile(json, 'utf8')).rows;
    } catch {
      rows = [{ benchmark: name, measure: `failed (exit ${code}); see its output above`, value: '', aim: '', met: false }];
    }
    results.push({ name, code, seconds, loadBefore, loadAfter: loadavg()[0], rows });
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}

const mark = (met) => (met === true ? 'met' : met === false ? 'MISSED' : '');
console.log(`\n=== Summary ===\nMachine: ${describeMachine(machine)}\n`);
console.log(table(['benchmark', 'measure', 'value', 'aim', ''], results.flatMap((r) => r.rows.map((row) => [row.benchmark, row.measure, row.value, row.aim, mark(row.met)]))));
console.log(`\n${results.map((r) => `${r.name} ${r.seconds.toFixed(0)} s (load ${r.loadBefore.toFixed(1)} → ${r.loadAfter.toFixed(1)})`).join(', ')}`);
console.log('The machine is shared: compare the 1-minute load averages above with its 2 cores before trusting a figure.');
if (values.out) await writeFile(values.out, JSON.stringify({ machine, results }, null, 2));
