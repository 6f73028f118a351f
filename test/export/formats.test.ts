// The four editor projects of one small film (three 2 s shots, 0.5 s crossfades, a trim, a music
// bed, a shot with two takes), checked against the film `seedance concat` makes of the same cut:
// its frame count and its chapters (where each shot starts to show) from ffprobe.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCut, cutToEdl, cutToFcpxml, cutToMlt, cutToOtio, type Cut } from '../../src/export/index.js';
import { probeMedia, runFfmpeg } from '../../src/media/index.js';
import { runCli } from '../cli/capture.js';
import { removeDir, suiteTempDir } from '../temp.js';
import { IN_CI, skipWithout, which } from '../which.js';
import { makeProject, type Project } from './project.js';
import { childrenNamed, findAll, parseXml, type XmlElement } from './xml.js';

let dir: string;
let project: Project;
let cut: Cut;
/** The film as ffprobe sees it: frames, and each shot's chapter start and end in frames. */
let film: { frames: number; chapters: { title: string; start: number; end: number }[] };
const FPS = 24;
const OVERLAP = 12; // 0.5 s at 24 fps

beforeAll(async () => {
  dir = await suiteTempDir('seedance-export-');
  project = await makeProject(dir);
  const joined = await runCli(['concat', 'tiny.yaml'], dir);
  if (joined.code !== 0) throw new Error(`concat failed: ${joined.stdout}${joined.stderr}`);
  const info = await probeMedia(join(project.output, 'final.mp4'));
  film = {
    frames: info.video?.frames ?? -1,
    chapters: info.chapters.map((c) => ({ title: c.title, start: Math.round(c.start * FPS), end: Math.round(c.end * FPS) })),
  };
  cut = await buildCut(project.manifest, project.manifest.concat!, project.lock, existsSync);
}, 120_000);
afterAll(() => removeDir(dir));

describe('the cut', () => {
  it('has the film shots with the picked take, the trim, the crossfades and the film length, to the frame', () => {
    expect(film.frames).toBe(3 * 48 - 12 - 2 * OVERLAP); // 108: dusk trimmed by 0.5 s, two crossfades
    expect(cut.totalFrames).toBe(film.frames);
    expect(cut.clips.map((c) => c.note.id)).toEqual(['dawn', 'wave', 'dusk']);
    expect(cut.clips[1]?.media.path).toBe(join(project.output, 'wave.mp4'));
    expect(cut.clips[1]?.note.take).toEqual({ number: 2, of: 2 });
    expect(cut.clips[2]?.sourceIn).toBe(12);
    expect(cut.crossfades.map((f) => [f.start, f.frames, f.inOffset + f.outOffset])).toEqual([[36, 12, 12], [72, 12, 12]]);
    expect(cut.clips.map((c) => [c.note.id, c.chapter.start, c.chapter.end])).toEqual(film.chapters.map((c) => [c.title, c.start, c.end]));
    expect(cut.bin.map((b) => b.note.id)).toEqual(['wave.take1']);
    expect(cut.music).toMatchObject({ frames: film.frames, volume: 0.5 });
  });

  it('tiles the film with the clips from edit point to edit point', () => {
    let at = 0;
    for (const clip of cut.clips) {
      expect(clip.cutStart).toBe(at);
      at += clip.cutFrames;
    }
    expect(at).toBe(film.frames);
  });
});

// ---------------------------------------------------------------------------------------------
// OpenTimelineIO. The field lists are copied from docs/tutorials/otio-serialized-schema.md of
// AcademySoftwareFoundation/OpenTimelineIO at tag v0.17.0 (commit 4440afaa27b16f81cdf81215ce4d0b08e1424148),
// the version cutToOtio targets. The doc lists each schema's constructor parameters; Stack.1 and
// Track.1 also serialize their `children` (the doc leaves the Composition's children out).
const OTIO_FIELDS: Record<string, string[]> = {
  'Timeline.1': ['global_start_time', 'metadata', 'name', 'tracks'],
  'Stack.1': ['effects', 'enabled', 'markers', 'metadata', 'name', 'source_range', 'children'],
  'Track.1': ['effects', 'enabled', 'kind', 'markers', 'metadata', 'name', 'source_range', 'children'],
  'Clip.2': ['active_media_reference_key', 'effects', 'enabled', 'markers', 'media_references', 'metadata', 'name', 'source_range'],
  'Gap.1': ['effects', 'enabled', 'markers', 'metadata', 'name', 'source_range'],
  'ExternalReference.1': ['available_image_bounds', 'available_range', 'metadata', 'name', 'target_url'],
  'Transition.1': ['in_offset', 'metadata', 'name', 'out_offset', 'transition_type'],
  'Marker.2': ['color', 'comment', 'marked_range', 'metadata', 'name'],
  'RationalTime.1': ['rate', 'value'],
  'TimeRange.1': ['duration', 'start_time'],
};
type Json = Record<string, unknown> & { OTIO_SCHEMA?: string };

