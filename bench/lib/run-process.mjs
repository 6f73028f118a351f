// Run one storyboard in a separate runner process (bench/lib/run-child.mjs) and read back what it
// recorded. A separate process keeps its CPU and memory figures apart from the benchmark's own.
import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./run-child.mjs', import.meta.url));

/**
 * config: { manifest, baseUrl, concurrency?, poll?, downloadConcurrency?, accounts?, runOptions? };
 * nodeArgs e.g. ['--cpu-prof']; env: the runner's environment (where accounts' keys go: config is
 * in its argv, which any user of the machine can read).
 */
export async function runInChild(config, { nodeArgs = [], cwd, env } = {}) {
  const resultFile = join(tmpdir(), `seedance-bench-run-${process.pid}-${Date.now()}.json`);
  const child = spawn(process.execPath, [...nodeArgs, ENTRY, JSON.stringify({ ...config, resultFile })], { stdio: ['ignore', 'inherit', 'inherit'], ...(cwd ? { cwd } : {}), ...(env ? { env } : {}) });
  const code = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`the runner process exited with ${code}`);
  const result = JSON.parse(await readFile(resultFile, 'utf8'));
  await rm(resultFile, { force: true });
  if (result.summary.result !== 'done') {
    throw new Error(`the run did not finish cleanly (${result.summary.result}): ${result.failures.slice(0, 3).join(' | ')}`);
  }
  return result;
}
