// The manifest module's public surface: load and validate a manifest, format its diagnostics.
export { loadManifest, RULES, type LoadOptions, type LoadResult } from './load.js';
export { formatDiagnostics, type FormatOptions } from './format.js';
export { hasErrors, sortDiagnostics, type Diagnostic, type RelatedPosition, type Severity } from './diagnostic.js';
export { FileProbe } from './file-probe.js';
export { DIAGNOSTIC_CODES } from './codes.js';
export { DEFAULT_MAX_MANIFEST_BYTES, MAX_ALIAS_COUNT } from './parse.js';
export { DEFAULT_CONCURRENCY, DEFAULT_CROSSFADE_SECONDS, DEFAULT_MUSIC_VOLUME } from './resolve.js';
export type { EffectiveSettings, MediaSlot, MediaSource, ResolvedConcat, ResolvedManifest, ResolvedShot } from './types.js';
