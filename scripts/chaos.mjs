#!/usr/bin/env node
// Chaos run (issue 7): the 30-shot storyboard test/reliability/fixtures/chaos.yaml against a
// simulator with seeded probabilistic faults, the real CLI in a child process SIGKILLed at seeded
// random moments and restarted until it completes. Then it checks what the pipeline promises:
// one create per shot as the simulator counts them, every output verified (sha256 in the lock =
// the file's, ffprobe reads it), the film byte-identical to a run without kills on a fresh
// simulator with the same seeds, and neither the API key nor a signed URL in any output.
//
//   npm run chaos -- [--kills 50] [--seed 1] [--latency 300-900] [--poll-interval 200]
//                    [--kill-window MS] [--json result.json] [--work DIR] [--keep] [--render-cache DIR]
//
// Kill moments are drawn from 0..(the reference run's length / kills) after each attempt's first
// event, so the reference runs first. With --kill-window MS they are drawn from 0..MS instead, and
// the reference runs alongside the killed run (on its own simulator, as before) in this process,
// through the library's runStoryboard (what `seedance run` calls) without report.html, which is
// not compared: the CI test does this to take half the time and less CPU; its wall-time figures
// then share the machine.
//
// Both simulators share one render cache (by default a fresh one under the work folder): its key
// is the content of everything a video depends on, so a changed request still renders anew.
//
// Exit 0 when every check passed. The simulator lives in this process, so it outlives every kill
// like the real service would. Figures from a run go in BENCHMARKS.md (## Reliability).
import { spawn, execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import pLimit from 'p-limit';

const ROOT = new URL('..', import.meta.url).pathname;
const STORY = join(ROOT, 'test/reliability/fixtures/chaos.yaml');
const BIN = join(ROOT, 'dist/cli/bin.js');
const run = promisify(execFile);

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    latency: { type: 'string' },
    'poll-interval': { type: 'string', default: '200' },
    'kill-window': { type: 'string' },
    json: { type: 'string' },
    work: { type: 'string' },
    'render-cache': { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const KILLS = Number(values.kills);
const SEED = Number(values.seed);
if (!Number.isInteger(KILLS) || KILLS < 0 || !Number.isInteger(SEED) || SEED < 0) usage('--kills and --seed take whole numbers >= 0');
const KILL_WINDOW = values['kill-window'] === undefined ? undefined : Number(values['kill-window']);
if (KILL_WINDOW !== undefined && !(Number.isInteger(KILL_WINDOW) && KILL_WINDOW > 0)) usage('--kill-window takes milliseconds > 0');
// Longer tasks for more kills, so the run is still going when the last kill is due.
const LATENCY = values.latency ? values.latency.split('-').map(Number) : [Math.max(300, KILLS * 50), Math.max(900, KILLS * 120)];
if (LATENCY.length !== 2 || LATENCY.some((n) => !Number.isFinite(n) || n < 0)) usage('--latency takes MIN-MAX in milliseconds');

// Every fault the issue names, seeded by the simulator's seed, each alone on a request.
const FAULTS = [
  { kind: 'http-500', endpoint: 'create', probability: 0.08 },
  { kind: 'http-502', endpoint: 'create', probability: 0.08, effect: 'created' },
  { kind: 'http-503', endpoint: 'create', probability: 0.04, effect: 'created' },
  { kind: 'drop-after', endpoint: 'create', probability: 0.08 },
  { kind: 'http-429', endpoint: 'create', probability: 0.1, retryAfter: 0.3 },
  { kind: 'malformed-json', endpoint: 'create', probability: 0.05 },
  { kind: 'malformed-json', endpoint: 'list', probability: 0.05 },
  { kind: 'http-503', endpoint: 'list', probability: 0.05 },
  { kind: 'drop-after', endpoint: 'list', probability: 0.03 },
  { kind: 'download-truncated', endpoint: 'download', probability: 0.15 },
];

function usage(message) {
  process.stderr.write(`chaos: ${message}\n`);
  process.exit(2);
}

/** dist/ must match src/ (the CLI under test is the built one): rebuild when a source is newer. */
function ensureBuilt() {
  const newest = (dir) => readdirSync(dir, { withFileTypes: true }).reduce((m, e) => Math.max(m, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs), 0);
  if (existsSync(BIN) && newest(join(ROOT, 'src')) <= statSync(BIN).mtimeMs) return Promise.resolve();
  process.stderr.write('chaos: building dist/ first\n');
  return run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')]);
}

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/** One run of the CLI; SIGKILLed `killAfterMs` after its first event (run-started) when given. */
function attempt(file, sim, key, killAfterMs) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, 'run', file, '--reporter', 'json', '--poll-interval', values['poll-interval']], {
      env: { ...process.env, SEEDANCE_API_KEY: key, SEEDANCE_BASE_URL: sim.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killer;
    // Timed from the first event, not from the spawn: Node's start-up is not what is under test.
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (killAfterMs !== undefined && !killer && stdout.includes('\n')) killer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const guard = setTimeout(() => child.kill('SIGKILL'), 300_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      clearTimeout(guard);
      // A killed run may end in the middle of a line: only whole lines are events.
      const events = stdout.split('\n').flatMap((line) => {
        try {
          return [JSON.parse(line)];
        } catch {
          return [];
        }
      });
      resolve({ code, signal, killed: signal === 'SIGKILL', ms: Date.now() - started, stdout, stderr, events, lastEvent: events.at(-1)?.type ?? 'none' });
    });
  });
}

