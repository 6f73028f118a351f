// `seedance pin <manifest>`: write the seeds the service used into the manifest.
import { constants } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { SeedanceError } from '../../core/errors.js';
import { plural } from '../../core/format.js';
import { writeFileAtomic } from '../../core/atomic-write.js';
import { lockPathFor, readLock } from '../../state/lock.js';
import { pinSeeds } from '../../state/pin.js';
import type { Command } from '../command.js';
import { WRITER_OPTIONS, withWriterLock } from '../writer.js';

export const pinCommand: Command = {
  name: 'pin',
  help: `Usage: seedance pin <manifest> [--dry-run] [--json]

Reads <manifest>.lock.json and writes \`seed: N\` (the seed the service reported) into every shot
of the manifest that was made, keeping comments and layout. Commit the manifest afterwards: it then
asks for the same seeds on every later run. Shots made from a draft reuse the draft's seed and are
left alone. A shot whose seed is the seed its task used is unchanged, so pinning makes nothing
again: the next \`seedance run\` keeps every pinned shot.

A pinned seed may not bring back the same clip on Seedance 2.0: sources disagree on whether 2.0
honours \`seed\` (the latest Volcengine page says 2.0 does not support it yet; BytePlus lists it and
2.0's answers echo a seed). The dependable way to get a choice is takes: \`takes: N\` makes N clips
of a shot and \`take: K\` (or \`seedance pick\`) picks the one the film uses.

Options:
  --dry-run        print what would change, write nothing
  --json           print { "manifest", "written", "pinned": [ { "id", "seed", "was"? } ] }: the
                   seeds written (with --dry-run: that would be written, and "written": false);
                   "was" is the seed the manifest had before
  --wait           when another seedance process works on this manifest, wait for it
                   (default: refuse at once, naming that process)
  --force-unlock   take over a writer lock left on another host by a process that is gone

Exit codes: 0 pinned (or nothing to pin), 1 the manifest is held by another process, 2 usage or
lock error.

Examples:
  seedance pin storyboard.yaml --dry-run     # the seeds it would write, as id: seed old -> new
  seedance pin storyboard.yaml && git commit storyboard.yaml -m 'pin seeds'
  seedance pin storyboard.yaml --json | jq -r '.pinned[] | "\\(.id) \\(.seed)"'`,
  options: { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, ...WRITER_OPTIONS },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    const file = positionals[0];
    if (!file) throw new SeedanceError('usage', 'seedance pin needs a manifest file.', { hint: 'Run `seedance pin <manifest.yaml>`.' });
    const path = resolve(io.cwd, file);
    await access(path, constants.R_OK).catch((error: unknown) => {
      throw new SeedanceError('usage', `Cannot read ${file}: ${(error as Error).message}.`, { hint: 'Check the path.' });
    });
    return withWriterLock(path, 'seedance pin', values, io, async () => {
      // Read once the lock is held: a run that held it may have just finished.
      const source = await readFile(path, 'utf8');
      const lock = await readLock(lockPathFor(path), path);
      const seeds = new Map<string, number>();
      for (const [id, shot] of Object.entries(lock.shots)) if ((shot.status === 'saved' || shot.status === 'succeeded') && shot.seed !== undefined) seeds.set(id, shot.seed);
      const json = values.json === true;
      const say = (line: string): void => void (json ? undefined : io.stdout.write(line + '\n'));
      const result = seeds.size > 0 ? pinSeeds(source, seeds) : { text: source, pinned: [] };
      const write = result.pinned.length > 0 && values['dry-run'] !== true;
      if (write) await writeFileAtomic(path, result.text);
      if (json) io.stdout.write(JSON.stringify({ manifest: file, written: write, pinned: result.pinned }, null, 2) + '\n');
      if (seeds.size === 0) {
        say(`No seeds to pin: ${lockPathFor(file)} records no finished shot. Run the storyboard first.`);
        return 0;
      }
      for (const p of result.pinned) say(`${p.id}: seed ${p.was === undefined ? '' : `${String(p.was)} -> `}${p.seed}`);
      if (result.pinned.length === 0) say('Every made shot already has its seed pinned.');
      else if (write) say(`Pinned ${plural(result.pinned.length, 'seed')} in ${file}.`);
      return 0;
    });
  },
};
