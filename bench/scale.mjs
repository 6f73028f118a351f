#!/usr/bin/env node
// Benchmark 3, scale: a generated 1000-shot storyboard made by `seedance run` against the
// simulator in fast mode with tiny latencies, the simulator in another process so that only our
// own process is measured: CPU time per shot (process.cpuUsage of the runner), peak RSS
// (maxRSS / VmHWM), and the CPU of the ffprobe/ffmpeg checks it started, apart.
// Aim: under 2 ms of CPU per shot, under 200 MB.
// With --accounts N (issue 17): N simulated accounts, each its own key with the service's limits
// per key at the simulator, through an accounts file, at latencies where those limits matter; per
// account what it made and its peaks, and the makespan against the bound for N accounts.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chainBound, lowerBound } from './lib/bound.mjs';
import { requireDist } from './lib/dist.mjs';
import { describeMachine, machineDetails } from './lib/machine.mjs';
import { numberOption, parseBenchArgs, percentile, seconds, table, writeSummary } from './lib/report.mjs';
import { runInChild } from './lib/run-process.mjs';
import { perAccount, simulatedAccounts, whereKeysAre } from './lib/sim-accounts.mjs';
import { startSimulatorProcess } from './lib/simulator-process.mjs';
import { describeShape, generateStoryboard } from './lib/storyboard.mjs';
import { parseRange, warmUp } from './lib/warm-up.mjs';

const USAGE = `
Usage: node bench/scale.mjs [options]

  --shots N             storyboard size (default 1000)
  --concurrency N       tasks at the service at once (default 50; with --accounts: their limits)
  --accounts N          N simulated accounts through an accounts file, each its own key with
                        the service's limits per key at the simulator (default: none, one key
                        and no limits, as before)
  --account-running N   running tasks per account (default 10)
  --account-rpm N       creates a minute per account (default 600)
  --queued A-B          ms a task waits queued (default 10-50; with --accounts 200-800)
  --running A-B         ms a task runs (default 50-200; with --accounts 2000-4000)
  --poll-interval MS    a fixed poll interval (default: the adaptive cadence)
  --independent         shots without chains (no last frames passed on)
  --seed N              storyboard and simulator seed (default 11)
  --cpu-prof DIR        write a CPU profile of the runner process into DIR
  --json FILE           write the summary rows for run-all
`;
const values = parseBenchArgs(USAGE, {
  shots: { type: 'string', default: '1000' },
  concurrency: { type: 'string', default: '50' },
  accounts: { type: 'string' },
  'account-running': { type: 'string', default: '10' },
  'account-rpm': { type: 'string', default: '600' },
  queued: { type: 'string' },
  running: { type: 'string' },
  'poll-interval': { type: 'string' },
  independent: { type: 'boolean', default: false },
  seed: { type: 'string', default: '11' },
  'cpu-prof': { type: 'string' },
});
requireDist();
const shots = numberOption(values, 'shots');
const seed = numberOption(values, 'seed');
const pollInterval = values['poll-interval'] === undefined ? undefined : numberOption(values, 'poll-interval');
const accountCount = values.accounts === undefined ? undefined : numberOption(values, 'accounts');
const limits = { running: numberOption(values, 'account-running'), rpm: numberOption(values, 'account-rpm') };
const accountsText = accountCount === 1 ? '1 account' : `${accountCount} accounts`;
const sim = accountCount !== undefined ? simulatedAccounts({ count: accountCount, ...limits }) : undefined;
// With accounts, their limits set the tasks at once; else --concurrency.
const concurrency = sim ? accountCount * limits.running : numberOption(values, 'concurrency');
const queued = values.queued ?? (sim ? '200-800' : '10-50');
const running = values.running ?? (sim ? '2000-4000' : '50-200');
const machine = machineDetails();
console.log(`# scale: ${describeMachine(machine)}`);
const { yaml, shape } = generateStoryboard({ shots, seed, concurrency, independent: values.independent, name: 'scale' });
console.log(describeShape(shape));
const latency = { queuedMs: parseRange(queued), runningMs: parseRange(running) };
const simOptions = sim ? { seed, fast: true, latency, ...sim.simulator } : { seed, fast: true, runningLimit: 100_000, createsPerMinute: 10_000_000, latency };
const polling = pollInterval === undefined ? 'adaptive polling' : `polling every ${pollInterval} ms`;
console.log(sim
  ? `simulator (another process, fast mode): queued ${queued} ms, running ${running} ms, ${accountCount === 1 ? '1 key' : `${accountCount} keys`} of ${limits.running} running and ${limits.rpm} creates a minute each, each key seeing only its own tasks; seedance run: an accounts file of ${accountsText} (keys in its environment only), ${polling}`
  : `simulator (another process, fast mode): queued ${queued} ms, running ${running} ms; seedance run: concurrency ${concurrency}, ${polling}`);

