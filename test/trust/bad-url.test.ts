// Issue 12, item 5: `SEEDANCE_BASE_URL=foo` used to retry for 68 s and then say a task "may have
// been created and billed". An invalid URL is a usage error at once (exit 2), from whichever source
// it came; and a connection that was refused can never have billed anything, so its message says
// nothing was created.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/api/index.js';
import { isSeedanceError } from '../../src/core/errors.js';
import { runCli } from '../cli/capture.js';
import { tempDir, writeStoryboard } from '../run/harness.js';
import { closedPort, isolatedEnv } from './net-fakes.js';

const STORY = `version: 1
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: one, prompt: A tram turns a corner in the rain, seed: 8 }
`;
const BODY = { model: 'doubao-seedance-2.0', content: [{ type: 'text', text: 'x' }], resolution: '480p', duration: 5 };

describe('an invalid base URL', () => {
  it.each([
    ['SEEDANCE_BASE_URL=foo', [], { SEEDANCE_BASE_URL: 'foo' }, 'SEEDANCE_BASE_URL is not a usable URL: `foo`'],
    ['SEEDANCE_BASE_URL=http://', [], { SEEDANCE_BASE_URL: 'http://' }, 'SEEDANCE_BASE_URL is not a usable URL'],
    ['--base-url ftp://…', ['--base-url', 'ftp://files.example.com'], {}, '--base-url is not a usable URL: `ftp://files.example.com` is not http:// or https://'],
    ['--base-url without a scheme', ['--base-url', 'api.wisgate.ai'], {}, 'has no http:// or https:// in front; did you mean https://api.wisgate.ai?'],
  ] as [string, string[], NodeJS.ProcessEnv, string][])('%s: run stops at once with exit 2 and sends nothing', async (_name, argv, env, says) => {
    const dir = await tempDir('seedance-url-');
    await writeStoryboard(dir, STORY);
    const started = Date.now();
    const result = await runCli(['run', 'story.yaml', '--reporter', 'plain', ...argv], dir, isolatedEnv(dir, { SEEDANCE_API_KEY: 'sk-ok', ...env }));
    expect(result.code, result.stderr + result.stdout).toBe(2);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.stderr).toContain('error[config.base-url]');
    expect(result.stderr).toContain(says);
    expect(result.stderr).toContain('Nothing was sent');
    expect(result.stderr).toContain('next: ');
    expect(result.stderr + result.stdout).not.toContain('may have been created');
    expect(existsSync(join(dir, 'story.lock.json'))).toBe(false);
  }, 15_000);

  it('a library caller\'s baseUrl is checked the same way', async () => {
    const dir = await tempDir('seedance-url-');
    const file = await writeStoryboard(dir, STORY);
    const { runStoryboard } = await import('../../src/library/run-storyboard.js');
    await expect(runStoryboard(file, { baseUrl: 'foo', apiKey: 'sk-ok', env: isolatedEnv(dir), report: false })).rejects.toMatchObject({ code: 'config.base-url' });
  }, 15_000);

  it('a client given one anyway fails at once, never says a task may exist, and does not search for one', async () => {
    const client = createClient({ format: 'native', baseUrl: 'foo', apiKey: 'k', retry: { baseDelayMs: 5, maxDelayMs: 10 } });
    const notices: string[] = [];
    const withNotices = createClient({ format: 'native', baseUrl: 'foo', apiKey: 'k', retry: { baseDelayMs: 5, maxDelayMs: 10 }, onNotice: (n) => notices.push(n.type) });
    try {
      const failure = await client.create(BODY).then(() => undefined, (error: unknown) => error);
      expect(isSeedanceError(failure) && failure.code).not.toBe('api.duplicate-unknown');
      const text = isSeedanceError(failure) ? `${failure.message} ${failure.hint ?? ''}` : String(failure);
      expect(text).toContain('could not be sent');
      expect(text).not.toContain('may have been created');
      await withNotices.create(BODY).catch(() => undefined);
      expect(notices).toEqual([]);
    } finally {
      await client.close();
      await withNotices.close();
    }
  });
});

describe('a refused connection', () => {
  it('ends with a message that says no task was created and nothing billed', async () => {
    const port = await closedPort();
    const notices: string[] = [];
    const client = createClient({ format: 'native', baseUrl: `http://127.0.0.1:${port}`, apiKey: 'k', retry: { baseDelayMs: 5, maxDelayMs: 10, maxAttempts: 3 }, onNotice: (n) => notices.push(n.type) });
    try {
      const failure = await client.create(BODY).then(() => undefined, (error: unknown) => error);
      expect(isSeedanceError(failure, 'api.network'), String(failure)).toBe(true);
      if (!isSeedanceError(failure)) return;
      expect(failure.message).toMatch(/^POST http:\/\/127\.0\.0\.1:\d+\/api\/v3\/contents\/generations\/tasks failed: the connection was refused \(ECONNREFUSED\), nothing accepts connections at that address\.$/);
      expect(failure.hint).toContain('never reached the service, so no task was created and nothing was billed');
      expect(failure.hint).toContain('--base-url');
      expect(`${failure.message} ${failure.hint}`).not.toContain('may have been created');
      // Retried (a refusal is safe to retry), never searched for: nothing can exist.
      expect(notices.filter((n) => n === 'retry')).toHaveLength(2);
      expect(notices).not.toContain('create-unknown');
    } finally {
      await client.close();
    }
  });
});
