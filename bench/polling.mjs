#!/usr/bin/env node
// Benchmark 2, polling cost and delay: N = 10, 50 and 200 tasks held in flight (concurrency N,
// max(N, 100) independent shots, so each level runs long enough that start-up does not decide its
// rate) at a simulator with the service's default running limit (10): ten tasks run and the rest
// wait queued, as they would at the real service, and they finish at the same pace (about 3 a
// second) at every level, so the machine's two cores keep up with the downloads and their
// checks (bench/clip-cost.mjs lets them arrive ten times faster). For each level: poll requests per second and per finished task (the
// simulator's own counters), and the time from a task finishing at the simulator (finishedAt) to a
// poll bringing it back, and to the runner starting its download. Aim (native format): poll requests per second independent of the number
// in flight, p95 detection under 1.5 s.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireDist } from './lib/dist.mjs';
import { describeMachine, machineDetails } from './lib/machine.mjs';
import { numberOption, parseBenchArgs, percentile, seconds, table, writeSummary } from './lib/report.mjs';
import { runInChild } from './lib/run-process.mjs';
import { startSimulatorProcess } from './lib/simulator-process.mjs';
import { generateStoryboard } from './lib/storyboard.mjs';
import { parseRange, warmUp, warmUpOpenAi } from './lib/warm-up.mjs';

const USAGE = `
Usage: node bench/polling.mjs [options]

  --in-flight LIST      tasks in flight to measure at (default 10,50,200)
  --shots N             shots at each level: max(N, in flight) (default 100)
  --running-limit N     the simulator's running tasks per model (default 10, the service's)
  --queued A-B          ms a task waits queued at least (default 200-800)
  --running A-B         ms a task runs (default 2000-4000)
  --openai LIST         also the OpenAI-compatible format at these (default 10,50; '' for none)
  --poll-interval MS    a fixed poll interval (default: the adaptive cadence)
  --seed N              simulator seed (default 5)
  --json FILE           write the summary rows for run-all
`;
const values = parseBenchArgs(USAGE, {
  'in-flight': { type: 'string', default: '10,50,200' },
  shots: { type: 'string', default: '100' },
  'running-limit': { type: 'string', default: '10' },
  queued: { type: 'string', default: '200-800' },
  running: { type: 'string', default: '2000-4000' },
  openai: { type: 'string', default: '10,50' },
  'poll-interval': { type: 'string' },
  seed: { type: 'string', default: '5' },
});
requireDist();
const list = (text) => text.split(',').map((s) => s.trim()).filter(Boolean).map(Number);
const runningLimit = numberOption(values, 'running-limit');
const shotsAtLeast = numberOption(values, 'shots');
const seed = numberOption(values, 'seed');
const pollInterval = values['poll-interval'] === undefined ? undefined : numberOption(values, 'poll-interval');
const machine = machineDetails();
console.log(`# polling: ${describeMachine(machine)}`);
console.log(`N tasks held in flight (concurrency N, max(N, ${shotsAtLeast}) independent shots); simulator in another process, fast mode, running limit ${runningLimit}, queued ${values.queued} ms (more while over the limit), running ${values.running} ms; ${pollInterval === undefined ? 'adaptive polling (the default)' : `polling every ${pollInterval} ms`}`);