function otioObjects(value: unknown, found: Json[] = []): Json[] {
  if (Array.isArray(value)) value.forEach((v) => otioObjects(v, found));
  else if (value && typeof value === 'object') {
    const object = value as Json;
    if (typeof object.OTIO_SCHEMA === 'string') found.push(object);
    // metadata is free-form: not OTIO objects.
    for (const [key, v] of Object.entries(object)) if (key !== 'metadata') otioObjects(v, found);
  }
  return found;
}

describe('OTIO', () => {
  let timeline: Json;
  const frames = (t: unknown): number => {
    const time = t as { rate: number; value: number };
    expect(time.rate).toBe(FPS);
    return time.value;
  };
  const range = (r: unknown): { start: number; duration: number } => ({ start: frames((r as Json).start_time), duration: frames((r as Json).duration) });
  const tracks = (): Json[] => (timeline.tracks as Json).children as Json[];

  beforeAll(() => {
    timeline = JSON.parse(cutToOtio(cut)) as Json;
  });

  it('is a Timeline.1 whose every object has exactly the fields of its schema in OTIO v0.17.0', () => {
    expect(timeline.OTIO_SCHEMA).toBe('Timeline.1');
    const objects = otioObjects(timeline);
    expect(objects.length).toBeGreaterThan(40);
    for (const object of objects) {
      const fields = OTIO_FIELDS[object.OTIO_SCHEMA as string];
      expect(fields, `unknown schema ${object.OTIO_SCHEMA}`).toBeDefined();
      expect(Object.keys(object).filter((k) => k !== 'OTIO_SCHEMA').sort(), object.OTIO_SCHEMA).toEqual([...(fields ?? [])].sort());
    }
    for (const t of objects.filter((o) => o.OTIO_SCHEMA === 'Transition.1')) expect(t.transition_type).toBe('SMPTE_Dissolve');
    for (const c of objects.filter((o) => o.OTIO_SCHEMA === 'Clip.2')) expect(Object.keys(c.media_references as Json)).toEqual([c.active_media_reference_key]);
  });

  it('V1: the clips add up to the film, each crossfade sits on an edit point with handles in the kept part', () => {
    const [v1] = tracks();
    expect(v1).toMatchObject({ name: 'V1', kind: 'Video' });
    const items = v1?.children as Json[];
    expect(items.map((i) => i.OTIO_SCHEMA)).toEqual(['Clip.2', 'Transition.1', 'Clip.2', 'Transition.1', 'Clip.2']);
    const clips = items.filter((i) => i.OTIO_SCHEMA === 'Clip.2');
    expect(clips.reduce((sum, c) => sum + range(c.source_range).duration, 0)).toBe(film.frames);
    // Where each shot starts to show in the film: at its edit point less the dissolve's part before it.
    let at = 0;
    const shows: number[] = [];
    items.forEach((item, i) => {
      if (item.OTIO_SCHEMA === 'Transition.1') {
        const inOffset = frames(item.in_offset);
        const outOffset = frames(item.out_offset);
        expect(inOffset + outOffset).toBe(OVERLAP);
        const before = items[i - 1] as Json;
        const after = items[i + 1] as Json;
        const media = (c: Json): { start: number; duration: number } => range(((c.media_references as Json).DEFAULT_MEDIA as Json).available_range);
        // The outgoing clip has out_offset frames after its range, the incoming in_offset before it.
        expect(range(before.source_range).start + range(before.source_range).duration + outOffset).toBeLessThanOrEqual(media(before).duration);
        expect(range(after.source_range).start - inOffset).toBeGreaterThanOrEqual(0);
        shows.push(at - inOffset);
      } else {
        if (i === 0) shows.push(0);
        at += range(item.source_range).duration;
      }
    });
    expect(shows).toEqual(film.chapters.map((c) => c.start));
    // dusk keeps the trim: its first frame used (the handle) is 0.5 s in.
    const dusk = clips[2] as Json;
    expect(range(dusk.source_range).start - frames((items[3] as Json).in_offset)).toBe(12);
    expect(clips.map((c) => (c.media_references as Json).DEFAULT_MEDIA as Json).every((r) => existsSync(fileURLToPath(r.target_url as string)))).toBe(true);
  });

  it('a marker per shot with its prompt, seed and task id; the clips sound on A1; the music bed on A2 at its volume', () => {
    const [v1, a1, a2] = tracks();
    const clips = (v1?.children as Json[]).filter((i) => i.OTIO_SCHEMA === 'Clip.2');
    for (const [i, c] of clips.entries()) {
      const shot = cut.clips[i]!;
      const [marker] = c.markers as Json[];
      expect(marker).toMatchObject({ name: shot.note.id, metadata: { seedance: { shot: shot.note.id, seed: shot.note.seed, task_id: shot.note.taskId } } });
      expect(marker?.comment).toContain(shot.note.prompt);
      expect(marker?.comment).toContain(`seed ${shot.note.seed}`);
      expect(marker?.comment).toContain(`task ${shot.note.taskId}`);
    }
    expect(a1).toMatchObject({ name: 'A1', kind: 'Audio' });
    // dusk has no sound: a gap of its length.
    expect((a1?.children as Json[]).map((i) => i.OTIO_SCHEMA)).toEqual(['Clip.2', 'Transition.1', 'Clip.2', 'Transition.1', 'Gap.1']);
    expect((a1?.children as Json[]).filter((i) => i.OTIO_SCHEMA !== 'Transition.1').reduce((s, i) => s + range(i.source_range).duration, 0)).toBe(film.frames);
    expect(a2).toMatchObject({ name: 'A2', kind: 'Audio' });
    const [music] = a2?.children as Json[];
    expect(range(music?.source_range)).toEqual({ start: 0, duration: film.frames });
    expect(music?.metadata).toEqual({ seedance: { music_bed: true, volume: 0.5 } });
    expect(((timeline.metadata as Json).seedance as Json).other_takes).toEqual([expect.objectContaining({ shot: 'wave.take1', take: 1, takes: 2 })]);
  });
});

