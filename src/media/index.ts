// The media toolkit: finding and running ffmpeg, probing, frames, checks; and, re-exported for the
// runner's convenience, the assembler (src/assemble), which builds on it.
export { locateTools, resetTools, bundledTools, runFfmpeg, runFfprobe, progressParser, type MediaTools, type ToolSource, type RunOptions } from './ffmpeg.js';
export { probeCapabilities, requireCapabilities, parseFilters, parseEncoders, parseVersion, type Capabilities } from './capabilities.js';
export { probeMedia, clearProbeCache, parseProbeJson, videoSeconds, rationalValue, type MediaInfo, type VideoInfo, type AudioInfo, type VideoLength } from './probe.js';
export { extractFrame, nonEmpty, psnr, parsePsnrStats } from './frames.js';
export { verifyVideo, videoProblems, type VideoExpectation, type ClipFacts } from './verify.js';
export { readMp4, type Mp4Facts, type Mp4Reading, type Mp4Track } from './mp4-boxes.js';