/** The reference in this process (--kill-window): the library's runStoryboard, as `seedance run` calls it, without the report. */
async function libraryAttempt(lib, file, sim, key) {
  const started = Date.now();
  const events = [];
  let code;
  let stderr = '';
  try {
    const summary = await lib.runStoryboard(file, { apiKey: key, baseUrl: sim.url, poll: { intervalMs: Number(values['poll-interval']) }, report: false, onEvent: (event) => events.push(event) });
    code = summary.result === 'done' ? 0 : 1;
  } catch (error) {
    code = 2;
    stderr = String(error?.stack ?? error);
  }
  const stdout = events.map((event) => `${JSON.stringify(event)}\n`).join('');
  return { code, signal: null, killed: false, ms: Date.now() - started, stdout, stderr, events, lastEvent: events.at(-1)?.type ?? 'none' };
}

async function prepare(dir) {
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'chaos.yaml');
  await copyFile(STORY, file);
  return file;
}

/**
 * Every shot succeeded, every recorded output is the file on disk, and ffprobe reads the videos.
 * `probed` holds the sha256 of videos ffprobe has passed already (in the other run): the same bytes
 * read the same, so they are not probed again.
 */
async function verify(dir, shotIds, tools, probed = new Set()) {
  const problems = [];
  const lock = JSON.parse(await readFile(join(dir, 'chaos.lock.json'), 'utf8'));
  const out = join(dir, 'out', 'chaos');
  const outputs = [];
  for (const id of shotIds) {
    const shot = lock.shots[id];
    if (shot?.status !== 'saved') problems.push(`${id}: status ${shot?.status}`);
    if (shot?.duplicateRisk) problems.push(`${id}: flagged duplicateRisk`);
    for (const kind of ['video', 'lastFrame']) {
      const record = shot?.outputs?.[kind];
      if (!record) problems.push(`${id}: no ${kind} in the lock`);
      else outputs.push({ id, kind, record });
    }
  }
  if (lock.concat) outputs.push({ id: 'film', kind: 'video', record: lock.concat.output });
  else problems.push('no film in the lock');
  // A few files at a time: each check is a read, a hash and an ffprobe process.
  const limit = pLimit(4);
  await Promise.all(outputs.map(({ id, kind, record }) => limit(async () => {
    const bytes = await readFile(join(out, record.file)).catch(() => undefined);
    const digest = bytes && sha256(bytes);
    if (!bytes) problems.push(`${id}: ${record.file} is missing`);
    else if (bytes.length !== record.bytes || digest !== record.sha256) problems.push(`${id}: ${record.file} differs from the lock`);
    if (kind !== 'video' || !bytes) return;
    const hash = `${id === 'film' ? 'film' : 'clip'}:${digest}`;
    if (probed.has(hash)) return;
    const probe = await run(tools.ffprobe, ['-v', 'error', '-show_entries', 'stream=codec_type,width,height:format=duration', '-of', 'json', join(out, record.file)]).catch((e) => ({ stdout: '', error: e }));
    const info = probe.stdout ? JSON.parse(probe.stdout) : undefined;
    const video = info?.streams?.find((s) => s.codec_type === 'video');
    const seconds = Number(info?.format?.duration);
    const want = id === 'film' ? undefined : 5;
    if (!video || video.width !== 864 || video.height !== 496 || !(seconds > 0) || (want !== undefined && Math.abs(seconds - want) > 0.1)) {
      problems.push(`${id}: ffprobe says ${JSON.stringify({ video, seconds })}`);
    } else {
      probed.add(hash);
    }
  })));
  const leftovers = (await readdir(out)).filter((f) => f.endsWith('.part') || f.endsWith('.tmp')).length + (await readdir(dir)).filter((f) => f.endsWith('.tmp')).length;
  return { lock, problems, verified: outputs.length - problems.length, leftovers };
}

