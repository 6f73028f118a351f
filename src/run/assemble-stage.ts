// The concat stage at the end of a run: joins the listed clips once all of them are done, and
// skips itself when its inputs (clips, options, music bed) are unchanged since the last assembly.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { PIECES_FOLDER, assemble, assemblyFingerprint, type AssembleInput } from '../assemble/index.js';
import { subtitleFiles, subtitlePaths } from '../assemble/finish.js';
import { trackLanguages } from '../assemble/subtitles.js';
import { writeFileAtomic } from '../core/atomic-write.js';
import { defaultExportPath, exportProjects } from '../export/index.js';
import type { ResolvedConcat } from '../manifest/types.js';
import { asSeedanceError } from '../core/fs-errors.js';
import { sha256 } from '../core/sha256.js';
import { hasFile, type FileHashes } from '../state/facts.js';
import { requireFilmWritable } from '../state/film-guard.js';
import { claimOutput, ownedName, updateOwned } from '../state/output-owner.js';
import type { RunContext, ShotOutcome } from './context.js';

/** What the stage needs of a run; `seedance concat` provides it without one. */
export type AssemblyContext = Pick<RunContext, 'manifest' | 'lock' | 'emit' | 'abort'> & { files: FileHashes };

/** Returns false when the film could not be made. */
export async function assembleFilm(ctx: AssemblyContext, concat: ResolvedConcat, outcomes: Map<string, ShotOutcome['kind']>): Promise<boolean> {
  const missing = concat.shots.filter((id) => !ctx.lock.shot(id)?.outputs?.video || !['made', 'reused', 'restored', 'not-selected'].includes(outcomes.get(id) ?? ''));
  const output = concat.output;
  if (missing.length > 0) {
    ctx.emit({ type: 'assembly-skipped', output, reason: `shots not done: ${missing.join(', ')}` });
    return missing.every((id) => outcomes.get(id) === 'not-selected');
  }
  const input = assemblyInput(ctx, concat);
  const clipHashes = Object.fromEntries(concat.shots.map((id) => [id, ctx.lock.shot(id)?.outputs?.video?.sha256 ?? '']));
  const fingerprint = assemblyFingerprint(input, clipHashes, concat.audio ? await ctx.files.get(concat.audio.file) : undefined);
  const previous = ctx.lock.data.concat;
  if (previous?.fingerprint === fingerprint && (await hasFile(output, previous.output.bytes))) {
    ctx.emit({ type: 'assembly-skipped', output, reason: 'unchanged' });
    return restoreProjects(ctx, concat);
  }
  ctx.emit({ type: 'assembly-started', output, shots: concat.shots });
  try {
    await claimOutput(ctx.manifest);
    // Asked by the assembly before it writes anything and again before the film gets its name.
    const guard = (): Promise<void> => requireFilmWritable(ctx.manifest, output, { lock: ctx.lock.data });
    // A re-encode goes in pieces cached in the output folder (assemble() hashes the clips to key them).
    // The subtitle files beside the film replace only files seedance wrote, as the film does.
    const subtitleGuard = async (): Promise<void> => {
      const paths = subtitlePaths(output, trackLanguages(input.clips.map((c) => ({ dialogue: c.dialogue ?? [] }))));
      for (const file of paths.flatMap((p) => [p.srt, p.vtt])) await requireFilmWritable(ctx.manifest, file, { lock: ctx.lock.data, what: "the film's subtitles" });
    };
    await subtitleGuard();
    const result = await assemble(input, { signal: ctx.abort, guard, piecesDir: join(ctx.manifest.output, PIECES_FOLDER), onProgress: progressEmitter(ctx, output) });
    const bytes = await readFile(output);
    await updateOwned(ctx.manifest, { add: [{ name: ownedName(ctx.manifest.output, output), bytes: bytes.length }] });
    const written = subtitleFiles(output, result.subtitles ?? []);
    if (written.length > 0) {
      await subtitleGuard();
      for (const file of written) await writeFileAtomic(file.path, file.text);
      await updateOwned(ctx.manifest, { add: written.map((file) => ({ name: ownedName(ctx.manifest.output, file.path), bytes: Buffer.byteLength(file.text) })) });
    }
    await ctx.lock.setConcat({ fingerprint, method: result.method, output: { file: basename(output), bytes: bytes.length, sha256: sha256(bytes) }, ...(result.loudness ? { loudness: result.loudness.measured } : {}) });
    // concat.export: the editor projects of the cut, beside the film (as `seedance export` writes them).
    if (concat.export) await exportProjects(ctx.manifest, concat, ctx.lock.data, concat.export);
    ctx.emit({
      type: 'assembly-finished', output, method: result.method, durationSeconds: result.durationSeconds,
      ...(result.loudness ? { loudness: result.loudness } : {}),
      ...(written.length > 0 ? { subtitles: written.map((file) => file.path) } : {}),
    });
    return true;
  } catch (error) {
    const e = asSeedanceError(error);
    ctx.emit({ type: 'assembly-failed', output, message: e.message, ...(e.hint ? { hint: e.hint } : {}) });
    return false;
  }
}

/** The film is unchanged: write again the concat.export projects that are missing (deleted since). */
async function restoreProjects(ctx: AssemblyContext, concat: ResolvedConcat): Promise<boolean> {
  const missing = (concat.export ?? []).filter((format) => !existsSync(defaultExportPath(ctx.manifest, format)));
  if (missing.length === 0) return true;
  try {
    await exportProjects(ctx.manifest, concat, ctx.lock.data, missing);
    return true;
  } catch (error) {
    const e = asSeedanceError(error);
    ctx.emit({ type: 'assembly-failed', output: concat.output, message: `The film is unchanged, but its ${missing.join(', ')} project could not be written again: ${e.message}`, ...(e.hint ? { hint: e.hint } : {}) });
    return false;
  }
}

/** Minimum time between two assembly-progress events. */
const PROGRESS_INTERVAL_MS = 250;

/** assembly-progress events, at most one every PROGRESS_INTERVAL_MS and never the end (assembly-finished says it). */
function progressEmitter(ctx: AssemblyContext, output: string): (fraction: number) => void {
  let last = 0;
  return (fraction) => {
    const now = Date.now();
    if (fraction >= 1 || now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    ctx.emit({ type: 'assembly-progress', output, fraction: Math.round(fraction * 1000) / 1000 });
  };
}

function assemblyInput(ctx: AssemblyContext, concat: ResolvedConcat): AssembleInput {
  const shots = new Map(ctx.manifest.shots.map((s) => [s.id, s]));
  return {
    clips: concat.shots.map((id) => {
      const trim = concat.trim[id];
      const dialogue = shots.get(id)?.dialogue ?? [];
      return { id, path: join(ctx.manifest.output, ctx.lock.shot(id)?.outputs?.video?.file ?? `${id}.mp4`), ...(trim ? { trim } : {}), ...(dialogue.length > 0 ? { dialogue } : {}) };
    }),
    output: concat.output,
    transition: concat.transition,
    ...(concat.audio ? { audio: concat.audio } : {}),
    ...(concat.size ? { size: concat.size } : {}),
    ...(concat.loudness !== undefined ? { loudness: concat.loudness } : {}),
  };
}
