// Joining the clips into one film: probe them, pick stream copy or one re-encode, run ffmpeg into a
// temp file beside the output, check the result with ffprobe, and only then give it its name.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { SeedanceError, isSeedanceError } from '../core/errors.js';
import { removeStaleTemps } from '../core/atomic-write.js';
import { probeCapabilities, requireCapabilities } from '../media/capabilities.js';
import { runFfmpeg } from '../media/ffmpeg.js';
import { probeMedia, type MediaInfo } from '../media/probe.js';
import { checkFilm, type FilmExpectation } from './check.js';
import { buildChaptersMetadata, buildConcatList, buildCopyArgs, copyChapters } from './copy-args.js';
import { decideMethod } from './decide.js';
import { buildFilterGraph } from './filtergraph.js';
import { framesToSeconds, planChapters, planReencode } from './plan.js';
import { INLINE_GRAPH_LIMIT, buildReencodeArgs } from './reencode-args.js';
import type { AssembleInput, AssembleOptions, AssembleResult, ChapterMark, ReencodePlan } from './types.js';

interface Job {
  method: 'copy' | 'reencode';
  args: string[];
  chapters: ChapterMark[];
  expect: FilmExpectation;
}

/**
 * `guard` is asked right before the film's temp file is made and again right before the film gets
 * its name, and throws to refuse (a folder on the way that became a symlink, a file in the way).
 */
