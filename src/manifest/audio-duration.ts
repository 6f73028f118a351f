// Length of an audio clip from its bytes, for the service's limits (each reference clip 2..15 s,
// all together at most 15 s). wav and flac from the first bytes; mp3 from its Xing/Info/VBRI
// header, else by counting its frames (the whole file); m4a (the movie header, often at the end), ogg (the last page's position) and raw
// AAC (ADTS frames counted) need the whole file, and are given undefined when `data` is only the
// head of a longer file.
import { id3Size } from './media-sniff.js';

/** The formats whose length is read from the whole file rather than its first bytes. */
export const WHOLE_FILE_AUDIO: ReadonlySet<string> = new Set(['m4a', 'ogg', 'aac', 'mp3']);

export function audioDuration(format: string, data: Buffer, fileBytes: number): number | undefined {
  try {
    if (format === 'wav') return wavDuration(data, fileBytes);
    // mp3 is read whole when small enough to count its frames; a longer file (over 16 MB: minutes,
    // far over any limit) is measured from its first frame.
    if (format === 'mp3') return mp3Duration(data, fileBytes);
    if (format === 'flac') return flacDuration(data);
    if (WHOLE_FILE_AUDIO.has(format) && data.length < fileBytes) return undefined;
    if (format === 'm4a') return m4aDuration(data);
    if (format === 'ogg') return oggDuration(data);
    if (format === 'aac') return adtsDuration(data);
  } catch {
    // a header cut short
  }
  return undefined;
}

function wavDuration(buf: Buffer, fileBytes: number): number | undefined {
  let offset = 12;
  let byteRate: number | undefined;
  while (offset + 8 <= buf.length) {
    const id = buf.toString('latin1', offset, offset + 4);
    const size = buf.readUInt32LE(offset + 4);
    if (id === 'fmt ') byteRate = buf.readUInt32LE(offset + 16);
    if (id === 'data') {
      if (!byteRate) return undefined;
      // Streamed wav files leave the size at 0 or 0xFFFFFFFF: use what the file holds.
      const data = size === 0 || size === 0xffffffff ? fileBytes - offset - 8 : Math.min(size, fileBytes - offset - 8);
      return data / byteRate;
    }
    offset += 8 + size + (size % 2);
  }
  return undefined;
}

const MP3_BITRATES: Record<string, number[]> = {
  // kbit/s by index, for MPEG-1 layer III and MPEG-2/2.5 layer III.
  v1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  v2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const MP3_RATES: Record<number, number[]> = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };

function mp3Duration(buf: Buffer, fileBytes: number): number | undefined {
  let offset = buf.toString('latin1', 0, 3) === 'ID3' ? id3Size(buf) : 0;
  // Skip padding between the tag and the first frame.
  while (offset < buf.length - 4 && !(buf[offset] === 0xff && ((buf[offset + 1] ?? 0) & 0xe0) === 0xe0)) offset++;
  if (offset >= buf.length - 4) return undefined;
  const header = buf.readUInt32BE(offset);
  const version = (header >> 19) & 3; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
  const bitrateIndex = (header >> 12) & 0xf;
  const rateIndex = (header >> 10) & 3;
  const mono = ((header >> 6) & 3) === 3;
  const sampleRate = MP3_RATES[version]?.[rateIndex];
  if (!sampleRate || version === 1) return undefined;
  const samplesPerFrame = version === 3 ? 1152 : 576;
  const sideInfo = version === 3 ? (mono ? 17 : 32) : mono ? 9 : 17;
  const xing = offset + 4 + sideInfo;
  const tag = buf.toString('latin1', xing, xing + 4);
  if ((tag === 'Xing' || tag === 'Info') && ((buf.readUInt32BE(xing + 4) & 1) !== 0)) {
    return (buf.readUInt32BE(xing + 8) * samplesPerFrame) / sampleRate;
  }
  if (buf.toString('latin1', offset + 36, offset + 40) === 'VBRI') {
    return (buf.readUInt32BE(offset + 36 + 14) * samplesPerFrame) / sampleRate;
  }
  const layer3 = ((header >> 17) & 3) === 1;
  // The whole file at hand: count its frames. A VBR file without a Xing header cannot be measured
  // from its first frame's bit rate (a loud first second at 256 kbit/s, then quiet at 64, reads as a
  // quarter of its length); a constant one gives the same answer either way.
  if (layer3 && buf.length >= fileBytes) {
    const frames = countFrames(buf, offset, version, sampleRate);
    // The Xing/Info frame, when there is one without a frame count, holds no sound.
    const silent = tag === 'Xing' || tag === 'Info' ? 1 : 0;
    if (frames > silent) return ((frames - silent) * samplesPerFrame) / sampleRate;
  }
  const kbps = (version === 3 ? MP3_BITRATES.v1 : MP3_BITRATES.v2)?.[bitrateIndex];
  if (!kbps) return undefined;
  return ((fileBytes - offset) * 8) / (kbps * 1000);
}

