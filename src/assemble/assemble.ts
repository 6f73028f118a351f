// Joining the clips into one film: probe them, pick stream copy or a re-encode (in cached pieces,
// or in one pass), run ffmpeg into a temp file beside the output, check the result with ffprobe,
// and only then give it its name.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import pLimit from 'p-limit';
import { SeedanceError, isSeedanceError } from '../core/errors.js';
import { removeStaleTemps } from '../core/atomic-write.js';
import { probeCapabilities, requireCapabilities } from '../media/capabilities.js';
import { locateTools, runFfmpeg } from '../media/ffmpeg.js';
import { probeMedia, type MediaInfo } from '../media/probe.js';
import { checkFilm, type FilmExpectation } from './check.js';
import { buildChaptersMetadata, buildConcatList, buildCopyArgs, copyChapters } from './copy-args.js';
import { decideMethod, inputBlockers } from './decide.js';
import { buildAudioGraph, buildFilterGraph } from './filtergraph.js';
import { framesToSeconds, planChapters, planReencode } from './plan.js';
import { INLINE_GRAPH_LIMIT, buildReencodeArgs } from './reencode-args.js';
import { PIECES_FOLDER, PieceCache, hashFile, storedProbes, type PieceEntry } from './piece-cache.js';
import { buildAudioArgs, buildMuxArgs, buildPieceArgs, pieceFingerprint, planPieces, type PieceSpec } from './pieces.js';
import { finishFilm } from './finish.js';
import { subtitleTracks } from './subtitles.js';
import type { AssembleInput, AssembleOptions, AssembleResult, ChapterMark, PiecesReport, ReencodePlan } from './types.js';

interface Job {
  method: 'copy' | 'reencode';
  /** Writes the film to the temp file, reporting 0..1. */
  run: (onProgress: ((fraction: number) => void) | undefined) => Promise<void>;
  chapters: ChapterMark[];
  expect: FilmExpectation;
  /** After the film has its name (pruning the pieces it no longer uses). */
  after?: () => Promise<void>;
  /** Always, success or not. */
  cleanup?: () => Promise<void>;
  pieces?: PiecesReport;
}

/** The sound's share of the work in the progress reported (it encodes far faster than the picture). */
const AUDIO_WEIGHT = 0.05;

/**
 * `guard` is asked right before the film's temp file is made and again right before the film gets
 * its name, and throws to refuse (a folder on the way that became a symlink, a file in the way).
 */
