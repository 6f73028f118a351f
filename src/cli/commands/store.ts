// `seedance store [<manifest>]`: the clip store's size and entries; `seedance store gc`: remove
// the entries no lock refers to.
import { dirname, relative, resolve } from 'node:path';
import { SeedanceError } from '../../core/errors.js';
import { mb, plural } from '../../core/format.js';
import { findRoots } from '../../manifest/project.js';
import { readLock } from '../../state/lock.js';
import { lockFilesUnder } from '../../state/project-locks.js';
import { planGc, parseSize } from '../../state/store-gc.js';
import { openStore, storeLocationFor } from '../../state/open-store.js';
import { STORE_FOLDER, entryBytes, type ClipStore, type StoreEntry } from '../../state/store.js';
import type { CliIO, Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { loadForCommand } from '../load.js';

export const storeCommand: Command = {
  name: 'store',
  help: `Usage: seedance store [<manifest>] [--json]
       seedance store gc [<manifest>] [--keep-days N] [--max-size SIZE] [--dry-run]

The clip store keeps every clip made, with its last frame and its task record, under the
fingerprint of its inputs: a shot whose inputs were seen before (a prompt reverted, a shot renamed,
the same shot in another manifest, an output folder deleted) is restored from it with no API call.
It is SEEDANCE_STORE when set (a folder, or s3://bucket/prefix for an S3-compatible bucket shared
by a team or a CI matrix), else the manifest's \`store:\` (a folder), else ${STORE_FOLDER}/ beside
the manifest (or in the current folder without one), shared by every manifest of that folder.

\`seedance store\` prints its size and entries (shot-sized: task, seed, model, when). \`store gc\`
removes the entries no lock file refers to (by task id or fingerprint): the locks under the folder
that holds the store, or under the project when the store is elsewhere. It never removes what a
lock uses. On a store others share, the locks of this checkout are all it sees: keep their clips
with --keep-days.

Options:
  --json            print { "store", "bytes", "entries": [ ... ] }
  --keep-days N     gc: keep unused entries made in the last N days
  --max-size SIZE   gc: remove unused entries, oldest first, only until the store is at most SIZE
                    (500M, 2G); with --keep-days, recent entries are still kept
  --dry-run         gc: print what would be removed, remove nothing

Exit codes: 0 shown or collected, 2 usage or manifest error.

Examples:
  seedance store storyboard.yaml
  seedance store gc --dry-run                     # what would go, nothing removed
  seedance store gc --keep-days 30 --max-size 2G
  seedance store --json | jq '.bytes'`,
  options: { json: { type: 'boolean' }, 'keep-days': { type: 'string' }, 'max-size': { type: 'string' }, 'dry-run': { type: 'boolean' } },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    const gc = positionals[0] === 'gc';
    const [file, ...extra] = gc ? positionals.slice(1) : positionals;
    if (extra.length > 0) throw new SeedanceError('usage', `seedance store takes at most one manifest; got ${extra.length + 1}.`, { hint: 'Run `seedance store [<manifest>]` or `seedance store gc [<manifest>]`.' });
    const manifest = file !== undefined ? await loadForCommand(file, io, 'store') : undefined;
    const store = openStore(storeLocationFor(manifest ?? { dir: io.cwd }, io.env), io.env);
    try {
      return await storeCommandOn(store, gc, values, manifest?.dir ?? io.cwd, io);
    } finally {
      await store.close();
    }
  },
};

async function storeCommandOn(store: ClipStore, gc: boolean, values: Record<string, unknown>, near: string, io: CliIO): Promise<number> {
  const entries = [...(await store.index()).values()].sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  const shown = store.kind === 'folder' ? relative(io.cwd, store.location) || '.' : store.location;
  if (!gc) return show(shown, entries, values.json === true, io);

  const keepDays = optionalNumber(values['keep-days'], '--keep-days');
  const maxBytes = values['max-size'] === undefined ? undefined : parseSize(String(values['max-size']));
  if (values['max-size'] !== undefined && maxBytes === undefined) {
    throw new SeedanceError('usage', `--max-size takes a size such as 500M or 2G; got \`${String(values['max-size'])}\`.`, { hint: 'Sizes are bytes, or a number with k, M, G or T (powers of 1024).' });
  }
  const folder = await lockFolder(store, near);
  const used = await usedBy(folder);
  const plan = planGc(entries, used, { ...(keepDays !== undefined ? { keepDays } : {}), ...(maxBytes !== undefined ? { maxBytes } : {}), now: Date.now() });
  const dry = values['dry-run'] === true;
  for (const entry of plan.remove) {
    if (!dry) await store.remove(entry.fingerprint);
    io.stdout.write(`${dry ? 'would remove' : 'removed'} ${entry.fingerprint.slice(0, 12)} (task ${entry.taskId}, ${mb(entryBytes(entry))}, ${entry.savedAt.slice(0, 10)})\n`);
  }
  io.stdout.write(
    `${shown}: ${dry ? 'would remove' : 'removed'} ${plural(plan.remove.length, 'entry', 'entries')}, ${mb(plan.bytesBefore - plan.bytesAfter)}; kept ${plural(entries.length - plan.remove.length, 'entry', 'entries')} (${plan.keptInUse} used by the ${plural(used.locks, 'lock file')} under ${relative(io.cwd, folder) || '.'}), ${mb(plan.bytesAfter)}.\n`,
  );
  return EXIT.ok;
}

function show(shown: string, entries: StoreEntry[], json: boolean, io: CliIO): number {
  const bytes = entries.reduce((sum, e) => sum + entryBytes(e), 0);
  if (json) {
    io.stdout.write(JSON.stringify({ store: shown, bytes, entries }, null, 2) + '\n');
    return EXIT.ok;
  }
  for (const e of entries) {
    io.stdout.write(`${e.fingerprint.slice(0, 12)}  ${e.savedAt.slice(0, 19).replace('T', ' ')}  task ${e.taskId}${e.seed !== undefined ? `  seed ${e.seed}` : ''}${e.model ? `  ${e.model}` : ''}  ${mb(entryBytes(e))}\n`);
  }
  io.stdout.write(`${shown}: ${plural(entries.length, 'entry', 'entries')}, ${mb(bytes)}\n`);
  return EXIT.ok;
}

/** The folder whose locks decide what is in use: the one holding the default store, else the project. */
async function lockFolder(store: ClipStore, near: string): Promise<string> {
  if (store.kind === 'folder' && resolve(store.location).endsWith(STORE_FOLDER)) return dirname(dirname(resolve(store.location)));
  return (await findRoots(near)).project;
}

async function usedBy(folder: string): Promise<{ taskIds: Set<string>; fingerprints: Set<string>; locks: number }> {
  const taskIds = new Set<string>();
  const fingerprints = new Set<string>();
  const files = await lockFilesUnder(folder);
  for (const file of files) {
    // A lock that cannot be read cannot say what it uses: collect nothing rather than guess.
    const lock = await readLock(file, file).catch((error: unknown) => {
      throw new SeedanceError('usage', `Not collected: the lock ${file} cannot be read (${(error as Error).message}), so what it uses is not known.`, { hint: 'Restore it from git or move it aside, then collect again.' });
    });
    for (const record of Object.values(lock.shots)) {
      fingerprints.add(record.fingerprint);
      if (record.taskId) taskIds.add(record.taskId);
    }
  }
  return { taskIds, fingerprints, locks: files.length };
}

function optionalNumber(value: unknown, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new SeedanceError('usage', `${flag} takes a number of days >= 0; got \`${String(value)}\`.`, { hint: `For example \`${flag} 30\`.` });
  return n;
}
