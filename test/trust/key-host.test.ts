// Issue 12, item 1, end to end: the API key goes only to hosts the user chose. A server on
// loopback named only by the manifest sees no request at all; the same server chosen by the user
// (SEEDANCE_BASE_URL, --base-url, SEEDANCE_TRUSTED_HOSTS, the trusted-hosts file) gets the run.
// The recorder in front of the simulator counts every request that reaches it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { runCli } from '../cli/capture.js';
import { run, startSim, tempDir, writeStoryboard } from '../run/harness.js';
import { isolatedEnv, startRecorder, writeTrustedHostsFile, type Recorder } from './net-fakes.js';

const KEY = 'sk-TRUST-5be1c0de';

const story = (baseUrl: string): string => `version: 1
base_url: ${baseUrl}
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: one, prompt: A lighthouse blinks at dusk over a calm sea, seed: 12 }
`;

let sim: Simulator;
let recorder: Recorder;
beforeAll(async () => {
  sim = await startSim();
  recorder = await startRecorder(sim.url);
});
afterAll(async () => {
  await recorder.close();
  await sim.close();
});

const hostPort = (): string => `127.0.0.1:${recorder.port}`;

describe('a host only the manifest names', () => {
  it('gets no request at all: run refuses before sending, names the host, why, and the three ways to trust it (exit 2)', async () => {
    const dir = await tempDir('seedance-trust-');
    await writeStoryboard(dir, story(recorder.url));
    recorder.seen.length = 0;
    const result = await runCli(['run', 'story.yaml', '--reporter', 'plain'], dir, isolatedEnv(dir, { SEEDANCE_API_KEY: KEY }));
    expect(result.code, result.stderr).toBe(2);
    expect(recorder.seen).toEqual([]);
    expect(result.stderr).toContain('error[config.untrusted-host]');
    expect(result.stderr).toContain(hostPort());
    expect(result.stderr).toContain("only the manifest's `base_url` names");
    expect(result.stderr).toContain('Nothing was sent');
    expect(result.stderr).toContain(`--base-url ${recorder.url}`);
    expect(result.stderr).toContain(`SEEDANCE_BASE_URL=${recorder.url}`);
    expect(result.stderr).toContain(`SEEDANCE_TRUSTED_HOSTS=${hostPort()}`);
    expect(result.stderr).toContain(join(dir, 'config', 'seedance', 'trusted-hosts'));
    expect(result.stderr + result.stdout).not.toContain(KEY);
    // Refused before the lock or the output folder were touched.
    expect(existsSync(join(dir, 'story.lock.json'))).toBe(false);
  });

  it('is not trusted through the library either, unless the caller names it', async () => {
    const dir = await tempDir('seedance-trust-');
    const file = await writeStoryboard(dir, story(recorder.url));
    recorder.seen.length = 0;
    const { runStoryboard } = await import('../../src/library/run-storyboard.js');
    await expect(runStoryboard(file, { env: isolatedEnv(dir, { SEEDANCE_API_KEY: KEY }), report: false })).rejects.toMatchObject({ code: 'config.untrusted-host' });
    expect(recorder.seen).toEqual([]);
  });
});

describe('the same host chosen by the user', () => {
  const ways: [string, (dir: string) => Promise<{ argv: string[]; env: NodeJS.ProcessEnv; manifest: string }>][] = [
    ['SEEDANCE_BASE_URL', async (dir) => ({ argv: [], env: isolatedEnv(dir, { SEEDANCE_API_KEY: KEY, SEEDANCE_BASE_URL: recorder.url }), manifest: story('https://gateway.example.com') })],
    ['--base-url', async (dir) => ({ argv: ['--base-url', recorder.url], env: isolatedEnv(dir, { SEEDANCE_API_KEY: KEY }), manifest: story('https://gateway.example.com') })],
    ['SEEDANCE_TRUSTED_HOSTS (host:port)', async (dir) => ({ argv: [], env: isolatedEnv(dir, { SEEDANCE_API_KEY: KEY, SEEDANCE_TRUSTED_HOSTS: `api.example.com, ${hostPort()}` }), manifest: story(recorder.url) })],
    ['the trusted-hosts file (an origin, with comments)', async (dir) => {
      await writeTrustedHostsFile(dir, `# hosts I trust with my key\n\n  ${recorder.url}   # the local gateway\n`);
      return { argv: [], env: isolatedEnv(dir, { SEEDANCE_API_KEY: KEY }), manifest: story(recorder.url) };
    }],
  ];

  it.each(ways)('via %s: the run works and the key reaches it', async (_name, setUp) => {
    const dir = await tempDir('seedance-trust-');
    const { argv, env, manifest } = await setUp(dir);
    await writeStoryboard(dir, manifest);
    recorder.seen.length = 0;
    const result = await runCli(['run', 'story.yaml', '--reporter', 'plain', '--poll-interval', '50', '--no-concat', ...argv], dir, env);
    expect(result.code, result.stderr + result.stdout).toBe(0);
    expect(result.stdout).toContain('1 made');
    expect(recorder.seen.some((r) => r.method === 'POST')).toBe(true);
    expect(recorder.seen.every((r) => r.authorization === `Bearer ${KEY}`)).toBe(true);
  });
});

