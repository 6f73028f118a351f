// The `concat:` section and the output folder: paths that stay where they belong, trims that make
// sense, a crossfade shorter than the clips it joins, a music bed that is audio.
import { basename, dirname, isAbsolute, relative, sep } from 'node:path';
import { secondsText } from '../describe.js';
import { describeProject, isInside, realPathOf, withinRoots } from '../project.js';
import { obj, str } from '../raw.js';
import type { ResolvedConcat } from '../types.js';
import { type Rule, type RuleContext } from './context.js';
import { checkContent } from './media-content.js';

const VIDEO_NAME = /\.(mp4|mov|mkv)$/i;

export const outputPaths: Rule = async (ctx) => {
  const raw = obj(ctx.data) ?? {};
  await storeInProject(ctx, str(raw.store));
  const output = str(raw.output);
  const realOutput = await realPathOf(ctx.manifest.output);
  const allowed = ctx.roots.allowed.some((folder) => isInside(folder, realOutput));
  let outputInside = true;
  if (output !== undefined && escapes(ctx.manifest.dir, ctx.manifest.output, output) && !allowed) {
    ctx.out.error('path-escapes', `\`output: ${output}\` leaves the manifest's folder. Keep outputs beside the manifest (e.g. \`out/${ctx.manifest.name}\`), so a manifest cannot write anywhere on the machine.`, ['output']);
    outputInside = false;
  } else if (!withinRoots(ctx.roots, realOutput)) {
    // Beside the manifest by name, elsewhere in fact: a symlink on the way leads out of the project.
    const what = output !== undefined ? `\`output: ${output}\`` : `The output folder ${relative(ctx.manifest.dir, ctx.manifest.output)} (\`out/<name>\`, the default)`;
    ctx.out.error(
      'path-escapes',
      `${what} leads through a symlink to ${realOutput}, outside ${describeProject(ctx.roots)}: the clips and the film would be written there. Point the output folder at a real folder inside the project (\`output:\`), or allow that folder with \`--allow-path ${realOutput}\` (\`allowPaths\` in the library).`,
      output !== undefined || str(raw.name) === undefined ? ['output'] : ['name'],
    );
    outputInside = false;
  }
  const concat = ctx.manifest.concat;
  const written = str(obj(raw.concat)?.output);
  if (!concat || written === undefined) return;
  if (escapes(ctx.manifest.output, concat.output, written)) {
    ctx.out.error('path-escapes', `\`concat.output: ${written}\` leaves the output folder. It is relative to the output folder (${relative(ctx.manifest.dir, ctx.manifest.output) || '.'}): write a file name such as \`final.mp4\`.`, ['concat', 'output']);
    return;
  }
  const name = relative(ctx.manifest.output, concat.output);
  const clash = ctx.manifest.shots.find((s) => name === `${s.id}.mp4` || name === `${s.id}.last.png`);
  if (clash) {
    ctx.out.error('output-collision', `\`concat.output: ${written}\` is also the file of shot \`${clash.id}\` in the output folder. Choose another name, such as \`final.mp4\`.`, ['concat', 'output']);
    return;
  }
  if (name.split(sep).includes('.git')) {
    ctx.out.error('output-collision', `\`concat.output: ${written}\` is inside \`.git\`, git's own folder, where the film must never go. Choose another name, such as \`final.mp4\`.`, ['concat', 'output']);
    return;
  }
  if (!VIDEO_NAME.test(basename(concat.output))) {
    ctx.out.error(
      'output-extension',
      `\`concat.output: ${written}\` is not a video file name. The film is an MP4 file, and seedance writes it only under a video name (.mp4, .mov or .mkv), so it can never replace a lock, a manifest, a config or any other file. Name it, for example, \`final.mp4\`.`,
      ['concat', 'output'],
    );
    return;
  }
  if (!/\.mp4$/i.test(basename(concat.output))) {
    ctx.out.warning('output-extension', `\`concat.output: ${written}\` does not end in .mp4, but the film is an MP4 file. Name it \`${basename(written).replace(/\.[^.]*$/, '')}.mp4\`.`, ['concat', 'output']);
  }
  if (!outputInside) return;
  const realFolder = await realPathOf(dirname(concat.output));
  if (!isInside(realOutput, realFolder)) {
    ctx.out.error(
      'path-escapes',
      `\`concat.output: ${written}\` leads through a symlink to ${realFolder}, outside the output folder (${relative(ctx.manifest.dir, ctx.manifest.output) || '.'}): the film would be written there. Replace the symlink with a real folder, or name a file directly in the output folder, such as \`final.mp4\`.`,
      ['concat', 'output'],
    );
  }
};

