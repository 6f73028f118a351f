// The API client: the only module that talks HTTP to the service (and the only importer of undici).
export { ambiguousCreate, createClient } from './client.js';
export { clipByteCeiling } from './download-limits.js';
export { redactSecrets, redactUrl } from './redact.js';
export { DEFAULT_RETRY } from './retry.js';
export { TERMINAL_STATUSES } from './types.js';
export type * from './types.js';