// ---------------------------------------------------------------------------------------------
/** FCPXML rational seconds (`114/24s`, `0s`) in frames of 24 fps. */
function fcpFrames(value: string | undefined): number {
  const match = /^(\d+)(?:\/(\d+))?s$/.exec(value ?? '');
  if (!match) throw new Error(`not a rational time: ${value}`);
  const seconds = Number(match[1]) / Number(match[2] ?? 1);
  const f = seconds * FPS;
  expect(Math.abs(f - Math.round(f))).toBeLessThan(1e-9);
  return Math.round(f);
}

describe('FCPXML', () => {
  let root: XmlElement;
  beforeAll(() => {
    root = parseXml(cutToFcpxml(cut));
  });

  it('is FCPXML 1.10: a 24 fps format, an asset per file with an existing media-rep file URL', () => {
    expect(root.name).toBe('fcpxml');
    expect(root.attrs.version).toBe('1.10');
    const [resources] = childrenNamed(root, 'resources');
    const [format] = childrenNamed(resources!, 'format');
    expect(format?.attrs).toMatchObject({ id: 'r1', frameDuration: '1/24s', width: '320', height: '240' });
    const assets = childrenNamed(resources!, 'asset');
    expect(assets.map((a) => a.attrs.name)).toEqual(['dawn', 'wave', 'dusk', 'wave.take1', 'bed.wav']);
    for (const asset of assets) {
      const [rep] = childrenNamed(asset, 'media-rep');
      expect(rep?.attrs.kind).toBe('original-media');
      expect(existsSync(fileURLToPath(rep?.attrs.src ?? ''))).toBe(true);
    }
    const ids = new Set([...assets, ...childrenNamed(resources!, 'effect'), format!].map((r) => r.attrs.id));
    for (const el of [...findAll(root, 'asset-clip'), ...findAll(root, 'filter-video')]) expect(ids.has(el.attrs.ref ?? ''), el.attrs.ref).toBe(true);
  });

  it('the spine: clips abutting from edit point to edit point add up to the film; Cross Dissolves straddle the edit points', () => {
    const [sequence] = findAll(root, 'sequence');
    expect(fcpFrames(sequence?.attrs.duration)).toBe(film.frames);
    const spine = childrenNamed(sequence!, 'spine')[0]!;
    expect(spine.children.map((c) => c.name)).toEqual(['asset-clip', 'transition', 'asset-clip', 'transition', 'asset-clip']);
    const clips = childrenNamed(spine, 'asset-clip');
    let at = 0;
    for (const clip of clips) {
      expect(fcpFrames(clip.attrs.offset)).toBe(at);
      at += fcpFrames(clip.attrs.duration);
    }
    expect(at).toBe(film.frames);
    const shows = [0];
    spine.children.forEach((item, i) => {
      if (item.name !== 'transition') return;
      expect(item.attrs.name).toBe('Cross Dissolve');
      expect(childrenNamed(item, 'filter-video')[0]?.attrs.name).toBe('Cross Dissolve');
      const start = fcpFrames(item.attrs.offset);
      const length = fcpFrames(item.attrs.duration);
      expect(length).toBe(OVERLAP);
      const next = spine.children[i + 1]!;
      const edit = fcpFrames(next.attrs.offset);
      expect(start).toBeLessThan(edit);
      expect(start + length).toBeGreaterThan(edit);
      // The incoming clip's handle before its edit point lies in its kept part (dusk: after the trim).
      expect(fcpFrames(next.attrs.start) - (edit - start)).toBe(cut.clips[(i + 1) / 2]!.sourceIn);
      shows.push(start);
    });
    expect(shows).toEqual(film.chapters.map((c) => c.start));
  });

  it('a marker per shot, the music bed connected at its volume, the other take in the event only', () => {
    const spine = findAll(root, 'spine')[0]!;
    const clips = childrenNamed(spine, 'asset-clip');
    clips.forEach((clip, i) => {
      const shot = cut.clips[i]!;
      const [marker] = childrenNamed(clip, 'marker');
      expect(marker?.attrs.value).toBe(shot.note.id);
      expect(fcpFrames(marker?.attrs.start)).toBe(fcpFrames(clip.attrs.start));
      expect(marker?.attrs.note).toContain(`seed ${shot.note.seed}`);
      expect(marker?.attrs.note).toContain(`task ${shot.note.taskId}`);
      expect(marker?.attrs.note).toContain(shot.note.prompt);
    });
    // The prompt with quotes and an ampersand survives the escaping.
    expect(childrenNamed(clips[0]!, 'marker')[0]?.attrs.note).toContain('A lighthouse at dawn, "slow" push-in & gulls');
    const [music] = childrenNamed(clips[0]!, 'asset-clip');
    expect(music?.attrs).toMatchObject({ lane: '-1', name: 'music' });
    expect(fcpFrames(music?.attrs.duration)).toBe(film.frames);
    expect(childrenNamed(music!, 'adjust-volume')[0]?.attrs.amount).toBe('-6.02dB');
    const event = findAll(root, 'event')[0]!;
    expect(childrenNamed(event, 'asset-clip').map((c) => c.attrs.name)).toEqual(['wave.take1']);
    expect(childrenNamed(event, 'project')).toHaveLength(1);
    expect(clips.map((c) => c.attrs.name)).not.toContain('wave.take1');
  });
});

