#!/usr/bin/env node
// Benchmark 7, the local work a clip costs (issue 17): N independent shots of 480p 5 s held in
// flight against a simulator whose running limit stands for ten accounts of ten running tasks, so
// clips arrive about ten times faster than at one account and the local work per clip (the
// download's checks, the last frame) is what could hold them up. The simulator runs in another
// process in fast mode: every task's video is one real MP4 that ffmpeg rendered for the shape
// (480p 5 s by default), served afresh to every task, so each download is a real clip to check.
// For the run: ffprobe/ffmpeg CPU per clip (the children the runner waited for), the runner's own
// CPU per shot, and the time from a task finishing at the simulator to the runner starting its
// download. Aims: children <= 60 ms a 480p clip, runner <= 10 ms a shot, p95 <= 1 s.
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
Usage: node bench/clip-cost.mjs [options]

  --shots N             independent shots (default 200)
  --in-flight N         tasks held in flight, the run's concurrency (default 200)
  --running-limit N     the simulator's running tasks (default 100: ten accounts of ten)
  --queued A-B          ms a task waits queued at least (default 200-800)
  --running A-B         ms a task runs (default 2000-4000)
  --resolution R        480p, 720p or 1080p (default 480p)
  --duration S          seconds a clip lasts (default 5)
  --audio               clips with a sound track (generate_audio: true; native only)
  --api F               native, or openai (its clips are 1280x720 and every last frame is taken
                        from the clip: the format cannot return one) (default native)
  --download-concurrency N   downloads at once (default: the runner's, 2 x the cores)
  --seed N              storyboard and simulator seed (default 5)
  --cpu-prof DIR        write a CPU profile of the runner process into DIR
  --json FILE           write the summary rows for run-all
`;
const values = parseBenchArgs(USAGE, {
  shots: { type: 'string', default: '200' },
  'in-flight': { type: 'string', default: '200' },
  'running-limit': { type: 'string', default: '100' },
  queued: { type: 'string', default: '200-800' },
  running: { type: 'string', default: '2000-4000' },
  resolution: { type: 'string', default: '480p' },
  duration: { type: 'string', default: '5' },
  audio: { type: 'boolean', default: false },
  api: { type: 'string', default: 'native' },
  'download-concurrency': { type: 'string' },
  seed: { type: 'string', default: '5' },
  'cpu-prof': { type: 'string' },
});
requireDist();
const shots = numberOption(values, 'shots');
const inFlight = numberOption(values, 'in-flight');
const runningLimit = numberOption(values, 'running-limit');
const duration = numberOption(values, 'duration');
const seed = numberOption(values, 'seed');
const { api } = values;
const resolution = api === 'openai' ? '720p' : values.resolution;
if (!['480p', '720p', '1080p'].includes(resolution) || !['native', 'openai'].includes(api) || (api === 'openai' && values.audio)) {
  console.error(`Expected --resolution 480p, 720p or 1080p (got \`${values.resolution}\`), --api native or openai (got \`${api}\`), and --audio only with native.`);
  process.exit(2);
}
const machine = machineDetails();
console.log(`# clip-cost: ${describeMachine(machine)}`);
const shape = `${api === 'openai' ? 'openai 1280x720' : resolution} ${duration} s${values.audio ? ' with sound' : ', silent'}`;
console.log(`${shots} independent shots of ${shape}, ${inFlight} in flight; simulator in another process, fast mode (one real MP4 per shape, served to every task), running limit ${runningLimit}, queued ${values.queued} ms (more while over the limit), running ${values.running} ms`);

// The generator writes 5 s silent shots (480p native, 1280x720 openai); the shape asked for replaces its defaults.
const generated = generateStoryboard({ shots, seed, independent: true, concurrency: inFlight, api, name: 'clip-cost' }).yaml;
const yaml = generated.replace('resolution: 480p', `resolution: ${resolution}`).replace('duration: 5 }', `duration: ${duration}${values.audio ? ', generate_audio: true' : ''} }`);
const dir = await mkdtemp(join(tmpdir(), 'seedance-bench-clip-cost-'));
const manifest = join(dir, 'clip-cost.yaml');
await writeFile(manifest, yaml);
const sim = await startSimulatorProcess({ seed, fast: true, runningLimit, createsPerMinute: 10_000_000, latency: { queuedMs: parseRange(values.queued), runningMs: parseRange(values.running) } });
let run;
let stats;
try {
  if (api === 'openai') await warmUpOpenAi(sim.url, { duration });
  else await warmUp(sim.url, { duration, resolution, audio: values.audio });
  await sim.resetStats();
  const downloads = values['download-concurrency'] === undefined ? {} : { downloadConcurrency: numberOption(values, 'download-concurrency') };
  run = await runInChild({ manifest, baseUrl: sim.url, concurrency: inFlight, ...downloads }, values['cpu-prof'] ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] } : {});
  stats = await sim.stats();
} finally {
  await sim.close();
  await rm(dir, { recursive: true, force: true });
}

