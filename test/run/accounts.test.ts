// Accounts (issue 17): two accounts with a running limit of 2 each run 4 tasks at once at the
// simulator and never more than 2 per key (with their queues primed queue_ahead past that, and
// with queue_ahead: 0 never more than 2 in flight per key); a chain stays on one account; the lock names each
// shot's account; no key is written anywhere. A refused key moves its shots to the other account.
// The accounts file's errors.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSeedanceError } from '../../src/core/errors.js';
import type { RunEvent } from '../../src/core/events.js';
import { runStoryboard } from '../../src/library/run-storyboard.js';
import { parseAccounts, resolveAccounts } from '../../src/run/accounts.js';
import { lockPathFor, readLock } from '../../src/state/lock.js';
import type { Simulator } from '../../src/simulator/index.js';
import { runCli } from '../cli/capture.js';
import { load, startSim, tempDir, writeStoryboard } from './harness.js';
import { allText } from '../all-text.js';

const KEY_A = 'acct-a-secret-7f3e9c2b1d';
const KEY_B = 'acct-b-secret-4a8d6e0f5c';

function baseEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of ['SEEDANCE_API_KEY', 'ARK_API_KEY', 'SEEDANCE_ACCOUNTS', 'SEEDANCE_BASE_URL', 'SEEDANCE_STORE']) delete env[name];
  return env;
}

async function accountsFile(dir: string, sim: Simulator, extra = ''): Promise<string> {
  const file = join(dir, 'accounts.yaml');
  await writeFile(file, `accounts:\n  - { name: studio-a, key_env: KEY_A, running: 2, base_url: "${sim.url}" }\n  - { name: studio-b, key_env: KEY_B, running: 2, base_url: "${sim.url}" }\n${extra}`);
  return file;
}

/** The most tasks the simulator ran at the same moment (from its own start and finish times). */
function maxRunningAtOnce(tasks: readonly { startedAt?: number; finishedAt?: number }[]): number {
  const edges = tasks.flatMap((t) => (t.startedAt !== undefined && t.finishedAt !== undefined ? [[t.startedAt, 1], [t.finishedAt, -1]] : []));
  // A finish before a start at the same millisecond: the slot was free again.
  edges.sort((x, y) => (x[0] as number) - (y[0] as number) || (x[1] as number) - (y[1] as number));
  let running = 0;
  let most = 0;
  for (const [, change] of edges) most = Math.max(most, (running += change as number));
  return most;
}

async function runWith(file: string, accounts: string, env: NodeJS.ProcessEnv): Promise<{ events: RunEvent[]; summary: Awaited<ReturnType<typeof runStoryboard>> }> {
  const events: RunEvent[] = [];
  const summary = await runStoryboard(await load(file), { accounts, env, poll: { intervalMs: 40 }, report: false, onEvent: (e) => events.push(e) });
  return { events, summary };
}

