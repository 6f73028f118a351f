// The public library API of seedance-pipeline.
export * from './models.js';
export { SeedanceError, isSeedanceError, type ErrorCode } from './core/errors.js';
export type * from './manifest/manifest.generated.js';
export { startSimulator, parseFaultSpec, FAULT_KINDS, FAULT_ENDPOINTS } from './simulator/index.js';
export type { Simulator, SimulatorOptions, SimulatorStats, SimulatorTaskTiming, FaultRule, FaultKind, FaultEndpoint } from './simulator/index.js';
export {
  assemble, assemblyFingerprint, decideMethod, probeMedia, probeCapabilities, locateTools, extractFrame, psnr, verifyVideo,
  type AssembleInput, type AssembleResult, type AssembleOptions, type MediaInfo, type MediaTools, type Capabilities, type VideoExpectation,
} from './media/index.js';
export { loadManifest, formatDiagnostics, FileProbe, type LoadOptions, type LoadResult, type Diagnostic, type FormatOptions } from './manifest/index.js';
export type { EffectiveSettings, MediaSlot, MediaSource, ResolvedConcat, ResolvedManifest, ResolvedShot } from './manifest/types.js';
export { dagOrder, buildRequest, fileDataUri, planManifest, planToJson, formatPlan, type InputResolver, type TaskRequest, type Plan, type PlannedShot } from './plan/index.js';
export {
  makeEmitter, EVENT_DOCS, eventDocsMarkdown, formatPlain, PrettyReporter, shotStates, describeState, statusView, formatStatus, buildReportHtml, writeReport,
  type RunEvent, type TimedEvent, type EventSink, type ShotState, type ShotStateKind, type StatusView, type ReportData, type WriteReportOptions,
} from './report/index.js';