const byId = new Map(stats.tasks.map((t) => [t.id, t]));
const records = Object.values(run.shots);
const finishedAt = (s) => byId.get(s.taskId).finishedAt;
const toDownload = records.map((s) => s.downloadStarted - finishedAt(s));
const seen = records.map((s) => run.polledDone[s.taskId] - finishedAt(s));
const toDone = records.map((s) => s.done - finishedAt(s));
// Where the wait after the poll goes: the lock write (to shot-succeeded), then the downloads queue.
const toLocked = records.map((s) => s.succeeded - run.polledDone[s.taskId]);
const toSlot = records.map((s) => s.downloadStarted - s.succeeded);
const finishes = stats.tasks.map((t) => t.finishedAt);
const perSecond = stats.tasks.length / ((Math.max(...finishes) - Math.min(...finishes)) / 1000);
const childrenPerClip = run.childrenCpuMs !== undefined ? run.childrenCpuMs / run.summary.made : undefined;
const runnerPerShot = run.cpuRunMs / run.summary.made;
const p = (list, q) => Math.round(percentile(list, q));
console.log();
console.log(table(['measure', 'value', 'aim'], [
  ['shots made (tasks created)', `${run.summary.made} (${stats.creates})`, ''],
  ['wall; clips finished a second at the simulator', `${seconds(run.wallMs)}; ${perSecond.toFixed(1)}`, ''],
  ['most tasks in flight at the simulator', String(stats.maxInFlight), ''],
  ['ffprobe/ffmpeg CPU (children of the runner)', run.childrenCpuMs !== undefined ? `${seconds(run.childrenCpuMs)}, ${childrenPerClip.toFixed(1)} ms a clip` : 'n/a', '<= 60 ms a clip'],
  ['runner CPU during the run', `${seconds(run.cpuRunMs)} (user ${seconds(run.cpuRunUserMs)}, system ${seconds(run.cpuRunSystemMs)}), ${runnerPerShot.toFixed(1)} ms a shot`, '<= 10 ms a shot'],
  ['peak RSS of the runner (VmHWM)', `${((run.vmHwmKb ?? run.maxRssKb) / 1024).toFixed(0)} MB`, ''],
  ['finish → seen by a poll, p50 / p95', `${p(seen, 50)} / ${p(seen, 95)} ms`, ''],
  ['finish → download started, p50 / p95 / max', `${p(toDownload, 50)} / ${p(toDownload, 95)} / ${Math.round(Math.max(...toDownload))} ms`, 'p95 <= 1 s'],
  ['of which: seen by a poll → result in the lock (shot-succeeded), p50 / p95', `${p(toLocked, 50)} / ${p(toLocked, 95)} ms`, ''],
  ['of which: result in the lock → download started (the downloads queue), p50 / p95', `${p(toSlot, 50)} / ${p(toSlot, 95)} ms`, ''],
  ['finish → shot done (video and last frame saved), p50 / p95', `${p(toDone, 50)} / ${p(toDone, 95)} ms`, ''],
  ['files served (videos and last frames)', `${stats.downloads} for ${stats.creates} tasks`, ''],
]));
console.log('(children CPU: what /proc counts for the ffprobe/ffmpeg processes the runner waited for; finish: the simulator\'s finishedAt; download started: the runner\'s download-started event of the video; files served: a last frame fetched from the service is one more file, one extracted locally is none)');
const p95 = percentile(toDownload, 95);
writeSummary(values.json, [
  { benchmark: 'clip-cost', measure: `ffprobe/ffmpeg CPU per ${shape} clip`, value: childrenPerClip !== undefined ? `${childrenPerClip.toFixed(1)} ms` : 'n/a', aim: '<= 60 ms', met: childrenPerClip !== undefined ? childrenPerClip <= 60 : null },
  { benchmark: 'clip-cost', measure: 'runner CPU per shot', value: `${runnerPerShot.toFixed(1)} ms`, aim: '<= 10 ms', met: runnerPerShot <= 10 },
  { benchmark: 'clip-cost', measure: `finish → download started p50 / p95 at ${inFlight} in flight`, value: `${p(toDownload, 50)} / ${Math.round(p95)} ms`, aim: 'p95 <= 1 s', met: p95 <= 1000 },
], { machine });
