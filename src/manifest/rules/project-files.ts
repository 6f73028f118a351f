// Local files stay in the project. Every local media path (each media slot, and the music bed)
// must resolve, after following symlinks, inside the project (the git work tree that holds the
// manifest, else its folder) or a folder allowed with --allow-path. A file outside is reported
// here, before any rule opens it, and the rules that read files skip it: its bytes are neither
// read nor sent.
import { dirname, resolve } from 'node:path';
import type { NodePath } from '../diagnostic.js';
import { describeProject, realPathOf, withinRoots } from '../project.js';
import { obj, str } from '../raw.js';
import { shotLabel, type Rule } from './context.js';

export const filesInProject: Rule = async (ctx) => {
  const files: { path: string; label: string; at: NodePath }[] = [];
  for (const [source, ref] of ctx.media) {
    if (source.kind !== 'file') continue;
    const shot = ctx.manifest.shots[ref.shotIndex];
    files.push({ path: source.path, label: `File \`${source.relative}\` (${ref.slot} of ${shot ? shotLabel(shot) : 'a shot'})`, at: ref.path });
  }
  const bed = ctx.manifest.concat?.audio;
  const written = str(obj(obj(obj(ctx.data)?.concat)?.audio)?.file);
  if (bed && written !== undefined) files.push({ path: bed.file, label: `The music bed \`${written}\``, at: ['concat', 'audio', 'file'] });
  // Resolved at once, reported in manifest order.
  const reals = await Promise.all(files.map((f) => realPathOf(f.path)));
  files.forEach((file, i) => {
    const real = reals[i] ?? file.path;
    if (withinRoots(ctx.roots, real)) return;
    ctx.outside.add(file.path);
    const where = real === resolve(file.path) ? 'is outside' : `leads through a symlink to ${real}, outside`;
    ctx.out.error(
      'path-escapes',
      `${file.label} ${where} ${describeProject(ctx.roots)}, so it was not read: a manifest sends only files from its own project. Move or copy the file into the project, or allow its folder with \`--allow-path ${dirname(real)}\` (\`allowPaths\` in the library).`,
      file.at,
    );
  });
};
