// An MP4's own boxes read in-process (ISO/IEC 14496-12): what a downloaded clip is checked against
// (size, length, rate, frames, sound) and where its last key frame and last frame are, without a
// child process. ffprobe costs 100-200 ms of CPU a clip with a distribution's build, most of it in
// starting up; this reads the few kilobytes of `moov`. A file it does not know how to read
// (fragmented, several edits, an unknown table) is `unreadable`, and the caller asks ffprobe; a
// file whose boxes or samples run past its end is `broken`: a truncated download, which ffprobe
// does not notice when the sample tables come before the media data.
import { open, type FileHandle } from 'node:fs/promises';

export interface Mp4Track {
  kind: 'video' | 'audio' | 'other';
  /** The sample entry's four characters: avc1, hvc1, mp4a... */
  fourcc: string;
  /** The codec as ffprobe names it (h264, hevc, aac...), else the fourcc. */
  codec: string;
  /** Of the visual sample entry. */
  width?: number;
  height?: number;
  timescale: number;
  samples: number;
  /** The track's length as ffprobe reports it: its edit's length, else the media's. */
  durationSeconds: number;
  /** Presentation times, after the edit list: the first frame, the last frame, the last sync sample. */
  firstSeconds: number;
  lastSeconds: number;
  lastSyncSeconds: number;
}

export interface Mp4Facts {
  sizeBytes: number;
  /** The movie's length (mvhd), as ffprobe's format duration; else the longest track's. */
  durationSeconds: number;
  tracks: Mp4Track[];
}

export type Mp4Reading = { kind: 'read'; facts: Mp4Facts } | { kind: 'unreadable'; reason: string } | { kind: 'broken'; reason: string };

/** A moov larger than this is not a clip's (a 15 s clip's is tens of kilobytes): ffprobe reads it. */
const MAX_MOOV_BYTES = 64 * 1024 * 1024;

const CODECS: Record<string, string> = { avc1: 'h264', avc3: 'h264', hvc1: 'hevc', hev1: 'hevc', av01: 'av1', vp09: 'vp9', mp4v: 'mpeg4', mp4a: 'aac', Opus: 'opus', 'ac-3': 'ac3', 'ec-3': 'eac3' };

/** Thrown inside the parser; becomes the reading's kind. */
class Stop extends Error {
  constructor(readonly kind: 'unreadable' | 'broken', reason: string) {
    super(reason);
  }
}

/** Read `file`'s boxes. Never throws for what the file holds; a file that cannot be opened throws. */
export async function readMp4(file: string): Promise<Mp4Reading> {
  const handle = await open(file, 'r');
  try {
    const sizeBytes = (await handle.stat()).size;
    const { moov, mdats } = await topLevel(handle, sizeBytes);
    const movie = movieHeader(moov);
    const tracks = trackBoxes(moov).map((trak) => readTrack(moov, trak, movie.timescale, sizeBytes, mdats));
    const durationSeconds = movie.duration > 0 && movie.timescale > 0 ? movie.duration / movie.timescale : Math.max(0, ...tracks.map((t) => t.durationSeconds));
    return { kind: 'read', facts: { sizeBytes, durationSeconds, tracks } };
  } catch (error) {
    if (error instanceof Stop) return { kind: error.kind, reason: error.message };
    throw error;
  } finally {
    await handle.close();
  }
}

interface Box {
  type: string;
  /** Where the payload starts and ends, in the buffer (or file) it was found in. */
  start: number;
  end: number;
}

/** The top-level boxes, from their headers alone: the moov read whole, the mdat ranges. */
async function topLevel(handle: FileHandle, size: number): Promise<{ moov: Buffer; mdats: [number, number][] }> {
  const head = Buffer.alloc(16);
  let moov: Buffer | undefined;
  const mdats: [number, number][] = [];
  for (let offset = 0; offset < size; ) {
    if (size - offset < 8) {
      if (offset === 0) throw new Stop('unreadable', `the file is ${size} bytes long, too short for an MP4 box`);
      throw new Stop('broken', `the file ends ${size - offset} bytes into a box header at byte ${offset}: it is truncated`);
    }
    await handle.read(head, 0, Math.min(16, size - offset), offset);
    const box = header(head, 0, Math.min(16, size - offset), offset === 0 ? 'the file does not start with an MP4 box' : `the bytes at ${offset} are not an MP4 box`);
    const length = box.size === 0 ? size - offset : box.size;
    if (offset === 0 && box.type !== 'ftyp') throw new Stop('unreadable', `the file starts with a ${box.type} box, not ftyp`);
    if (offset + length > size) throw new Stop('broken', `its ${box.type} box at byte ${offset} runs to byte ${offset + length}, past the end of the file at ${size}: it is truncated`);
    if (box.type === 'moof') throw new Stop('unreadable', 'it is a fragmented MP4');
    if (box.type === 'mdat') mdats.push([offset + box.headerSize, offset + length]);
    if (box.type === 'moov') {
      if (moov) throw new Stop('unreadable', 'it has two moov boxes');
      if (length > MAX_MOOV_BYTES) throw new Stop('unreadable', `its moov box is ${length} bytes`);
      moov = Buffer.alloc(length);
      await handle.read(moov, 0, length, offset);
    }
    offset += length;
  }
  if (!moov) throw new Stop('unreadable', 'it has no moov box');
  return { moov, mdats };
}

