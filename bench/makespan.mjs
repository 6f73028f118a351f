#!/usr/bin/env node
// Benchmark 1, makespan: a generated 200-shot storyboard (chains of mixed depths, fan-out, fan-in)
// made by `seedance run` at concurrency 10 against the simulator in another process, compared
// with the lower bound max(critical path, total task time / concurrency) computed from the
// simulator's own task timings, and with the plain loop of the API docs (create, poll every 10 s,
// download, next shot) on the same storyboard. Aim: bound / wall >= 0.95. Run twice, on the same
// storyboard and a simulator of the same seed: as before (queue-ahead 0: never more than
// `concurrency` tasks at the service) and with the queue primed (--queue-ahead, default 2, tasks
// waiting queued past the running limit so the simulator starts the next the moment one ends).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireDist } from './lib/dist.mjs';
import { describeMachine, machineDetails } from './lib/machine.mjs';
import { greedyReplay, lowerBound, taskMs } from './lib/bound.mjs';
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
  --queue-ahead N       the primed run's tasks beyond concurrency (default 2; 0: only today's run)
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
  'queue-ahead': { type: 'string', default: '2' },
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
const queueAhead = numberOption(values, 'queue-ahead');
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
console.log(`simulator (another process, a fresh one of the same seed per run): queued ${values.queued} ms, running ${values.running} ms, running limit ${simOptions.runningLimit}, ${simOptions.fast ? 'fast mode (one real MP4 per shape, served for every task)' : 'every clip rendered'}; seedance run: concurrency ${concurrency}, queue-ahead 0 then ${queueAhead}, ${pollInterval === undefined ? 'adaptive polling (the default)' : `polling every ${pollInterval} ms`}`);

