// The BullMQ recipe of docs/scale.md (examples/bullmq/seedance-queue.mjs), run for real: a Redis
// server on loopback, two workers in two checkouts sharing one clip store, the groups of
// `seedance plan --split 2` as jobs and the film as their parent job. Every shot is made once, and
// the film job sends nothing. Needs redis-server (Debian's redis-server; .ci/run installs it).
import { execa, type ResultPromise } from 'execa';
import { cp, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { runCli } from '../cli/capture.js';
import { startSim, tempDir, writeStoryboard } from '../run/harness.js';
import { skipWithout, which } from '../which.js';

const RECIPE = resolve('examples/bullmq/seedance-queue.mjs');
const redisServer = which('redis-server');
const SKIP = skipWithout(redisServer, 'redis-server', 'test/recipes/bullmq.test.ts', 'apt-get install redis-server');

const STORY = `version: 1
name: queued
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: dawn, prompt: A lighthouse at dawn }
  - { id: boats, prompt: Boats leave the harbour, first_frame: { shot: dawn } }
  - { id: market, prompt: A market opens }
  - { id: noon, prompt: The market at noon, first_frame: { shot: market } }
  - { id: gull, prompt: A gull over the water }
concat: { output: final.mp4 }
`;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** Resolves when the child has printed `text` (on stdout or stderr), with all it printed. */
function printed(child: Pick<ResultPromise, 'stdout' | 'stderr'>, text: string, timeoutMs = 60_000): Promise<string> {
  let seen = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`not printed within ${timeoutMs} ms: ${text}\n${seen}`)), timeoutMs);
    const listen = (chunk: Buffer): void => {
      seen += chunk.toString();
      if (seen.includes(text)) {
        clearTimeout(timer);
        done(seen);
      }
    };
    child.stdout?.on('data', listen);
    child.stderr?.on('data', listen);
  });
}

const startRedis = (port: number) => execa(redisServer as string, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { reject: false });
const startWorker = (machine: string, env: Record<string, string>) => execa(process.execPath, [RECIPE, 'work'], { cwd: machine, env, reject: false, forceKillAfterDelay: 10_000 });

describe.skipIf(SKIP)('the BullMQ recipe', () => {
  let sim: Simulator;
  let redis: ReturnType<typeof startRedis> | undefined;
  let redisUrl = '';
  const workers: ReturnType<typeof startWorker>[] = [];
  beforeAll(async () => {
    expect(redisServer, 'CI=true but redis-server is not installed: .ci/run installs it').toBeDefined();
    sim = await startSim({ fast: true });
    const port = await freePort();
    redis = startRedis(port);
    await printed(redis, 'Ready to accept connections', 20_000);
    redisUrl = `redis://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    for (const worker of workers) worker.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.catch(() => undefined)));
    redis?.kill('SIGTERM');
    await redis?.catch(() => undefined);
    await sim.close();
  });

  it('two workers make the two groups once each into one store; the film job joins them with 0 creates', { timeout: 150_000 }, async () => {
    const root = await tempDir('seedance-bullmq-');
    const project = join(root, 'project');
    await mkdir(project);
    await writeStoryboard(project, STORY);
    const planned = await runCli(['plan', 'story.yaml', '--split', '2', '--json'], project);
    expect(planned.code).toBe(0);
    await writeFile(join(project, 'groups.json'), planned.stdout);

    const env = { SEEDANCE_BASE_URL: sim.url, SEEDANCE_API_KEY: 'queue-test-key', SEEDANCE_STORE: join(root, 'store'), REDIS_URL: redisUrl, SEEDANCE_QUEUE: 'film-test' };
    const machines = [join(root, 'machine-1'), join(root, 'machine-2')];
    sim.resetStats();
    const logs: Promise<string>[] = [];
    for (const machine of machines) {
      await cp(project, machine, { recursive: true });
      const worker = startWorker(machine, env);
      workers.push(worker);
      logs.push(printed(worker, 'film done', 120_000).catch(() => ''));
    }
    const enqueued = await execa(process.execPath, [RECIPE, 'enqueue', 'story.yaml', 'groups.json'], { cwd: project, env, timeout: 20_000 });
    expect(enqueued.stdout).toContain('queued 2 groups of story.yaml');

    const filmLog = await Promise.race(logs);
    expect(filmLog).toContain('"tasksCreated":0');
    expect(filmLog).toMatch(/film done: \{"made":0,"restored":\d+/);
    expect(sim.stats().creates).toBe(5);
    // The film is where the film job ran, on one of the two machines.
    const films = await Promise.all(machines.map(async (m) => (await readdir(join(m, 'out', 'queued')).catch((): string[] => [])).includes('final.mp4') ? m : undefined));
    const at = films.find((m) => m !== undefined) as string;
    expect((await stat(join(at, 'out', 'queued', 'final.mp4'))).size).toBeGreaterThan(0);
  });
});
