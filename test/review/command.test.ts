// `seedance review` as a real process from the built binary: it prints one link with the token,
// serves the page through it, opens no browser without a display (nor with --no-open), and
// leaves with exit 0 on Ctrl-C (SIGINT), closing the server. Also the rules for opening a browser.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canOpenBrowser } from '../../src/cli/open-browser.js';
import { runCli } from '../cli/capture.js';
import { tempDir, writeStoryboard } from '../run/harness.js';
import { TAKES_STORY } from './story.js';

const BIN = new URL('../../dist/cli/bin.js', import.meta.url).pathname;

describe('seedance review, the command', () => {
  it('prints its link, serves the page through it only, and stops on Ctrl-C with exit 0', async () => {
    const dir = await tempDir('seedance-review-cli-');
    await writeStoryboard(dir, TAKES_STORY);
    // No display: nothing is opened (and --no-open says so twice).
    const env = { PATH: process.env.PATH, HOME: dir };
    const child = spawn(process.execPath, [BIN, 'review', 'story.yaml', '--no-open'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await expect.poll(() => stdout, { timeout: 20_000 }).toContain('Press Ctrl-C to stop.');
      const link = /Reviewing story\.yaml at (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48})\n/.exec(stdout)?.[1];
      expect(link, stdout + stderr).toBeDefined();
      expect(stdout).toContain('Open that link in a browser on this computer');
      const url = new URL(link ?? '');
      const first = await fetch(url, { redirect: 'manual' });
      expect(first.status).toBe(303);
      const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const page = await fetch(new URL('/', url), { headers: { cookie } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>review · storyboard report</title>');
      expect((await fetch(new URL('/', url))).status).toBe(403);
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(stdout).toContain('Review stopped (Ctrl-C); every pick made is in story.yaml.');
      await expect(fetch(new URL('/', url), { headers: { cookie } })).rejects.toThrow();
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);

  it('opens a browser only with a display and not in CI', () => {
    expect(canOpenBrowser({}, 'linux')).toBe(false);
    expect(canOpenBrowser({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(canOpenBrowser({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(canOpenBrowser({ DISPLAY: ':0', CI: 'true' }, 'linux')).toBe(false);
    expect(canOpenBrowser({}, 'darwin')).toBe(true);
    expect(canOpenBrowser({ CI: '1' }, 'win32')).toBe(false);
    expect(canOpenBrowser({ CI: 'false' }, 'darwin')).toBe(true);
  });

  it('has help, and refuses two manifests', async () => {
    const dir = await tempDir('seedance-review-cli-');
    const help = await runCli(['review', '--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: seedance review <manifest> [--no-open]');
    const two = await runCli(['review', 'a.yaml', 'b.yaml'], join(dir));
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('seedance review takes one manifest; got 2.');
  });
});
