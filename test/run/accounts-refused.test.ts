// An account refused while its tasks are polled (issue 17): the balance ran out mid-run, so the
// service answers the account's polls 403 AccountOverdueError. The account is set aside with a
// warning that names it, the reason and what to do; its waiting shots go to the other account;
// the shot whose task is on it fails saying so, its task kept in the lock for the next run.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunEvent } from '../../src/core/events.js';
import { runStoryboard } from '../../src/library/run-storyboard.js';
import { lockPathFor, readLock } from '../../src/state/lock.js';
import { eventsOf, load, startSim, tempDir, writeStoryboard } from './harness.js';

const KEY_A = 'acct-a-secret-1b2c3d4e5f';
const KEY_B = 'acct-b-secret-6a7b8c9d0e';

/** A proxy on loopback in front of the simulator that, once a create has gone through, answers every poll 403 AccountOverdueError. */
async function overdueAfterCreate(target: string): Promise<{ url: string; server: Server }> {
  let overdue = false;
  const server = createServer((req, res) => {
    const polling = req.method === 'GET' && (req.url ?? '').startsWith('/api/v3/contents/generations/tasks');
    if (overdue && polling) {
      req.resume();
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'AccountOverdueError', message: 'The account is overdue; recharge it.', type: 'Forbidden' } }));
      return;
    }
    const upstream = request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (answer) => {
      if (req.method === 'POST' && answer.statusCode === 200) overdue = true;
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('an account refused while polling', () => {
  it('is set aside with its name, the reason and what to do; its waiting shots go to the other account; its shot at the service fails saying so and stays in the lock', async () => {
    const sim = await startSim({ fast: true, latency: { queuedMs: 10, runningMs: [400, 600] }, keys: { [KEY_A]: { label: 'a' }, [KEY_B]: { label: 'b' } } });
    const proxy = await overdueAfterCreate(sim.url);
    try {
      const dir = await tempDir('seedance-refused-');
      const shots = Array.from({ length: 4 }, (_, i) => `  - { id: s${i}, prompt: Overdue shot ${i} }\n`).join('');
      const file = await writeStoryboard(dir, `version: 1\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n${shots}`);
      const accounts = join(dir, 'accounts.yaml');
      await writeFile(accounts, `accounts:\n  - { name: studio-a, key_env: KEY_A, running: 1, queue_ahead: 0, base_url: "${sim.url}" }\n  - { name: studio-b, key_env: KEY_B, running: 1, queue_ahead: 0, base_url: "${proxy.url}" }\n`);
      const env: NodeJS.ProcessEnv = { ...process.env, KEY_A, KEY_B };
      for (const name of ['SEEDANCE_API_KEY', 'ARK_API_KEY', 'SEEDANCE_ACCOUNTS', 'SEEDANCE_BASE_URL', 'SEEDANCE_STORE']) delete env[name];
      const events: RunEvent[] = [];
      const summary = await runStoryboard(await load(file), { accounts, env, poll: { intervalMs: 40 }, report: false, onEvent: (e) => events.push(e) });
      expect([summary.made, summary.failed]).toEqual([3, 1]);
      const refused = eventsOf(events, 'warning').filter((w) => w.code === 'account.refused');
      expect(refused).toHaveLength(1);
      expect(refused[0]?.message).toMatch(/studio-b while asking about its tasks: its balance ran out \(HTTP 403 AccountOverdueError\)/);
      expect(refused[0]?.message).toContain('its waiting shots go to studio-a');
      expect(refused[0]?.message).toContain('top up studio-b');
      const failed = eventsOf(events, 'shot-failed');
      expect(failed).toHaveLength(1);
      expect(failed[0]?.message).toContain('is on account studio-b, which the service refused while asking about it');
      expect(failed[0]?.hint).toContain('not paid for twice');
      expect(events.some((e) => e.type === 'stopping')).toBe(false);
      const lock = await readLock(lockPathFor(file), file);
      const onB = Object.values(lock.shots).filter((s) => s.account === 'studio-b');
      expect(onB).toHaveLength(1);
      expect(onB[0]?.status).toBe('created');
      expect(onB[0]?.taskId).toBeDefined();
      expect(JSON.stringify(events)).not.toMatch(/acct-[ab]-secret/);
    } finally {
      await new Promise((resolve) => proxy.server.close(resolve));
      await sim.close();
    }
  });
});
