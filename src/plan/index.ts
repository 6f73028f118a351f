// The plan module's public surface: run order, request bodies, the plan and its text form.
export { dagOrder } from './dag.js';
export { buildRequest, OPENAI_DEFAULT_SIZE, type InputResolver, type TaskRequest } from './request.js';
export { fileDataUri } from './data-uri.js';
export { planManifest, planToJson, type Plan, type PlannedRequest } from './plan.js';
export { planShots, planShot, type PlanInput, type PlanOptions, type ShotPlan } from './planner.js';
export { fingerprintShot, changedParts, type Fingerprint, type FingerprintValue } from './fingerprint.js';
export { formatPlan, shortDataUri, type FormatPlanOptions } from './format-plan.js';
export { estimateShotTokens } from './tokens.js';
