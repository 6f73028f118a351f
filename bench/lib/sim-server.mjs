// Child-process entry: start the embedded simulator with the JSON options in SEEDANCE_BENCH_SIMULATOR and
// print its URL as one JSON line. It runs until stdin closes or SIGTERM, so its CPU is never
// counted in the process that is being measured.
import { dist } from './dist.mjs';

const { startSimulator } = await dist('index.js');
const options = JSON.parse(process.env.SEEDANCE_BENCH_SIMULATOR ?? '{}');
const simulator = await startSimulator(options);
process.stdout.write(JSON.stringify({ url: simulator.url, pid: process.pid }) + '\n');

let closing = false;
async function stop() {
  if (closing) return;
  closing = true;
  await simulator.close();
  process.exit(0);
}
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
