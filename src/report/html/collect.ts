// Gathering what the report shows from the manifest, the lock and the files in the output folder:
// per shot its state, settings, results and thumbnails; the film with its chapters. Every link is
// relative to report.html, which sits in the output folder beside the clips.
import { join, relative, sep } from 'node:path';
import { sumMoney } from '../../core/money.js';
import type { MediaSlot, MediaSource, ResolvedManifest, ResolvedShot } from '../../manifest/types.js';
import { probeMedia } from '../../media/index.js';
import { estimateShotTokens } from '../../plan/tokens.js';
import { shotCost } from '../../pricing/cost.js';
import type { PriceTable } from '../../pricing/price-table.js';
import { FileHashes } from '../../state/facts.js';
import type { LockFile, ShotLock } from '../../state/lock.js';
import { describeState, filmOnDisk, shotStates, staleFilmShots, type ShotState } from '../shot-state.js';
import { spentOf } from '../status-view.js';
import { attemptsOf } from './attempts.js';
import type { Href, ReportData, ReportFilm, ReportInput, ReportShot, ReportTake } from './report-data.js';
import type { Thumbnails } from './thumbnails.js';

interface Pictures {
  video?: Href;
  first?: Href;
  last?: Href;
}

export async function collectReport(manifest: ResolvedManifest, lock: Readonly<LockFile>, thumbs: Thumbnails, now = new Date()): Promise<ReportData> {
  const files = new FileHashes();
  const states = await shotStates(manifest, lock, files);
  const pictures = new Map<string, Pictures>();
  // The film's poster and chapters are read while the shots' thumbnails are found (or made).
  const [film] = await Promise.all([
    manifest.concat ? filmOf(manifest, lock, states, thumbs) : undefined,
    ...manifest.shots.map(async (shot) => pictures.set(shot.id, await picturesOf(manifest, lock, shot.id, thumbs))),
  ]);
  const usedBy = new Map<string, string[]>();
  for (const shot of manifest.shots) for (const dep of shot.dependsOn) usedBy.set(dep, [...(usedBy.get(dep) ?? []), shot.id]);
  // Where each shot is in the film on disk: the chapters the assembler wrote (trims and crossfades counted).
  const chapters = new Map((film?.chapters ?? []).map((c) => [c.id, c]));

  // With a price table, each shot's estimate and bill (the lock's ledger).
  const table = manifest.pricing;
  const byId = new Map(manifest.shots.map((s) => [s.id, s]));

  const shots: ReportShot[] = [];
  for (const [i, shot] of manifest.shots.entries()) {
    const state = states[i] as ShotState;
    const record = state.record;
    const pics = pictures.get(shot.id) ?? {};
    const chapter = chapters.get(shot.id);
    shots.push({
      id: shot.id,
      number: i + 1,
      ...(shot.prompt !== undefined ? { prompt: shot.prompt } : {}),
      state: state.kind,
      stateText: describeState(state),
      settings: settingsOf(shot),
      ...(shot.settings.duration > 0 ? { askedSeconds: shot.settings.duration } : {}),
      ...(chapter ? { inFilm: { start: chapter.start, end: chapter.end } } : {}),
      ...(record?.seed !== undefined ? { seed: record.seed } : {}),
      ...(record?.model !== undefined ? { model: record.model } : {}),
      ...(record?.taskId !== undefined ? { taskId: record.taskId } : {}),
      ...(record?.tokens !== undefined ? { tokens: record.tokens } : {}),
      ...(table ? { cost: costOf(table, byId, lock, shot) } : {}),
      ...(record?.error && record.status !== 'succeeded' ? { error: record.error } : {}),
      ...(pics.video ? { video: pics.video } : {}),
      ...(shot.expectedSize ? { size: shot.expectedSize } : {}),
      ...(pics.first ? { firstFrame: pics.first } : {}),
      ...(pics.last ? { lastFrame: pics.last } : {}),
      inputs: await inputsOf(shot, pictures, thumbs, files),
      usedBy: usedBy.get(shot.id) ?? [],
      ...(record?.attempts?.length ? { attempts: attemptsOf(record) } : {}),
      takes: takesOf(manifest, shot, pictures),
    });
  }
  await thumbs.prune();
  return {
    title: manifest.name,
    manifest: manifest.file.split(sep).pop() ?? manifest.file,
    api: manifest.api,
    generatedAt: now.toISOString(),
    ...(film ? { film } : {}),
    filmOrder: filmOrder(manifest),
    shots,
    ...(table ? { cost: totalCost(table, lock, shots) } : {}),
  };
}