/** Decoded frames, for a report when the bytes of two films differ. */
async function frameHashes(tools, file) {
  const { stdout } = await run(tools.ffmpeg, ['-v', 'error', '-i', file, '-map', '0:v', '-f', 'framemd5', '-'], { maxBuffer: 64 * 1024 * 1024 });
  return sha256(stdout.split('\n').filter((l) => !l.startsWith('#')).join('\n'));
}

/** Files under dir (recursively) that contain any of the needles. */
async function filesContaining(dir, needles) {
  const hits = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    const text = (await readFile(path)).toString('latin1');
    for (const needle of needles) if (text.includes(needle)) hits.push(`${path}: ${needle.startsWith('sk-') ? 'the API key' : needle}`);
  }
  return hits;
}

const duplicates = (stats) => Object.values(stats.createsByRequest).reduce((sum, n) => sum + Math.max(0, n - 1), 0);

async function main() {
  await ensureBuilt();
  const lib = await import(new URL('../dist/index.js', import.meta.url).href);
  // ffmpeg's whereabouts are not part of the public API: from the media layer itself.
  const { locateTools } = await import(new URL('../dist/media/index.js', import.meta.url).href);
  const tools = await locateTools();
  const fromEnv = process.env.SEEDANCE_API_KEY;
  const key = fromEnv?.startsWith('sk-sentinel-') ? fromEnv : `sk-sentinel-${randomBytes(12).toString('hex')}`;
  const work = values.work ?? (await mkdtemp(join(tmpdir(), 'seedance-chaos-')));
  const simOptions = { seed: SEED, apiKey: key, faults: FAULTS, latency: { queuedMs: [20, 100], runningMs: LATENCY }, cacheDir: values['render-cache'] ?? join(work, 'render-cache') };
  const shotIds = [...(await readFile(STORY, 'utf8')).matchAll(/^\s+- \{ id: ([\w-]+)/gm)].map((m) => m[1]);
  const checks = [];
  const check = (name, ok, detail = '') => checks.push({ name, ok: Boolean(ok), detail });

  // The run without kills, on its own fresh simulator: the yardstick for the killed one. First,
  // unless --kill-window lets the killed run go at the same time (see the top of this file).
  const referenceRun = (async () => {
    const refSim = await lib.startSimulator(simOptions);
    const refFile = await prepare(join(work, 'reference'));
    const run = KILL_WINDOW === undefined ? await attempt(refFile, refSim, key) : await libraryAttempt(lib, refFile, refSim, key);
    await writeFile(join(work, 'reference', 'events.ndjson'), run.stdout);
    const stats = refSim.stats();
    await refSim.close();
    return { run, stats };
  })();
  if (KILL_WINDOW === undefined) await referenceRun;

  // The killed run: a fresh simulator with the same seed and faults. Kill moments are drawn from a
  // window of the reference's length over the number of kills (or --kill-window), so they land in
  // submissions, polling, downloads and the film alike, and the run is still going when the last
  // one is due.
  // Between kills the simulator goes on: tasks finish while no client is watching.
  const sim = await lib.startSimulator(simOptions);
  const file = await prepare(join(work, 'killed'));
  // Deterministic kill moments for a seed: the simulator's own mulberry32.
  const { seededRandom } = await import(new URL('../dist/simulator/random.js', import.meta.url).href);
  const next = seededRandom(SEED * 7919 + 1);
  const windowMs = KILL_WINDOW ?? Math.max(500, (await referenceRun).run.ms / Math.max(1, KILLS));
  const attempts = [];
  const began = Date.now();
  for (let kills = 0; ; ) {
    const killAfterMs = kills < KILLS ? Math.round(next() * windowMs) : undefined;
    const result = await attempt(file, sim, key, killAfterMs);
    attempts.push({ ...result, killAfterMs });
    await writeFile(join(work, 'killed', `events-${attempts.length}.ndjson`), result.stdout);
    if (result.killed) kills++;
    else if (result.code === 0) break;
    if (attempts.length > KILLS + 10) break;
  }
  const wallMs = Date.now() - began;
  const stats = sim.stats();
  await sim.close();
  const { run: reference, stats: refStats } = await referenceRun;
  check('reference run completes', reference.code === 0, `exit ${reference.code}`);
  const last = attempts.at(-1);
  const kills = attempts.filter((a) => a.killed).length;
  const unexpected = attempts.filter((a) => !a.killed && a.code !== 0);
  check('killed run completes', last?.code === 0, `last exit ${last?.code ?? '-'}`);
  check(`${KILLS} kills`, kills === KILLS, kills < KILLS ? `the run finished after ${kills} kills: raise --latency` : '');
  check('no run failed on its own', unexpected.length === 0, unexpected.map((a) => `exit ${a.code}: ${a.stderr.slice(-300)}`).join(' | '));
  check('one create per shot', stats.creates === shotIds.length && duplicates(stats) === 0, `${stats.creates} creates for ${shotIds.length} shots, ${duplicates(stats)} duplicates`);
  check('one create per shot (reference)', refStats.creates === shotIds.length && duplicates(refStats) === 0, `${refStats.creates} creates`);

  const probed = new Set();
  const killedRun = await verify(join(work, 'killed'), shotIds, tools, probed);
  const refRun = await verify(join(work, 'reference'), shotIds, tools, probed);
  check('every output verified', killedRun.problems.length === 0, killedRun.problems.join('; '));
  check('every output verified (reference)', refRun.problems.length === 0, refRun.problems.join('; '));
  const differing = shotIds.filter((id) => ['video', 'lastFrame'].some((k) => killedRun.lock.shots[id]?.outputs?.[k]?.sha256 !== refRun.lock.shots[id]?.outputs?.[k]?.sha256));
  check('clips byte-identical to the reference', differing.length === 0, differing.join(', '));
  const filmSame = killedRun.lock.concat?.output.sha256 !== undefined && killedRun.lock.concat.output.sha256 === refRun.lock.concat?.output.sha256;
  let filmDetail = '';
  if (!filmSame && killedRun.lock.concat && refRun.lock.concat) {
    const frames = await Promise.all(['killed', 'reference'].map((d) => frameHashes(tools, join(work, d, 'out', 'chaos', 'final.mp4'))));
    filmDetail = frames[0] === frames[1] ? 'bytes differ, decoded frames are the same' : 'decoded frames differ';
  }
  check('film byte-identical to the reference', filmSame, filmDetail);

  const leaks = await filesContaining(work, [key, 'signature=']).then((hits) => hits.filter((h) => !h.startsWith(join(work, 'render-cache'))));
  const streams = [reference, ...attempts].flatMap((a, i) => [key, 'signature='].filter((n) => (a.stdout + a.stderr).includes(n)).map((n) => `run ${i}: ${n.startsWith('sk-') ? 'the API key' : n}`));
  check('no key or signed URL in any output', leaks.length === 0 && streams.length === 0, [...leaks, ...streams].join('; '));

  const events = attempts.flatMap((a) => a.events);
  const count = (type, pick = () => true) => events.filter((e) => e.type === type && pick(e)).length;
  const warnings = {};
  for (const e of events) if (e.type === 'warning') warnings[e.code] = (warnings[e.code] ?? 0) + 1;
  const result = {
    ok: checks.every((c) => c.ok),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '?', node: process.version },
    options: { kills: KILLS, seed: SEED, latencyMs: LATENCY, killWindowMs: [0, Math.round(windowMs)], referenceAlongside: KILL_WINDOW !== undefined, faults: FAULTS.length, shots: shotIds.length },
    figures: {
      kills,
      restarts: attempts.length - 1,
      killMoments: attempts.filter((a) => a.killed).map((a) => a.killAfterMs),
      // What each killed run had last reported: where in its work the kill landed.
      killedAfter: attempts.filter((a) => a.killed).reduce((m, a) => ({ ...m, [a.lastEvent]: (m[a.lastEvent] ?? 0) + 1 }), {}),
      creates: stats.creates,
      createRequests: stats.createRequests,
      duplicates: duplicates(stats),
      recoveredCreates: count('shot-submitted', (e) => e.recovered),
      resumedTasks: count('shot-resumed'),
      retries: count('retrying'),
      warnings,
      lists: stats.lists,
      queries: stats.queries,
      downloads: stats.downloads,
      filmAssemblies: count('assembly-finished'),
      leftoverTempFiles: killedRun.leftovers,
      wallMs,
      referenceWallMs: reference.ms,
      referenceCreateRequests: refStats.createRequests,
    },
    checks,
    work,
  };
  printTable(result);
  if (values.json) await writeFile(values.json, JSON.stringify(result, null, 2) + '\n');
  if (!values.keep && !values.work) await rm(work, { recursive: true, force: true });
  process.exitCode = result.ok ? 0 : 1;
}

