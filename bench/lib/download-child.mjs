// Child-process entry: one download of `url`, sampling this process's resident memory. Config as
// JSON in argv[2] ({ url, baseUrl, dest, mode }); prints one JSON line with the timings, the
// memory at each tenth of the file and the CPU used. Modes:
//   ours     the pipeline's downloader, createClient().download from dist/api (stream, sha256, fsync)
//   discard  undici alone, the body read and dropped: the floor for any Node downloader here
//   hash     undici, sha256 of the body, nothing written
//   write    undici, sha256, written to the file, no fsync
// The first tenth of the file also pays for undici's lazy start (its HTTP parser and buffers).
import { createHash } from 'node:crypto';
import { createWriteStream, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Agent, request } from 'undici';
import { dist } from './dist.mjs';

const { url, baseUrl, dest, mode = 'ours' } = JSON.parse(process.argv[2]);
const { createClient } = await dist('index.js');
const rssMb = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
const atTenth = [];
const onProgress = (bytes, total) => {
  if (total && bytes >= ((atTenth.length + 1) * total) / 10) atTenth.push(Math.round(rssMb()));
};

/** The same streaming as ours, less the parts a mode leaves out (buffers as in src/api/download.ts). */
async function plain(agent) {
  const response = await request(url, { dispatcher: agent, highWaterMark: 1 << 20 });
  const total = Number(response.headers['content-length']);
  const hash = createHash('sha256');
  let bytes = 0;
  const tally = new Transform({
    highWaterMark: 1 << 20,
    transform(chunk, _encoding, callback) {
      if (mode !== 'discard') hash.update(chunk);
      bytes += chunk.length;
      onProgress(bytes, total);
      callback(null, chunk);
    },
  });
  const sink = mode === 'write' ? createWriteStream(dest, { highWaterMark: 1 << 20 }) : new Writable({ highWaterMark: 1 << 20, write: (_c, _e, cb) => cb() });
  await pipeline(response.body, tally, sink);
  return { bytes, sha256: mode === 'discard' ? '' : hash.digest('hex') };
}

const client = createClient({ format: 'native', baseUrl, apiKey: 'bench-key' });
const agent = new Agent({ connections: 16 });
const samples = [];
const before = rssMb();
const timer = setInterval(() => samples.push(rssMb()), 50);
const cpu = process.cpuUsage();
const start = performance.now();
const result = mode === 'ours' ? await client.download(url, dest, { onProgress }) : await plain(agent);
const ms = performance.now() - start;
const used = process.cpuUsage(cpu);
clearInterval(timer);
await client.close();
await agent.close();
process.stdout.write(JSON.stringify({ ms, bytes: result.bytes, sha256: result.sha256, before, peak: Math.max(before, ...samples), after: rssMb(), atTenth, cpuMs: (used.user + used.system) / 1000 }) + '\n');