/** The tasks of a shot's clip: the one that made it and the attempts before it (retries, refusals). */
function clipTasks(record: Readonly<ShotLock> | undefined): string[] {
  return [...new Set([record?.taskId, ...(record?.attempts ?? []).map((a) => a.taskId)].filter((id): id is string => id !== undefined))];
}

/** The ledger's entries of these tasks, summed (spentOf, as `seedance status` sums the whole ledger). */
function billedOf(lock: Readonly<LockFile>, tasks: readonly string[]): NonNullable<ReportData['cost']>['billed'] {
  const ledger = lock.ledger ?? {};
  return spentOf({ ...lock, ledger: Object.fromEntries(tasks.flatMap((id) => (ledger[id] ? [[id, ledger[id]]] : []))) }).costs;
}

/** What the shot is estimated to cost as asked now (whatever the next run does with it), and what its clip's tasks were billed. */
function costOf(table: PriceTable, byId: ReadonlyMap<string, ResolvedShot>, lock: Readonly<LockFile>, shot: ResolvedShot): NonNullable<ReportShot['cost']> {
  const estimated = shotCost(table, shot, estimateShotTokens(shot, byId).tokens);
  return { ...(estimated ? { estimated } : {}), billed: billedOf(lock, clipTasks(lock.shots[shot.id])) };
}

function totalCost(table: PriceTable, lock: Readonly<LockFile>, shots: readonly ReportShot[]): NonNullable<ReportData['cost']> {
  return {
    estimated: sumMoney(shots.map((s) => s.cost?.estimated), table.currency),
    billed: billedOf(lock, shots.flatMap((s) => clipTasks(lock.shots[s.id]))),
    allRuns: spentOf(lock).costs,
  };
}

/** A picked take's card shows every take of its shot side by side (the other takes have cards of their own too). */
function takesOf(manifest: ResolvedManifest, shot: ResolvedShot, pictures: ReadonlyMap<string, Pictures>): ReportTake[] {
  if (!shot.take || shot.take.shot !== shot.id) return [];
  const takes = manifest.shots.filter((t) => t.take?.shot === shot.id).sort((a, b) => (a.take?.number ?? 0) - (b.take?.number ?? 0));
  return takes.map((t) => {
    const pics = pictures.get(t.id) ?? {};
    return { label: `take ${t.take?.number ?? 1}`, ...(pics.video ? { video: pics.video } : {}), ...(pics.first ? { poster: pics.first } : {}), ...(t.id === shot.id ? { chosen: true } : {}) };
  });
}

/** The film's shots in the film's order, then the shots not in it in manifest order. */
function filmOrder(manifest: ResolvedManifest): string[] {
  const inFilm = manifest.concat?.shots ?? [];
  return [...inFilm, ...manifest.shots.map((s) => s.id).filter((id) => !inFilm.includes(id))];
}

/** A file of the output folder as a link from report.html. */
function href(outputDir: string, path: string): Href {
  return relative(outputDir, path).split(sep).map(encodeURIComponent).join('/');
}

async function picturesOf(manifest: ResolvedManifest, lock: Readonly<LockFile>, id: string, thumbs: Thumbnails): Promise<Pictures> {
  const outputs = lock.shots[id]?.outputs;
  const made = await thumbs.ofShot(id, outputs);
  if (!made || !outputs?.video) return {};
  return {
    video: href(manifest.output, join(manifest.output, outputs.video.file)),
    ...(made.first ? { first: thumbs.link(made.first) } : {}),
    ...(made.last ? { last: thumbs.link(made.last) } : {}),
  };
}

const SLOT_NAMES: Record<MediaSlot, string> = {
  first_frame: 'first frame',
  last_frame: 'last frame',
  reference_images: 'reference image',
  reference_videos: 'reference video',
  reference_audio: 'reference audio',
};

async function inputsOf(shot: ResolvedShot, pictures: ReadonlyMap<string, Pictures>, thumbs: Thumbnails, files: FileHashes): Promise<ReportInput[]> {
  const slots: [MediaSlot, MediaSource[]][] = [
    ['first_frame', shot.firstFrame ? [shot.firstFrame] : []],
    ['last_frame', shot.lastFrame ? [shot.lastFrame] : []],
    ['reference_images', shot.referenceImages],
    ['reference_videos', shot.referenceVideos],
    ['reference_audio', shot.referenceAudio],
  ];
  const inputs: ReportInput[] = [];
  if (shot.fromDraft) {
    const thumb = pictures.get(shot.fromDraft)?.first;
    inputs.push({ slot: 'draft', label: shot.fromDraft, shot: shot.fromDraft, ...(thumb ? { thumb } : {}) });
  }
  for (const [slot, sources] of slots) {
    for (const [i, source] of sources.entries()) {
      const name = sources.length > 1 || slot.startsWith('reference') ? `${SLOT_NAMES[slot]} ${i + 1}` : SLOT_NAMES[slot];
      inputs.push({ slot: name, ...(await describeSource(source, slot, pictures, thumbs, files)) });
    }
  }
  return inputs;
}

