// The public library API of seedance-pipeline: everything a script needs to check, plan and run a
// storyboard, nothing more. test/public-api.test.ts snapshots this list, so a change to it is a
// deliberate one. The CLI is built on the same functions.

// Run a storyboard, as `seedance run` does.
export { runStoryboard, type RunStoryboardOptions } from './library/run-storyboard.js';
export type { RunSummary, RunResult } from './run/runner.js';
export type { RunEvent, TimedEvent, PlannedShot, ShotAction } from './core/events.js';
export { EVENT_DOCS } from './report/event-docs.js';

// Errors: one class, a stable code to decide on.
export { SeedanceError, isSeedanceError, ERROR_CODES, type ErrorCode } from './core/errors.js';

// The manifest: load and check it, print its problems.
export { loadManifest, formatDiagnostics, type LoadResult, type Diagnostic } from './manifest/index.js';
export type { ResolvedManifest, ResolvedShot, ResolvedConcat, EffectiveSettings, MediaSource, MediaSlot } from './manifest/types.js';
// The manifest as written (generated from schemas/manifest.schema.json).
export type { Manifest, Shot, GenerationSettings, Media, ShotOutput, Concat, Transition, Trim, MusicBed } from './manifest/manifest.generated.js';

// Planning: what a run would do with each shot, and the requests it would send.
export { planShots, planManifest, type ShotPlan, type PlanOptions, type Plan, type PlannedRequest } from './plan/index.js';
export { gatherFacts, type Facts } from './state/facts.js';

// The lock file.
export { readLock, lockPathFor, type LockFile, type ShotLock, type ShotLockStatus, type OutputRecord, type LedgerEntry } from './state/lock.js';

// The service: a client for either wire format, and the embedded simulator.
export { createClient, type SeedanceClient, type ClientOptions, type TaskInfo, type TaskStatus } from './api/index.js';
export { startSimulator, type Simulator, type SimulatorOptions, type SimulatorStats } from './simulator/index.js';

// The film and the report.
export { assemble, type AssembleInput, type AssembleResult, type AssembleOptions } from './assemble/index.js';
export { writeReport, type WriteReportOptions } from './report/index.js';

// Money: price tables and what a shot's tokens cost.
export { builtInTable, customTable, type PriceTable, type PricedTask, type CustomPricing } from './pricing/price-table.js';
export { shotCost } from './pricing/cost.js';
export { formatMoney, type Money } from './core/money.js';

// Models, sizes and the token formula.
export { MODELS, findModel, estimateTokens, type ApiFormat, type ModelCapabilities, type Resolution, type Ratio } from './models.js';
