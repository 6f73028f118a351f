#!/usr/bin/env node
// Benchmark: assemble() on 20 matching 5 s clips (the stream-copy path) against a hand-written
// `ffmpeg -f concat -safe 0 -i list.txt -c copy out.mp4` on the same files; then the crossfaded
// re-encode at 20 and 100 shots, side by side in one run: the first join in pieces (empty cache),
// the re-join after one shot changed (its body and two crossfades re-encoded, the rest from the
// cache), and the one-pass re-encode of before (assemble's `reencode: 'one-pass'`). Every timed
// assemble() starts with the probe cache cleared, as a fresh `seedance concat` would. Prints
// medians. Needs `npm run build` first (it imports dist/).
//
//   node bench/concat.mjs [--runs 7] [--reencode-runs 1] [--crossfade-clips 20,100] [--clips 20] [--seconds 5] [--tools system|bundled|auto] [--json FILE]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describeMachine } from './lib/machine.mjs';
import { parseBenchArgs, writeSummary } from './lib/report.mjs';

const values = parseBenchArgs(`
Usage: node bench/concat.mjs [options]

  --runs N            runs of the copy path, median (default 7)
  --reencode-runs N   runs of each crossfaded join (default 1; 0 for none)
  --crossfade-clips L shots of the crossfaded films, comma-separated (default 20,100)
  --clips N           clips to join (default 20)
  --seconds N         length of each clip (default 5)
  --tools T           system, bundled or auto (default auto: as seedance finds them)
  --json FILE         write the summary rows for run-all
`, {
  runs: { type: 'string', default: '7' },
  'reencode-runs': { type: 'string', default: '1' },
  'crossfade-clips': { type: 'string', default: '20,100' },
  clips: { type: 'string', default: '20' },
  seconds: { type: 'string', default: '5' },
  tools: { type: 'string', default: 'auto' },
});
const runs = Number(values.runs);
console.log(`# concat: ${describeMachine()}`);
const reencodeRuns = Number(values['reencode-runs']);
const clipCount = Number(values.clips);
const seconds = Number(values.seconds);
const crossfadeCounts = String(values['crossfade-clips']).split(',').map(Number).filter((n) => n > 1);

const distIndex = new URL('../dist/index.js', import.meta.url);
if (!existsSync(distIndex)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(2);
}
const media = await import(new URL('../dist/media/index.js', import.meta.url).href);
const assembler = await import(new URL('../dist/assemble/index.js', import.meta.url).href);
if (values.tools !== 'auto') {
  const tools = values.tools === 'bundled' ? await media.bundledTools() : { ffmpeg: '/usr/bin/ffmpeg', ffprobe: '/usr/bin/ffprobe' };
  process.env.FFMPEG_PATH = tools.ffmpeg;
  process.env.FFPROBE_PATH = tools.ffprobe;
  media.resetTools();
}
const tools = await media.locateTools();
const caps = await media.probeCapabilities();

// 480p 16:9 at 24 fps with sound, like the service's clips; made once and kept between runs. One
// more (`alt`, another picture and tone) stands in for a shot made again.
const dir = join(tmpdir(), `seedance-bench-concat-${seconds}s`);
await mkdir(dir, { recursive: true });
async function makeClip(file, source, tone) {
  if (existsSync(file)) return file;
  await media.runFfmpeg([
    '-y', '-f', 'lavfi', '-i', `${source}=s=864x496:r=24:d=${seconds}`, '-f', 'lavfi', '-i', `sine=f=${tone}:r=48000:d=${seconds}`,
    '-c:v', 'libx264', '-preset', 'veryfast', '-g', '48', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '128k', '-f', 'mp4', `${file}.part`,
  ]);
  await import('node:fs/promises').then((fs) => fs.rename(`${file}.part`, file));
  return file;
}
const pool = [];
for (let i = 0; i < Math.max(clipCount, ...crossfadeCounts); i++) {
  pool.push({ id: `shot-${i}`, path: await makeClip(join(dir, `clip-${String(i).padStart(3, '0')}.mp4`), 'testsrc2', 220 + 7 * i) });
}
const altClip = await makeClip(join(dir, 'clip-alt.mp4'), 'testsrc', 1500);
const clips = pool.slice(0, clipCount);
const list = join(dir, 'list.txt');
await writeFile(list, clips.map((c) => `file '${c.path}'\n`).join(''));