async function describeSource(source: MediaSource, slot: MediaSlot, pictures: ReadonlyMap<string, Pictures>, thumbs: Thumbnails, files: FileHashes): Promise<Omit<ReportInput, 'slot'>> {
  switch (source.kind) {
    case 'shot': {
      const video = slot === 'reference_videos';
      const thumb = video ? pictures.get(source.shot)?.first : pictures.get(source.shot)?.last;
      return { label: `${video ? 'video' : 'last frame'} of ${source.shot}`, shot: source.shot, ...(thumb ? { thumb } : {}) };
    }
    case 'file': {
      if (!source.mime.startsWith('image/')) return { label: source.relative };
      const made = await files.get(source.path).then((hash) => thumbs.fromImage(source.path, 'input', 'picture', hash), () => undefined);
      return { label: source.relative, ...(made ? { thumb: thumbs.link(made) } : {}) };
    }
    case 'data':
      return { label: `data URI (${source.mime}, ${Math.ceil(source.bytes / 1024)} kB)` };
    default:
      return { label: source.url.length > 80 ? `${source.url.slice(0, 77)}…` : source.url };
  }
}

function settingsOf(shot: ResolvedShot): [string, string][] {
  const s = shot.settings;
  const rows: [string, string][] = [
    ['model asked', s.model],
    ['picture', s.size ? `${s.size} (${s.resolution})` : `${s.resolution} · ${s.ratio}`],
    ['duration', s.duration === -1 ? 'chosen by the model' : s.frames !== undefined ? `${s.frames} frames (${s.duration.toFixed(2)} s)` : `${s.duration} s`],
    ['seed asked', s.seed === -1 ? 'random' : String(s.seed)],
    ['audio', s.generateAudio ? 'on' : 'off'],
  ];
  if (shot.draft) rows.push(['draft', 'yes (a cheap preview to turn into a final)']);
  if (s.cameraFixed !== undefined) rows.push(['camera fixed', s.cameraFixed ? 'yes' : 'no']);
  if (s.serviceTier !== undefined) rows.push(['service tier', s.serviceTier]);
  if (s.watermark) rows.push(['watermark', 'yes']);
  if (shot.retries > 0) rows.push(['retries', String(shot.retries)]);
  if (shot.refusals > 0) rows.push(['refusals', String(shot.refusals)]);
  return rows;
}

async function filmOf(manifest: ResolvedManifest, lock: Readonly<LockFile>, states: readonly ShotState[], thumbs: Thumbnails): Promise<ReportFilm> {
  const concat = manifest.concat as NonNullable<ResolvedManifest['concat']>;
  const name = relative(manifest.output, concat.output);
  const size = concat.size ?? manifest.shots.find((s) => s.id === concat.shots[0])?.expectedSize;
  const base = { name, chapters: [], ...(size ? { size } : {}) };
  const notFresh = staleFilmShots(concat, states);
  const record = lock.concat;
  if (!record || !(await filmOnDisk(concat, lock))) {
    const why = notFresh.length > 0 ? `not joined yet: ${notFresh.join(', ')} ${notFresh.length === 1 ? 'is' : 'are'} not made (or not fresh)` : 'not joined yet: run `seedance run` or `seedance concat`';
    return { ...base, note: why };
  }
  const [info, poster] = await Promise.all([probeMedia(concat.output).catch(() => undefined), thumbs.fromVideo(concat.output, 'first', 'film', record.output.sha256)]);
  return {
    ...base,
    video: href(manifest.output, concat.output),
    ...(poster ? { poster: thumbs.link(poster) } : {}),
    ...(info ? { durationSeconds: info.durationSeconds } : {}),
    ...(record.loudness !== undefined && concat.loudness !== undefined ? { loudness: { target: concat.loudness, measured: record.loudness } } : {}),
    chapters: (info?.chapters ?? []).map((c) => ({ id: c.title, start: c.start, end: c.end })),
    ...(notFresh.length > 0 ? { note: `Joined from earlier clips: ${notFresh.join(', ')} ${notFresh.length === 1 ? 'has' : 'have'} changed since; run again to remake and rejoin.` } : {}),
  };
}
