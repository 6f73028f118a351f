// From parsed data to a ResolvedManifest: defaults applied, paths made absolute, media classified,
// dependencies listed. Tolerant of data the schema rejected (those values count as unset), so the
// semantic rules can still run and report everything at once.
import { basename, extname, resolve } from 'node:path';
import { parseSize, type ApiFormat } from '../models.js';
import type { DiagnosticCollector } from './collector.js';
import { priceTableOf } from '../pricing/select.js';
import { dialogueOf, spokenPrompt } from './dialogue.js';
import { classifyMedia, type MediaRef } from './resolve-media.js';
import { resolveSettings } from './resolve-settings.js';
import { bool, int, list, num, obj, oneOf, str, type MEDIA_SLOTS, type Raw } from './raw.js';
import { shotMedia } from './shot-media.js';
import type { MediaSource, ResolvedConcat, ResolvedManifest, ResolvedShot } from './types.js';

const DEFAULT_CONCURRENCY = 3;
const DEFAULT_CROSSFADE_SECONDS = 0.5;
const DEFAULT_MUSIC_VOLUME = 0.3;

export interface ResolveResult {
  manifest: ResolvedManifest;
  /** Where each media source was written. */
  media: Map<MediaSource, MediaRef>;
}

export function resolveManifest(data: unknown, file: string, out: DiagnosticCollector): ResolveResult {
  const raw = obj(data) ?? {};
  const dir = resolve(file, '..');
  const api: ApiFormat = oneOf(raw.api, ['native', 'openai'] as const) ?? 'native';
  const name = str(raw.name) ?? basename(file, extname(file));
  const output = resolve(dir, str(raw.output) ?? `out/${name}`);
  const defaults = obj(raw.defaults) ?? {};
  const rawShots = list(raw.shots).map((s) => obj(s) ?? {});
  const media = new Map<MediaSource, MediaRef>();

  const lastFrameUsers = new Set<string>();
  for (const shot of rawShots) {
    for (const slot of ['first_frame', 'last_frame', 'reference_images'] as const) {
      for (const value of slot === 'reference_images' ? list(shot[slot]) : [shot[slot]]) {
        const target = str(obj(value)?.shot);
        if (target) lastFrameUsers.add(target);
      }
    }
  }

  const shots: ResolvedShot[] = [];
  const byId = new Map<string, ResolvedShot>();
  // Drafts and plain shots first: a final made from a draft takes settings from it.
  const order = rawShots.map((_, i) => i).sort((a, b) => Number(str(rawShots[a]?.from_draft) !== undefined) - Number(str(rawShots[b]?.from_draft) !== undefined) || a - b);
  for (const index of order) {
    const shotRaw = rawShots[index] ?? {};
    const fromDraft = str(shotRaw.from_draft);
    const draftShot = fromDraft ? byId.get(fromDraft) : undefined;
    const shot = resolveShot(shotRaw, index, { api, dir, defaults, data, out, media, draftShot: draftShot?.draft ? draftShot : undefined, lastFrameUsers });
    shots[index] = shot;
    if (!byId.has(shot.id)) byId.set(shot.id, shot);
  }
  const ordered = shots.filter((s): s is ResolvedShot => s !== undefined);
  const position = new Map<string, number>();
  for (const shot of ordered) if (!position.has(shot.id)) position.set(shot.id, shot.index);
  for (const shot of ordered) shot.dependsOn = dependencies(shot, position);

  const manifest: ResolvedManifest = { file, dir, name, api, output, concurrency: int(raw.concurrency) ?? DEFAULT_CONCURRENCY, shots: ordered };
  const baseUrl = str(raw.base_url);
  if (baseUrl) manifest.baseUrl = baseUrl;
  const store = str(raw.store);
  if (store) manifest.store = resolve(dir, store);
  const pricing = raw.pricing === undefined ? undefined : priceTableOf(raw.pricing);
  if (pricing) manifest.pricing = pricing;
  const budget = num(obj(raw.budget)?.max);
  if (budget !== undefined && budget > 0) manifest.budget = { max: budget };
  const concat = obj(raw.concat);
  if (concat) manifest.concat = resolveConcat(concat, manifest);
  return { manifest, media };
}

interface ShotContext {
  api: ApiFormat;
  dir: string;
  defaults: Raw;
  data: unknown;
  out: DiagnosticCollector;
  media: Map<MediaSource, MediaRef>;
  draftShot: ResolvedShot | undefined;
  lastFrameUsers: Set<string>;
}