export async function assemble(input: AssembleInput, options: AssembleOptions & { guard?: () => Promise<void> } = {}): Promise<AssembleResult> {
  const signal = options.signal;
  if (input.clips.length === 0) throw new SeedanceError('usage', 'There are no clips to join.', { hint: 'List at least one shot under concat.shots.' });
  const outputDir = dirname(input.output);
  const piecesDir = options.piecesDir ?? join(outputDir, PIECES_FOLDER);
  // A film that must be re-encoded whatever the clips are (crossfades, trims, a bed) takes the
  // probes of unchanged clips from the pieces cache, keyed by the clips' sha256.
  const inPieces = options.reencode !== 'one-pass' && inputBlockers(input).length > 0;
  const hashes = inPieces ? await Promise.all(input.clips.map((clip) => clip.sha256 ?? hashFile(clip.path).catch(() => undefined))) : undefined;
  const tools = await locateTools();
  const stored = hashes ? await storedProbes(piecesDir, tools.ffprobe) : new Map<string, Omit<MediaInfo, 'file'>>();
  const infos = await Promise.all(
    input.clips.map((clip, i) => {
      const known = stored.get(hashes?.[i] ?? '');
      return known && Array.isArray(known.chapters) && typeof known.durationSeconds === 'number' ? { ...known, file: clip.path } : probeInput(clip.path, `the clip of shot ${clip.id}`, signal);
    }),
  );
  if (input.audio) {
    const bed = await probeInput(input.audio.file, 'the music bed', signal);
    if (!bed.audio) throw new SeedanceError('usage', `The music bed ${input.audio.file} has no sound.`, { hint: 'Point concat.audio.file at an audio file.' });
  }
  await options.guard?.();
  // The pid in the name lets a later run remove the part of a run that was killed mid-assembly.
  const temp = join(outputDir, `.${basename(input.output)}.${process.pid}-${randomBytes(4).toString('hex')}.part`);
  await removeStaleTemps(input.output, '.part');
  const work = await mkdtemp(join(tmpdir(), 'seedance-assemble-'));
  try {
    await mkdir(outputDir, { recursive: true }).catch((error: unknown) => {
      throw writeError(`Cannot create the output folder ${outputDir}`, error);
    });
    const method = decideMethod(infos, input);
    const job =
      method === 'copy'
        ? await copyJob(infos, input, work, temp, signal)
        : options.reencode === 'one-pass'
          ? await reencodeJob(infos, input, work, temp, signal)
          : await piecesJob(infos, input, work, temp, { dir: piecesDir, hashes, ffprobe: tools.ffprobe }, signal);
    try {
      const total = job.expect.durationSeconds;
      await job.run(options.onProgress);
      const tracks = subtitleTracks(job.chapters, input.clips.map((clip) => ({ id: clip.id, trimStart: clip.trim?.start ?? 0, dialogue: clip.dialogue ?? [] })));
      const finished = await finishFilm({ film: temp, output: input.output, work, hasAudio: job.expect.hasAudio, ...(input.loudness !== undefined ? { loudness: input.loudness } : {}), tracks }, signal);
      await checkFilm(temp, job.expect, signal ? { signal } : {});
      await options.guard?.();
      await rename(temp, input.output).catch((error: unknown) => {
        throw writeError(`Cannot move the finished film to ${input.output}`, error);
      });
      await job.after?.();
      options.onProgress?.(1);
      return {
        output: input.output,
        method: job.method,
        durationSeconds: total,
        chapters: job.chapters,
        hasAudio: job.expect.hasAudio,
        ...(job.pieces ? { pieces: job.pieces } : {}),
        ...(finished.loudness ? { loudness: finished.loudness } : {}),
        ...(tracks.length > 0 ? { subtitles: tracks } : {}),
      };
    } finally {
      await job.cleanup?.();
    }
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function copyJob(infos: MediaInfo[], input: AssembleInput, work: string, temp: string, signal: AbortSignal | undefined): Promise<Job> {
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
    run: (onProgress) => runWithProgress(buildCopyArgs({ list, chapters: chaptersFile, output: temp }, hasAudio), chapters.at(-1)?.end ?? 0, onProgress, signal),
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

async function reencodeJob(infos: MediaInfo[], input: AssembleInput, work: string, temp: string, signal: AbortSignal | undefined): Promise<Job> {
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
    run: (onProgress) =>
      runWithProgress(buildReencodeArgs(plan, { chapters: chaptersFile, output: temp, graph, ...(graphScript ? { graphScript } : {}) }), framesToSeconds(plan.totalFrames, plan.rate), onProgress, signal),
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

/**
 * The re-encode in pieces (pieces.ts): each clip's body and each crossfade encoded on its own,
 * taken from the cache when it holds them, the missing ones encoded side by side on every core;
 * the sound in one pass over the whole film; then the pieces joined by stream copy with the sound
 * and the chapters. Without a usable cache folder (something else in the way), the one pass.
 */
async function piecesJob(
  infos: MediaInfo[],
  input: AssembleInput,
  work: string,
  temp: string,
  pieces: { dir: string; hashes: readonly (string | undefined)[] | undefined; ffprobe: string },
  signal: AbortSignal | undefined,
): Promise<Job> {
  const piecesDir = pieces.dir;
  const cache = await PieceCache.open(piecesDir);
  if (!cache) return reencodeJob(infos, input, work, temp, signal);
  const caps = await probeCapabilities();
  const plan = planReencode(infos, input, caps.filters.has('xfade') ? 'xfade' : 'overlay');
  requireCapabilities(caps, needs(plan), 'joining the clips by re-encoding');
  const chapters = planChapters(plan);
  const clipHashes = await Promise.all(input.clips.map((clip, i) => pieces.hashes?.[i] ?? clip.sha256 ?? hashFile(clip.path)));
  const specs = planPieces(plan);
  const fingerprints = specs.map((piece) => pieceFingerprint(plan, piece, { clipHashes, ffmpegVersion: caps.version }));
  const release = cache.hold(fingerprints);
  const audioPart = plan.hasAudio ? cache.partPath('audio') : undefined;
  const report: PiecesReport = { total: specs.length, made: [], reused: 0, pruned: 0 };
  const filmSeconds = framesToSeconds(plan.totalFrames, plan.rate);

  const run = async (onProgress: ((fraction: number) => void) | undefined): Promise<void> => {
    const cores = Math.max(1, availableParallelism());
    const limit = pLimit(cores);
    // One lookup per distinct piece (a clip used twice gives the same bodies).
    const unique = [...new Map(fingerprints.map((fp, i) => [fp, specs[i] as PieceSpec])).entries()];
    const found = new Map<string, PieceEntry & { path: string }>();
    await Promise.all(unique.map(([fp]) => limit(async () => {
      const entry = await cache.lookup(fp);
      if (entry) found.set(fp, entry);
    })));
    const missing = unique.filter(([fp]) => !found.has(fp));
    const videoTotal = missing.reduce((sum, [, piece]) => sum + piece.frames, 0);
    // Each piece gets its share of the cores by its frames: many pieces (a first join) run one
    // thread each, side by side; the one body of a re-join gets most of the cores and its two short
    // crossfades one each, rather than leaving cores idle while the body encodes on one.
    const threadsFor = (frames: number): number => Math.min(cores, Math.max(1, Math.round((cores * frames) / Math.max(1, videoTotal))));
    // Progress: frames of the pieces encoded so far, and the sound's share.
    const audioShare = audioPart ? (videoTotal > 0 ? AUDIO_WEIGHT : 1) : 0;
    const done = new Map<string, number>();
    let reported = 0;
    const advance = (key: string, share: number): void => {
      done.set(key, share);
      const sum = [...done.values()].reduce((a, b) => a + b, 0);
      const fraction = Math.min(0.99, sum);
      if (fraction > reported) {
        reported = fraction;
        onProgress?.(fraction);
      }
    };
    const pieceShare = (frames: number): number => (videoTotal > 0 ? ((1 - audioShare) * frames) / videoTotal : 0);
    const rate = plan.rate.num / plan.rate.den;

    const tasks: Promise<unknown>[] = [];
    if (audioPart) {
      tasks.push(limit(async () => {
        const graph = buildAudioGraph(plan);
        let graphScript: string | undefined;
        if (graph.length > INLINE_GRAPH_LIMIT) {
          graphScript = join(work, 'audio-graph.txt');
          await writeFile(graphScript, graph);
        }
        await runFfmpeg(buildAudioArgs(plan, { output: audioPart, ...(graphScript ? { graphScript } : {}) }, 1), {
          ...(signal ? { signal } : {}),
          onProgressSeconds: (s) => advance('audio', audioShare * Math.min(1, s / filmSeconds)),
        });
        advance('audio', audioShare);
      }));
    }
    for (const [fp, piece] of missing.sort(([, a], [, b]) => b.frames - a.frames)) {
      tasks.push(limit(async () => {
        const part = cache.partPath(fp.slice(0, 16));
        try {
          await runFfmpeg(buildPieceArgs(plan, piece, part, threadsFor(piece.frames)), {
            ...(signal ? { signal } : {}),
            onProgressSeconds: (s) => advance(fp, pieceShare(Math.min(piece.frames, s * rate))),
          });
          const extradata = await checkPiece(part, piece, plan, signal);
          found.set(fp, await cache.store(fp, part, extradata));
          report.made.push(piece.name);
          advance(fp, pieceShare(piece.frames));
        } finally {
          await rm(part, { force: true });
        }
      }));
    }
    // Every task runs to its end (a failed one does not leave others writing), then the first error.
    const results = await Promise.allSettled(tasks);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    report.reused = specs.length - missing.length;

    const entries = fingerprints.map((fp) => found.get(fp) as PieceEntry & { path: string });
    const setups = new Set(entries.map((e) => e.extradata));
    if (setups.size > 1) {
      throw new SeedanceError('ffmpeg.failed', `The pieces of the film were encoded with ${setups.size} different H.264 set-ups, so they cannot be joined by stream copy.`, {
        hint: `Delete the folder ${piecesDir} and join again.`,
      });
    }
    const list = join(work, 'pieces.ffconcat');
    const chaptersFile = join(work, 'chapters.txt');
    await writeFile(list, buildConcatList(entries.map((e, i) => ({ path: resolve(e.path), durationSeconds: framesToSeconds(specs[i]?.frames ?? 0, plan.rate) }))));
    await writeFile(chaptersFile, buildChaptersMetadata(chapters));
    await runFfmpeg(buildMuxArgs({ list, chapters: chaptersFile, output: temp, ...(audioPart ? { audio: audioPart } : {}) }), signal ? { signal } : {});
  };

  return {
    method: 'reencode',
    run,
    chapters,
    expect: {
      method: 'reencode',
      durationSeconds: filmSeconds,
      toleranceSeconds: framesToSeconds(1, plan.rate),
      hasAudio: plan.hasAudio,
      width: plan.width,
      height: plan.height,
    },
    pieces: report,
    after: async () => {
      const probes = Object.fromEntries(clipHashes.map((sha, i) => {
        const { file: _file, ...info } = infos[i] as MediaInfo;
        return [sha, info];
      }));
      report.pruned = await cache.prune(new Set(fingerprints), { tool: pieces.ffprobe, clips: probes });
    },
    cleanup: async () => {
      release();
      if (audioPart) await rm(audioPart, { force: true });
    },
  };
}

/** A piece just encoded must have its planned frames at the film's size; returns its codec set-up. */
async function checkPiece(part: string, piece: PieceSpec, plan: ReencodePlan, signal: AbortSignal | undefined): Promise<string> {
  const info = await probeMedia(part, signal ? { signal } : {});
  const v = info.video;
  const problems: string[] = [];
  if (!v) problems.push('no video stream');
  else {
    if (v.width !== plan.width || v.height !== plan.height) problems.push(`size ${v.width}x${v.height}, planned ${plan.width}x${plan.height}`);
    if (v.frames !== undefined && v.frames !== piece.frames) problems.push(`${v.frames} frames, planned ${piece.frames}`);
  }
  if (problems.length > 0) {
    throw new SeedanceError('ffmpeg.failed', `The ${piece.name} piece of the film is not what was planned: ${problems.join('; ')}.`, {
      hint: 'Try another ffmpeg build (set FFMPEG_PATH and FFPROBE_PATH); if it persists, report it with the clips\' `ffprobe` output.',
    });
  }
  return v?.extradataHash ?? '';
}

async function runWithProgress(args: string[], total: number, onProgress: ((fraction: number) => void) | undefined, signal: AbortSignal | undefined): Promise<void> {
  await runFfmpeg(args, {
    ...(signal ? { signal } : {}),
    ...(onProgress ? { onProgressSeconds: (s: number) => onProgress(Math.min(1, Math.max(0, s / total))) } : {}),
  });
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

