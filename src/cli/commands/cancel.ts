// `seedance cancel <manifest>`: cancel the lock's tasks that are still queued at the service.
import { createClient } from '../../api/index.js';
import { chooseService } from '../../api/endpoint.js';
import { isSeedanceError } from '../../core/errors.js';
import { LockStore } from '../../state/lock-store.js';
import { lockPathFor, readLock } from '../../state/lock.js';
import type { Command } from '../command.js';
import { loadForCommand } from '../load.js';
import { WRITER_OPTIONS, withWriterLock } from '../writer.js';

/** What `seedance cancel --json` prints. */
interface CancelOutcome {
  cancelled: { shot: string; taskId: string }[];
  notCancelled: { shot: string; taskId: string; status: string }[];
  failed: { shot: string; taskId: string; error: string }[];
}

export const cancelCommand: Command = {
  name: 'cancel',
  help: `Usage: seedance cancel <manifest> [--base-url URL] [--json]

Asks the service about every task the lock records at the service, and cancels those still
queued (the service cannot cancel a running task: it finishes, and the next \`seedance run\`
downloads it). Cancelled shots are recorded in the lock, so the next run submits them anew.
Native format only (the OpenAI-compatible format has no cancel).

Options:
  --base-url URL   the service to ask, instead of the manifest's base_url (or SEEDANCE_BASE_URL)
  --json           print { "cancelled": [ { "shot", "taskId" } ], "notCancelled": [ { "shot",
                   "taskId", "status" } ], "failed": [ { "shot", "taskId", "error" } ] }: status
                   is what the service says of a task it did not cancel (running, succeeded...)
  --wait           when another seedance process works on this manifest, wait for it
                   (default: refuse at once, naming that process)
  --force-unlock   take over a writer lock left on another host by a process that is gone

Environment: SEEDANCE_API_KEY (or ARK_API_KEY), SEEDANCE_BASE_URL, SEEDANCE_TRUSTED_HOSTS. The key goes
only to hosts you chose or trust, as with \`seedance run\` (see \`seedance run --help\`).

Exit codes: 0 done (or nothing to cancel), 1 a task could not be cancelled or the manifest is held
by another process, 2 usage, manifest or lock error.

Examples:
  seedance cancel storyboard.yaml
  seedance cancel storyboard.yaml --json | jq -r '.cancelled[].shot'
  seedance cancel storyboard.yaml && seedance status storyboard.yaml`,
  options: { 'base-url': { type: 'string' }, json: { type: 'boolean' }, ...WRITER_OPTIONS },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    const manifest = await loadForCommand(positionals[0], io, 'cancel');
    return withWriterLock(manifest.file, 'seedance cancel', values, io, async () => {
      const lockPath = lockPathFor(manifest.file);
      const lock = new LockStore(lockPath, await readLock(lockPath, manifest.file), true);
      const pending = Object.entries(lock.data.shots).filter(([, s]) => s.taskId && s.status === 'created');
      const json = values.json === true;
      const outcome: CancelOutcome = { cancelled: [], notCancelled: [], failed: [] };
      const say = (line: string): void => void (json ? undefined : io.stdout.write(line + '\n'));
      if (pending.length === 0) {
        if (json) io.stdout.write(JSON.stringify(outcome, null, 2) + '\n');
        say('Nothing to cancel: the lock records no task in flight.');
        return 0;
      }
      const { baseUrl, apiKey } = await chooseService({ manifestBaseUrl: manifest.baseUrl, env: io.env, flag: typeof values['base-url'] === 'string' ? values['base-url'] : undefined });
      const client = createClient({ format: manifest.api, baseUrl, apiKey });
      let failures = 0;
      try {
        const tasks = await client.getMany(pending.map(([, s]) => s.taskId as string));
        for (const [id, shot] of pending) {
          const task = tasks.get(shot.taskId as string);
          if (task?.status !== 'queued') {
            outcome.notCancelled.push({ shot: id, taskId: shot.taskId as string, status: task?.status ?? 'unknown' });
            say(`${id}: task ${shot.taskId} is ${task?.status ?? 'unknown to the service'}; not cancelled (the next run picks it up).`);
            continue;
          }
          try {
            await client.cancel(task.id);
            await lock.transition(id, { to: 'cancelled' });
            outcome.cancelled.push({ shot: id, taskId: task.id });
            say(`${id}: task ${task.id} cancelled.`);
          } catch (error) {
            if (!isSeedanceError(error)) throw error;
            failures++;
            outcome.failed.push({ shot: id, taskId: task.id, error: error.message });
            io.stderr.write(`${id}: could not cancel task ${task.id}: ${error.message}\n`);
          }
        }
      } finally {
        await client.close();
      }
      if (json) io.stdout.write(JSON.stringify(outcome, null, 2) + '\n');
      return failures > 0 ? 1 : 0;
    });
  },
};