/** A box header at `pos`: size 1 means a 64-bit size follows, 0 "to the end". */
function header(buf: Buffer, pos: number, end: number, what: string): { type: string; size: number; headerSize: number } {
  if (end - pos < 8) throw new Stop('unreadable', what);
  let size = buf.readUInt32BE(pos);
  const type = buf.toString('latin1', pos + 4, pos + 8);
  let headerSize = 8;
  if (size === 1) {
    if (end - pos < 16) throw new Stop('unreadable', what);
    size = Number(buf.readBigUInt64BE(pos + 8));
    headerSize = 16;
  }
  if (!/^[\x20-\x7e]{4}$/.test(type) || (size !== 0 && size < headerSize)) throw new Stop('unreadable', what);
  return { type, size, headerSize };
}

/** The boxes inside [start, end) of the moov buffer. */
function children(buf: Buffer, start: number, end: number): Box[] {
  const out: Box[] = [];
  for (let pos = start; pos < end; ) {
    const box = header(buf, pos, end, 'a box inside moov is malformed');
    const length = box.size === 0 ? end - pos : box.size;
    if (pos + length > end) throw new Stop('unreadable', `its ${box.type} box runs past the box it is in`);
    out.push({ type: box.type, start: pos + box.headerSize, end: pos + length });
    pos += length;
  }
  return out;
}

function child(buf: Buffer, parent: Box, type: string): Box | undefined {
  return children(buf, parent.start, parent.end).find((b) => b.type === type);
}

function need(buf: Buffer, parent: Box, path: string): Box {
  let box: Box | undefined = parent;
  for (const type of path.split('.')) box = box && child(buf, box, type);
  if (!box) throw new Stop('unreadable', `a track has no ${path} box`);
  return box;
}

function moovBox(moov: Buffer): Box {
  return { type: 'moov', start: 8, end: moov.length };
}

function trackBoxes(moov: Buffer): Box[] {
  const all = children(moov, 8, moov.length);
  if (all.some((b) => b.type === 'mvex')) throw new Stop('unreadable', 'it is a fragmented MP4');
  return all.filter((b) => b.type === 'trak');
}

function movieHeader(moov: Buffer): { timescale: number; duration: number } {
  const mvhd = need(moov, moovBox(moov), 'mvhd');
  const v1 = moov[mvhd.start] === 1;
  return { timescale: u32(moov, mvhd, mvhd.start + (v1 ? 20 : 12)), duration: v1 ? u64(moov, mvhd, mvhd.start + 24) : u32(moov, mvhd, mvhd.start + 16) };
}

/** Bounds-checked reads inside a box. */
function u32(buf: Buffer, box: Box, pos: number): number {
  if (pos + 4 > box.end) throw new Stop('unreadable', `its ${box.type} box is shorter than its fields`);
  return buf.readUInt32BE(pos);
}

function u64(buf: Buffer, box: Box, pos: number): number {
  if (pos + 8 > box.end) throw new Stop('unreadable', `its ${box.type} box is shorter than its fields`);
  return Number(buf.readBigUInt64BE(pos));
}

/** A full box's entry count and where its entries start, checked against the box's length. */
function entries(buf: Buffer, box: Box, at: number, entrySize: number): { count: number; first: number } {
  const count = u32(buf, box, at);
  if (at + 4 + count * entrySize > box.end) throw new Stop('unreadable', `its ${box.type} box lists more entries than it holds`);
  return { count, first: at + 4 };
}

