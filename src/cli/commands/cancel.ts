// `seedance cancel <manifest>`: cancel the lock's tasks that are still queued at the service.
import { createClient } from '../../api/index.js';
import { isSeedanceError } from '../../core/errors.js';
import { LockStore } from '../../state/lock-store.js';
import { lockPathFor, readLock } from '../../state/lock.js';
import type { Command } from '../command.js';
import { baseUrlFor, loadForCommand, requireKey } from '../load.js';

export const cancelCommand: Command = {
  name: 'cancel',
  help: `Usage: seedance cancel <manifest>

Asks the service about every task the lock records as queued or running, and cancels those still
queued (the service cannot cancel a running task: it finishes, and the next \`seedance run\`
downloads it). Cancelled shots are recorded in the lock, so the next run submits them anew.
Native format only (the OpenAI-compatible format has no cancel).

Environment: SEEDANCE_API_KEY (or ARK_API_KEY), SEEDANCE_BASE_URL.`,
  options: {},
  allowPositionals: true,
  async run({ positionals }, io) {
    const manifest = await loadForCommand(positionals[0], io, 'cancel');
    const lockPath = lockPathFor(manifest.file);
    const lock = new LockStore(lockPath, await readLock(lockPath, manifest.file), true);
    const pending = Object.entries(lock.data.shots).filter(([, s]) => s.taskId && (s.status === 'queued' || s.status === 'running'));
    if (pending.length === 0) {
      io.stdout.write('Nothing to cancel: the lock records no task in flight.\n');
      return 0;
    }
    const client = createClient({ format: manifest.api, baseUrl: baseUrlFor(manifest, io.env), apiKey: requireKey(io.env) });
    let failures = 0;
    try {
      const tasks = await client.getMany(pending.map(([, s]) => s.taskId as string));
      for (const [id, shot] of pending) {
        const task = tasks.get(shot.taskId as string);
        if (task?.status !== 'queued') {
          io.stdout.write(`${id}: task ${shot.taskId} is ${task?.status ?? 'unknown to the service'}; not cancelled (the next run picks it up).\n`);
          continue;
        }
        try {
          await client.cancel(task.id);
          await lock.patchShot(id, { status: 'cancelled' });
          io.stdout.write(`${id}: task ${task.id} cancelled.\n`);
        } catch (error) {
          if (!isSeedanceError(error)) throw error;
          failures++;
          io.stderr.write(`${id}: could not cancel task ${task.id}: ${error.message}\n`);
        }
      }
    } finally {
      await client.close();
    }
    return failures > 0 ? 1 : 0;
  },
};