async function measure(api, inFlight) {
  const shots = Math.max(inFlight, shotsAtLeast);
  const { yaml } = generateStoryboard({ shots, seed, independent: true, concurrency: inFlight, api, name: `poll-${api}-${inFlight}` });
  const dir = await mkdtemp(join(tmpdir(), 'seedance-bench-polling-'));
  const manifest = join(dir, 'poll.yaml');
  await writeFile(manifest, yaml);
  const sim = await startSimulatorProcess({ seed, fast: true, runningLimit, createsPerMinute: 10_000_000, latency: { queuedMs: parseRange(values.queued), runningMs: parseRange(values.running) } });
  try {
    await warmUp(sim.url);
    if (api === 'openai') await warmUpOpenAi(sim.url);
    await sim.resetStats();
    const run = await runInChild({ manifest, baseUrl: sim.url, concurrency: inFlight, ...(pollInterval !== undefined ? { poll: { intervalMs: pollInterval } } : {}) });
    const stats = await sim.stats();
    const byId = new Map(stats.tasks.map((t) => [t.id, t]));
    const delays = Object.values(run.shots).map((s) => s.downloadStarted - byId.get(s.taskId).finishedAt);
    // When a poll first brought the finished task back (before the lock write and the downloads).
    const seen = Object.values(run.shots).map((s) => run.polledDone[s.taskId] - byId.get(s.taskId).finishedAt);
    const polls = stats.queries + stats.lists;
    // Requests per second over the time tasks were at the service (first create to last finish).
    const activeMs = Math.max(...stats.tasks.map((t) => t.finishedAt)) - Math.min(...stats.tasks.map((t) => t.createdAt));
    return {
      api,
      inFlight,
      shots,
      maxInFlight: stats.maxInFlight,
      wallMs: run.wallMs,
      polls,
      activeMs,
      pollsPerSecond: polls / (activeMs / 1000),
      allPerSecond: (polls + stats.createRequests + stats.downloads) / (run.wallMs / 1000),
      perTask: polls / stats.creates,
      apiPerTask: (polls + stats.createRequests) / stats.creates,
      seen50: percentile(seen, 50),
      seen95: percentile(seen, 95),
      cpuMs: run.cpuRunMs,
      childrenCpuMs: run.childrenCpuMs,
      p50: percentile(delays, 50),
      p95: percentile(delays, 95),
      max: Math.max(...delays),
    };
  } finally {
    await sim.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const results = [];
for (const n of list(values['in-flight'])) results.push(await measure('native', n));
for (const n of list(values.openai)) results.push(await measure('openai', n));
console.log();
console.log(table(
  ['format', 'in flight (most seen)', 'shots', 'wall', 'poll requests', 'poll req/s', 'poll req per task', 'API req per task', 'finish → seen by a poll p50 / p95', 'finish → download started p50 / p95 / max', 'runner CPU', 'ffprobe/ffmpeg CPU'],
  results.map((r) => [r.api, `${r.inFlight} (${r.maxInFlight})`, String(r.shots), seconds(r.wallMs), String(r.polls), r.pollsPerSecond.toFixed(2), r.perTask.toFixed(2), r.apiPerTask.toFixed(2), `${Math.round(r.seen50)} / ${Math.round(r.seen95)} ms`, `${Math.round(r.p50)} / ${Math.round(r.p95)} / ${Math.round(r.max)} ms`, seconds(r.cpuMs), r.childrenCpuMs !== undefined ? seconds(r.childrenCpuMs) : 'n/a']),
));
console.log('(poll requests = queries + lists, per second of the time tasks were at the service; API requests add the creates; finish → seen by a poll: the simulator\'s finishedAt to the answer of the first poll that showed the task done; → download started: to the runner\'s download-started event, after the lock recorded the result)');
const native = results.filter((r) => r.api === 'native');
const rates = native.map((r) => r.pollsPerSecond);
// What the aim guards against is polling that grows with the tasks in flight (one request per
// task, as the OpenAI format must): no level may ask more than 1.5x as often as the smallest.
const growth = Math.max(...rates) / rates[0];
const worstP95 = Math.max(...native.map((r) => r.p95));
writeSummary(values.json, [
  { benchmark: 'polling', measure: `native poll req/s at ${native.map((r) => r.inFlight).join('/')} in flight`, value: rates.map((r) => r.toFixed(2)).join(' / '), aim: 'no growth with tasks in flight', met: growth <= 1.5 },
  { benchmark: 'polling', measure: 'native poll requests per finished task', value: native.map((r) => r.perTask.toFixed(2)).join(' / '), aim: '', met: null },
  { benchmark: 'polling', measure: 'finish → seen by a poll, p50 / p95 (worst level)', value: `${Math.round(Math.max(...native.map((r) => r.seen50)))} / ${Math.round(Math.max(...native.map((r) => r.seen95)))} ms`, aim: '', met: null },
  { benchmark: 'polling', measure: 'finish → download started, p50 / p95 (worst level)', value: `${Math.round(Math.max(...native.map((r) => r.p50)))} / ${Math.round(worstP95)} ms`, aim: 'p95 < 1.5 s', met: worstP95 < 1500 },
], { machine });