function readTrack(buf: Buffer, trak: Box, movieScale: number, fileSize: number, mdats: [number, number][]): Mp4Track {
  const mdia = need(buf, trak, 'mdia');
  const mdhd = need(buf, mdia, 'mdhd');
  const v1 = buf[mdhd.start] === 1;
  const timescale = u32(buf, mdhd, mdhd.start + (v1 ? 20 : 12));
  const mediaDuration = v1 ? u64(buf, mdhd, mdhd.start + 24) : u32(buf, mdhd, mdhd.start + 16);
  if (timescale === 0) throw new Stop('unreadable', 'a track has a time scale of 0');
  const hdlr = need(buf, mdia, 'hdlr');
  const handler = buf.toString('latin1', hdlr.start + 8, Math.min(hdlr.end, hdlr.start + 12));
  const kind = handler === 'vide' ? 'video' : handler === 'soun' ? 'audio' : 'other';
  const stbl = need(buf, mdia, 'minf.stbl');
  const entry = sampleEntry(buf, need(buf, stbl, 'stsd'));
  if (entry.fourcc === 'encv' || entry.fourcc === 'enca') throw new Stop('unreadable', 'a track is encrypted');
  const sizes = sampleSizes(buf, stbl);
  checkSamplesInside(buf, stbl, sizes, fileSize, mdats);
  const edit = editOf(buf, trak, movieScale);
  const times = presentation(buf, stbl, sizes.length, timescale, edit.shift);
  const track: Mp4Track = {
    kind,
    fourcc: entry.fourcc,
    codec: CODECS[entry.fourcc] ?? entry.fourcc,
    timescale,
    samples: sizes.length,
    durationSeconds: edit.seconds ?? mediaDuration / timescale,
    firstSeconds: times.first + edit.delay,
    lastSeconds: times.last + edit.delay,
    lastSyncSeconds: times.lastSync + edit.delay,
  };
  if (kind === 'video') {
    // A visual sample entry: 8 bytes of box header, 8 of SampleEntry, 16 reserved, then width and height.
    if (entry.start + 28 > entry.end) throw new Stop('unreadable', 'the video sample entry is too short');
    track.width = buf.readUInt16BE(entry.start + 24);
    track.height = buf.readUInt16BE(entry.start + 26);
  }
  return track;
}

function sampleEntry(buf: Buffer, stsd: Box): { fourcc: string; start: number; end: number } {
  const count = u32(buf, stsd, stsd.start + 4);
  if (count < 1) throw new Stop('unreadable', 'a track has no sample description');
  const [first] = children(buf, stsd.start + 8, stsd.end);
  if (!first) throw new Stop('unreadable', 'a track has no sample description');
  return { fourcc: first.type, start: first.start, end: first.end };
}

function sampleSizes(buf: Buffer, stbl: Box): number[] {
  const stsz = child(buf, stbl, 'stsz');
  if (!stsz) throw new Stop('unreadable', child(buf, stbl, 'stz2') ? 'it uses compact sample sizes (stz2)' : 'a track has no sample sizes');
  const fixed = u32(buf, stsz, stsz.start + 4);
  const count = u32(buf, stsz, stsz.start + 8);
  if (fixed !== 0) return new Array<number>(count).fill(fixed);
  if (stsz.start + 12 + 4 * count > stsz.end) throw new Stop('unreadable', 'its stsz box lists more samples than it holds');
  const sizes = new Array<number>(count);
  for (let i = 0; i < count; i++) sizes[i] = buf.readUInt32BE(stsz.start + 12 + 4 * i);
  return sizes;
}

/** Every chunk's bytes (its samples', from stsc and stsz) lie inside the file and inside an mdat. */
function checkSamplesInside(buf: Buffer, stbl: Box, sizes: number[], fileSize: number, mdats: [number, number][]): void {
  const co64 = child(buf, stbl, 'co64');
  const stco = co64 ?? child(buf, stbl, 'stco');
  if (!stco) throw new Stop('unreadable', 'a track has no chunk offsets');
  const chunks = entries(buf, stco, stco.start + 4, co64 ? 8 : 4);
  const stsc = need(buf, stbl, 'stsc');
  const runs = entries(buf, stsc, stsc.start + 4, 12);
  let sample = 0;
  for (let r = 0; r < runs.count; r++) {
    const at = runs.first + 12 * r;
    const firstChunk = buf.readUInt32BE(at);
    const perChunk = buf.readUInt32BE(at + 4);
    const nextFirst = r + 1 < runs.count ? buf.readUInt32BE(at + 12) : chunks.count + 1;
    if (firstChunk < 1 || nextFirst < firstChunk || nextFirst > chunks.count + 1) throw new Stop('unreadable', 'its stsc box does not follow its chunks');
    for (let chunk = firstChunk; chunk < nextFirst; chunk++) {
      const offset = co64 ? Number(buf.readBigUInt64BE(chunks.first + 8 * (chunk - 1))) : buf.readUInt32BE(chunks.first + 4 * (chunk - 1));
      let bytes = 0;
      for (let i = 0; i < perChunk && sample < sizes.length; i++) bytes += sizes[sample++] as number;
      const end = offset + bytes;
      if (end > fileSize) throw new Stop('broken', `its samples run to byte ${end}, past the end of the file at ${fileSize}: it is truncated`);
      if (bytes > 0 && !mdats.some(([from, to]) => offset >= from && end <= to)) throw new Stop('unreadable', `a chunk at byte ${offset} lies outside every mdat box`);
    }
  }
  if (sample !== sizes.length) throw new Stop('unreadable', `its chunks hold ${sample} samples, its stsz box lists ${sizes.length}`);
}