const dir = await mkdtemp(join(tmpdir(), 'seedance-bench-makespan-'));
const baselineSim = baselineShots > 0 ? await startSimulatorProcess(simOptions) : undefined;
try {
  // The plain loop sleeps 10 s at a time on its own simulator, so it runs alongside without
  // taking CPU from the measured runs; it only adds to how long the benchmark takes.
  const baseline = baselineSim
    ? plainLoop({ baseUrl: baselineSim.url, yamlText: yaml, count: baselineShots, outDir: join(dir, 'plain-loop') })
    : Promise.resolve([]);
  baseline.catch(() => undefined);
  if (baselineSim) console.log(`plain loop: ${baselineShots} shots, about ${Math.round(baselineShots * 10.5)} s, alongside`);
  const today = await measure(0, 'today');
  const primed = queueAhead > 0 ? await measure(queueAhead, 'primed') : undefined;
  const runs = [today, ...(primed ? [primed] : [])];

  const perShot = await baseline;
  const baselineMean = perShot.length ? perShot.reduce((a, b) => a + b, 0) / perShot.length : undefined;
  const baselineWall = baselineMean !== undefined ? baselineMean * shots : undefined;
  const rows = runs.map((m) => [
    `seedance run, concurrency ${concurrency}, queue-ahead ${m.queueAhead}${m.queueAhead === 0 ? ' (today)' : ' (primed queue)'}`,
    String(shots),
    seconds(m.run.wallMs),
    `${seconds(m.bound.boundMs)} (${m.bound.boundMs === m.bound.criticalPathMs ? 'critical path' : `work ${seconds(m.bound.totalMs)} ÷ ${concurrency}`}; critical path ${seconds(m.bound.criticalPathMs)})`,
    m.ratio.toFixed(3),
  ]);
  if (baselineWall !== undefined) {
    rows.push([
      `plain loop (poll every 10 s, one shot at a time)${perShot.length < shots ? `, ${perShot.length}-shot prefix × ${(shots / perShot.length).toFixed(0)}` : ''}`,
      String(shots),
      `${seconds(baselineWall)}${perShot.length < shots ? ' (extrapolated)' : ''}`,
      seconds(today.bound.boundMs),
      (today.bound.boundMs / baselineWall).toFixed(3),
    ]);
  }
  console.log();
  console.log(table(['run', 'shots', 'wall', 'lower bound', 'bound / wall'], rows));
  console.log();
  console.log(`The same tasks replayed with zero overhead (a slot taken the instant a shot is ready, freed the instant its task finishes, never more than ${concurrency} at the service): ${seconds(today.replayMs)}, so even a scheduler with no overhead at all that only submits within the limit reaches bound / replay = ${(today.bound.boundMs / today.replayMs).toFixed(3)} on today's tasks (the rest is the tail: slots emptying one by one at the end); replay / wall = ${(today.replayMs / today.run.wallMs).toFixed(3)}.${primed ? ` On the primed run's tasks the same replay reaches ${(primed.bound.boundMs / primed.replayMs).toFixed(3)}; a primed queue can pass it, since each task's own queued time is spent while the one before it still runs.` : ''}`);
  console.log();
  // Only for today's run: with a primed queue, tasks past the limit are at the service without a running slot, so concurrency × wall no longer splits this way.
  console.log(table(['where the slot time went (concurrency × wall), queue-ahead 0', 'total', 'a task, mean', 'share'], today.slots.rows));
  console.log();
  console.log(table(['detail', ...runs.map((m) => `queue-ahead ${m.queueAhead}`)], [
    ['tasks created / shots', ...runs.map((m) => `${m.stats.creates} / ${shots}`)],
    ['most tasks in flight at the simulator', ...runs.map((m) => String(m.stats.maxInFlight))],
    ['last task finished → run returned', ...runs.map((m) => seconds(m.run.ended - m.lastFinish))],
    ['poll requests (queries + lists) per task', ...runs.map((m) => ((m.stats.queries + m.stats.lists) / m.stats.creates).toFixed(2))],
    ['runner CPU (this run, own process)', ...runs.map((m) => `${seconds(m.run.cpuRunMs)} (${(m.run.cpuRunMs / shots).toFixed(1)} ms a shot)`)],
    ...(baselineMean !== undefined ? [['plain loop, mean per shot', seconds(baselineMean), ...(primed ? [''] : [])]] : []),
    ...(baselineWall !== undefined ? [['speed-up over the plain loop', ...runs.map((m) => `${(baselineWall / m.run.wallMs).toFixed(1)}x`)]] : []),
  ]));
  writeSummary(values.json, [
    { benchmark: 'makespan', measure: `${shots} shots, concurrency ${concurrency}: wall (lower bound)`, value: `${seconds(today.run.wallMs)} (${seconds(today.bound.boundMs)})`, aim: '', met: null },
    { benchmark: 'makespan', measure: 'bound / wall (zero-overhead replay reaches)', value: `${today.ratio.toFixed(3)} (${(today.bound.boundMs / today.replayMs).toFixed(3)})`, aim: '>= 0.95', met: today.ratio >= 0.95 },
    ...(primed ? [{ benchmark: 'makespan', measure: `bound / wall, queue primed ${primed.queueAhead} past the limit (wall)`, value: `${primed.ratio.toFixed(3)} (${seconds(primed.run.wallMs)})`, aim: `> ${today.ratio.toFixed(3)} (today's)`, met: primed.ratio > today.ratio }] : []),
    ...(baselineWall !== undefined ? [{ benchmark: 'makespan', measure: `plain loop (${perShot.length < shots ? `${perShot.length} shots, extrapolated` : 'all shots'})`, value: `${seconds(baselineWall)}, ${(baselineWall / today.run.wallMs).toFixed(1)}x slower`, aim: '', met: null }] : []),
  ], { machine });
} finally {
  await baselineSim?.close();
  await rm(dir, { recursive: true, force: true });
}

/** One `seedance run` of the storyboard on a fresh simulator of the same seed, with `ahead` tasks primed past concurrency. */
async function measure(ahead, name) {
  const manifest = join(dir, name, 'bench.yaml');
  await mkdir(join(dir, name), { recursive: true });
  await writeFile(manifest, yaml);
  const sim = await startSimulatorProcess(simOptions);
  try {
    await warmUp(sim.url);
    await sim.resetStats();
    const run = await runInChild(
      { manifest, baseUrl: sim.url, concurrency, ...(pollInterval !== undefined ? { poll: { intervalMs: pollInterval } } : {}), runOptions: { queueAhead: ahead } },
      values['cpu-prof'] ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] } : {},
    );
    const stats = await sim.stats();
    const taskOf = Object.fromEntries(Object.entries(run.shots).map(([id, s]) => [id, s.taskId]));
    const bound = lowerBound({ tasks: stats.tasks, taskOf, dependsOn: run.dependsOn, concurrency });
    const replayMs = greedyReplay({ tasks: stats.tasks, taskOf, dependsOn: run.dependsOn, concurrency });
    const lastFinish = Math.max(...stats.tasks.map((t) => t.finishedAt));
    return { queueAhead: ahead, run, stats, bound, ratio: bound.boundMs / run.wallMs, replayMs, lastFinish, slots: slotAccounting(run, stats.tasks, concurrency) };
  } finally {
    await sim.close();
  }
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
    task += taskMs(t);
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
