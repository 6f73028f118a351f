// `seedance export <manifest> --format F [-o FILE]`: the film's cut as a project an editor opens,
// from the lock and the clips on disk, without the service.
import { resolve } from 'node:path';
import { SeedanceError } from '../../core/errors.js';
import { EXPORT_FORMATS, exportProjects, isExportFormat, type ExportFormat } from '../../export/index.js';
import { lockPathFor, readLock } from '../../state/lock.js';
import type { Command } from '../command.js';
import { ALLOW_PATH_HELP, ALLOW_PATH_OPTION, allowPathsOf, loadForCommand } from '../load.js';
import { WRITER_OPTIONS, withWriterLock } from '../writer.js';

export const exportCommand: Command = {
  name: 'export',
  help: `Usage: seedance export <manifest> --format mlt|otio|fcpxml|edl [-o FILE] [--json]

Writes the manifest's film (its concat: section) as a project for an editor, built from the lock
and the clips on disk: the shots in order with the picked takes, trims and crossfades, the music
bed at its volume, a marker per shot (id, prompt, seed, task id) and the other takes of shots with
takes: in a bin where the format has one. Frame-exact: the project's cut has the film's length.
Sends nothing to the service, so no API key is needed.

  mlt      Shotcut and Kdenlive open it; \`melt FILE\` renders it (MLT is their engine)
  otio     OpenTimelineIO (schema of v0.17): DaVinci Resolve imports it (File > Import > Timeline)
  fcpxml   FCPXML 1.10: Final Cut Pro imports it (File > Import > XML)
  edl      CMX3600: one track, no music bed, no bin; read by nearly every editor
docs/assembly.md says what each editor does with them and what each format loses.

Options:
  --format F, -f F   mlt, otio, fcpxml or edl; repeat it (or give a,b) for several
  -o FILE, --output FILE
                     write here instead of <output>/<name>.<ext> (one format only); it must end
                     with the format's extension and lie inside the project. A file already there
                     is replaced only when seedance wrote it.
  --json             print { "written": [ { "format", "file" } ] } instead of a line a project
  --wait             when another seedance process works on this manifest, wait for it
                     (default: refuse at once, naming that process)
  --force-unlock     take over a writer lock left on another host by a process that is gone
${ALLOW_PATH_HELP}

Exit codes: 0 written, 1 the manifest is held by another process, 2 usage, manifest or lock
error, a film shot without a clip on disk (run \`seedance run\` to make it), or a file in the way.

Examples:
  seedance export story.yaml --format mlt            # out/<name>/<name>.mlt, then: shotcut it
  seedance export story.yaml -f otio -f fcpxml       # both, beside the film
  seedance export story.yaml -f edl -o cuts/v3.edl   # a file of your choice in the project`,
  options: { format: { type: 'string', short: 'f', multiple: true }, output: { type: 'string', short: 'o' }, json: { type: 'boolean' }, ...WRITER_OPTIONS, ...ALLOW_PATH_OPTION },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    const formats = formatsOf(values.format);
    const manifest = await loadForCommand(positionals[0], io, 'export', { allowPaths: allowPathsOf(values, io) });
    const concat = manifest.concat;
    if (!concat) {
      throw new SeedanceError('usage', `${positionals[0]} has no concat: section, so there is no film to export.`, {
        hint: 'Add `concat: {}` to the manifest (every non-draft shot, in order), run it, then export again.',
      });
    }
    const target = typeof values.output === 'string' && values.output !== '' ? resolve(io.cwd, values.output) : undefined;
    return withWriterLock(manifest.file, 'seedance export', values, io, async () => {
      const lock = await readLock(lockPathFor(manifest.file), manifest.file);
      const written = await exportProjects(manifest, concat, lock, formats, { ...(target ? { target } : {}), allowPaths: allowPathsOf(values, io) });
      if (values.json === true) io.stdout.write(JSON.stringify({ written: written.map(({ format, file }) => ({ format, file })) }, null, 2) + '\n');
      else for (const { format, file } of written) io.stdout.write(`${format}: ${file}\n`);
      return 0;
    });
  },
};

function formatsOf(given: unknown): ExportFormat[] {
  const list = (Array.isArray(given) ? given : typeof given === 'string' ? [given] : []).flatMap((v) => String(v).split(',')).map((v) => v.trim().toLowerCase()).filter((v) => v !== '');
  if (list.length === 0) {
    throw new SeedanceError('usage', 'seedance export needs a format.', { hint: `Add --format ${EXPORT_FORMATS.join('|')} (e.g. \`seedance export story.yaml --format mlt\`).` });
  }
  const unknown = list.filter((v) => !isExportFormat(v));
  if (unknown.length > 0) {
    throw new SeedanceError('usage', `Unknown export format ${unknown.map((v) => JSON.stringify(v)).join(', ')}.`, { hint: `The formats are ${EXPORT_FORMATS.join(', ')}.` });
  }
  return [...new Set(list as ExportFormat[])];
}