/** A manifest's `store:` is written to like the output folder: it must lie in the project (or an allowed folder). */
async function storeInProject(ctx: RuleContext, written: string | undefined): Promise<void> {
  if (written === undefined || ctx.manifest.store === undefined) return;
  const real = await realPathOf(ctx.manifest.store);
  if (withinRoots(ctx.roots, real)) return;
  ctx.out.error(
    'path-escapes',
    `\`store: ${written}\` is ${real === ctx.manifest.store ? '' : `(through a symlink) ${real}, `}outside ${describeProject(ctx.roots)}: a manifest writes only inside its project. Point \`store:\` at a folder in the project, allow that folder with \`--allow-path ${real}\`, or set SEEDANCE_STORE (your own choice, anywhere) instead.`,
    ['store'],
  );
}

function escapes(base: string, full: string, written: string): boolean {
  if (isAbsolute(written)) return true;
  const rel = relative(base, full);
  return rel === '' ? false : rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

export const concatRules: Rule = async (ctx) => {
  const concat = ctx.manifest.concat;
  if (!concat) return;
  if (concat.shots.length === 0) {
    ctx.out.warning('concat-empty', '`concat:` has no shots to join: every shot is a draft. List the shots in `concat.shots`, or remove `concat:`.', ['concat'], { key: true });
  }
  trims(ctx, concat);
  crossfade(ctx, concat);
  await musicBed(ctx, concat);
};

/** A clip's length in the film, when known before running (-1 durations are not). */
function clipSeconds(ctx: RuleContext, concat: ResolvedConcat, id: string): number | undefined {
  const shot = ctx.byId.get(id);
  const duration = shot && shot.settings.duration > 0 ? shot.settings.duration : undefined;
  const trim = concat.trim[id];
  const end = trim?.end ?? duration;
  return end === undefined ? undefined : end - (trim?.start ?? 0);
}

function trims(ctx: RuleContext, concat: ResolvedConcat): void {
  for (const [id, trim] of Object.entries(concat.trim)) {
    const path = ['concat', 'trim', id];
    if (!ctx.byId.has(id)) continue; // unknown: reported by the reference rule
    if (!concat.shots.includes(id)) {
      ctx.out.warning('trim-unused', `There is a trim for shot \`${id}\`, but the film does not include it. Add \`${id}\` to \`concat.shots\`, or remove the trim.`, path, { key: true });
    }
    if (trim.start !== undefined && trim.end !== undefined && trim.start >= trim.end) {
      ctx.out.error('trim-range', `The trim of shot \`${id}\` starts at ${trim.start} s and ends at ${trim.end} s: the start must come before the end.`, [...path, 'start']);
    }
    const shot = ctx.byId.get(id);
    const duration = shot && shot.settings.duration > 0 ? shot.settings.duration : undefined;
    for (const key of ['start', 'end'] as const) {
      const value = trim[key];
      if (duration !== undefined && value !== undefined && (key === 'end' ? value > duration : value >= duration)) {
        ctx.out.error('trim-beyond-clip', `The trim of shot \`${id}\` has \`${key}: ${value}\`, but the clip lasts ${secondsText(duration)} s. Keep the trim inside the clip.`, [...path, key]);
      }
    }
  }
}

function crossfade(ctx: RuleContext, concat: ResolvedConcat): void {
  if (concat.transition.type !== 'crossfade' || concat.shots.length < 2) return;
  let shortest: { id: string; seconds: number } | undefined;
  for (const id of concat.shots) {
    const seconds = clipSeconds(ctx, concat, id);
    if (seconds !== undefined && (!shortest || seconds < shortest.seconds)) shortest = { id, seconds };
  }
  if (shortest && concat.transition.duration >= shortest.seconds) {
    const written = obj(obj(obj(ctx.data)?.concat)?.transition)?.duration !== undefined;
    ctx.out.error(
      'crossfade-too-long',
      `The crossfade lasts ${concat.transition.duration} s, but shot \`${shortest.id}\` lasts only ${secondsText(shortest.seconds)} s in the film. A crossfade must be shorter than the shortest clip: shorten it.`,
      written ? ['concat', 'transition', 'duration'] : ['concat', 'transition'],
    );
  }
}

async function musicBed(ctx: RuleContext, concat: ResolvedConcat): Promise<void> {
  const file = str(obj(obj(obj(ctx.data)?.concat)?.audio)?.file);
  // A music bed outside the project was reported by filesInProject and is never opened.
  if (!concat.audio || file === undefined || ctx.outside.has(concat.audio.file)) return;
  const path = ['concat', 'audio', 'file'];
  const facts = await ctx.files.probe(concat.audio.file);
  const label = `The music bed \`${file}\``;
  if (!facts.ok) {
    const code = facts.problem === 'missing' ? 'file-missing' : facts.problem === 'not-a-file' ? 'file-not-a-file' : 'file-unreadable';
    const why = facts.problem === 'missing' ? "does not exist. Paths are relative to the manifest's folder: check the name and the folder." : `cannot be read (${facts.detail}).`;
    ctx.out.error(code, `${label} ${why}`, path);
    return;
  }
  checkContent({ out: ctx.out, facts, label, path, expected: 'audio', slotName: '`concat.audio.file`', local: false, capabilities: undefined, clipLimits: false });
}
