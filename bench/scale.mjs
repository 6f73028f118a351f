#!/usr/bin/env node
// Benchmark 3, scale: a generated 1000-shot storyboard made by `seedance run` against the
// simulator in fast mode with tiny latencies, the simulator in another process so that only our
// own process is measured: CPU time per shot (process.cpuUsage of the runner), peak RSS
// (maxRSS / VmHWM), and the CPU of the ffprobe/ffmpeg checks it started, apart.
// Aim: under 2 ms of CPU per shot, under 200 MB.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireDist } from './lib/dist.mjs';
import { describeMachine, machineDetails } from './lib/machine.mjs';
import { numberOption, parseBenchArgs, seconds, table, writeSummary } from './lib/report.mjs';
import { runInChild } from './lib/run-process.mjs';
import { startSimulatorProcess } from './lib/simulator-process.mjs';
import { describeShape, generateStoryboard } from './lib/storyboard.mjs';
import { parseRange, warmUp } from './lib/warm-up.mjs';

const USAGE = `
Usage: node bench/scale.mjs [options]

  --shots N             storyboard size (default 1000)
  --concurrency N       tasks at the service at once (default 50)
  --queued A-B          ms a task waits queued (default 10-50)
  --running A-B         ms a task runs (default 50-200)
  --poll-interval MS    a fixed poll interval (default: the adaptive cadence)
  --independent         shots without chains (no last frames passed on)
  --seed N              storyboard and simulator seed (default 11)
  --cpu-prof DIR        write a CPU profile of the runner process into DIR
  --json FILE           write the summary rows for run-all
`;
const values = parseBenchArgs(USAGE, {
  shots: { type: 'string', default: '1000' },
  concurrency: { type: 'string', default: '50' },
  queued: { type: 'string', default: '10-50' },
  running: { type: 'string', default: '50-200' },
  'poll-interval': { type: 'string' },
  independent: { type: 'boolean', default: false },
  seed: { type: 'string', default: '11' },
  'cpu-prof': { type: 'string' },
});
requireDist();
const shots = numberOption(values, 'shots');
const concurrency = numberOption(values, 'concurrency');
const seed = numberOption(values, 'seed');
const pollInterval = values['poll-interval'] === undefined ? undefined : numberOption(values, 'poll-interval');
const machine = machineDetails();
console.log(`# scale: ${describeMachine(machine)}`);
const { yaml, shape } = generateStoryboard({ shots, seed, concurrency, independent: values.independent, name: 'scale' });
console.log(describeShape(shape));
const simOptions = { seed, fast: true, runningLimit: 100_000, createsPerMinute: 10_000_000, latency: { queuedMs: parseRange(values.queued), runningMs: parseRange(values.running) } };
console.log(`simulator (another process, fast mode): queued ${values.queued} ms, running ${values.running} ms; seedance run: concurrency ${concurrency}, ${pollInterval === undefined ? 'adaptive polling' : `polling every ${pollInterval} ms`}`);

const dir = await mkdtemp(join(tmpdir(), 'seedance-bench-scale-'));
const manifest = join(dir, 'scale.yaml');
await writeFile(manifest, yaml);
const sim = await startSimulatorProcess(simOptions);
try {
  await warmUp(sim.url);
  await sim.resetStats();
  const run = await runInChild(
    { manifest, baseUrl: sim.url, concurrency, ...(pollInterval !== undefined ? { poll: { intervalMs: pollInterval } } : {}) },
    values['cpu-prof'] ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] } : {},
  );
  const stats = await sim.stats();
  const perShot = run.cpuRunMs / shots;
  const peakMb = (run.vmHwmKb ?? run.maxRssKb) / 1024;
  console.log();
  console.log(table(['measure', 'value', 'aim'], [
    ['shots made', `${run.summary.made} (${stats.creates} tasks created)`, ''],
    ['wall', seconds(run.wallMs), ''],
    ['CPU of the runner process during the run', `${seconds(run.cpuRunMs)} (user ${seconds(run.cpuRunUserMs)}, system ${seconds(run.cpuRunSystemMs)})`, ''],
    ['CPU per shot, runner process', `${perShot.toFixed(2)} ms`, '< 2 ms'],
    ['CPU of the process in all (with start-up and module loading)', seconds(run.cpuProcessMs), ''],
    ['CPU of its ffprobe/ffmpeg children (checks, last frames)', run.childrenCpuMs !== undefined ? `${seconds(run.childrenCpuMs)} (${(run.childrenCpuMs / shots).toFixed(1)} ms a shot)` : 'n/a', ''],
    ['peak RSS (VmHWM)', `${peakMb.toFixed(0)} MB`, '< 200 MB'],
    ['memory at the end: RSS, V8 heap used / total, external', `${run.memoryAtEnd.rssMb.toFixed(0)} MB, ${run.memoryAtEnd.heapUsedMb.toFixed(0)} / ${run.memoryAtEnd.heapTotalMb.toFixed(0)} MB, ${run.memoryAtEnd.externalMb.toFixed(0)} MB`, ''],
    ['requests to the simulator', `${stats.createRequests} creates, ${stats.lists} lists, ${stats.queries} queries, ${stats.downloads} downloads`, ''],
  ]));
  writeSummary(values.json, [
    { benchmark: 'scale', measure: `${shots} shots: CPU per shot (runner process)`, value: `${perShot.toFixed(2)} ms`, aim: '< 2 ms', met: perShot < 2 },
    { benchmark: 'scale', measure: `${shots} shots: peak RSS`, value: `${peakMb.toFixed(0)} MB`, aim: '< 200 MB', met: peakMb < 200 },
  ], { machine });
} finally {
  await sim.close();
  await rm(dir, { recursive: true, force: true });
}
