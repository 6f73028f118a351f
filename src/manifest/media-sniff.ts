// What a file is, by its first bytes (never by its extension): the service checks content, and a
// renamed file is a common mistake.

export type MediaKind = 'image' | 'audio' | 'video';

export interface Sniffed {
  kind: MediaKind;
  /** Short format name: png, jpeg, mp3, wav, mp4, heic, ... */
  format: string;
  mime: string;
}

const ascii = (buf: Buffer, start: number, end: number): string => buf.toString('latin1', start, end);

export function sniff(buf: Buffer): Sniffed | undefined {
  if (buf.length < 4) return undefined;
  const b0 = buf[0] ?? 0;
  const b1 = buf[1] ?? 0;
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0x89504e47 && buf.readUInt32BE(4) === 0x0d0a1a0a) return image('png');
  if (b0 === 0xff && b1 === 0xd8 && buf[2] === 0xff) return image('jpeg');
  if (ascii(buf, 0, 6) === 'GIF87a' || ascii(buf, 0, 6) === 'GIF89a') return image('gif');
  if (ascii(buf, 0, 2) === 'BM' && buf.length >= 26) return image('bmp');
  if (ascii(buf, 0, 4) === 'II*\0' || ascii(buf, 0, 4) === 'MM\0*') return image('tiff');
  if (ascii(buf, 0, 4) === 'RIFF' && buf.length >= 12) {
    const form = ascii(buf, 8, 12);
    if (form === 'WEBP') return image('webp');
    if (form === 'WAVE') return { kind: 'audio', format: 'wav', mime: 'audio/wav' };
    if (form === 'AVI ') return { kind: 'video', format: 'avi', mime: 'video/x-msvideo' };
  }
  if (ascii(buf, 4, 8) === 'ftyp' && buf.length >= 12) return isoBrand(ascii(buf, 8, 12));
  if (ascii(buf, 0, 4) === 'fLaC') return { kind: 'audio', format: 'flac', mime: 'audio/flac' };
  if (ascii(buf, 0, 4) === 'OggS') return { kind: 'audio', format: 'ogg', mime: 'audio/ogg' };
  if (buf.readUInt32BE(0) === 0x1a45dfa3) return { kind: 'video', format: 'webm', mime: 'video/webm' };
  if (ascii(buf, 0, 3) === 'FLV') return { kind: 'video', format: 'flv', mime: 'video/x-flv' };
  if (buf.readUInt32BE(0) === 0x000001ba || buf.readUInt32BE(0) === 0x000001b3) return { kind: 'video', format: 'mpeg', mime: 'video/mpeg' };
  if (b0 === 0x47 && buf.length > 376 && buf[188] === 0x47 && buf[376] === 0x47) return { kind: 'video', format: 'mpegts', mime: 'video/mp2t' };
  if (ascii(buf, 0, 3) === 'ID3') return mpegAudioAt(buf, id3Size(buf)) ?? { kind: 'audio', format: 'mp3', mime: 'audio/mpeg' };
  const audio = mpegAudioAt(buf, 0);
  if (audio) return audio;
  const head = ascii(buf, 0, Math.min(buf.length, 256)).trimStart();
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) return image('svg');
  return undefined;
}

function image(format: string): Sniffed {
  const mime = { svg: 'image/svg+xml', heic: 'image/heic', avif: 'image/avif' }[format] ?? `image/${format}`;
  return { kind: 'image', format, mime };
}

function isoBrand(brand: string): Sniffed {
  if (brand === 'M4A ' || brand === 'M4B ' || brand === 'M4P ') return { kind: 'audio', format: 'm4a', mime: 'audio/mp4' };
  if (['heic', 'heix', 'mif1', 'msf1', 'heim', 'heis'].includes(brand)) return image('heic');
  if (brand === 'avif' || brand === 'avis') return image('avif');
  if (brand === 'qt  ') return { kind: 'video', format: 'mov', mime: 'video/quicktime' };
  return { kind: 'video', format: 'mp4', mime: 'video/mp4' };
}

/** Size of an ID3v2 tag, header included (its size is "syncsafe": 7 bits a byte). */
export function id3Size(buf: Buffer): number {
  if (buf.length < 10) return buf.length;
  const size = (((buf[6] ?? 0) & 0x7f) << 21) | (((buf[7] ?? 0) & 0x7f) << 14) | (((buf[8] ?? 0) & 0x7f) << 7) | ((buf[9] ?? 0) & 0x7f);
  const footer = ((buf[5] ?? 0) & 0x10) !== 0 ? 10 : 0;
  return 10 + size + footer;
}

/** An MPEG audio frame (mp3) or an ADTS frame (raw AAC) at `offset`. */
function mpegAudioAt(buf: Buffer, offset: number): Sniffed | undefined {
  const a = buf[offset];
  const b = buf[offset + 1];
  if (a !== 0xff || b === undefined || (b & 0xe0) !== 0xe0) return undefined;
  const layer = (b >> 1) & 3;
  if (layer === 0 && (b & 0xf0) === 0xf0) return { kind: 'audio', format: 'aac', mime: 'audio/aac' };
  if (layer === 0 || ((b >> 3) & 3) === 1) return undefined;
  return { kind: 'audio', format: 'mp3', mime: 'audio/mpeg' };
}
