#!/usr/bin/env node
// One storyboard over several machines through a BullMQ queue on Redis (docs/scale.md), for a
// studio that already runs one. The groups come from `seedance plan --split N --json`: whole
// chains, so no two machines make the same shot. Each group is a job; the film is a parent job
// that BullMQ starts only when every group is done, and it sends nothing: every clip is restored
// from the shared clip store (SEEDANCE_STORE) and joined.
//
//   seedance plan storyboard.yaml --split 8 --json > groups.json
//   node seedance-queue.mjs enqueue storyboard.yaml groups.json     # once, anywhere
//   node seedance-queue.mjs work                                    # on every machine
//
// Every machine has the same checkout (the manifest at the same path from its working folder),
// the same SEEDANCE_STORE, and its own key or accounts file. REDIS_URL (default
// redis://127.0.0.1:6379) and SEEDANCE_QUEUE (default seedance) name the queue.
import { readFile } from 'node:fs/promises';
import { FlowProducer, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { runStoryboard } from 'seedance-pipeline';

const queueName = process.env.SEEDANCE_QUEUE ?? 'seedance';
const connection = () => new IORedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
const [command, manifest, groupsFile] = process.argv.slice(2);

if (command === 'enqueue' && manifest && groupsFile) {
  const { groups } = JSON.parse(await readFile(groupsFile, 'utf8'));
  const redis = connection();
  const flows = new FlowProducer({ connection: redis });
  // A failed group is tried again (its made clips are in the store by then, so only the rest is sent).
  const attempts = { attempts: 2, backoff: { type: 'fixed', delay: 5000 } };
  const flow = await flows.add({
    name: 'film',
    queueName,
    data: { manifest },
    opts: attempts,
    children: groups.map((group, i) => ({ name: `group-${i + 1}`, queueName, data: { manifest, only: group.shots }, opts: attempts })),
  });
  console.log(`queued ${groups.length} groups of ${manifest} and the film after them (job ${flow.job.id})`);
  await flows.close();
  // A connection passed in stays open until closed: without this the process would not end.
  await redis.quit();
} else if (command === 'work') {
  // On SIGTERM the job's run stops submitting and waits for its tasks at the service (as a first
  // Ctrl-C does), so nothing paid for is left behind; the job then fails and is tried again later.
  const stopping = new AbortController();
  // One job at a time a machine: a run already keeps its account's slots full.
  const worker = new Worker(queueName, async (job) => {
    const { manifest: file, only } = job.data;
    const summary = await runStoryboard(file, { stopSignal: stopping.signal, ...(only ? { only, skipConcat: true } : {}) });
    // A thrown error lets BullMQ try the job again; the summary is the job's return value.
    if (summary.result !== 'done') throw new Error(`${job.name} of ${file}: ${summary.result} (${summary.failed} failed, ${summary.skipped} skipped)`);
    return { made: summary.made, restored: summary.restored, reused: summary.reused, tasksCreated: summary.tasksCreated };
  }, { connection: connection(), concurrency: 1 });
  worker.on('completed', (job, result) => console.log(`${job.name} done: ${JSON.stringify(result)}`));
  worker.on('failed', (job, error) => console.error(`${job?.name ?? 'a job'} failed: ${error.message}`));
  const stop = async () => {
    stopping.abort();
    await worker.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} else {
  console.error('Usage: node seedance-queue.mjs enqueue <manifest> <groups.json> | node seedance-queue.mjs work');
  process.exit(2);
}
