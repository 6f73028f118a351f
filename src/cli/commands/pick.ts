// `seedance pick <manifest> <shot> <K>`: pick the take the film and the shots chained from the shot use.
import { SeedanceError } from '../../core/errors.js';
import { writePick } from '../../state/pick.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { loadForCommand } from '../load.js';
import { WRITER_OPTIONS, withWriterLock } from '../writer.js';

export const pickCommand: Command = {
  name: 'pick',
  help: `Usage: seedance pick <manifest> <shot> <K>

Writes \`take: K\` into <shot> of <manifest>, keeping its comments and layout: the film and the shots
chained from <shot> use its take K. Every take is kept in the clip store, so the next \`seedance run\`
pays nothing for <shot> itself; the shots chained from it are made again from the new pick's last
frame, and picking an earlier take again brings their earlier clips back from the store, free.

Options:
  --wait           when another seedance process works on this manifest, wait for it
  --force-unlock   take over a writer lock left on another host by a process that is gone

Exit codes: 0 picked (or already picked), 1 the manifest is held by another process, 2 usage or
manifest error (no such shot, or no such take).

Example:
  seedance pick storyboard.yaml window 2 && seedance run storyboard.yaml`,
  options: { ...WRITER_OPTIONS },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    const [file, shotId, takeText, ...extra] = positionals;
    const take = Number(takeText);
    if (!shotId || takeText === undefined || extra.length > 0 || !Number.isInteger(take) || take < 1) {
      throw new SeedanceError('usage', `seedance pick takes a manifest, a shot id and a take number (1, 2, ...); got ${positionals.map((p) => `\`${p}\``).join(' ') || 'nothing'}.`, { hint: 'Run `seedance pick <manifest> <shot> <K>`.' });
    }
    const manifest = await loadForCommand(file, io, 'pick');
    const shot = manifest.shots.find((s) => s.id === shotId);
    if (!shot) throw new SeedanceError('usage', `${file} has no shot \`${shotId}\`.`, { hint: `Its shots are: ${manifest.shots.filter((s) => !s.take || s.take.shot === s.id).map((s) => s.id).join(', ')}.` });
    const takes = shot.take?.shot === shotId ? shot.take.of : 1;
    if (take > takes) {
      throw new SeedanceError('usage', `Shot ${shotId} makes ${takes === 1 ? 'one take' : `${takes} takes`}, so there is no take ${take}.`, { hint: `Pick 1${takes > 1 ? ` to ${takes}` : ''}, or set \`takes: ${take}\` on the shot and run it first.` });
    }
    return withWriterLock(manifest.file, 'seedance pick', values, io, async () => {
      const picked = await writePick(manifest.file, shotId, take);
      if (!picked) throw new SeedanceError('usage', `Shot ${shotId} could not be found in the text of ${file}.`, { hint: 'Check the manifest.' });
      const { was } = picked;
      if (was === take) {
        io.stdout.write(`${shotId}: take ${take} is picked already.\n`);
        return EXIT.ok;
      }
      const chained = manifest.shots.filter((s) => s.dependsOn.includes(shotId)).map((s) => s.id);
      io.stdout.write(`${shotId}: take ${take} picked (was ${was}). \`seedance run ${file}\` joins it${chained.length > 0 ? ` and makes ${chained.join(', ')} from it again (free where they were made from it before)` : ''}, with no new task for ${shotId}.\n`);
      return EXIT.ok;
    });
  },
};
