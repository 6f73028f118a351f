// The manifest module's public surface: load and validate a manifest, format its diagnostics.
export { loadManifest, type LoadOptions, type LoadResult } from './load.js';
export { formatDiagnostics, type FormatOptions } from './format.js';
export { type Diagnostic, type RelatedPosition, type Severity } from './diagnostic.js';
export { FileProbe } from './file-probe.js';
export type { EffectiveSettings, MediaSlot, MediaSource, ResolvedConcat, ResolvedManifest, ResolvedShot } from './types.js';
