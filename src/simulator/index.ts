// The embedded Seedance simulator: its public API.
export { startSimulator } from './server.js';
export { parseFaultSpec } from './fault-spec.js';
export { parseLatency, DEFAULT_LATENCY } from './options.js';
export { FAULT_KINDS, FAULT_ENDPOINTS } from './types.js';
export type { Simulator, SimulatorOptions, SimulatorStats, SimulatorTaskTiming, SimulatorKey, SimulatorKeyStats, FaultRule, FaultKind, FaultEndpoint, Latency } from './types.js';
