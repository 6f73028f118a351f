// `seedance status <manifest>`: where every shot stands (the shot planner's plan), from the
// manifest, the lock and the files; the network only with --refresh (one request for the tasks
// in flight).
import { createClient, type TaskInfo } from '../../api/index.js';
import { SeedanceError } from '../../core/errors.js';
import { shotStates } from '../../report/shot-state.js';
import { atService, formatStatus, statusView } from '../../report/status-view.js';
import { lockPathFor, readLock } from '../../state/lock.js';
import { openStore, storeLocationFor } from '../../state/open-store.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { ALLOW_PATH_HELP, ALLOW_PATH_OPTION, allowPathsOf, loadForCommand } from '../load.js';
import { chooseService } from '../../api/endpoint.js';

export const statusCommand: Command = {
  name: 'status',
  help: `Usage: seedance status <manifest> [--json] [--refresh [--base-url URL]]

Reads the manifest, its lock file and the files on disk and prints, per shot, what the next
\`seedance run\` does with it and why (the plan the run itself announces): fresh (kept), stale and
what changed (prompt, seed, first_frame, an upstream shot made first...), files missing (fetched
again from its task without paying), in flight with its task id, failed with the service's error
code, blocked, or never made; with its seed, versioned model, tokens and output files, whether the
film is joined, and which command holds the manifest if one is running. Sends nothing to the service.

Options:
  --json      print the same as JSON: { manifest, lock, output, shots: [ { id, state, summary,
              action, reason, status?, taskId?, serviceCode?, error?, seed?, model?, tokens?,
              outputs: { video?, lastFrame? }, service? } ], film?, tokens, writer? }
  --refresh   ask the service about the tasks at the service (one request) and show what it says;
              needs SEEDANCE_API_KEY (or ARK_API_KEY). The lock is not changed: \`seedance run\` does that.
  --base-url URL  with --refresh: the service to ask, instead of the manifest's base_url (or
              SEEDANCE_BASE_URL); the key goes only to hosts you chose or trust, as with \`seedance run\`.
${ALLOW_PATH_HELP}

Exit codes: 0 shown (whatever the shots' states), 2 usage, manifest or lock error.

Examples:
  seedance status storyboard.yaml
  seedance status storyboard.yaml --json | jq -r '.shots[] | select(.state != "fresh") | .id'`,
  options: { json: { type: 'boolean' }, refresh: { type: 'boolean' }, 'base-url': { type: 'string' }, ...ALLOW_PATH_OPTION },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    if (positionals.length > 1) throw new SeedanceError('usage', `seedance status takes one manifest; got ${positionals.length}.`, { hint: 'Run `seedance status <manifest.yaml>`.' });
    const manifest = await loadForCommand(positionals[0], io, 'status', { allowPaths: allowPathsOf(values, io) });
    const lockPath = lockPathFor(manifest.file);
    const lock = await readLock(lockPath, manifest.file);
    const states = await shotStates(manifest, lock, undefined, openStore(storeLocationFor(manifest, io.env), io.env));
    let live: Map<string, TaskInfo> | undefined;
    if (values.refresh === true) {
      const ids = states.filter(atService).map((s) => s.record?.taskId as string);
      live = new Map();
      if (ids.length > 0) {
        const flag = typeof values['base-url'] === 'string' ? values['base-url'] : undefined;
        const { baseUrl, apiKey } = await chooseService({ manifestBaseUrl: manifest.baseUrl, env: io.env, flag });
        const client = createClient({ format: manifest.api, baseUrl, apiKey });
        try {
          live = await client.getMany(ids);
        } finally {
          await client.close();
        }
      }
    }
    const view = await statusView(manifest, lockPath, lock, states, live);
    io.stdout.write(values.json === true ? JSON.stringify(view, null, 2) + '\n' : formatStatus(view, io.cwd) + '\n');
    return EXIT.ok;
  },
};
