// Editor projects of the film's cut (`seedance export`, `concat.export`): MLT (Shotcut, Kdenlive),
// OpenTimelineIO (DaVinci Resolve), FCPXML (Final Cut Pro) and CMX3600 EDL.
export { buildCut, missingClips, noteText, type Cut, type CutClip, type CutMedia, type Crossfade, type ShotNote } from './timeline.js';
export { EXPORT_FORMATS, FORMAT_WRITERS, isExportFormat, type ExportFormat } from './formats.js';
export { cutToMlt } from './mlt.js';
export { cutToOtio } from './otio.js';
export { cutToFcpxml } from './fcpxml.js';
export { cutToEdl, timecode } from './edl.js';
export { exportProjects, defaultExportPath, requireExportWritable, type ExportOptions, type ExportResult } from './write.js';
