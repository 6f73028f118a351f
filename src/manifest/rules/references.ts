// References between shots: `{ shot: ID }` media, from_draft, concat.shots and concat.trim keys
// must name shots that exist.
import type { NodePath } from '../diagnostic.js';
import { nearest } from '../nearest.js';
import { obj } from '../raw.js';
import { shotTitle, type Rule, type RuleContext } from './context.js';

export const shotReferences: Rule = (ctx) => {
  const { manifest, media } = ctx;
  for (const [source, ref] of media) {
    if (source.kind !== 'shot') continue;
    const shot = manifest.shots[ref.shotIndex];
    const what = ref.slot === 'reference_videos' ? 'video' : 'last frame';
    if (shot && source.shot === shot.id) {
      ctx.out.error('self-reference', `${shotTitle(shot)} uses its own ${what}, which does not exist before it is made. Name another shot, or give an image or URL.`, [...ref.path, 'shot']);
      continue;
    }
    unknownShot(ctx, source.shot, [...ref.path, 'shot'], `the ${what} of shot \`${source.shot}\``);
  }
  for (const shot of manifest.shots) {
    if (shot.fromDraft !== undefined) unknownShot(ctx, shot.fromDraft, ['shots', shot.index, 'from_draft'], `the draft \`${shot.fromDraft}\``);
  }
  const concat = obj(obj(ctx.data)?.concat);
  if (!concat) return;
  if (Array.isArray(concat.shots)) {
    concat.shots.forEach((id, i) => {
      if (typeof id === 'string') unknownShot(ctx, id, ['concat', 'shots', i], `shot \`${id}\` in the film`);
    });
  }
  for (const id of Object.keys(obj(concat.trim) ?? {})) unknownShot(ctx, id, ['concat', 'trim', id], `a trim for shot \`${id}\``, true);
};

function unknownShot(ctx: RuleContext, id: string, path: NodePath, what: string, key = false): void {
  // Not an id at all: the schema check has said so.
  if (ctx.byId.has(id) || !/^[a-z0-9][a-z0-9_-]{0,63}$/.test(id)) return;
  const ids = [...ctx.byId.keys()];
  const guess = nearest(id, ids);
  const hint = guess ? `Did you mean \`${guess}\`?` : `The shots are: ${ids.slice(0, 12).join(', ')}${ids.length > 12 ? ', …' : ''}.`;
  ctx.out.error('unknown-shot', `There is no shot \`${id}\` (${what} is asked for here). ${hint}`, path, { key });
}
