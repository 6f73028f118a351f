// `seedance adopt <manifest> <shot> <task-id>`: settle by hand a create whose answer was lost and
// that several tasks could have made: record the task the user picked as the shot's, so the next
// run fetches it (or waits for it) instead of paying again.
import { createClient } from '../../api/index.js';
import { chooseService } from '../../api/endpoint.js';
import { SeedanceError } from '../../core/errors.js';
import { realPathOf } from '../../manifest/project.js';
import { buildRequest, planShots } from '../../plan/index.js';
import { gatherFacts } from '../../state/facts.js';
import { LockStore } from '../../state/lock-store.js';
import { lockPathFor, readLock } from '../../state/lock.js';
import { projectClaims } from '../../state/project-locks.js';
import type { Command } from '../command.js';
import { loadForCommand } from '../load.js';
import { WRITER_OPTIONS, withWriterLock } from '../writer.js';

export const adoptCommand: Command = {
  name: 'adopt',
  help: `Usage: seedance adopt <manifest> <shot> <task-id> [--force] [--base-url URL]

Records <task-id> as the task of <shot> in <manifest>.lock.json. For a shot reported ambiguous
(\`task.ambiguous\`): its create's answer was lost, and several tasks on the account could be the
one it made. Look at them in the provider's console, then adopt the right one; the next
\`seedance run\` fetches it, or waits for it, without paying again.

The task must be known to the service, made with the shot's settings (model, resolution, ratio,
duration, seed, audio...; --force takes it anyway), and claimed by no lock of the project.

Options:
  --force          adopt a task whose settings differ from the shot's
  --base-url URL   the service to ask, instead of the manifest's base_url (or SEEDANCE_BASE_URL)
  --wait           when another seedance process works on this manifest, wait for it
  --force-unlock   take over a writer lock left on another host by a process that is gone

Environment: SEEDANCE_API_KEY (or ARK_API_KEY), SEEDANCE_BASE_URL, SEEDANCE_TRUSTED_HOSTS. The key goes
only to hosts you chose or trust, as with \`seedance run\` (see \`seedance run --help\`).

Exit codes: 0 adopted, 1 the service could not be asked or the manifest is held by another
process, 2 usage, manifest or lock error, or a task that cannot be this shot's.

Example:
  seedance adopt storyboard.yaml window cgt-20261201101010-abcde`,
  options: { force: { type: 'boolean' }, 'base-url': { type: 'string' }, ...WRITER_OPTIONS },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    const [file, shotId, taskId, ...extra] = positionals;
    if (!shotId || !taskId || extra.length > 0) {
      throw new SeedanceError('usage', `seedance adopt takes a manifest, a shot id and a task id; got ${positionals.length} arguments.`, { hint: 'Run `seedance adopt <manifest> <shot> <task-id>`.' });
    }
    const manifest = await loadForCommand(file, io, 'adopt');
    const shot = manifest.shots.find((s) => s.id === shotId);
    if (!shot) throw new SeedanceError('usage', `${file} has no shot \`${shotId}\`.`, { hint: `Its shots are: ${manifest.shots.map((s) => s.id).join(', ')}.` });
    return withWriterLock(manifest.file, 'seedance adopt', values, io, async () => {
      const lockPath = lockPathFor(manifest.file);
      const lock = new LockStore(lockPath, await readLock(lockPath, manifest.file), true);
      const claim = (await projectClaims(manifest.file)).get(taskId);
      if (claim && !(claim.shot === shotId && claim.file === (await realPathOf(lockPath)))) {
        throw new SeedanceError('usage', `Not adopted: task ${taskId} is already the task of shot ${claim.shot} in ${claim.lock}.`, { hint: 'Adopt the task that belongs to no other shot; `seedance status` of the other manifest shows what its shots use.' });
      }
      const plan = planShots({ manifest, lock: lock.data, facts: await gatherFacts(manifest, lock.data) }).find((p) => p.id === shotId);
      if (!plan?.fingerprint) {
        throw new SeedanceError('usage', `Not adopted: shot ${shotId} ${plan?.reason ?? 'cannot be planned'}, so what it would be made from is not known yet.`, { hint: 'Make the shots it uses first (`seedance run`), then adopt.' });
      }
      const { baseUrl, apiKey } = await chooseService({ manifestBaseUrl: manifest.baseUrl, env: io.env, flag: typeof values['base-url'] === 'string' ? values['base-url'] : undefined });
      const client = createClient({ format: manifest.api, baseUrl, apiKey });
      try {
        const task = await client.get(taskId);
        if (!task) throw new SeedanceError('usage', `Not adopted: the service does not know task ${taskId} (a typo, another account, or older than the 7 days tasks are kept).`, { hint: 'Check the id in the provider\'s console.' });
        // The shot's settings, with placeholders for what only a run knows (the task object echoes no inputs).
        const body = buildRequest(manifest, shot, { media: () => '', draftTask: (id) => lock.shot(id)?.taskId ?? '' }).body;
        if (client.wire.list && !client.wire.list.matchesLost(body, task) && values.force !== true) {
          throw new SeedanceError('usage', `Not adopted: task ${taskId} was made with other settings than shot ${shotId} asks for (model ${task.model ?? '?'}, ${task.resolution ?? '?'}, ${task.ratio ?? '?'}, ${task.duration ?? '?'} s, seed ${task.seed ?? '?'}).`, {
            hint: 'Pick the task made for this shot; --force adopts it anyway.',
          });
        }
        if (lock.shot(shotId)?.status !== 'submitting') {
          await lock.transition(shotId, { to: 'submitting', fingerprint: plan.fingerprint.value, inputs: plan.fingerprint.parts, submittedAt: Math.floor(Date.now() / 1000) });
        }
        await lock.transition(shotId, { to: 'created', taskId });
        io.stdout.write(`${shotId}: task ${taskId} adopted (${task.status} at the service); \`seedance run ${file}\` fetches it without paying again.\n`);
        return 0;
      } finally {
        await client.close();
      }
    });
  },
};
