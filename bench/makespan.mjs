#!/usr/bin/env node
// Benchmark 1, makespan: a generated 200-shot storyboard (chains of mixed depths, fan-out, fan-in)
// made by `seedance run` at concurrency 10 against the simulator in another process, compared
// with the lower bound max(critical path, total task time / concurrency) computed from the
// simulator's own task timings, and with the plain loop of the API docs (create, poll every 10 s,
// download, next shot) on the same storyboard. Aim: bound / wall >= 0.95.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireDist } from './lib/dist.mjs';
import { describeMachine, machineDetails } from './lib/machine.mjs';
import { greedyReplay, lowerBound } from './lib/bound.mjs';
import { plainLoop } from './lib/plain-loop.mjs';
import { numberOption, parseBenchArgs, seconds, table, writeSummary } from './lib/report.mjs';
import { runInChild } from './lib/run-process.mjs';
import { startSimulatorProcess } from './lib/simulator-process.mjs';
import { describeShape, generateStoryboard } from './lib/storyboard.mjs';
import { parseRange, warmUp } from './lib/warm-up.mjs';

const USAGE = `
Usage: node bench/makespan.mjs [options]

  --shots N             storyboard size (default 200)
  --concurrency N       tasks at the service at once (default 10)
  --running-limit N     the simulator's running tasks per model (default 10; >= concurrency)
  --queued A-B          ms a task waits queued (default 200-800)
  --running A-B         ms a task runs (default 2000-4000)
  --seed N              storyboard and simulator seed (default 7)
  --render              render every clip for real (default: the simulator's fast mode)
  --poll-interval MS    a fixed poll interval for seedance run (default: its adaptive cadence)
  --baseline-shots N    shots of the plain loop to run and extrapolate from (default 10; 0: none)
  --full-baseline       run the plain loop on every shot (about 10 s a shot)
  --cpu-prof DIR        write a CPU profile of the runner process into DIR
  --json FILE           write the summary rows for run-all
`;
const values = parseBenchArgs(USAGE, {
  shots: { type: 'string', default: '200' },
  concurrency: { type: 'string', default: '10' },
  'running-limit': { type: 'string', default: '10' },
  queued: { type: 'string', default: '200-800' },
  running: { type: 'string', default: '2000-4000' },
  seed: { type: 'string', default: '7' },
  render: { type: 'boolean', default: false },
  'poll-interval': { type: 'string' },
  'baseline-shots': { type: 'string', default: '10' },
  'full-baseline': { type: 'boolean', default: false },
  'cpu-prof': { type: 'string' },
});
requireDist();
const shots = numberOption(values, 'shots');
const concurrency = numberOption(values, 'concurrency');
const seed = numberOption(values, 'seed');
const baselineShots = values['full-baseline'] ? shots : Math.min(shots, numberOption(values, 'baseline-shots'));
const pollInterval = values['poll-interval'] === undefined ? undefined : numberOption(values, 'poll-interval');
const machine = machineDetails();
console.log(`# makespan: ${describeMachine(machine)}`);

const { yaml, shape } = generateStoryboard({ shots, seed, concurrency });
console.log(describeShape(shape));
const simOptions = {
  seed,
  fast: !values.render,
  runningLimit: numberOption(values, 'running-limit'),
  latency: { queuedMs: parseRange(values.queued), runningMs: parseRange(values.running) },
};
console.log(`simulator (another process): queued ${values.queued} ms, running ${values.running} ms, running limit ${simOptions.runningLimit}, ${simOptions.fast ? 'fast mode (one real MP4 per shape, served for every task)' : 'every clip rendered'}; seedance run: concurrency ${concurrency}, ${pollInterval === undefined ? 'adaptive polling (the default)' : `polling every ${pollInterval} ms`}`);

