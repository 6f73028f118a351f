// Bad input: every broken manifest is refused by `seedance run` itself (not only by validate) with
// a positioned message (file:line:col), exit code 2, no stack trace, no request to the service,
// and nothing written. The 114 fixtures of test/fixtures/manifests/invalid (with the findings
// their .expected.txt lists) plus the cases of broken-manifests.ts; main() in-process for speed,
// and a handful through the built binary.
import './sentinel.js';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cp, mkdir, truncate, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { lockPathFor } from '../../src/state/lock.js';
import { runCli } from '../cli/capture.js';
import { startSim } from '../run/harness.js';
import { removeDir, suiteTempDir, tempDir } from '../temp.js';
import { BROKEN, pngHeader } from './broken-manifests.js';
import { SENTINEL, leaksIn } from './sentinel.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/manifests/', import.meta.url));
const BIN = fileURLToPath(new URL('../../dist/cli/bin.js', import.meta.url));
const fixtures = readdirSync(join(FIXTURES, 'invalid')).filter((f) => f.endsWith('.yaml')).sort();

let sim: Simulator;
let root: string;
beforeAll(async () => {
  sim = await startSim({ apiKey: SENTINEL });
  // A copy of the fixtures, so the oversized files generated here never race the fixture test's.
  root = await suiteTempDir('seedance-bad-input-');
  // The copy is a project of its own, as the fixtures are in this repository's: invalid/ may use ../assets.
  await mkdir(join(root, '.git'));
  await cp(join(FIXTURES, 'invalid'), join(root, 'invalid'), { recursive: true });
  await cp(join(FIXTURES, 'assets'), join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'assets', 'tmp-big.png'), pngHeader(1000, 1000));
  await truncate(join(root, 'assets', 'tmp-big.png'), 5 * 1024 * 1024);
  await writeFile(join(root, 'assets', 'tmp-huge.wav'), Buffer.from('RIFF'));
  await truncate(join(root, 'assets', 'tmp-huge.wav'), 70 * 1024 * 1024);
});
beforeEach(() => sim.resetStats());
afterAll(async () => {
  await sim.close();
  await removeDir(root);
});

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The findings a fixture's .expected.txt lists: `invalid/<name>:line:col severity[code]`. */
function expectedFindings(name: string): string[] {
  const text = readFileSync(join(FIXTURES, 'invalid', name.replace(/\.yaml$/, '.expected.txt')), 'utf8');
  return [...text.matchAll(/^invalid\/[^:\n]+:(\d+:\d+ error\[[\w.-]+\])/gm)].map((m) => m[1] as string);
}

/** What every refusal shares; returns stderr for the case's own checks. */
async function refused(result: { code: number | null; stdout: string; stderr: string }, file: string): Promise<string> {
  const { stdout, stderr } = result;
  expect(result.code, stderr).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toMatch(new RegExp(`${escape(basename(file))}:\\d+:\\d+ error\\[`));
  expect(stderr, 'a stack trace').not.toMatch(/^\s+at /m);
  expect(stderr).not.toContain('internal error');
  expect(stderr).toContain('nothing was sent');
  expect(leaksIn(stdout + stderr)).toEqual([]);
  // Nothing reached the service, and nothing was written beside the manifest.
  const { createRequests, queries, lists, deletes, downloads } = sim.stats();
  expect({ createRequests, queries, lists, deletes, downloads }).toEqual({ createRequests: 0, queries: 0, lists: 0, deletes: 0, downloads: 0 });
  expect(existsSync(lockPathFor(file)), 'a lock file was written').toBe(false);
  expect(existsSync(join(dirname(file), 'out')), 'an output folder was made').toBe(false);
  return stderr;
}

const env = (): NodeJS.ProcessEnv => ({ SEEDANCE_API_KEY: SENTINEL, SEEDANCE_BASE_URL: sim.url });

describe('broken manifests given to seedance run', () => {
  it('are at least 100, in every category the issue names', () => {
    expect(fixtures.length + BROKEN.length).toBeGreaterThanOrEqual(100);
    const codes = new Set(BROKEN.map((c) => c.code));
    for (const code of ['path-escapes', 'invalid-id', 'alias-limit', 'manifest-too-large', 'manifest-unreadable', 'manifest-missing', 'file-unreadable', 'yaml-syntax', 'wrong-type', 'unknown-key', 'cycle', 'unknown-shot', 'mixed-modes', 'out-of-range']) {
      expect(codes, code).toContain(code);
    }
  });

  it.each(fixtures)('fixture %s', async (name) => {
    const file = join(root, 'invalid', name);
    const stderr = await refused(await runCli(['run', file], root, env()), file);
    const findings = expectedFindings(name);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expect(stderr).toContain(`${name}:${finding}`);
  });

  it.each(BROKEN.map((c) => [c.name, c] as const))('%s', async (_name, broken) => {
    const dir = await tempDir('seedance-broken-');
    const file = await broken.make(dir);
    const stderr = await refused(await runCli(['run', file], dir, env()), file);
    expect(stderr).toMatch(new RegExp(`${escape(basename(file))}:\\d+:\\d+ error\\[${escape(broken.code)}\\]`));
  });
});

/** The built binary, as users run it. */
function binary(file: string, cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'run', file], { cwd, env: { ...process.env, ...env() }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the built binary', () => {
  it.each(['yaml-alias-bomb.yaml', 'output-climbs-out.yaml', 'cycle-three-shots.yaml', 'yaml-unclosed-flow.yaml', 'invalid-id.yaml'])('refuses fixture %s the same way', async (name) => {
    await refused(await binary(join(root, 'invalid', name), root), join(root, 'invalid', name));
  });

  it.each(['manifest over 4 MB', 'image that is a named pipe (never read)', 'shot id with a traversal'])('refuses the %s', async (name) => {
    const dir = await tempDir('seedance-broken-');
    const file = await (BROKEN.find((c) => c.name === name) as (typeof BROKEN)[number]).make(dir);
    await refused(await binary(file, dir), file);
  });
});
