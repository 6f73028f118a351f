// Issue 12, item 2: a key with characters an HTTP header cannot carry (typographic quotes, an
// emoji, a line break, a character outside Latin-1) used to make `run` retry for ~27 s and exit 0
// with nothing made and the lock at `submitting`. It is now refused before anything is sent: exit
// 2, what is wrong and where, never the key itself.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyProblem } from '../../src/api/endpoint.js';
import { createClient, type ApiNotice } from '../../src/api/index.js';
import { isSeedanceError } from '../../src/core/errors.js';
import type { Simulator } from '../../src/simulator/index.js';
import { runCli } from '../cli/capture.js';
import { startSim, tempDir, writeStoryboard } from '../run/harness.js';
import { isolatedEnv, startRecorder, type Recorder } from './net-fakes.js';

const STORY = `version: 1
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: one, prompt: A kite climbs over a windy beach, seed: 5 }
`;

const BIN = fileURLToPath(new URL('../../dist/cli/bin.js', import.meta.url));

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

// [what, key, what the message says]
const ODD: [string, string, string][] = [
  ['typographic quotes', '\u201csk-3f9a2b7c41d0\u201d', 'a typographic quote (U+201C) at position 1'],
  ['a typographic apostrophe inside', 'sk-3f9a\u20192b7c41d0', 'a typographic quote (U+2019) at position 8'],
  ['an emoji', 'sk-3f9a2b7c41d0\u{1F511}', 'an emoji (U+1F511) at position 16'],
  ['a line break inside', 'sk-3f9a2b7c\n41d0', 'a line break (LF) at position 12'],
  ['CR LF inside', 'sk-3f9a\r\n2b7c41d0', 'a carriage return (CR) at position 8'],
  ['a character outside Latin-1', 'sk-3f9a2b7c41d0\u0100', 'a non-ASCII character (U+0100) at position 16'],
  ['a Latin-1 letter', 'sk-caf\u00e9-41d0', 'a non-ASCII character (U+00E9) at position 7'],
  ['a space inside', 'sk-3f9a 2b7c41d0', 'a space at position 8'],
  ['a non-breaking space', 'sk-3f9a\u00a02b7c41d0', 'a non-breaking space (U+00A0) at position 8'],
  ['a zero-width space', 'sk-3f9a\u200b2b7c41d0', 'an invisible character (U+200B) at position 8'],
  ['straight quotes around it', '"sk-3f9a2b7c41d0"', 'is wrapped in quotes'],
];

describe('keyProblem', () => {
  it.each(ODD)('%s', (_what, key, says) => {
    expect(keyProblem(key)).toContain(says);
  });

  it('accepts keys as the providers issue them', () => {
    for (const key of ['sk-3f9a2b7c41d0', '0f6a1c2e-7b3d-4e5f-9a8b-1c2d3e4f5a6b', 'AKLT-abc_DEF.ghi~jkl+mno/pqr=', 'a'.repeat(200)]) expect(keyProblem(key)).toBeUndefined();
  });

  it('counts positions in characters as a person sees them, and says how many more there are', () => {
    expect(keyProblem('\u{1F511}\u{1F511}sk\n')).toBe('contains an emoji (U+1F511) at position 1, and 2 more characters a key cannot contain');
  });
});

describe('a client made with an odd key anyway (a library caller\'s own client)', () => {
  it('fails its first request at once, says it could not be sent, and neither retries nor searches for a lost task', async () => {
    const notices: ApiNotice[] = [];
    const client = createClient({ format: 'native', baseUrl: recorder.url, apiKey: 'sk-\u201cx\u201d', retry: { baseDelayMs: 5, maxDelayMs: 10 }, onNotice: (n) => notices.push(n) });
    recorder.seen.length = 0;
    try {
      const started = Date.now();
      const failure = await client.create({ model: 'doubao-seedance-2.0', content: [{ type: 'text', text: 'x' }] }).then(() => undefined, (error: unknown) => error);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(isSeedanceError(failure, 'api.network'), String(failure)).toBe(true);
      expect(isSeedanceError(failure) && failure.message).toContain('could not be sent');
      expect(notices).toEqual([]);
      expect(recorder.seen).toEqual([]);
    } finally {
      await client.close();
    }
  });
});

describe('seedance run with an odd key', () => {
  it.each(ODD)('%s: exit 2 at once, names the problem without the key, sends nothing, writes no lock', async (_what, key, says) => {
    const dir = await tempDir('seedance-key-');
    await writeStoryboard(dir, STORY);
    recorder.seen.length = 0;
    const started = Date.now();
    const result = await runCli(['run', 'story.yaml', '--reporter', 'plain'], dir, isolatedEnv(dir, { SEEDANCE_API_KEY: key, SEEDANCE_BASE_URL: recorder.url }));
    expect(result.code, result.stderr + result.stdout).toBe(2);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.stderr).toContain('error[config.bad-key]');
    expect(result.stderr).toContain(`The API key in SEEDANCE_API_KEY ${keyProblem(key) ?? '(no problem found)'}`);
    expect(result.stderr).toContain(says);
    expect(result.stderr).toContain('nothing was sent');
    expect(result.stderr + result.stdout).not.toContain('3f9a');
    expect(result.stderr + result.stdout).not.toContain('caf');
    expect(recorder.seen).toEqual([]);
    expect(existsSync(join(dir, 'story.lock.json'))).toBe(false);
  }, 15_000);

  it('says which variable holds it (ARK_API_KEY)', async () => {
    const dir = await tempDir('seedance-key-');
    await writeStoryboard(dir, STORY);
    const result = await runCli(['run', 'story.yaml'], dir, isolatedEnv(dir, { ARK_API_KEY: 'sk-\u201cx\u201d', SEEDANCE_BASE_URL: recorder.url }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('The API key in ARK_API_KEY contains a typographic quote (U+201C) at position 4');
  }, 15_000);

  it('as a real process: exits 2 within seconds instead of exiting 0 with the lock at `submitting`', async () => {
    const dir = await tempDir('seedance-key-');
    await writeStoryboard(dir, STORY);
    recorder.seen.length = 0;
    const started = Date.now();
    const outcome = await promisify(execFile)(process.execPath, [BIN, 'run', 'story.yaml', '--reporter', 'plain'], {
      cwd: dir,
      env: isolatedEnv(dir, { SEEDANCE_API_KEY: '\u201csk-3f9a2b7c41d0\u201d', SEEDANCE_BASE_URL: recorder.url }),
      timeout: 40_000,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code?: number; stderr?: string }) => ({ code: error.code, stderr: error.stderr ?? '' }),
    );
    expect(outcome.code, outcome.stderr).toBe(2);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(outcome.stderr).toContain('a typographic quote (U+201C) at position 1');
    expect(recorder.seen).toEqual([]);
    expect(existsSync(join(dir, 'story.lock.json'))).toBe(false);
  }, 45_000);
});
