// Format and pixel size of an image from its first bytes, without decoding it: what the service
// checks before it accepts an image. The header readers are the validator's (src/manifest), so
// the validator and the simulator cannot disagree about a file.
import { imageSize } from '../manifest/image-size.js';
import { sniff } from '../manifest/media-sniff.js';
import { IMAGE_FORMATS } from '../models.js';

export type ImageFormat = (typeof IMAGE_FORMATS)[number];

export interface ImageInfo {
  format: ImageFormat;
  width: number;
  height: number;
}

export function imageInfo(bytes: Buffer): ImageInfo | undefined {
  const kind = sniff(bytes);
  if (kind?.kind !== 'image' || !(IMAGE_FORMATS as readonly string[]).includes(kind.format)) return undefined;
  const size = imageSize(kind.format, bytes);
  return size ? { format: kind.format as ImageFormat, ...size } : undefined;
}

/** The file extension ffmpeg's image demuxer recognises for a format. */
export function extensionOf(format: ImageFormat): string {
  return format === 'jpeg' ? 'jpg' : format === 'tiff' ? 'tif' : format;
}