/**
 * The edit list as ffmpeg applies it: leading empty edits delay the track, one edit then starts
 * the media at `shift` (in the track's time scale) and gives the track's length. Several media
 * edits (a cut inside the track) are left to ffprobe.
 */
function editOf(buf: Buffer, trak: Box, movieScale: number): { shift: number; delay: number; seconds?: number } {
  const edts = child(buf, trak, 'edts');
  const elst = edts && child(buf, edts, 'elst');
  if (!elst) return { shift: 0, delay: 0 };
  const v1 = buf[elst.start] === 1;
  const list = entries(buf, elst, elst.start + 4, v1 ? 20 : 12);
  let delay = 0;
  const media: { duration: number; time: number }[] = [];
  for (let i = 0; i < list.count; i++) {
    const at = list.first + i * (v1 ? 20 : 12);
    const duration = v1 ? Number(buf.readBigUInt64BE(at)) : buf.readUInt32BE(at);
    const time = v1 ? Number(buf.readBigInt64BE(at + 8)) : buf.readInt32BE(at + 4);
    if (time === -1 && media.length === 0) delay += duration / movieScale;
    else media.push({ duration, time });
  }
  if (media.length > 1) throw new Stop('unreadable', 'a track has several edits');
  const [only] = media;
  if (!only) return { shift: 0, delay };
  return { shift: only.time, delay, ...(movieScale > 0 && only.duration > 0 ? { seconds: only.duration / movieScale } : {}) };
}

/** Presentation times (decode time from stts plus the ctts offset, less the edit's shift), in seconds. */
function presentation(buf: Buffer, stbl: Box, count: number, timescale: number, shift: number): { first: number; last: number; lastSync: number } {
  if (count === 0) return { first: 0, last: 0, lastSync: 0 };
  const stts = need(buf, stbl, 'stts');
  const deltas = entries(buf, stts, stts.start + 4, 8);
  const ctts = child(buf, stbl, 'ctts');
  const offsets = ctts ? entries(buf, ctts, ctts.start + 4, 8) : undefined;
  const stss = child(buf, stbl, 'stss');
  const syncs = stss ? entries(buf, stss, stss.start + 4, 4) : undefined;
  // With no stss every sample is a sync sample; else the last one listed.
  const lastSync = syncs ? (syncs.count > 0 ? buf.readUInt32BE(syncs.first + 4 * (syncs.count - 1)) - 1 : -1) : count - 1;
  if (lastSync < 0 || lastSync >= count) throw new Stop('unreadable', 'its stss box names no sample of the track');
  let first = Infinity;
  let last = -Infinity;
  let syncTime = 0;
  let dts = 0;
  let sample = 0;
  let offsetRun = 0;
  let offsetLeft = offsets && offsets.count > 0 ? buf.readUInt32BE(offsets.first) : 0;
  for (let e = 0; e < deltas.count && sample < count; e++) {
    const n = buf.readUInt32BE(deltas.first + 8 * e);
    const delta = buf.readUInt32BE(deltas.first + 8 * e + 4);
    for (let i = 0; i < n && sample < count; i++, sample++, dts += delta) {
      let cts = 0;
      if (offsets) {
        while (offsetLeft === 0 && offsetRun + 1 < offsets.count) offsetLeft = buf.readUInt32BE(offsets.first + 8 * ++offsetRun);
        if (offsetLeft === 0) throw new Stop('unreadable', 'its ctts box lists fewer samples than the track has');
        cts = buf.readInt32BE(offsets.first + 8 * offsetRun + 4);
        offsetLeft--;
      }
      const pts = dts + cts - shift;
      if (pts < first) first = pts;
      if (pts > last) last = pts;
      if (sample === lastSync) syncTime = pts;
    }
  }
  if (sample < count) throw new Stop('unreadable', `its stts box times ${sample} samples of ${count}`);
  return { first: first / timescale, last: last / timescale, lastSync: syncTime / timescale };
}