function printTable({ figures: f, checks, options, machine }) {
  const rows = [
    ['shots', options.shots], ['kills (SIGKILL)', f.kills], ['restarts', f.restarts], ['creates at the simulator', f.creates],
    ['create requests (incl. faulted)', f.createRequests], ['duplicate creates', f.duplicates], ['lost creates found again', f.recoveredCreates],
    ['tasks resumed by id after a kill', f.resumedTasks], ['retries', f.retries], ['film assemblies', f.filmAssemblies],
    ['leftover temp files', f.leftoverTempFiles], ['kills landed after', Object.entries(f.killedAfter).map(([k, n]) => `${k} ${n}`).join(', ')],
    ['wall time, killed run', `${(f.wallMs / 1000).toFixed(1)} s`],
    ['wall time, reference run', `${(f.referenceWallMs / 1000).toFixed(1)} s`],
  ];
  const out = [`chaos: ${machine.cpus} x ${machine.cpu}, node ${machine.node}; seed ${options.seed}, task latency ${options.latencyMs.join('-')} ms`, ''];
  for (const [name, value] of rows) out.push(`  ${String(name).padEnd(34)} ${value}`);
  out.push('', ...checks.map((c) => `  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}${c.detail ? `: ${c.detail}` : ''}`));
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((error) => {
  process.stderr.write(`chaos: ${error?.stack ?? error}\n`);
  process.exitCode = 1;
});