// The simulator first: if it cannot start, no folder is left behind.
const server = await startSimulatorProcess(simOptions);
const dir = await mkdtemp(join(tmpdir(), 'seedance-bench-scale-'));
const manifest = join(dir, 'scale.yaml');
await writeFile(manifest, yaml);
try {
  await warmUp(server.url);
  await server.resetStats();
  const accountsFile = join(dir, 'accounts.yaml');
  if (sim) await writeFile(accountsFile, sim.file(server.url));
  const run = await runInChild(
    { manifest, baseUrl: server.url, ...(sim ? { accounts: accountsFile } : { concurrency }), ...(pollInterval !== undefined ? { poll: { intervalMs: pollInterval } } : {}) },
    { ...(values['cpu-prof'] ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] } : {}), ...(sim ? { env: sim.env() } : {}) },
  );
  const stats = await server.stats();
  const perShot = run.cpuRunMs / shots;
  const childrenPerShot = run.childrenCpuMs !== undefined ? run.childrenCpuMs / shots : undefined;
  const peakMb = (run.vmHwmKb ?? run.maxRssKb) / 1024;
  // The simulator's finish of each shot's task to the runner starting its download.
  const byId = new Map(stats.tasks.map((t) => [t.id, t]));
  const toDownload = Object.values(run.shots).map((s) => s.downloadStarted - byId.get(s.taskId).finishedAt);
  const [p50, p95, worst] = [percentile(toDownload, 50), percentile(toDownload, 95), Math.max(...toDownload)];
  console.log();
  console.log(table(['measure', 'value', 'aim'], [
    ['shots made', `${run.summary.made} (${stats.creates} tasks created)`, ''],
    ['wall', seconds(run.wallMs), ''],
    ['CPU of the runner process during the run', `${seconds(run.cpuRunMs)} (user ${seconds(run.cpuRunUserMs)}, system ${seconds(run.cpuRunSystemMs)})`, ''],
    ['CPU per shot, runner process', `${perShot.toFixed(2)} ms`, sim ? '≤ 10 ms' : '< 2 ms'],
    ['CPU of the process in all (with start-up and module loading)', seconds(run.cpuProcessMs), ''],
    ['CPU of its ffprobe/ffmpeg children (checks, last frames)', childrenPerShot !== undefined ? `${seconds(run.childrenCpuMs)} (${childrenPerShot.toFixed(1)} ms a shot)` : 'n/a', '≤ 60 ms a clip'],
    ['task finished at the simulator → download started, p50 / p95 / max', `${Math.round(p50)} / ${Math.round(p95)} / ${Math.round(worst)} ms`, 'p95 ≤ 1 s'],
    ['peak RSS (VmHWM)', `${peakMb.toFixed(0)} MB`, '< 200 MB'],
    ['memory at the end: RSS, V8 heap used / total, external', `${run.memoryAtEnd.rssMb.toFixed(0)} MB, ${run.memoryAtEnd.heapUsedMb.toFixed(0)} / ${run.memoryAtEnd.heapTotalMb.toFixed(0)} MB, ${run.memoryAtEnd.externalMb.toFixed(0)} MB`, ''],
    ['requests to the simulator', `${stats.createRequests} creates, ${stats.lists} lists, ${stats.queries} queries, ${stats.downloads} downloads`, ''],
    ['retries, warnings', `${run.retries}, ${run.warnings}`, ''],
  ]));
  const rows = [
    { benchmark: 'scale', measure: `${shots} shots${sim ? `, ${accountsText}` : ''}: CPU per shot (runner process)`, value: `${perShot.toFixed(2)} ms`, aim: sim ? '≤ 10 ms' : '< 2 ms', met: perShot < (sim ? 10 : 2) },
    { benchmark: 'scale', measure: `${shots} shots${sim ? `, ${accountsText}` : ''}: peak RSS`, value: `${peakMb.toFixed(0)} MB`, aim: '< 200 MB', met: peakMb < 200 },
  ];
  if (sim) {
    rows.push(
      { benchmark: 'scale', measure: `${accountsText}: ffprobe/ffmpeg CPU per clip`, value: childrenPerShot !== undefined ? `${childrenPerShot.toFixed(1)} ms` : 'n/a', aim: '≤ 60 ms', met: childrenPerShot !== undefined ? childrenPerShot <= 60 : null },
      { benchmark: 'scale', measure: `${accountsText}: task finished → download started, p50 / p95`, value: `${Math.round(p50)} / ${Math.round(p95)} ms`, aim: 'p95 ≤ 1 s', met: p95 <= 1000 },
      ...(await accountFigures(run, stats)),
    );
  }
  writeSummary(values.json, rows, { machine });
} finally {
  await server.close();
  await rm(dir, { recursive: true, force: true });
}