describe('two accounts at the simulator', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSim({ fast: true, latency: { queuedMs: 10, runningMs: [500, 700] }, runningLimit: 10, keys: { [KEY_A]: { runningLimit: 2, label: 'a' }, [KEY_B]: { runningLimit: 2, label: 'b' } } });
  });
  afterAll(() => sim.close());

  it('8 independent shots: 4 tasks running at once, never more than 2 running per key, at most 2 + queue_ahead at the service per key; the lock names the accounts; no key is written anywhere', async () => {
    const dir = await tempDir('seedance-accounts-');
    sim.resetStats();
    const shots = Array.from({ length: 8 }, (_, i) => `  - { id: s${i}, prompt: Shot number ${i} of the morning }\n`).join('');
    // concurrency: 3 is the manifest's (and the default): with an accounts file their own limits apply.
    const file = await writeStoryboard(dir, `version: 1\nconcurrency: 3\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n${shots}`);
    const { events, summary } = await runWith(file, await accountsFile(dir, sim), baseEnv({ KEY_A, KEY_B }));
    expect(summary.result).toBe('done');
    expect(summary.made).toBe(8);
    const stats = sim.stats();
    // The simulator runs what the keys' running limits allow: 2 each, 4 at once.
    expect(stats.byKey.a?.maxRunning).toBe(2);
    expect(stats.byKey.b?.maxRunning).toBe(2);
    expect(maxRunningAtOnce(stats.tasks)).toBe(4);
    // Each account's queue is primed queue_ahead (default 2) past its running limit, never more.
    expect(stats.byKey.a?.maxInFlight).toBe(4);
    expect(stats.byKey.b?.maxInFlight).toBe(4);
    expect((stats.byKey.a?.creates ?? 0) + (stats.byKey.b?.creates ?? 0)).toBe(8);
    const lockData = await readLock(lockPathFor(file), file);
    const accounts = Object.values(lockData.shots).map((s) => s.account);
    expect(accounts.filter((a) => a === 'studio-a')).toHaveLength(4);
    expect(accounts.filter((a) => a === 'studio-b')).toHaveLength(4);
    // Neither key in the output folder, the lock, the store, the events.
    const written = (await allText(dir)) + JSON.stringify(events);
    expect(written).not.toContain(KEY_A);
    expect(written).not.toContain(KEY_B);
    expect(written).toContain('studio-a');
  });

  it("downloads are not held to the manifest's concurrency, which an accounts file replaces", async () => {
    const dir = await tempDir('seedance-accounts-');
    sim.resetStats();
    // Every download slow enough (about 1 s for a clip) that the tasks finishing together overlap.
    sim.addFault({ kind: 'download-slow', endpoint: 'download', count: 100, bytesPerSecond: 150_000 });
    try {
      const shots = Array.from({ length: 8 }, (_, i) => `  - { id: s${i}, prompt: Shot number ${i} of the evening }\n`).join('');
      const file = await writeStoryboard(dir, `version: 1\nconcurrency: 1\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n${shots}`);
      const { events, summary } = await runWith(file, await accountsFile(dir, sim), baseEnv({ KEY_A, KEY_B }));
      expect(summary.made).toBe(8);
      let open = 0;
      let most = 0;
      for (const event of events) {
        if ((event.type === 'download-started' || event.type === 'download-finished') && event.file.endsWith('.mp4')) {
          open += event.type === 'download-started' ? 1 : -1;
          most = Math.max(most, open);
        }
      }
      // The four tasks finishing together download together; held to concurrency: 1, two would (downloads never go below 2).
      expect(most).toBeGreaterThanOrEqual(4);
    } finally {
      sim.clearFaults();
    }
  });

  it('queue_ahead: 0 — 4 tasks in flight, never more than 2 per key', async () => {
    const dir = await tempDir('seedance-accounts-');
    sim.resetStats();
    const shots = Array.from({ length: 8 }, (_, i) => `  - { id: s${i}, prompt: Shot number ${i} of the noon }\n`).join('');
    const file = await writeStoryboard(dir, `version: 1\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n${shots}`);
    const accounts = join(dir, 'accounts.yaml');
    await writeFile(accounts, `accounts:\n  - { name: studio-a, key_env: KEY_A, running: 2, queue_ahead: 0, base_url: "${sim.url}" }\n  - { name: studio-b, key_env: KEY_B, running: 2, queue_ahead: 0, base_url: "${sim.url}" }\n`);
    const { summary } = await runWith(file, accounts, baseEnv({ KEY_A, KEY_B }));
    expect(summary.made).toBe(8);
    const stats = sim.stats();
    expect(stats.maxInFlight).toBe(4);
    expect(stats.byKey.a?.maxInFlight).toBe(2);
    expect(stats.byKey.b?.maxInFlight).toBe(2);
  });

  it('a chain (a → b → c via first_frame) stays on one account while independent shots use both', async () => {
    const dir = await tempDir('seedance-accounts-');
    const file = await writeStoryboard(
      dir,
      `version: 1
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: a, prompt: A kitten stretches in the morning light }
  - { id: b, prompt: The kitten hops onto the windowsill, first_frame: { shot: a } }
  - { id: c, prompt: The kitten looks out of the window, first_frame: { shot: b } }
  - { id: d, prompt: A bird lands on a branch }
  - { id: e, prompt: The sun rises over the roofs }
`,
    );
    const { summary } = await runWith(file, await accountsFile(dir, sim), baseEnv({ KEY_A, KEY_B }));
    expect(summary.result).toBe('done');
    const lock = await readLock(lockPathFor(file), file);
    const of = (id: string): string | undefined => lock.shots[id]?.account;
    expect(of('a')).toBeDefined();
    expect(of('b')).toBe(of('a'));
    expect(of('c')).toBe(of('a'));
    // The chain holds the critical path: it went first, to one account; the others used the other one too.
    expect(new Set(['a', 'd', 'e'].map(of))).toEqual(new Set(['studio-a', 'studio-b']));
  });

  it('an account whose key is refused (401) is set aside with a warning naming it, its shots go to the other, and the run succeeds', async () => {
    const refusing = await startSim({ fast: true, latency: { queuedMs: 10, runningMs: [200, 300] }, keys: { [KEY_A]: { label: 'a' }, [KEY_B]: { label: 'b', refuse: 401 } } });
    try {
      const dir = await tempDir('seedance-accounts-');
      const shots = Array.from({ length: 6 }, (_, i) => `  - { id: s${i}, prompt: Shot number ${i} of the evening }\n`).join('');
      const file = await writeStoryboard(dir, `version: 1\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n${shots}`);
      const { events, summary } = await runWith(file, await accountsFile(dir, refusing), baseEnv({ KEY_A, KEY_B }));
      expect(summary.result).toBe('done');
      expect(summary.made).toBe(6);
      const warnings = events.filter((e): e is Extract<RunEvent, { type: 'warning' }> => e.type === 'warning' && e.code === 'account.refused');
      expect(warnings).toHaveLength(1);
      expect(warnings[0]?.message).toContain('studio-b');
      expect(warnings[0]?.message).toContain('HTTP 401');
      expect(events.some((e) => e.type === 'stopping')).toBe(false);
      const lock = await readLock(lockPathFor(file), file);
      expect(Object.values(lock.shots).map((s) => s.account)).toEqual(Array(6).fill('studio-a'));
      expect(refusing.stats().byKey.b).toBeUndefined();
      const written = (await allText(dir)) + JSON.stringify(events);
      expect(written).not.toContain(KEY_B);
    } finally {
      await refusing.close();
    }
  });

  it('when every account is refused, the run stops submitting as a refused key always did', async () => {
    const refusing = await startSim({ fast: true, latency: { queuedMs: 10, runningMs: 100 }, keys: { [KEY_A]: { refuse: 403 }, [KEY_B]: { refuse: 401 } } });
    try {
      const dir = await tempDir('seedance-accounts-');
      const file = await writeStoryboard(dir, `version: 1\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n  - { id: x, prompt: One }\n  - { id: y, prompt: Two }\n  - { id: z, prompt: Three }\n`);
      const { events, summary } = await runWith(file, await accountsFile(dir, refusing), baseEnv({ KEY_A, KEY_B }));
      expect(summary.result).toBe('failed');
      expect(summary.made).toBe(0);
      expect(events.filter((e) => e.type === 'warning' && e.code === 'account.refused')).toHaveLength(2);
      expect(events.some((e) => e.type === 'stopping')).toBe(true);
      expect(JSON.stringify(events)).not.toMatch(/acct-[ab]-secret/);
    } finally {
      await refusing.close();
    }
  });
});

