// Shared set-up for runner tests: a simulator on 127.0.0.1:0 with short latencies, a manifest in
// a temp folder, and a run that records its events.
import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createClient, type ClientOptions } from '../../src/api/index.js';
import { loadManifest } from '../../src/manifest/index.js';
import type { ResolvedManifest } from '../../src/manifest/types.js';
import type { RunEvent } from '../../src/core/events.js';
import { runStoryboard, type RunStoryboardOptions } from '../../src/library/run-storyboard.js';
import type { RunSummary } from '../../src/run/runner.js';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../src/simulator/index.js';

export const FAST_SIM: SimulatorOptions = { latency: { queuedMs: 20, runningMs: [150, 300] }, seed: 7 };

export function startSim(options: SimulatorOptions = {}): Promise<Simulator> {
  return startSimulator({ ...FAST_SIM, ...options });
}

/** Folders removed when the test ends (or, made in beforeAll with suiteTempDir, by removeDir in afterAll). */
export { tempDir, suiteTempDir, removeDir } from '../temp.js';

/** Write files (paths relative to dir) and return the manifest's absolute path. */
export async function writeStoryboard(dir: string, yaml: string, files: Record<string, string | Buffer> = {}, name = 'story.yaml'): Promise<string> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  const file = join(dir, name);
  await writeFile(file, yaml);
  return file;
}

export async function load(file: string): Promise<ResolvedManifest> {
  const result = await loadManifest(file);
  if (!result.manifest) throw new Error(`invalid manifest:\n${result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('\n')}`);
  return result.manifest;
}

export interface RunRecord {
  summary: RunSummary;
  events: RunEvent[];
}

/** Library options, plus a client's options (fast retries by default), `emit` for each event and `abortSignal` for `signal`. */
export type RunTestOptions = Omit<Partial<RunStoryboardOptions>, 'client' | 'signal'> & { client?: Partial<ClientOptions>; emit?: (event: RunEvent) => void; abortSignal?: AbortSignal };

/** A run through the library's runStoryboard, against `sim`, without the HTML report unless asked. */
export async function run(file: string, sim: Simulator, options: RunTestOptions = {}): Promise<RunRecord> {
  const manifest = await load(file);
  const events: RunEvent[] = [];
  const { client: clientOptions, emit: watch, abortSignal, ...runOptions } = options;
  const client = createClient({
    format: manifest.api,
    baseUrl: sim.url,
    apiKey: 'test-key',
    retry: { baseDelayMs: 20, maxDelayMs: 100, maxRetryAfterMs: 1500 },
    responseTimeoutMs: 5_000,
    ...clientOptions,
  });
  try {
    const onEvent = (event: RunEvent): void => {
      events.push(event);
      watch?.(event);
    };
    const summary = await runStoryboard(manifest, { client, poll: { intervalMs: 50 }, report: false, ...runOptions, ...(abortSignal ? { signal: abortSignal } : {}), onEvent });
    return { summary, events };
  } finally {
    await client.close();
  }
}

export function eventsOf<T extends RunEvent['type']>(events: RunEvent[], type: T): Extract<RunEvent, { type: T }>[] {
  return events.filter((e): e is Extract<RunEvent, { type: T }> => e.type === type);
}
