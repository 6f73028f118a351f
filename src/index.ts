// The public library API of seedance-pipeline.
export * from './models.js';
export { SeedanceError, isSeedanceError, type ErrorCode } from './errors.js';
export type * from './manifest/manifest.generated.js';