describe('--simulate with an accounts file', () => {
  it('sends every account to the embedded simulator, no key needed, and the lock names the accounts', async () => {
    const dir = await tempDir('seedance-accounts-');
    const file = await writeStoryboard(dir, `version: 1\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n  - { id: p, prompt: One }\n  - { id: q, prompt: Two }\n`);
    const accounts = join(dir, 'accounts.yaml');
    await writeFile(accounts, 'accounts:\n  - { name: one, key_env: SEEDANCE_TEST_UNSET_1, running: 1 }\n  - { name: two, key_env: SEEDANCE_TEST_UNSET_2, running: 1 }\n');
    const summary = await runStoryboard(file, { simulate: true, accounts, env: baseEnv({}), poll: { intervalMs: 40 }, report: false });
    expect(summary.result).toBe('done');
    const lock = await readLock(lockPathFor(file), file);
    expect(Object.values(lock.shots).map((s) => s.account).sort()).toEqual(['one', 'two']);
  });
});

describe('resume with accounts', () => {
  it('a run left with tasks at the service is resumed by asking each task with its own account (each key sees only its own tasks)', async () => {
    const sim = await startSim({ fast: true, isolateKeys: true, latency: { queuedMs: 10, runningMs: [1500, 2000] }, keys: { [KEY_A]: { runningLimit: 2, label: 'a' }, [KEY_B]: { runningLimit: 2, label: 'b' } } });
    try {
      const dir = await tempDir('seedance-accounts-');
      const shots = Array.from({ length: 4 }, (_, i) => `  - { id: r${i}, prompt: Resumed shot ${i} }\n`).join('');
      const file = await writeStoryboard(dir, `version: 1\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n${shots}`);
      const env = baseEnv({ KEY_A, KEY_B });
      const abort = new AbortController();
      let submitted = 0;
      await runStoryboard(await load(file), {
        accounts: await accountsFile(dir, sim),
        env,
        poll: { intervalMs: 40 },
        report: false,
        signal: abort.signal,
        onEvent: (e) => {
          if (e.type === 'shot-submitted' && ++submitted === 4) abort.abort();
        },
      }).catch(() => undefined);
      const midway = await readLock(lockPathFor(file), file);
      const before = Object.fromEntries(Object.entries(midway.shots).map(([id, s]) => [id, s.account]));
      expect(Object.values(midway.shots).every((s) => s.taskId !== undefined && s.status === 'created')).toBe(true);
      expect(new Set(Object.values(before))).toEqual(new Set(['studio-a', 'studio-b']));
      // The accounts listed the other way round: a chain placed afresh would go to the other account, whose key cannot see the task.
      const reversed = join(dir, 'reversed.yaml');
      await writeFile(reversed, `accounts:\n  - { name: studio-b, key_env: KEY_B, running: 2, base_url: "${sim.url}" }\n  - { name: studio-a, key_env: KEY_A, running: 2, base_url: "${sim.url}" }\n`);
      const { summary, events } = await runWith(file, reversed, env);
      expect(summary.result).toBe('done');
      expect(events.filter((e) => e.type === 'shot-resumed')).toHaveLength(4);
      expect(sim.stats().creates).toBe(4);
      const after = await readLock(lockPathFor(file), file);
      expect(Object.fromEntries(Object.entries(after.shots).map(([id, s]) => [id, s.account]))).toEqual(before);
    } finally {
      await sim.close();
    }
  });
});

