#!/usr/bin/env node
// Benchmark 4, downloads: a 500 MB MP4 (a real ffmpeg clip padded with an MP4 `free` box, which
// players skip) served by the simulator (videoOverride) in another process, fetched through the
// pipeline's downloader (createClient().download: streamed to disk, sha256 on the way, fsync at
// the end) and by `curl -o` from the same loopback URL, alternating. Also curl followed by an
// fsync of its file (`sync FILE`), the same durability as ours, and the parts of ours alone
// (undici reading, + sha256, + the file) to show where the time goes. Memory of the downloading
// process sampled at each tenth of the file. Aim: at least 0.9x curl's throughput, memory flat.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, existsSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { requireDist } from './lib/dist.mjs';
import { describeMachine, machineDetails } from './lib/machine.mjs';
import { median, numberOption, parseBenchArgs, table, writeSummary } from './lib/report.mjs';
import { startSimulatorProcess } from './lib/simulator-process.mjs';

const USAGE = `
Usage: node bench/download.mjs [options]

  --mb N        size of the video in MB (default 500)
  --runs N      downloads of each kind, alternating (default 3)
  --dir D       where the video and the downloads go (default: the system temp folder)
  --json FILE   write the summary rows for run-all
`;
const values = parseBenchArgs(USAGE, { mb: { type: 'string', default: '500' }, runs: { type: 'string', default: '3' }, dir: { type: 'string' } });
requireDist();
const megabytes = numberOption(values, 'mb');
const runs = numberOption(values, 'runs');
const dir = values.dir ?? tmpdir();
const machine = machineDetails();
console.log(`# download: ${describeMachine(machine)}`);
try {
  execFileSync('curl', ['--version'], { stdio: 'ignore' });
} catch {
  console.error('curl is not installed: install it (e.g. `apt-get install curl`) to compare with it.');
  process.exit(2);
}

/** A real 5 s clip, then a top-level `free` box filling it up to the size asked (kept between runs). */
function makeVideo(bytes) {
  const file = join(dir, `seedance-bench-download-${megabytes}MB.mp4`);
  if (existsSync(file) && statSync(file).size === bytes) return file;
  const clip = `${file}.clip.mp4`;
  execFileSync(process.env.FFMPEG_PATH ?? 'ffmpeg', ['-y', '-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc2=s=864x496:r=24:d=5', '-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', clip]);
  const head = statSync(clip).size;
  const fd = openSync(`${file}.part`, 'w');
  try {
    writeSync(fd, readFileSync(clip));
    const pad = bytes - head;
    const box = Buffer.alloc(8);
    box.writeUInt32BE(pad, 0);
    box.write('free', 4, 'latin1');
    writeSync(fd, box);
    // Varied bytes, not zeros, so nothing on the way can shortcut them.
    const block = Buffer.alloc(1 << 20);
    for (let i = 0; i < block.length; i += 4) block.writeUInt32LE((i * 2654435761) >>> 0, i);
    for (let left = pad - 8; left > 0; left -= block.length) writeSync(fd, block, 0, Math.min(left, block.length));
  } finally {
    closeSync(fd);
  }
  renameSync(`${file}.part`, file);
  rmSync(clip, { force: true });
  return file;
}