// assemble()'s own ffmpeg command (chapters input, +faststart) without the probing and checking around it.
const ourList = join(dir, 'list.ffconcat');
const ourChapters = join(dir, 'chapters.txt');
await writeFile(ourList, assembler.buildConcatList(clips.map((c) => ({ path: c.path, durationSeconds: seconds }))));
await writeFile(ourChapters, assembler.buildChaptersMetadata(clips.map((c, i) => ({ id: c.id, start: i * seconds, end: (i + 1) * seconds }))));

function ffmpeg(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(tools.ffmpeg, ['-hide_banner', '-nostdin', '-loglevel', 'error', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg exited with ${code}`))));
  });
}
const handWritten = (out) => ffmpeg(['-y', '-f', 'concat', '-safe', '0', '-i', list, '-c', 'copy', out]);
const ourCommand = (out) => ffmpeg(assembler.buildCopyArgs({ list: ourList, chapters: ourChapters, output: out }, true));

async function time(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const out = join(dir, 'out');
await mkdir(out, { recursive: true });
const copyInput = { clips, output: join(out, 'final.mp4'), transition: { type: 'cut', duration: 0 } };
// One warm-up of each so disk caches and the dynamic loader are equally warm.
await handWritten(join(out, 'hand.mp4'));
const warm = await assembler.assemble(copyInput);
if (warm.method !== 'copy') throw new Error(`expected the copy path, got ${warm.method}`);

const hand = [];
const command = [];
const ours = [];
const cold = [];
const coldAssemble = () => {
  media.clearProbeCache();
  return assembler.assemble(copyInput);
};
for (let r = 0; r < runs; r++) {
  // Rotate the order so no side always runs on a warmer machine.
  const steps = [
    async () => hand.push(await time(() => handWritten(join(out, 'hand.mp4')))),
    async () => command.push(await time(() => ourCommand(join(out, 'command.mp4')))),
    async () => ours.push(await time(() => assembler.assemble(copyInput))),
    async () => cold.push(await time(coldAssemble)),
  ];
  for (let i = 0; i < steps.length; i++) await steps[(i + r) % steps.length]();
}

// Crossfaded films: the first join in pieces (empty cache), the re-join after one changed shot, and
// the one-pass re-encode, side by side; the order of the one-pass and the pieces pair rotates.
const crossfade = [];
for (const n of reencodeRuns > 0 ? crossfadeCounts : []) {
  const shots = pool.slice(0, n);
  const changedAt = Math.floor(n / 2);
  const xf = join(out, `crossfade-${n}`);
  const piecesDir = join(xf, '.seedance-pieces');
  const input = (changed) => ({
    clips: shots.map((c, i) => (i === changedAt && changed ? { ...c, path: altClip } : c)),
    output: join(xf, 'film.mp4'),
    transition: { type: 'crossfade', duration: 0.5 },
  });
  const timed = async (fn) => {
    media.clearProbeCache();
    let result;
    const ms = await time(async () => { result = await fn(); });
    return { ms, result };
  };
  const row = { n, film: n * seconds - (n - 1) * 0.5, first: [], rejoin: [], onePass: [], made: [] };
  for (let r = 0; r < reencodeRuns; r++) {
    const piecesPair = async () => {
      await rm(piecesDir, { recursive: true, force: true });
      const first = await timed(() => assembler.assemble(input(false), { piecesDir }));
      const again = await timed(() => assembler.assemble(input(true), { piecesDir }));
      row.first.push(first.ms);
      row.rejoin.push(again.ms);
      row.made.push(`${again.result.pieces.made.length} of ${again.result.pieces.total}`);
      if (first.result.pieces.made.length !== first.result.pieces.total) throw new Error('the first join found pieces in the cache');
    };
    const onePass = async () => row.onePass.push((await timed(() => assembler.assemble(input(false), { reencode: 'one-pass' }))).ms);
    const steps = r % 2 ? [onePass, piecesPair] : [piecesPair, onePass];
    for (const step of steps) await step();
    console.log(`  crossfade ${n} shots, run ${r + 1}: first ${(row.first.at(-1) / 1000).toFixed(1)} s, re-join ${(row.rejoin.at(-1) / 1000).toFixed(1)} s (${row.made.at(-1)} pieces encoded), one pass ${(row.onePass.at(-1) / 1000).toFixed(1)} s`);
  }
  crossfade.push(row);
}

const fmt = (ms) => `${ms.toFixed(0).padStart(8)} ms`;
console.log(`ffmpeg ${caps.version} (${tools.source}: ${tools.ffmpeg}); ${clipCount} clips x ${seconds} s, 864x496 24 fps + AAC; ${runs} runs, median`);
console.log('| what | median | min | max | vs hand-written |');
console.log('|---|---|---|---|---|');
const row = (name, xs) => console.log(`| ${name} | ${fmt(median(xs))} | ${fmt(Math.min(...xs))} | ${fmt(Math.max(...xs))} | ${(median(xs) / median(hand)).toFixed(2)}x |`);
row('ffmpeg -f concat -c copy (hand-written)', hand);
row('the same ffmpeg with assemble()\'s arguments (chapters, +faststart)', command);
row('assemble(), copy path, clips already probed (as after a run\'s downloads)', ours);
row(`assemble(), copy path, cold (ffprobes the ${clipCount} clips)`, cold);
for (const x of crossfade) {
  console.log(`\n${x.n} shots x ${seconds} s, 0.5 s crossfades (${x.film} s film), ${os.availableParallelism()} cores; ${x.first.length} run(s), median`);
  console.log('| what | median | min | max | vs one pass |');
  console.log('|---|---|---|---|---|');
  const xrow = (name, xs) => console.log(`| ${name} | ${fmt(median(xs))} | ${fmt(Math.min(...xs))} | ${fmt(Math.max(...xs))} | ${(median(xs) / median(x.onePass)).toFixed(2)}x |`);
  xrow('one-pass re-encode (before)', x.onePass);
  xrow('first join in pieces (empty cache)', x.first);
  xrow(`re-join after one changed shot (${x.made[0]} pieces encoded)`, x.rejoin);
  console.log(`re-join / first join: ${(median(x.rejoin) / median(x.first)).toFixed(3)}`);
}
await rm(out, { recursive: true, force: true });
const vsHand = median(ours) / median(hand);
writeSummary(values.json, [
  { benchmark: 'assembly', measure: `${clipCount} × ${seconds} s clips, stream copy: assemble() vs hand-written ffmpeg`, value: `${median(ours).toFixed(0)} vs ${median(hand).toFixed(0)} ms (${vsHand.toFixed(2)}x)`, aim: '<= 1.2x', met: vsHand <= 1.2 },
  { benchmark: 'assembly', measure: `the same, cold (ffprobes the ${clipCount} clips)`, value: `${median(cold).toFixed(0)} ms (${(median(cold) / median(hand)).toFixed(2)}x)`, aim: '', met: null },
  ...crossfade.flatMap((x) => {
    const ratio = median(x.rejoin) / median(x.first);
    return [
      { benchmark: 'assembly', measure: `${x.n} shots crossfaded (${x.film} s film): first join in pieces vs one pass`, value: `${(median(x.first) / 1000).toFixed(1)} vs ${(median(x.onePass) / 1000).toFixed(1)} s (${(median(x.first) / median(x.onePass)).toFixed(2)}x)`, aim: '', met: null },
      { benchmark: 'assembly', measure: `${x.n} shots crossfaded: re-join after one changed shot / first join`, value: `${(median(x.rejoin) / 1000).toFixed(1)} / ${(median(x.first) / 1000).toFixed(1)} s = ${ratio.toFixed(3)}`, aim: x.n === 20 ? '<= 0.2' : '', met: x.n === 20 ? ratio <= 0.2 : null },
    ];
  }),
]);