export async function assemble(input: AssembleInput, options: AssembleOptions & { guard?: () => Promise<void> } = {}): Promise<AssembleResult> {
  const signal = options.signal;
  if (input.clips.length === 0) throw new SeedanceError('usage', 'There are no clips to join.', { hint: 'List at least one shot under concat.shots.' });
  const infos = await Promise.all(input.clips.map((clip) => probeInput(clip.path, `the clip of shot ${clip.id}`, signal)));
  if (input.audio) {
    const bed = await probeInput(input.audio.file, 'the music bed', signal);
    if (!bed.audio) throw new SeedanceError('usage', `The music bed ${input.audio.file} has no sound.`, { hint: 'Point concat.audio.file at an audio file.' });
  }
  await options.guard?.();
  const outputDir = dirname(input.output);
  // The pid in the name lets a later run remove the part of a run that was killed mid-assembly.
  const temp = join(outputDir, `.${basename(input.output)}.${process.pid}-${randomBytes(4).toString('hex')}.part`);
  await removeStaleTemps(input.output, '.part');
  const work = await mkdtemp(join(tmpdir(), 'seedance-assemble-'));
  try {
    await mkdir(outputDir, { recursive: true }).catch((error: unknown) => {
      throw writeError(`Cannot create the output folder ${outputDir}`, error);
    });
    const method = decideMethod(infos, input);
    const job = method === 'copy' ? await copyJob(infos, input, work, temp) : await reencodeJob(infos, input, work, temp);
    const total = job.expect.durationSeconds;
    await runFfmpeg(job.args, {
      ...(signal ? { signal } : {}),
      ...(options.onProgress ? { onProgressSeconds: (s: number) => options.onProgress?.(Math.min(1, Math.max(0, s / total))) } : {}),
    });
    await checkFilm(temp, job.expect, signal ? { signal } : {});
    await options.guard?.();
    await rename(temp, input.output).catch((error: unknown) => {
      throw writeError(`Cannot move the finished film to ${input.output}`, error);
    });
    options.onProgress?.(1);
    return { output: input.output, method: job.method, durationSeconds: total, chapters: job.chapters, hasAudio: job.expect.hasAudio };
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function copyJob(infos: MediaInfo[], input: AssembleInput, work: string, temp: string): Promise<Job> {
  const chapters = copyChapters(infos, input);
  const list = join(work, 'clips.ffconcat');
  const chaptersFile = join(work, 'chapters.txt');
  // The demuxer resolves relative names against the list's folder (a temp folder): give absolute ones.
  const entries = input.clips.map((c, i) => ({ path: resolve(c.path), durationSeconds: (chapters[i]?.end ?? 0) - (chapters[i]?.start ?? 0) }));
  await writeFile(list, buildConcatList(entries));
  await writeFile(chaptersFile, buildChaptersMetadata(chapters));
  const video = infos[0]?.video;
  const hasAudio = infos[0]?.audio !== undefined;
  return {
    method: 'copy',
    args: buildCopyArgs({ list, chapters: chaptersFile, output: temp }, hasAudio),
    chapters,
    expect: {
      method: 'copy',
      durationSeconds: chapters.at(-1)?.end ?? 0,
      toleranceSeconds: 1 / Math.max(video?.fps ?? 1, 1),
      hasAudio,
      width: video?.width ?? 0,
      height: video?.height ?? 0,
    },
  };
}

async function reencodeJob(infos: MediaInfo[], input: AssembleInput, work: string, temp: string): Promise<Job> {
  const caps = await probeCapabilities();
  const plan = planReencode(infos, input, caps.filters.has('xfade') ? 'xfade' : 'overlay');
  requireCapabilities(caps, needs(plan), 'joining the clips by re-encoding');
  const chapters = planChapters(plan);
  const chaptersFile = join(work, 'chapters.txt');
  await writeFile(chaptersFile, buildChaptersMetadata(chapters));
  const graph = buildFilterGraph(plan);
  let graphScript: string | undefined;
  if (graph.length > INLINE_GRAPH_LIMIT) {
    graphScript = join(work, 'graph.txt');
    await writeFile(graphScript, graph);
  }
  return {
    method: 'reencode',
    args: buildReencodeArgs(plan, { chapters: chaptersFile, output: temp, graph, ...(graphScript ? { graphScript } : {}) }),
    chapters,
    expect: {
      method: 'reencode',
      durationSeconds: framesToSeconds(plan.totalFrames, plan.rate),
      toleranceSeconds: framesToSeconds(1, plan.rate),
      hasAudio: plan.hasAudio,
      width: plan.width,
      height: plan.height,
    },
  };
}

/** Every filter and encoder the planned graph uses, so a missing one is named before ffmpeg starts. */
function needs(plan: ReencodePlan): Parameters<typeof requireCapabilities>[1] {
  const filters = ['setpts', 'fps', 'tpad', 'trim', 'scale', 'pad', 'setsar', 'format', 'null'];
  if (plan.overlapFrames === 0) filters.push('concat');
  else if (plan.crossfadeFilter === 'xfade') filters.push('xfade');
  else filters.push('split', 'fade', 'overlay', 'concat');
  if (plan.hasAudio) {
    filters.push('aresample', 'aformat', 'asetpts', 'atrim', 'apad', 'anullsrc', 'anull');
    if (plan.overlapFrames > 0) filters.push('acrossfade');
    if (plan.bed) filters.push('amix', 'volume');
  }
  return { filters, encoders: ['libx264', ...(plan.hasAudio ? ['aac'] : [])] };
}

async function probeInput(path: string, what: string, signal: AbortSignal | undefined): Promise<MediaInfo> {
  try {
    await stat(path);
  } catch {
    throw new SeedanceError('usage', `Cannot read ${what}: ${path} does not exist.`, { hint: 'Run the shots first (seedance run), or fix the path.' });
  }
  try {
    return await probeMedia(path, signal ? { signal } : {});
  } catch (error) {
    if (!isSeedanceError(error, 'ffmpeg.failed')) throw error;
    throw new SeedanceError('ffmpeg.failed', `Cannot read ${what} (${path}): ${error.message}`, { hint: 'The file may be damaged: make it again.', cause: error });
  }
}

function writeError(message: string, error: unknown): SeedanceError {
  const code = (error as { code?: string }).code ?? 'error';
  return new SeedanceError('fs.write', `${message} (${code}).`, { hint: 'Check the folder exists, is writable and the disk has room.', cause: error });
}

