// `seedance concat <manifest>`: join the film again from the clips on disk, without the service.
import { SeedanceError } from '../../core/errors.js';
import { makeEmitter } from '../../core/events.js';
import { locateTools } from '../../media/index.js';
import { assembleFilm } from '../../run/assemble-stage.js';
import type { ShotOutcome } from '../../run/context.js';
import { FileHashes } from '../../state/facts.js';
import { LockStore } from '../../state/lock-store.js';
import { lockPathFor, readLock } from '../../state/lock.js';
import type { Command } from '../command.js';
import { handleInterrupts } from '../interrupts.js';
import { ALLOW_PATH_HELP, ALLOW_PATH_OPTION, allowPathsOf, loadForCommand } from '../load.js';
import { createReporter, pickReporter, reporterOption } from '../reporters.js';
import { WRITER_OPTIONS, withWriterLock } from '../writer.js';

export const concatCommand: Command = {
  name: 'concat',
  help: `Usage: seedance concat <manifest> [--force] [--reporter plain|json] [--json]

Assembles the manifest's concat: section from the clips recorded in the lock, as \`seedance run\`
does at its end: stream copy when the clips match and the transition is a cut, one re-encode
otherwise; a chapter per shot. Skipped when nothing changed since the last assembly, unless --force.
Sends nothing to the service, so no API key is needed.

Options:
  --force          join again even when nothing changed
  --reporter R     plain (default) or json (NDJSON)
  --json           the same as --reporter json: one JSON event a line on stdout
  --wait           when another seedance process works on this manifest, wait for it
                   (default: refuse at once, naming that process)
  --force-unlock   take over a writer lock left on another host by a process that is gone
${ALLOW_PATH_HELP}

Exit codes: 0 joined (or unchanged), 1 the film failed or the manifest is held by another
process, 2 usage, manifest or lock error, or no ffmpeg that runs.

Examples:
  seedance concat storyboard.yaml                   # after editing concat: (a transition, music)
  seedance concat storyboard.yaml --force           # join again although nothing changed
  seedance concat storyboard.yaml --json | jq -c 'select(.type == "assembly-finished")'`,
  options: { force: { type: 'boolean' }, reporter: { type: 'string' }, json: { type: 'boolean' }, ...WRITER_OPTIONS, ...ALLOW_PATH_OPTION },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    const manifest = await loadForCommand(positionals[0], io, 'concat', { allowPaths: allowPathsOf(values, io) });
    const concat = manifest.concat;
    if (!concat) {
      throw new SeedanceError('usage', `${positionals[0]} has no concat: section, so there is no film to join.`, {
        hint: 'Add `concat: {}` to the manifest (every non-draft shot, in order), then run `seedance concat` again.',
      });
    }
    // Before the lock is taken or a piece is cut: without an ffmpeg that runs there is nothing to do (exit 2).
    await locateTools();
    return withWriterLock(manifest.file, 'seedance concat', values, io, async () => {
      const lockPath = lockPathFor(manifest.file);
      const lock = new LockStore(lockPath, await readLock(lockPath, manifest.file), true);
      if (values.force === true) await lock.setConcat(undefined);
      const reporter = createReporter(pickReporter(reporterOption(values) ?? 'plain', io), io);
      const interrupts = handleInterrupts((line) => io.stderr.write(line + '\n'));
      try {
        const outcomes = new Map<string, ShotOutcome['kind']>(manifest.shots.map((s) => [s.id, lock.shot(s.id)?.status === 'saved' ? 'reused' : 'failed']));
        const ok = await assembleFilm({ manifest, lock, files: new FileHashes(), emit: makeEmitter([reporter.sink]), abort: interrupts.abort }, concat, outcomes);
        return ok ? 0 : 1;
      } finally {
        interrupts.dispose();
        reporter.close();
      }
    });
  },
};