/** Layer III frames of the same version and rate one after another from `offset`, until something else (a tag, the end). */
function countFrames(buf: Buffer, offset: number, version: number, sampleRate: number): number {
  const bitrates = version === 3 ? MP3_BITRATES.v1 : MP3_BITRATES.v2;
  const perKbit = version === 3 ? 144_000 : 72_000;
  let frames = 0;
  while (offset + 4 <= buf.length) {
    const header = buf.readUInt32BE(offset);
    if (header >>> 21 !== 0x7ff || ((header >> 19) & 3) !== version || ((header >> 17) & 3) !== 1) break;
    const kbps = bitrates?.[(header >> 12) & 0xf];
    if (!kbps || MP3_RATES[version]?.[(header >> 10) & 3] !== sampleRate) break;
    const length = Math.floor((perKbit * kbps) / sampleRate) + ((header >> 9) & 1);
    if (offset + length > buf.length + 1) break; // a frame cut short at the end is not counted
    frames++;
    offset += length;
  }
  return frames;
}

function flacDuration(buf: Buffer): number | undefined {
  // STREAMINFO is the first metadata block: sample rate (20 bits) and total samples (36 bits).
  const at = 8;
  const sampleRate = (buf.readUInt32BE(at + 10) >>> 12) & 0xfffff;
  const high = buf.readUInt8(at + 13) & 0x0f;
  const total = high * 2 ** 32 + buf.readUInt32BE(at + 14);
  return sampleRate > 0 && total > 0 ? total / sampleRate : undefined;
}

/** The movie header (moov/mvhd): its duration in its own time scale. */
function m4aDuration(buf: Buffer): number | undefined {
  const moov = findBox(buf, 0, buf.length, 'moov');
  const mvhd = moov && findBox(buf, moov.start, moov.end, 'mvhd');
  if (!mvhd) return undefined;
  const version = buf.readUInt8(mvhd.start);
  const timescale = version === 1 ? buf.readUInt32BE(mvhd.start + 20) : buf.readUInt32BE(mvhd.start + 12);
  const duration = version === 1 ? Number(buf.readBigUInt64BE(mvhd.start + 24)) : buf.readUInt32BE(mvhd.start + 16);
  return timescale > 0 && duration > 0 ? duration / timescale : undefined;
}

/** The payload of the first box of `type` among the boxes between `from` and `to`. */
function findBox(buf: Buffer, from: number, to: number, type: string): { start: number; end: number } | undefined {
  let offset = from;
  while (offset + 8 <= to) {
    let size = buf.readUInt32BE(offset);
    let header = 8;
    if (size === 1) {
      size = Number(buf.readBigUInt64BE(offset + 8));
      header = 16;
    } else if (size === 0) {
      size = to - offset;
    }
    if (size < header) return undefined;
    if (buf.toString('latin1', offset + 4, offset + 8) === type) return { start: offset + header, end: Math.min(offset + size, to) };
    offset += size;
  }
  return undefined;
}

/**
 * The granule position of the last page counts samples: at the rate of the Vorbis identification
 * header, or at 48 kHz less the pre-skip for Opus.
 */
function oggDuration(buf: Buffer): number | undefined {
  const payload = 27 + buf.readUInt8(26);
  const id = buf.toString('latin1', payload, payload + 8);
  let rate: number;
  let skip = 0;
  if (buf.readUInt8(payload) === 1 && buf.toString('latin1', payload + 1, payload + 7) === 'vorbis') {
    rate = buf.readUInt32LE(payload + 12);
  } else if (id === 'OpusHead') {
    rate = 48000;
    skip = buf.readUInt16LE(payload + 10);
  } else {
    return undefined;
  }
  for (let at = buf.lastIndexOf('OggS'); at >= 0; at = buf.lastIndexOf('OggS', at - 1)) {
    const granule = buf.readBigInt64LE(at + 6);
    // -1: no packet ends on this page; look at the one before.
    if (granule >= 0n) return rate > 0 ? (Number(granule) - skip) / rate : undefined;
  }
  return undefined;
}

const ADTS_RATES = [96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350];

/** Raw AAC: every ADTS frame says its length and holds 1024 samples per raw data block. */
function adtsDuration(buf: Buffer): number | undefined {
  let offset = buf.toString('latin1', 0, 3) === 'ID3' ? id3Size(buf) : 0;
  let samples = 0;
  let rate: number | undefined;
  while (offset + 7 <= buf.length && buf[offset] === 0xff && ((buf[offset + 1] ?? 0) & 0xf6) === 0xf0) {
    rate ??= ADTS_RATES[((buf[offset + 2] ?? 0) >> 2) & 0xf];
    const length = (((buf[offset + 3] ?? 0) & 0x3) << 11) | ((buf[offset + 4] ?? 0) << 3) | ((buf[offset + 5] ?? 0) >> 5);
    if (length < 7) break;
    samples += 1024 * (((buf[offset + 6] ?? 0) & 0x3) + 1);
    offset += length;
  }
  return rate && samples > 0 ? samples / rate : undefined;
}
