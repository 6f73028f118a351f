// A closed stdout (`seedance validate bad.yaml | head -1`, `seedance run --reporter json | head -3`)
// ends output quietly: no stack trace, no crash. A run goes on to its clean end (the output is
// for watching; the run is what was asked for), prints its summary on stderr instead, leaves the
// lock with every task finished and downloaded, and exits with the run's own code.
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { lockPathFor, readLock } from '../../src/state/lock.js';
import { startSim, writeStoryboard } from '../run/harness.js';
import { tempDir } from '../temp.js';
import { startCli, type CliRun } from './signals-helpers.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim({ latency: { queuedMs: 50, runningMs: [400, 800] } });
});
afterAll(async () => {
  await sim.close();
});

/** Like `| head -n lines`: reads that many lines of the child's stdout, then closes the pipe. */
function head(cli: CliRun, lines: number): Promise<string[]> {
  const stdout = cli.child.stdout;
  if (!stdout) throw new Error('stdout is not piped');
  stdout.removeAllListeners('data');
  const seen: string[] = [];
  return new Promise((resolve) => {
    const reader = createInterface({ input: stdout });
    reader.on('line', (line) => {
      seen.push(line);
      if (seen.length === lines && !stdout.destroyed) {
        reader.close();
        stdout.destroy();
        resolve(seen.slice(0, lines));
      }
    });
  });
}

const STACK = /\n\s+at |EPIPE|Unhandled|internal error/;

describe('a closed stdout', () => {
  it('`seedance validate bad.yaml | head -1`: output ends quietly, exit 2', async () => {
    const dir = await tempDir('seedance-pipe-validate-');
    // Enough problems that the report is far longer than a pipe holds: validate is still writing when head leaves.
    const words = 'a long prompt that makes every quoted source line of the report long '.repeat(6);
    const shots = Array.from({ length: 1000 }, (_, i) => `  - { id: s${i}, prompt: ${words}${i}, first_frame: { shot: missing${i} }, colour: red }\n`).join('');
    const file = await writeStoryboard(dir, `version: 1\nshots:\n${shots}`, {}, 'bad.yaml');
    const cli = startCli(['validate', file], {});
    const lines = await head(cli, 1);
    expect(lines[0]).toMatch(/error/);
    const { code, signal } = await cli.exited;
    expect(cli.stderr()).not.toMatch(STACK);
    expect(cli.stderr()).toBe('');
    expect({ code, signal }).toEqual({ code: 2, signal: null });
  });

  it('`seedance run --reporter json | head -3`: the run goes on to a clean end, its summary on stderr, every task finished and saved', async () => {
    const dir = await tempDir('seedance-pipe-run-');
    const shots = Array.from({ length: 4 }, (_, i) => `  - { id: p${i}, prompt: piped run shot ${i}, seed: ${i + 90} }\n`).join('');
    const file = await writeStoryboard(dir, `version: 1\nconcurrency: 2\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n${shots}`);
    sim.resetStats();
    const cli = startCli(['run', file, '--reporter', 'json', '--poll-interval', '50'], { SEEDANCE_API_KEY: 'test-key', SEEDANCE_BASE_URL: sim.url });
    const lines = await head(cli, 3);
    expect(lines.map((l) => (JSON.parse(l) as { type: string }).type)).toEqual(['run-started', 'plan-ready', 'shot-submitting']);
    const { code, signal } = await cli.exited;
    expect(cli.stderr()).not.toMatch(STACK);
    expect({ code, signal }, cli.stderr()).toEqual({ code: 0, signal: null });
    expect(cli.stderr()).toMatch(/stdout was closed/);
    expect(cli.stderr()).toMatch(/done: 4 made, 0 reused, 0 failed, 0 skipped/);
    const lock = await readLock(lockPathFor(file), file);
    expect(Object.values(lock.shots).map((s) => s.status)).toEqual(['saved', 'saved', 'saved', 'saved']);
    expect(sim.stats().creates).toBe(4);
  });
});