const dir = await mkdtemp(join(tmpdir(), 'seedance-bench-makespan-'));
const manifest = join(dir, 'bench.yaml');
await writeFile(manifest, yaml);
const sim = await startSimulatorProcess(simOptions);
const baselineSim = baselineShots > 0 ? await startSimulatorProcess(simOptions) : undefined;
try {
  await warmUp(sim.url);
  await sim.resetStats();
  // The plain loop sleeps 10 s at a time on its own simulator, so it runs alongside without
  // taking CPU from the measured run; it only adds to how long the benchmark takes.
  const baseline = baselineSim
    ? plainLoop({ baseUrl: baselineSim.url, yamlText: yaml, count: baselineShots, outDir: join(dir, 'plain-loop') })
    : Promise.resolve([]);
  baseline.catch(() => undefined);
  if (baselineSim) console.log(`plain loop: ${baselineShots} shots, about ${Math.round(baselineShots * 10.5)} s, alongside`);
  const run = await runInChild(
    { manifest, baseUrl: sim.url, concurrency, ...(pollInterval !== undefined ? { poll: { intervalMs: pollInterval } } : {}) },
    values['cpu-prof'] ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] } : {},
  );
  const stats = await sim.stats();
  const taskOf = Object.fromEntries(Object.entries(run.shots).map(([id, s]) => [id, s.taskId]));
  const bound = lowerBound({ tasks: stats.tasks, taskOf, dependsOn: run.dependsOn, concurrency });
  const ratio = bound.boundMs / run.wallMs;
  const replayMs = greedyReplay({ tasks: stats.tasks, taskOf, dependsOn: run.dependsOn, concurrency });
  const lastFinish = Math.max(...stats.tasks.map((t) => t.finishedAt));
  const pollRequests = stats.queries + stats.lists;
  const slots = slotAccounting(run, stats.tasks, concurrency);

  const perShot = await baseline;
  const baselineMean = perShot.length ? perShot.reduce((a, b) => a + b, 0) / perShot.length : undefined;
  const baselineWall = baselineMean !== undefined ? baselineMean * shots : undefined;
  const rows = [[
    `seedance run, concurrency ${concurrency}`,
    String(shots),
    seconds(run.wallMs),
    `${seconds(bound.boundMs)} (${bound.boundMs === bound.criticalPathMs ? 'critical path' : `work ${seconds(bound.totalMs)} ÷ ${concurrency}`}; critical path ${seconds(bound.criticalPathMs)})`,
    ratio.toFixed(3),
  ]];
  if (baselineWall !== undefined) {
    rows.push([
      `plain loop (poll every 10 s, one shot at a time)${perShot.length < shots ? `, ${perShot.length}-shot prefix × ${(shots / perShot.length).toFixed(0)}` : ''}`,
      String(shots),
      `${seconds(baselineWall)}${perShot.length < shots ? ' (extrapolated)' : ''}`,
      seconds(bound.boundMs),
      (bound.boundMs / baselineWall).toFixed(3),
    ]);
  }
  console.log();
  console.log(table(['run', 'shots', 'wall', 'lower bound', 'bound / wall'], rows));
  console.log();
  console.log(`The same tasks replayed with zero overhead (a slot taken the instant a shot is ready, freed the instant its task finishes): ${seconds(replayMs)}, so even a scheduler with no overhead at all reaches bound / replay = ${(bound.boundMs / replayMs).toFixed(3)} on these tasks (the rest is the tail: slots emptying one by one at the end); replay / wall = ${(replayMs / run.wallMs).toFixed(3)}.`);
  console.log();
  console.log(table(['where the slot time went (concurrency × wall)', 'total', 'a task, mean', 'share'], slots.rows));
  console.log();
  console.log(table(['detail', 'value'], [
    ['tasks created / shots', `${stats.creates} / ${shots}`],
    ['most tasks in flight at the simulator', String(stats.maxInFlight)],
    ['last task finished → run returned', seconds(run.ended - lastFinish)],
    ['poll requests (queries + lists) per task', (pollRequests / stats.creates).toFixed(2)],
    ['runner CPU (this run, own process)', `${seconds(run.cpuRunMs)} (${(run.cpuRunMs / shots).toFixed(1)} ms a shot)`],
    ...(baselineMean !== undefined ? [['plain loop, mean per shot', seconds(baselineMean)]] : []),
    ...(baselineWall !== undefined ? [['speed-up over the plain loop', `${(baselineWall / run.wallMs).toFixed(1)}x`]] : []),
  ]));
  writeSummary(values.json, [
    { benchmark: 'makespan', measure: `${shots} shots, concurrency ${concurrency}: wall (lower bound)`, value: `${seconds(run.wallMs)} (${seconds(bound.boundMs)})`, aim: '', met: null },
    { benchmark: 'makespan', measure: 'bound / wall (zero-overhead replay reaches)', value: `${ratio.toFixed(3)} (${(bound.boundMs / replayMs).toFixed(3)})`, aim: '>= 0.95', met: ratio >= 0.95 },
    ...(baselineWall !== undefined ? [{ benchmark: 'makespan', measure: `plain loop (${perShot.length < shots ? `${perShot.length} shots, extrapolated` : 'all shots'})`, value: `${seconds(baselineWall)}, ${(baselineWall / run.wallMs).toFixed(1)}x slower`, aim: '', met: null }] : []),
  ], { machine });
} finally {
  await sim.close();
  await baselineSim?.close();
  await rm(dir, { recursive: true, force: true });
}

/**
 * Splits concurrency × wall into: the tasks' own time at the simulator, submitting (request built,
 * lock written, create answered), noticing the finish (poll delay, lock written), and slots left
 * idle (nothing ready to submit: DAG waits and the tail). Together they explain bound / wall.
 */
function slotAccounting(run, tasks, concurrency) {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  let task = 0;
  let submit = 0;
  let notice = 0;
  let n = 0;
  for (const shot of Object.values(run.shots)) {
    const t = byId.get(shot.taskId);
    if (!t || shot.submitting === undefined || shot.succeeded === undefined) continue;
    n++;
    task += t.finishedAt - t.createdAt;
    submit += t.createdAt - shot.submitting;
    notice += shot.succeeded - t.finishedAt;
  }
  const capacity = concurrency * run.wallMs;
  const idle = capacity - task - submit - notice;
  // Idle slot time after the last submission is the tail (nothing left to submit), before it the
  // scheduler had nothing ready (every remaining shot waited for an upstream shot).
  const held = Object.values(run.shots).filter((s) => s.submitting !== undefined && s.succeeded !== undefined);
  const lastSubmit = Math.max(...held.map((s) => s.submitting));
  const tailCapacity = concurrency * (run.ended - lastSubmit);
  const tailBusy = held.reduce((sum, s) => sum + Math.max(0, s.succeeded - Math.max(s.submitting, lastSubmit)), 0);
  const tail = tailCapacity - tailBusy;
  const row = (name, total) => [name, seconds(total), `${Math.round(total / n)} ms`, `${((100 * total) / capacity).toFixed(1)} %`];
  return {
    rows: [
      row('tasks at the simulator (created → finished)', task),
      row('submitting (slot taken → created at the simulator)', submit),
      row('noticing (finished → runner saw it, lock written)', notice),
      row('idle slots before the last submission (nothing ready to submit)', idle - tail),
      row('idle slots after the last submission (the tail)', tail),
    ],
  };
}