describe('the accounts file', () => {
  const problems = (text: string): string => {
    try {
      parseAccounts(text, 'acc.yaml');
    } catch (error) {
      if (!isSeedanceError(error, 'usage')) throw error;
      return error.message;
    }
    throw new Error('no error');
  };

  it('reads tiers and explicit limits (explicit numbers win), queued and queue_ahead', () => {
    const accounts = parseAccounts('accounts:\n  - { name: a, key_env: KEY_A }\n  - { name: b, key_env: KEY_B, tier: personal, queue_ahead: 0 }\n  - { name: c, key_env: KEY_C, tier: personal, running: 5, running_4k: 2, queued: 40, models: [doubao-seedance-2.0] }\n');
    expect(accounts.map((a) => [a.name, a.limits, a.queued, a.queueAhead])).toEqual([
      ['a', { tier: 'default' }, 120, 2],
      ['b', { tier: 'personal' }, 120, 0],
      ['c', { tier: 'personal', running: 5, running4k: 2 }, 40, 2],
    ]);
    expect(accounts[2]?.models).toEqual(['doubao-seedance-2.0']);
  });

  it('refuses a key in the file without repeating it, at its line and column', () => {
    const message = problems('accounts:\n  - name: a\n    key_env: KEY_A\n    key: sk-live-123456789\n');
    expect(message).toContain('acc.yaml:4:5');
    expect(message).toContain('never holds a key');
    expect(message).not.toContain('sk-live-123456789');
  });

  it('names each problem with its position', () => {
    const message = problems('accounts:\n  - { name: a, key_env: 9BAD }\n  - { name: a, key_env: KEY_B, tier: gold, running: 0, colour: red }\n  - { key_env: KEY_C }\n');
    expect(message).toMatch(/acc\.yaml:2:\d+: accounts\[0\]\.key_env must be/);
    expect(message).toMatch(/acc\.yaml:3:\d+: accounts\[1\]\.tier must be/);
    expect(message).toMatch(/accounts\[1\]\.running must be a whole number/);
    expect(message).toMatch(/accounts\[1\] has an unknown field `colour`/);
    expect(message).toMatch(/acc\.yaml:4:\d+: accounts\[2\] has no `name:`/);
    expect(problems('accounts:\n  - { name: a, key_env: A }\n  - { name: a, key_env: B }\n')).toMatch(/the name a is used already at acc\.yaml:2/);
    expect(problems('accounts: []\n')).toContain('must be a list of at least one account');
    expect(problems('accounts:\n  - { name: a, key_env: "A\n')).toContain('not valid YAML');
  });

  it('an account whose key_env is not set is refused before anything is sent, naming the account and the variable', async () => {
    const [account] = parseAccounts('accounts:\n  - { name: studio-a, key_env: SEEDANCE_TEST_NO_SUCH_KEY }\n');
    const error = await resolveAccounts([account as NonNullable<typeof account>], { env: {} }).catch((e: unknown) => e);
    expect(isSeedanceError(error, 'config.no-key')).toBe(true);
    expect((error as Error).message).toContain('studio-a');
    expect((error as Error).message).toContain('SEEDANCE_TEST_NO_SUCH_KEY');
  });

  it('an account base_url over plain http off this computer is refused (the key would travel in the clear)', async () => {
    const [account] = parseAccounts('accounts:\n  - { name: a, key_env: K, base_url: "http://example.com" }\n');
    const error = await resolveAccounts([account as NonNullable<typeof account>], { env: { K: 'some-key-123' } }).catch((e: unknown) => e);
    expect(isSeedanceError(error, 'config.untrusted-host')).toBe(true);
    expect((error as Error).message).not.toContain('some-key-123');
  });

  it('seedance run --accounts: a bad file is a usage error (exit 2) at its position, nothing sent; SEEDANCE_ACCOUNTS relative to the command\'s folder, a key_env not set names the account', async () => {
    const dir = await tempDir('seedance-accounts-');
    await writeStoryboard(dir, 'version: 1\nshots:\n  - { id: a, prompt: One }\n');
    await writeFile(join(dir, 'bad.yaml'), 'accounts:\n  - { name: a, key_env: KEY_A, key: sk-pasted-by-mistake }\n');
    const bad = await runCli(['run', 'story.yaml', '--accounts', 'bad.yaml'], dir, { PATH: process.env.PATH ?? '' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.yaml:2:\d+: accounts\[0\] has `key:`/);
    expect(bad.stderr + bad.stdout).not.toContain('sk-pasted-by-mistake');
    await writeFile(join(dir, 'good.yaml'), 'accounts:\n  - { name: studio-a, key_env: SEEDANCE_TEST_UNSET_KEY }\n');
    const unset = await runCli(['run', 'story.yaml'], dir, { PATH: process.env.PATH ?? '', SEEDANCE_ACCOUNTS: 'good.yaml' });
    expect(unset.code).toBe(2);
    expect(unset.stderr).toContain('studio-a');
    expect(unset.stderr).toContain('SEEDANCE_TEST_UNSET_KEY');
  });
});
