// The four editor formats: each one's file extension and the writer that turns a Cut into its text.
import { cutToEdl } from './edl.js';
import { cutToFcpxml } from './fcpxml.js';
import { cutToMlt } from './mlt.js';
import { cutToOtio } from './otio.js';
import type { Cut } from './timeline.js';

export const EXPORT_FORMATS = ['mlt', 'otio', 'fcpxml', 'edl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_WRITERS: Record<ExportFormat, { extension: string; write: (cut: Cut) => string }> = {
  mlt: { extension: '.mlt', write: cutToMlt },
  otio: { extension: '.otio', write: cutToOtio },
  fcpxml: { extension: '.fcpxml', write: cutToFcpxml },
  edl: { extension: '.edl', write: cutToEdl },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}
