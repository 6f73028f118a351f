// Every failure a user can meet, triggered for real (simulator faults, a wrong key, a bogus model,
// a missing ffmpeg, a full disk, an edit during the run), and the text they read: what happened,
// why, and what to do next.
import { execFile, execFileSync } from 'node:child_process';
import { appendFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FaultRule, Simulator } from '../../src/simulator/index.js';
import { startSim, tempDir, writeStoryboard } from '../run/harness.js';
import { runCli, type Captured } from './capture.js';

const ONE = `version: 1
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: boat, prompt: A paper boat drifts down a gutter stream, seed: 3 }
`;

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => {
  sim.clearFaults();
  sim.resetStats();
});

async function runWith(yaml: string, env: NodeJS.ProcessEnv = {}, faults: FaultRule[] = []): Promise<Captured & { dir: string }> {
  for (const fault of faults) sim.addFault(fault);
  const dir = await tempDir('seedance-msg-');
  await writeStoryboard(dir, yaml);
  const result = await runCli(['run', 'story.yaml', '--reporter', 'plain', '--poll-interval', '50'], dir, { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url, ...env });
  return { ...result, dir };
}

describe('messages a user meets', () => {
  it('no key: stops before sending anything and says how to set one or try the simulator', async () => {
    const result = await runWith(ONE, { SEEDANCE_API_KEY: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error[config.no-key]: No API key: SEEDANCE_API_KEY (or ARK_API_KEY) is not set, so nothing was sent.');
    expect(result.stderr).toContain('next: Export your key (`export SEEDANCE_API_KEY=...`), or try the tool without an account on the embedded simulator with --simulate.');
    expect(sim.stats().createRequests).toBe(0);
  });

  it('wrong key (401): says the key was refused, that nothing was billed, and never prints the key', async () => {
    const guarded = await startSim({ apiKey: 'the-right-key' });
    try {
      const dir = await tempDir('seedance-msg-');
      await writeStoryboard(dir, ONE);
      const key = 'sk-WRONG-5f1e';
      const result = await runCli(['run', 'story.yaml', '--reporter', 'plain'], dir, { SEEDANCE_API_KEY: key, SEEDANCE_BASE_URL: guarded.url });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/boat: FAILED: The service refused the API key: HTTP 401 AuthenticationError: .+; POST http:\/\/127\.0\.0\.1:\d+\/api\/v3\/contents\/generations\/tasks\./);
      expect(result.stdout).toContain('next: Set SEEDANCE_API_KEY (or ARK_API_KEY) to a valid key for this service');
      expect(result.stdout).toContain('Nothing was created, so nothing was billed.');
      expect(result.stdout + result.stderr).not.toContain(key);
    } finally {
      await guarded.close();
    }
  });

  it('unknown model (404): the validator warns with a suggestion, the service refuses, the hint points at `model:`', async () => {
    const result = await runWith(ONE.replace('seed: 3', 'seed: 3, model: doubao-seedance-9'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('warning[unknown-model] Model `doubao-seedance-9` is not in the capability table, so only generic checks apply. Did you mean `doubao-seedance-2.0`?');
    expect(result.stdout).toContain('boat: FAILED: The service does not know this model or endpoint: HTTP 404 InvalidEndpointOrModel.NotFound');
    expect(result.stdout).toContain('next: The model id or endpoint is unknown to this service: check `model:` in the manifest and the base URL.');
  });

  it('rate limited (429) past every retry: says it was retried and what to lower', async () => {
    const result = await runWith(ONE, {}, [{ kind: 'http-429', endpoint: 'create', count: 100, retryAfter: 0.02 }]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/create retry 1 in 0\.0 s: The service is rate limiting: HTTP 429 RateLimitExceeded/);
    expect(result.stdout).toContain('boat: FAILED: The service is rate limiting: HTTP 429 RateLimitExceeded.EndpointRPMExceeded');
    expect(result.stdout).toContain('next: It was retried with backoff and still refused. Wait a minute and run again (finished shots are kept); if it keeps happening, lower `concurrency:`');
    expect(sim.stats().creates).toBe(0);
  });

  it('content refused: says it is not billed, not retried without `refusals:`, and what to change', async () => {
    const result = await runWith(ONE.replace('seed: 3', 'seed: 3, retries: 2'), {}, [{ kind: 'task-failed', code: 'OutputVideoSensitiveContentDetected' }]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('boat: FAILED: the service refused the video under its content policy (OutputVideoSensitiveContentDetected); refusals are not billed. It was not resubmitted: the shot has no `refusals:`.');
    expect(result.stdout).toContain('next: Change the prompt or the reference media of this shot (for example real human faces, brands, violence), then run again; or set `refusals: 1` on the shot (or in defaults) to resubmit a refused shot with a new seed');
    expect(sim.stats().creates).toBe(1);
  });

  it('task expired twice: says why, that it was submitted anew once, and what to raise', async () => {
    const result = await runWith(ONE, {}, [{ kind: 'task-expired', count: 2 }]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/boat: failed, submitting again: task cgt-\S+ expired at the service before it was made/);
    expect(result.stdout).toMatch(/boat: FAILED: task cgt-\S+ expired at the service before it was made \(it waited longer than execution_expires_after allows, which happens when the service is very busy\); expired tasks are not billed\./);
    expect(result.stdout).toContain('next: Run again later: the shot is submitted anew. If the service stays this busy, raise `execution_expires_after:` on the shot (up to 259200 s).');
  });

  it('ffmpeg missing: stops before sending anything and says which setting points where', async () => {
    const dir = await tempDir('seedance-msg-');
    await writeStoryboard(dir, ONE);
    const bin = new URL('../../dist/cli/bin.js', import.meta.url).pathname;
    const failure = await promisify(execFile)(process.execPath, [bin, 'run', 'story.yaml'], {
      cwd: dir,
      env: { PATH: process.env.PATH, SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url, FFMPEG_PATH: join(dir, 'no-such-ffmpeg') },
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain(`error[ffmpeg.missing]: FFMPEG_PATH is set to ${join(dir, 'no-such-ffmpeg')}, which cannot be run: no such file. Nothing was sent:`);
    expect(failure?.stderr).toContain('next: Point FFMPEG_PATH at a working ffmpeg binary, or unset it to use the one on PATH.');
    expect(sim.stats().createRequests).toBe(0);
  });

  it('manifest edited during the run: says so at the end', async () => {
    const slow = await startSim({ latency: { queuedMs: 50, runningMs: 1500 } });
    try {
      const dir = await tempDir('seedance-msg-');
      const file = await writeStoryboard(dir, ONE);
      const running = runCli(['run', 'story.yaml', '--reporter', 'plain', '--poll-interval', '50'], dir, { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: slow.url });
      while (slow.stats().creates === 0) await new Promise((r) => setTimeout(r, 20));
      await appendFile(file, '  - { id: harbour, prompt: The boat reaches a harbour }\n');
      const result = await running;
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('warning[manifest.changed]: The manifest changed during the run; this run made the shots as they were when it started. Run again to apply the changes.');
    } finally {
      await slow.close();
    }
  });
});

// A real full disk needs a small file system: a tmpfs, which only root can mount.
const canMount = ((): boolean => {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!canMount)('a full disk', () => {
  it('says the disk is full, and the next run fetches the paid task again instead of paying twice', async (ctx) => {
    const dir = join(await tempDir('seedance-disk-'), 'tiny');
    await mkdir(dir);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=300k', 'tmpfs', dir]);
    } catch {
      ctx.skip(); // Not allowed in this container after all.
      return;
    }
    try {
      await writeStoryboard(dir, ONE);
      const env = { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url };
      const full = await runCli(['run', 'story.yaml', '--reporter', 'plain', '--poll-interval', '50'], dir, env);
      expect(full.code).toBe(1);
      expect(full.stdout).toMatch(/boat: FAILED: Could not save the download to .+: the disk is full\./);
      expect(full.stdout).toContain('next: Free some space or fix the folder\'s permissions, then run again: the task is kept at the service and is downloaded again without paying twice.');
      expect(sim.stats().creates).toBe(1);
      execFileSync('mount', ['-o', 'remount,size=20m', dir]);
      const again = await runCli(['run', 'story.yaml', '--reporter', 'plain', '--poll-interval', '50'], dir, env);
      expect(again.code, again.stdout).toBe(0);
      expect(sim.stats().creates).toBe(1);
    } finally {
      execFileSync('umount', [dir]);
      await rm(dir, { recursive: true, force: true });
    }
  });
});