describe('plain http', () => {
  it('is refused to a host that is not this computer, even when the user chose it', async () => {
    const dir = await tempDir('seedance-trust-');
    await writeStoryboard(dir, story('https://api.wisgate.ai'));
    const result = await runCli(['run', 'story.yaml'], dir, isolatedEnv(dir, { SEEDANCE_API_KEY: KEY, SEEDANCE_BASE_URL: 'http://gateway.example.com' }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error[config.untrusted-host]');
    expect(result.stderr).toContain('plain http');
    expect(result.stderr).toContain('https://gateway.example.com');
  });
});

describe('status --refresh and cancel', () => {
  it('refuse a host only the manifest names, and work with --base-url', async () => {
    const slow = await startSim({ latency: { queuedMs: 60_000, runningMs: 100 }, runningLimit: 1 });
    const front = await startRecorder(slow.url);
    try {
      const dir = await tempDir('seedance-trust-');
      const file = await writeStoryboard(dir, story(front.url));
      // A task in flight, recorded in the lock, made straight against the simulator.
      const abort = new AbortController();
      await run(file, slow, { abortSignal: abort.signal, emit: (e) => e.type === 'shot-submitted' && abort.abort() });
      const env = isolatedEnv(dir, { SEEDANCE_API_KEY: KEY });
      front.seen.length = 0;
      for (const argv of [['status', 'story.yaml', '--refresh'], ['cancel', 'story.yaml']]) {
        const refused = await runCli(argv, dir, env);
        expect(refused.code, `${argv.join(' ')}: ${refused.stderr}`).toBe(2);
        expect(refused.stderr).toContain('error[config.untrusted-host]');
      }
      expect(front.seen).toEqual([]);
      const status = await runCli(['status', 'story.yaml', '--refresh', '--base-url', front.url], dir, env);
      expect(status.code, status.stderr).toBe(0);
      const cancel = await runCli(['cancel', 'story.yaml', '--base-url', front.url], dir, env);
      expect(cancel.code, cancel.stderr).toBe(0);
      expect(cancel.stdout).toContain('cancelled');
      expect(front.seen.length).toBeGreaterThan(0);
      expect(front.seen.every((r) => r.authorization === `Bearer ${KEY}`)).toBe(true);
    } finally {
      await front.close();
      await slow.close();
    }
  });
});

describe('seedance validate', () => {
  it('warns (exit 0) on a base_url whose host is not trusted by default, saying the key will not be sent there', async () => {
    const dir = await tempDir('seedance-trust-');
    await writeStoryboard(dir, story('https://gateway.example.com/seedance'));
    const result = await runCli(['validate', 'story.yaml'], dir, isolatedEnv(dir));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/story\.yaml:2:11 warning\[untrusted-base-url\]/);
    expect(result.stdout).toContain('gateway.example.com');
    expect(result.stdout).toContain('will not send your API key there unless you trust it');
    expect(result.stdout).toContain('valid (1 shot, 1 warning)');
    const json = JSON.parse((await runCli(['validate', 'story.yaml', '--json'], dir, isolatedEnv(dir))).stdout) as { files: { valid: boolean; diagnostics: { code: string; severity: string }[] }[] };
    expect(json.files[0]).toMatchObject({ valid: true, diagnostics: [{ code: 'untrusted-base-url', severity: 'warning' }] });
  });

  it('says nothing about an official host, or a host the user trusts', async () => {
    const dir = await tempDir('seedance-trust-');
    await writeStoryboard(dir, story('https://ark.ap-southeast.bytepluses.com'), {}, 'official.yaml');
    await writeStoryboard(dir, story('https://gateway.example.com'), {}, 'mine.yaml');
    const result = await runCli(['validate', 'official.yaml', 'mine.yaml'], dir, isolatedEnv(dir, { SEEDANCE_TRUSTED_HOSTS: 'gateway.example.com' }));
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('warning');
  });

  it('warns that plain http to another computer never carries the key', async () => {
    const dir = await tempDir('seedance-trust-');
    await writeStoryboard(dir, story('http://gateway.example.com'));
    const result = await runCli(['validate', 'story.yaml'], dir, isolatedEnv(dir, { SEEDANCE_TRUSTED_HOSTS: 'gateway.example.com' }));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('warning[untrusted-base-url]');
    expect(result.stdout).toContain('plain http');
  });
});

describe('user:password@ in a URL', () => {
  it('is never printed: not by run, not by validate, not in the NDJSON events', async () => {
    const dir = await tempDir('seedance-trust-');
    const secretUrl = `http://alice:pa55-SECRET@127.0.0.1:${recorder.port}`;
    await writeStoryboard(dir, story(secretUrl));
    const refused = await runCli(['run', 'story.yaml'], dir, isolatedEnv(dir, { SEEDANCE_API_KEY: KEY }));
    expect(refused.code).toBe(2);
    const validate = await runCli(['validate', 'story.yaml'], dir, isolatedEnv(dir));
    expect(validate.stdout).toContain('warning[untrusted-base-url]');
    const validateJson = await runCli(['validate', 'story.yaml', '--json'], dir, isolatedEnv(dir));
    const env = isolatedEnv(dir, { SEEDANCE_API_KEY: KEY, SEEDANCE_BASE_URL: secretUrl });
    const plain = await runCli(['run', 'story.yaml', '--reporter', 'plain', '--poll-interval', '50', '--no-concat'], dir, env);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toContain(`native API at http://127.0.0.1:${recorder.port}`);
    const json = await runCli(['run', 'story.yaml', '--reporter', 'json', '--force', '--poll-interval', '50', '--no-concat'], dir, env);
    expect(json.code, json.stderr).toBe(0);
    for (const output of [refused, validate, validateJson, plain, json]) {
      expect(output.stdout + output.stderr).not.toContain('pa55-SECRET');
      expect(output.stdout + output.stderr).not.toContain('alice');
    }
  });
});

describe('--simulate', () => {
  it('keeps working with no key and no setup, whatever base_url says', async () => {
    const dir = await tempDir('seedance-trust-');
    await writeStoryboard(dir, story('https://gateway.example.com'));
    const result = await runCli(['run', 'story.yaml', '--simulate', '--reporter', 'plain', '--no-concat'], dir, isolatedEnv(dir));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('1 made');
  });
});
