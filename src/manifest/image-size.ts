// Pixel size of an image from its header, for the service's limits (each side 300..6000 px, aspect
// 0.4..2.5). Reads the first bytes (for a TIFF, as far as its first IFD: tiffBytesNeeded); undefined
// when the header is not where it should be.

export interface Dimensions {
  width: number;
  height: number;
}

export function imageSize(format: string, buf: Buffer): Dimensions | undefined {
  try {
    switch (format) {
      case 'png':
        return buf.length >= 24 ? { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) } : undefined;
      case 'gif':
        return buf.length >= 10 ? { width: buf.readUInt16LE(6), height: buf.readUInt16LE(8) } : undefined;
      case 'bmp':
        return buf.length >= 26 ? { width: Math.abs(buf.readInt32LE(18)), height: Math.abs(buf.readInt32LE(22)) } : undefined;
      case 'jpeg':
        return jpegSize(buf);
      case 'webp':
        return webpSize(buf);
      case 'tiff':
        return tiffSize(buf);
      default:
        return undefined;
    }
  } catch {
    return undefined; // a header cut short: RangeError from a read past the end
  }
}

function jpegSize(buf: Buffer): Dimensions | undefined {
  let offset = 2;
  while (offset + 9 < buf.length) {
    if (buf[offset] !== 0xff) return undefined;
    const marker = buf[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2; // markers without a length
      continue;
    }
    // Start-of-frame markers carry the size; C4 (huffman), C8 and CC (arithmetic tables) do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: buf.readUInt16BE(offset + 5), width: buf.readUInt16BE(offset + 7) };
    }
    offset += 2 + buf.readUInt16BE(offset + 2);
  }
  return undefined;
}

function webpSize(buf: Buffer): Dimensions | undefined {
  const chunk = buf.toString('latin1', 12, 16);
  if (chunk === 'VP8 ') return { width: buf.readUInt16LE(26) & 0x3fff, height: buf.readUInt16LE(28) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = buf.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') return { width: buf.readUIntLE(24, 3) + 1, height: buf.readUIntLE(27, 3) + 1 };
  return undefined;
}

function tiffSize(buf: Buffer): Dimensions | undefined {
  const little = buf.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number): number => (little ? buf.readUInt16LE(at) : buf.readUInt16BE(at));
  const u32 = (at: number): number => (little ? buf.readUInt32LE(at) : buf.readUInt32BE(at));
  const ifd = u32(4);
  const entries = u16(ifd);
  let width: number | undefined;
  let height: number | undefined;
  for (let i = 0; i < entries; i++) {
    const entry = ifd + 2 + i * 12;
    const tag = u16(entry);
    const type = u16(entry + 2);
    const value = type === 3 ? u16(entry + 8) : u32(entry + 8);
    if (tag === 256) width = value;
    if (tag === 257) height = value;
  }
  return width !== undefined && height !== undefined ? { width, height } : undefined;
}

/**
 * How much of a TIFF's start holds its first IFD, the block with the size tags: ffmpeg (and others
 * that write the image data first) put it at the end of the file. Undefined when `head` is not a
 * TIFF header.
 */
export function tiffBytesNeeded(head: Buffer): number | undefined {
  if (head.length < 8) return undefined;
  const mark = head.toString('latin1', 0, 2);
  if (mark !== 'II' && mark !== 'MM') return undefined;
  const ifd = mark === 'II' ? head.readUInt32LE(4) : head.readUInt32BE(4);
  // The entry count, then 12 bytes an entry: the size tags (256, 257) come first, entries being sorted.
  return ifd + 2 + 12 * 64;
}