/** Per account, the bound for N accounts, and the key check; the summary rows they give. */
async function accountFigures(run, stats) {
  const accounts = perAccount(sim.accounts, stats, limits);
  console.log();
  console.log(table(['account', 'tasks made', 'most running at once', 'most in flight', 'most creates in 60 s', 'within its limits'], accounts.map((a) => [
    a.name, String(a.creates), `${a.maxRunning} (limit ${limits.running})`, String(a.maxInFlight), `${a.peakMinute} (limit ${limits.rpm})`, a.withinLimits ? 'yes' : 'NO',
  ])));
  const taskOf = Object.fromEntries(Object.entries(run.shots).map(([id, s]) => [id, s.taskId]));
  const bound = lowerBound({ tasks: stats.tasks, taskOf, dependsOn: run.dependsOn, concurrency });
  const chains = chainBound({ tasks: stats.tasks, taskOf, dependsOn: run.dependsOn, running: limits.running });
  // What a primed queue can reach: queued time hidden behind running tasks, but not along the
  // critical path (a shot is created only once its inputs exist), and a chain on one account.
  const primedMs = Math.max(bound.criticalPathMs, chains.totalRunningMs / concurrency, chains.boundMs);
  console.log();
  console.log(table(['makespan', 'value'], [
    ['wall', seconds(run.wallMs)],
    [`lower bound for ${accountsText}: max(critical path, work ÷ (${accountCount} × ${limits.running}))`, `${seconds(bound.boundMs)} (critical path ${seconds(bound.criticalPathMs)}, work ${seconds(bound.totalMs)} ÷ ${concurrency} = ${seconds(bound.throughputMs)})`],
    ['bound / wall', (bound.boundMs / run.wallMs).toFixed(3)],
    [`with a primed queue: max(critical path, running time ÷ (${accountCount} × ${limits.running}), the largest chain's running time ÷ ${limits.running}), a chain on one account`, `${seconds(primedMs)} (running time ${seconds(chains.totalRunningMs)} ÷ ${concurrency} = ${seconds(chains.totalRunningMs / concurrency)}; the largest chain ${seconds(chains.boundMs)}, ${chains.largestShots} of ${shots} shots; ${chains.chains} chains)`],
    ['that bound / wall', (primedMs / run.wallMs).toFixed(3)],
  ]));
  const leaks = await whereKeysAre(sim.accounts.map((a) => a.key), dir, { 'the runner\'s results': JSON.stringify(run), 'the simulator\'s stats': JSON.stringify(stats) });
  console.log();
  console.log(`keys written anywhere: ${leaks.length === 0 ? 'none' : `IN ${leaks.join(', ')}`} (every file under the run's folder, the runner's results, the simulator's stats)`);
  const within = accounts.filter((a) => a.withinLimits).length;
  return [
    { benchmark: 'scale', measure: `${shots} shots, ${accountsText}: wall (bound for ${accountsText}; with a primed queue and chains on one account)`, value: `${seconds(run.wallMs)} (${seconds(bound.boundMs)}; ${seconds(primedMs)})`, aim: '', met: null },
    { benchmark: 'scale', measure: `${accountsText}: bound / wall (with a primed queue and chains on one account)`, value: `${(bound.boundMs / run.wallMs).toFixed(3)} (${(primedMs / run.wallMs).toFixed(3)})`, aim: '', met: null },
    { benchmark: 'scale', measure: `${accountsText}: within their running and creates-a-minute limits`, value: `${within} of ${accountCount}`, aim: 'all', met: within === accountCount },
    { benchmark: 'scale', measure: `${accountsText}: keys written anywhere`, value: leaks.length === 0 ? 'none' : `${leaks.length} places`, aim: 'none', met: leaks.length === 0 },
  ];
}