async function sha256(file) {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest('hex');
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} exited with ${code}`))));
  });
}

async function timed(fn) {
  const start = performance.now();
  const out = await fn();
  return { ms: performance.now() - start, out };
}

const bytes = megabytes * 1_000_000;
const video = makeVideo(bytes);
const expected = await sha256(video);
const sim = await startSimulatorProcess({ fast: true, videoOverride: video, latency: { queuedMs: 10, runningMs: 10 } });
const dest = join(dir, 'seedance-bench-download.out');
const CHILD = fileURLToPath(new URL('./lib/download-child.mjs', import.meta.url));
try {
  const headers = { authorization: 'Bearer bench-key', 'content-type': 'application/json' };
  const tasks = `${sim.url}/api/v3/contents/generations/tasks`;
  const { id } = await (await fetch(tasks, { method: 'POST', headers, body: JSON.stringify({ model: 'doubao-seedance-2.0', content: [{ type: 'text', text: 'download benchmark' }], resolution: '480p', duration: 5 }) })).json();
  let task;
  do {
    await new Promise((resolve) => setTimeout(resolve, 50));
    task = await (await fetch(`${tasks}/${id}`, { headers })).json();
  } while (task.status !== 'succeeded');
  const url = task.content.video_url;
  const ours = [];
  const curl = [];
  const curlSync = [];
  const parts = { discard: [], hash: [], write: [] };
  const child = async (mode) => {
    const { ms, out } = await timed(() => run(process.execPath, [CHILD, JSON.stringify({ url, baseUrl: sim.url, dest, mode })]));
    return { ...JSON.parse(out), processMs: ms };
  };
  // One unmeasured pass of each, so the file is in the page cache for both alike.
  await run('curl', ['-s', '-o', dest, url]);
  for (let r = 0; r < runs; r++) {
    const steps = [
      async () => {
        await rm(dest, { force: true });
        const result = await child('ours');
        if (result.sha256 !== expected || result.bytes !== bytes) throw new Error('our download does not match the file served');
        ours.push(result);
      },
      async () => {
        for (const mode of Object.keys(parts)) {
          await rm(dest, { force: true });
          parts[mode].push((await child(mode)).ms);
        }
      },
      async () => {
        await rm(dest, { force: true });
        curl.push((await timed(() => run('curl', ['-s', '-o', dest, url]))).ms);
        if (statSync(dest).size !== bytes) throw new Error('curl did not fetch the whole file');
      },
      async () => {
        await rm(dest, { force: true });
        curlSync.push((await timed(async () => {
          await run('curl', ['-s', '-o', dest, url]);
          await run('sync', [dest]);
        })).ms);
      },
    ];
    for (let i = 0; i < steps.length; i++) await steps[(i + r) % steps.length]();
  }
  await rm(dest, { force: true });
  const mbps = (ms) => (bytes / 1e6 / (ms / 1000)).toFixed(0);
  const oursMs = median(ours.map((o) => o.ms));
  const curlMs = median(curl);
  const ratio = curlMs / oursMs;
  const ratioSync = median(curlSync) / oursMs;
  // Flat: after the first tenth (undici's parser and the buffers set up), memory no longer grows.
  const flat = Math.max(...ours.map((o) => Math.max(...o.atTenth) - o.atTenth[0]));
  console.log(`${megabytes} MB (${bytes.toLocaleString('en-US')} bytes) from the simulator on 127.0.0.1, ${runs} runs of each, median; files written to ${dir}`);
  console.log();
  console.log(table(['downloader', 'median', 'throughput', 'vs curl', 'memory (RSS) before → peak → after'], [
    ['curl -o', `${Math.round(curlMs)} ms`, `${mbps(curlMs)} MB/s`, '1.00', 'n/a'],
    ['curl -o, then fsync of the file (sync FILE)', `${Math.round(median(curlSync))} ms`, `${mbps(median(curlSync))} MB/s`, (curlMs / median(curlSync)).toFixed(2), 'n/a'],
    ['undici alone, body read and dropped (no hash, no file)', `${Math.round(median(parts.discard))} ms`, `${mbps(median(parts.discard))} MB/s`, (curlMs / median(parts.discard)).toFixed(2), ''],
    ['undici + sha256, no file', `${Math.round(median(parts.hash))} ms`, `${mbps(median(parts.hash))} MB/s`, (curlMs / median(parts.hash)).toFixed(2), ''],
    ['undici + sha256 + file, no fsync', `${Math.round(median(parts.write))} ms`, `${mbps(median(parts.write))} MB/s`, (curlMs / median(parts.write)).toFixed(2), ''],
    ['createClient().download (stream, sha256, file, fsync)', `${Math.round(oursMs)} ms`, `${mbps(oursMs)} MB/s`, ratio.toFixed(2), ours.map((o) => `${o.before.toFixed(0)} → ${o.peak.toFixed(0)} → ${o.after.toFixed(0)} MB`).join('; ')],
  ]));
  console.log(`RSS of the downloading process at each tenth of the file: ${ours.map((o) => o.atTenth.join(' ')).join(' | ')} MB`);
  console.log(`(our figure is the download call alone, inside its process; CPU of that call ${median(ours.map((o) => o.cpuMs)).toFixed(0)} ms; the whole process including node start-up took ${Math.round(median(ours.map((o) => o.processMs)))} ms)`);
  writeSummary(values.json, [
    { benchmark: 'download', measure: `${megabytes} MB: throughput vs curl (vs curl + fsync)`, value: `${ratio.toFixed(2)}x (${ratioSync.toFixed(2)}x), ${mbps(oursMs)} MB/s`, aim: '>= 0.9x', met: ratio >= 0.9 },
    { benchmark: 'download', measure: `${megabytes} MB: RSS growth after the first tenth`, value: `+${flat.toFixed(0)} MB`, aim: 'flat', met: flat < 50 },
  ], { machine });
} finally {
  await sim.close();
}