function resolveShot(raw: Raw, index: number, ctx: ShotContext): ResolvedShot {
  const id = str(raw.id) ?? `#${index + 1}`;
  const draft = bool(raw.draft) ?? false;
  const { settings, explicit, capabilities, expectedSize } = resolveSettings({
    shot: raw,
    defaults: ctx.defaults,
    api: ctx.api,
    draft,
    draftShot: ctx.draftShot,
    lastFrameUsed: ctx.lastFrameUsers.has(id),
  });
  const shot: ResolvedShot = {
    id,
    index,
    settings,
    explicit,
    capabilities,
    draft,
    referenceImages: [],
    referenceVideos: [],
    referenceAudio: [],
    retries: int(raw.retries) ?? 0,
    refusals: int(raw.refusals) ?? int(ctx.defaults.refusals) ?? 0,
    dependsOn: [],
    dialogue: ctx.draftShot ? ctx.draftShot.dialogue : dialogueOf(raw.dialogue),
  };
  const prompt = ctx.draftShot ? str(raw.prompt) : spokenPrompt(str(raw.prompt), shot.dialogue);
  if (prompt !== undefined) shot.prompt = prompt;
  const fromDraft = str(raw.from_draft);
  if (fromDraft !== undefined) shot.fromDraft = fromDraft;
  if (expectedSize) shot.expectedSize = expectedSize;
  const classify = (value: unknown, slot: (typeof MEDIA_SLOTS)[number], path: (string | number)[]): MediaSource | undefined => {
    const source = classifyMedia(value, ctx.dir, path, ctx.data, ctx.out);
    if (source) ctx.media.set(source, { path, slot, shotIndex: index });
    return source;
  };
  const first = raw.first_frame === undefined ? undefined : classify(raw.first_frame, 'first_frame', ['shots', index, 'first_frame']);
  if (first) shot.firstFrame = first;
  const last = raw.last_frame === undefined ? undefined : classify(raw.last_frame, 'last_frame', ['shots', index, 'last_frame']);
  if (last) shot.lastFrame = last;
  const slots = [
    ['reference_images', shot.referenceImages],
    ['reference_videos', shot.referenceVideos],
    ['reference_audio', shot.referenceAudio],
  ] as const;
  for (const [slot, into] of slots) {
    list(raw[slot]).forEach((value, i) => {
      const source = classify(value, slot, ['shots', index, slot, i]);
      if (source) into.push(source);
    });
  }
  return shot;
}

/** The shots whose outputs this one uses, without repeats, in manifest order. */
function dependencies(shot: ResolvedShot, position: ReadonlyMap<string, number>): string[] {
  const used = new Set<string>();
  if (shot.fromDraft) used.add(shot.fromDraft);
  for (const { source } of shotMedia(shot)) {
    if (source.kind === 'shot') used.add(source.shot);
  }
  // Ids that name no shot (reported by a rule) sort last; the sort is stable.
  const at = (id: string): number => position.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...used].sort((a, b) => at(a) - at(b));
}

function resolveConcat(raw: Raw, manifest: ResolvedManifest): ResolvedConcat {
  const transition = obj(raw.transition);
  const type = oneOf(transition?.type, ['cut', 'crossfade'] as const) ?? 'cut';
  const trim: ResolvedConcat['trim'] = {};
  for (const [id, value] of Object.entries(obj(raw.trim) ?? {})) {
    const entry = obj(value) ?? {};
    const start = num(entry.start);
    const end = num(entry.end);
    trim[id] = { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
  }
  const concat: ResolvedConcat = {
    output: resolve(manifest.output, str(raw.output) ?? 'final.mp4'),
    shots: list(raw.shots).length > 0 ? list(raw.shots).filter((s): s is string => typeof s === 'string') : manifest.shots.filter((s) => !s.draft).map((s) => s.id),
    transition: { type, duration: type === 'crossfade' ? (num(transition?.duration) ?? DEFAULT_CROSSFADE_SECONDS) : 0 },
    trim,
  };
  const audio = obj(raw.audio);
  const audioFile = str(audio?.file);
  if (audioFile) concat.audio = { file: resolve(manifest.dir, audioFile), volume: num(audio?.volume) ?? DEFAULT_MUSIC_VOLUME };
  const size = typeof raw.size === 'string' ? parseSize(raw.size) : undefined;
  if (size) concat.size = size;
  const loudness = num(raw.loudness);
  if (loudness !== undefined) concat.loudness = loudness;
  const formats = list(raw.export).filter((f): f is NonNullable<ResolvedConcat['export']>[number] => f === 'mlt' || f === 'otio' || f === 'fcpxml' || f === 'edl');
  if (formats.length > 0) concat.export = [...new Set(formats)];
  return concat;
}
