// Length of an audio clip from its header, for the service's limits (each reference clip 2..15 s,
// all together at most 15 s). wav, mp3 (Xing/Info/VBRI or constant bit rate) and flac; undefined
// for the others (m4a, ogg, aac), which are then checked by size only.
import { id3Size } from './media-sniff.js';

export function audioDuration(format: string, head: Buffer, fileBytes: number): number | undefined {
  try {
    if (format === 'wav') return wavDuration(head, fileBytes);
    if (format === 'mp3') return mp3Duration(head, fileBytes);
    if (format === 'flac') return flacDuration(head);
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
  const kbps = (version === 3 ? MP3_BITRATES.v1 : MP3_BITRATES.v2)?.[bitrateIndex];
  if (!kbps) return undefined;
  return ((fileBytes - offset) * 8) / (kbps * 1000);
}

function flacDuration(buf: Buffer): number | undefined {
  // STREAMINFO is the first metadata block: sample rate (20 bits) and total samples (36 bits).
  const at = 8;
  const sampleRate = (buf.readUInt32BE(at + 10) >>> 12) & 0xfffff;
  const high = buf.readUInt8(at + 13) & 0x0f;
  const total = high * 2 ** 32 + buf.readUInt32BE(at + 14);
  return sampleRate > 0 && total > 0 ? total / sampleRate : undefined;
}