// ---------------------------------------------------------------------------------------------
const TC = '(\\d\\d):(\\d\\d):(\\d\\d):(\\d\\d)';
const EVENT = new RegExp(`^(\\d{3})  (\\S{1,8}) +(V|A|AA|B|AA/V) +(C|D) +(\\d{3})? +${TC} ${TC} ${TC} ${TC}$`);
const tcFrames = (m: RegExpExecArray, at: number): number => ((Number(m[at]) * 60 + Number(m[at + 1])) * 60 + Number(m[at + 2])) * FPS + Number(m[at + 3]);

describe('EDL (CMX3600)', () => {
  let text: string;
  beforeAll(() => {
    text = cutToEdl(cut);
  });

  it('has a title, non-drop frame, and only events, comments and blank lines', () => {
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('TITLE: TINY');
    expect(lines[1]).toBe('FCM: NON-DROP FRAME');
    for (const line of lines.slice(2)) expect(line === '' || line.startsWith('* ') || EVENT.test(line), line).toBe(true);
    expect(text).toMatch(/^\* FROM CLIP NAME: dawn\.mp4$/m);
    expect(text).toMatch(/^\* TO CLIP NAME: wave\.mp4$/m);
  });

  it('record times run from 00:00:00:00 to the film end without a gap; each source span matches its record span', () => {
    const events = text.split('\n').map((l) => EVENT.exec(l)).filter((m): m is RegExpExecArray => m !== null);
    expect(events.map((m) => `${m[1]} ${m[4]}${m[5] ? ` ${m[5]}` : ''}`)).toEqual(['001 C', '002 C', '002 D 012', '003 C', '003 D 012']);
    let at = 0;
    const shows: number[] = [];
    for (const m of events) {
      const [srcIn, srcOut, recIn, recOut] = [6, 10, 14, 18].map((i) => tcFrames(m, i)) as [number, number, number, number];
      expect(srcOut - srcIn).toBe(recOut - recIn);
      if (recOut === recIn) continue; // the outgoing side of a dissolve: where it leaves
      expect(recIn).toBe(at);
      shows.push(recIn);
      at = recOut;
    }
    expect(at).toBe(film.frames);
    expect(shows).toEqual(film.chapters.map((c) => c.start));
    // The clip without sound is picture only; the others carry their sound.
    expect(events.map((m) => m[3])).toEqual(['AA/V', 'AA/V', 'AA/V', 'AA/V', 'V']);
    // dusk starts after its 0.5 s trim.
    expect(tcFrames(events[4]!, 6)).toBe(12);
  });

  it('names each shot in a locator and a comment with its prompt, seed and task id', () => {
    for (const clip of cut.clips) {
      expect(text).toContain(`* LOC: 00:00:${String(Math.floor(clip.chapter.start / FPS)).padStart(2, '0')}:${String(clip.chapter.start % FPS).padStart(2, '0')} CYAN    ${clip.note.id}`);
      expect(text).toContain(`* COMMENT: ${clip.note.id}: ${clip.note.prompt}`);
      expect(text).toContain(`seed ${clip.note.seed}, task ${clip.note.taskId}`);
    }
  });
});

