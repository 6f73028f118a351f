// Start the simulator in another process and talk to it over loopback: its URL, its counters
// (GET /__simulator/stats) and a way to stop it.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./sim-server.mjs', import.meta.url));

/**
 * Options are SimulatorOptions (latency pairs, fast, seed, runningLimit, keys, videoOverride, ...),
 * handed over in the environment, not argv: `keys` holds API keys, and argv is readable by anyone.
 */
export async function startSimulatorProcess(options) {
  const env = { ...process.env, SEEDANCE_BENCH_SIMULATOR: JSON.stringify(options) };
  const child = spawn(process.execPath, [ENTRY], { stdio: ['pipe', 'pipe', 'inherit'], env });
  const lines = createInterface({ input: child.stdout });
  const first = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the simulator process exited with ${code} before it listened`)));
    lines.once('line', (line) => resolve(JSON.parse(line)));
  });
  const url = first.url;
  const call = async (method, path) => {
    const response = await fetch(url + path, { method });
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}`);
    return response.json();
  };
  return {
    url,
    pid: child.pid,
    stats: () => call('GET', '/__simulator/stats'),
    resetStats: () => call('POST', '/__simulator/reset-stats'),
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin.end();
      await exited;
    },
  };
}
