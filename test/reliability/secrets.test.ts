// Secrets: runs with the sentinel key (sentinel.ts), through the CLI as users run it, on the happy
// path and on the error paths where messages are most likely to carry what they should not (a
// refused key, 5xx storms, cut connections, garbled answers). Every output stream and every file
// the run leaves (lock, report.html and its thumbnails, clips, NDJSON events) is scanned for the
// key, pieces of it, and signed URL queries.
import './sentinel.js';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FaultRule, Simulator } from '../../src/simulator/index.js';
import { runCli, type Captured } from '../cli/capture.js';
import { startSim, writeStoryboard } from '../run/harness.js';
import { tempDir } from '../temp.js';
import { SENTINEL, leakingFiles, leaksIn } from './sentinel.js';

const NATIVE = `version: 1
name: secret
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: one, prompt: A lantern on a quay at night, seed: 31 }
  - { id: two, prompt: The lantern swings in the wind, first_frame: { shot: one }, seed: 32 }
concat:
  transition: { type: cut }
`;
const OPENAI = `version: 1
name: secret
api: openai
defaults: { size: 1280x720, duration: 4 }
shots:
  - { id: one, prompt: A lantern on a quay at night }
  - { id: two, prompt: The lantern swings in the wind, first_frame: { shot: one } }
`;

let sim: Simulator;
let guarded: Simulator;
beforeAll(async () => {
  // Short task latencies: what is checked is the text the runs leave, not their pace.
  sim = await startSim({ apiKey: SENTINEL, latency: { queuedMs: 10, runningMs: [40, 80] } });
  // A service that expects another key: the sentinel is refused with 401.
  guarded = await startSim({ apiKey: 'sk-the-right-key-0000' });
});
afterAll(async () => {
  await Promise.all([sim.close(), guarded.close()]);
});
beforeEach(() => {
  sim.clearFaults();
  sim.resetStats();
});

interface Outcome extends Captured {
  dir: string;
}

async function cli(yaml: string, argv: string[], env: NodeJS.ProcessEnv, faults: FaultRule[] = []): Promise<Outcome> {
  for (const fault of faults) sim.addFault(fault);
  const dir = await tempDir('seedance-secret-');
  await writeStoryboard(dir, yaml);
  const result = await runCli(['run', 'story.yaml', '--poll-interval', '50', ...argv], dir, env);
  // Keep the NDJSON as a file too: it is what users pipe into logs.
  if (argv.includes('json')) await writeFile(join(dir, 'events.ndjson'), result.stdout);
  return { ...result, dir };
}

/** Nothing anywhere: streams, and every file the run left (hidden ones and the report included). */
async function expectNoLeak(outcome: Outcome): Promise<void> {
  expect(leaksIn(outcome.stdout, 'stdout')).toEqual([]);
  expect(leaksIn(outcome.stderr, 'stderr')).toEqual([]);
  expect(await leakingFiles(outcome.dir)).toEqual([]);
}

// Faults whose messages mention URLs, answers and retries: each is survived.
const STORM: FaultRule[] = [
  { kind: 'http-500', endpoint: 'create', count: 1, effect: 'created' },
  { kind: 'drop-after', endpoint: 'create', count: 1 },
  // The second request of a run is always a list (native: finding the lost create) or a query
  // (openai: the first poll), never the download, however fast the task ends. (With skip 3 the
  // garbled answer could be the download's, when the task was done by the first poll.)
  { kind: 'malformed-json', endpoint: 'any', count: 1, skip: 1 },
  { kind: 'http-503', endpoint: 'download', count: 1 },
  { kind: 'download-truncated', endpoint: 'download', count: 1 },
];

const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ SEEDANCE_API_KEY: SENTINEL, SEEDANCE_BASE_URL: sim.url, ...extra });

describe('the API key and signed URLs stay out of every output', () => {
  it.each([
    ['native', 'plain', NATIVE],
    ['native', 'json', NATIVE],
    ['openai', 'json', OPENAI],
  ] as const)('%s format, %s reporter, through a storm of faults', async (format, reporter, yaml) => {
    const storm = format === 'openai' ? STORM.filter((f) => f.kind !== 'drop-after' && f.kind !== 'http-500') : STORM;
    const outcome = await cli(yaml, ['--reporter', reporter], env(), storm);
    expect(outcome.code, outcome.stdout + outcome.stderr).toBe(0);
    // The faults really happened and were talked about.
    expect(outcome.stdout).toMatch(/retry|lost|warning|create-unknown/);
    await expectNoLeak(outcome);
    // The lock holds no URL at all, signed or not.
    const lock = await readFile(join(outcome.dir, 'story.lock.json'), 'utf8');
    expect(lock).not.toMatch(/https?:\/\//);
    expect(lock).not.toMatch(/expires=|signature=/);
    if (format === 'native') expect(await readFile(join(outcome.dir, 'out', 'secret', 'report.html'), 'utf8')).toContain('<html');
  });

  it.each([
    ['native', 'plain', NATIVE],
    ['openai', 'json', OPENAI],
  ] as const)('a refused key (401), %s format, %s reporter: the failure says so without the key', async (_format, reporter, yaml) => {
    const outcome = await cli(yaml, ['--reporter', reporter], env({ SEEDANCE_BASE_URL: guarded.url }));
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toMatch(/401/);
    expect(outcome.stdout).toMatch(/AuthenticationError|refused the API key/);
    await expectNoLeak(outcome);
  });

  it('the official SDKs\' ARK_API_KEY is kept out the same way, refused or accepted', async () => {
    const base = { SEEDANCE_API_KEY: undefined, ARK_API_KEY: SENTINEL };
    const refused = await cli(NATIVE, ['--reporter', 'plain'], { ...env(base), SEEDANCE_BASE_URL: guarded.url });
    expect(refused.code).toBe(1);
    await expectNoLeak(refused);
    const accepted = await cli(NATIVE.replace('seed: 31', 'seed: 41'), ['--reporter', 'json'], env(base));
    expect(accepted.code, accepted.stderr).toBe(0);
    await expectNoLeak(accepted);
  });

  it('creates answered 500 and polls answered 503, retried until they pass: every retry line is clean', async () => {
    const faults: FaultRule[] = [
      { kind: 'http-500', endpoint: 'create', count: 2, promptIncludes: 'quay' },
      { kind: 'http-503', endpoint: 'list', count: 2 },
    ];
    const outcome = await cli(NATIVE.replace('seed: 31', 'seed: 51'), ['--reporter', 'plain'], env(), faults);
    expect(outcome.code, outcome.stdout).toBe(0);
    expect(outcome.stdout).toMatch(/create retry 2 in .*HTTP 500/);
    expect(outcome.stdout).toMatch(/list retry 1 in .*HTTP 503/);
    await expectNoLeak(outcome);
  });

  it('the other commands print neither the key nor a signed URL', async () => {
    const made = await cli(NATIVE.replace('seed: 31', 'seed: 61'), ['--reporter', 'plain'], env());
    expect(made.code).toBe(0);
    for (const argv of [['validate', 'story.yaml'], ['plan', 'story.yaml', '--json'], ['status', 'story.yaml'], ['report', 'story.yaml'], ['concat', 'story.yaml'], ['cancel', 'story.yaml']]) {
      const result = await runCli(argv, made.dir, env());
      expect(result.code, `${argv.join(' ')}: ${result.stderr}`).toBe(0);
      expect(leaksIn(result.stdout + result.stderr, argv[0])).toEqual([]);
    }
    expect(await leakingFiles(made.dir)).toEqual([]);
  });
});