// ---------------------------------------------------------------------------------------------
describe('MLT', () => {
  let root: XmlElement;
  const prop = (el: XmlElement, name: string): string | undefined => childrenNamed(el, 'property').find((p) => p.attrs.name === name)?.text;
  beforeAll(() => {
    root = parseXml(cutToMlt(cut));
  });

  it('avformat producers with notes; the other take in the bin and nowhere on the timeline; the bed at its volume', () => {
    const producers = childrenNamed(root, 'producer').filter((p) => prop(p, 'mlt_service') === 'avformat');
    expect(producers.map((p) => prop(p, 'seedance:shot') ?? prop(p, 'resource'))).toEqual(['dawn', 'wave', 'dusk', 'wave.take1', join(dir, 'bed.wav')]);
    for (const [i, clip] of cut.clips.entries()) {
      expect(prop(producers[i]!, 'shotcut:comment')).toContain(`seed ${clip.note.seed}, task ${clip.note.taskId}`);
      expect(prop(producers[i]!, 'resource')).toBe(clip.media.path);
    }
    const take = producers[3]!.attrs.id;
    const bin = childrenNamed(root, 'playlist').find((p) => p.attrs.id === 'main_bin')!;
    expect(childrenNamed(bin, 'entry').map((e) => e.attrs.producer)).toContain(take);
    const used = [...childrenNamed(root, 'playlist').filter((p) => p.attrs.id !== 'main_bin').flatMap((p) => childrenNamed(p, 'entry')), ...findAll(root, 'track')].map((e) => e.attrs.producer);
    expect(used).not.toContain(take);
    const volume = findAll(producers[4]!, 'filter')[0]!;
    expect([prop(volume, 'mlt_service'), prop(volume, 'gain')]).toEqual(['volume', '0.5']);
    const markers = findAll(root, 'properties').find((p) => p.attrs.name === 'shotcut:markers')!;
    expect(markers.children.map((m) => [prop(m, 'start'), prop(m, 'text')?.split(':')[0]])).toEqual(cut.clips.map((c) => [String(c.chapter.start), c.note.id]));
  });

  it('V1: the clip bodies and one luma + mix crossfade tractor per crossfade add up to the film', () => {
    const v1 = childrenNamed(root, 'playlist').find((p) => p.attrs.id === 'playlist0')!;
    const entries = childrenNamed(v1, 'entry');
    const length = entries.reduce((sum, e) => sum + Number(e.attrs.out) - Number(e.attrs.in) + 1, 0);
    expect(length).toBe(film.frames);
    const fades = childrenNamed(root, 'tractor').filter((t) => prop(t, 'shotcut:transition') === 'lumaMix');
    expect(fades).toHaveLength(2);
    for (const fade of fades) {
      expect(childrenNamed(fade, 'transition').map((t) => prop(t, 'mlt_service'))).toEqual(['luma', 'mix']);
      expect(childrenNamed(fade, 'track').map((t) => Number(t.attrs.out) - Number(t.attrs.in) + 1)).toEqual([OVERLAP, OVERLAP]);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The MLT project rendered by the real MLT engine (Debian's `melt`, the engine of Shotcut and
// Kdenlive). On a machine without melt the test is skipped, saying so; in CI (CI=true, where
// .ci/run installs melt) it runs, and fails when melt is missing.
const MELT = which('melt');
const SKIP_MELT = skipWithout(MELT, 'melt', 'test/export/formats.test.ts', 'apt-get install melt');

/** Per-frame PSNR (dB) of two videos of the same size; Infinity for identical frames. */
async function framePsnr(a: string, b: string, stats: string): Promise<number[]> {
  await runFfmpeg(['-i', a, '-i', b, '-lavfi', `[0:v][1:v]psnr=stats_file=${stats}`, '-f', 'null', '-']);
  return (await readFile(stats, 'utf8')).trim().split('\n').map((line) => {
    const value = /psnr_avg:(\S+)/.exec(line)?.[1] ?? 'nan';
    return value === 'inf' ? Infinity : Number(value);
  });
}

/** RMS level (dB) of each half second of a file's sound. */
async function halfSecondLevels(file: string, stats: string): Promise<number[]> {
  await runFfmpeg(['-i', file, '-af', `aresample=48000,asetnsamples=n=24000,astats=metadata=1:reset=1,ametadata=print:key=lavfi.astats.Overall.RMS_level:file=${stats}`, '-f', 'null', '-']);
  return [...(await readFile(stats, 'utf8')).matchAll(/RMS_level=(\S+)/g)].map((m) => Number(m[1]));
}

describe(`MLT rendered by melt${SKIP_MELT ? ' (skipped: melt is not installed; apt-get install melt)' : ''}`, () => {
  it('melt is installed where the tests run in CI', () => {
    if (IN_CI) expect(MELT, 'CI=true but melt is not installed: .ci/run installs it').toBeDefined();
  });

  it.skipIf(SKIP_MELT)('renders to the film: its length within one frame, the same pictures frame by frame, the same sound', async () => {
    const mlt = join(dir, 'tiny.mlt');
    await writeFile(mlt, cutToMlt(cut));
    const render = join(dir, 'melt.mp4');
    await promisify(execFile)(MELT ?? 'melt', [mlt, '-quiet', '-consumer', `avformat:${render}`, 'vcodec=libx264', 'preset=ultrafast', 'crf=10', 'acodec=aac', 'ab=192k', 'real_time=-1'], { timeout: 120_000 });
    const info = await probeMedia(render);
    expect(Math.abs((info.video?.frames ?? 0) - film.frames)).toBeLessThanOrEqual(1);
    expect(Math.abs(info.durationSeconds - film.frames / FPS)).toBeLessThanOrEqual(1.5 / FPS);
    // Each frame shows what the film shows there: the right clip, the right blend mid-crossfade
    // (a crossfade moved or dropped by one frame puts the red, blue and test-pattern clips side by side: < 20 dB).
    const psnr = await framePsnr(render, join(project.output, 'final.mp4'), join(dir, 'psnr.txt'));
    expect(psnr.length).toBeGreaterThanOrEqual(film.frames - 1);
    expect(Math.min(...psnr)).toBeGreaterThan(30);
    // The sound: the clips' tones crossfaded, the bed at half volume under them, silence nowhere.
    const ours = await halfSecondLevels(render, join(dir, 'melt-levels.txt'));
    const theirs = await halfSecondLevels(join(project.output, 'final.mp4'), join(dir, 'film-levels.txt'));
    const whole = Math.floor(film.frames / 12); // whole half seconds
    expect(ours.length).toBeGreaterThanOrEqual(whole);
    for (let i = 0; i < whole; i += 1) expect(Math.abs((ours[i] ?? -200) - (theirs[i] ?? 0)), `half second ${i}: ${ours[i]} dB vs ${theirs[i]} dB`).toBeLessThan(1.5);
  }, 180_000);
});
