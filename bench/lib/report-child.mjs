// Child-process entry for bench/report-latency.mjs: one `seedance run` (runStoryboard, with the
// film and the report) of config.manifest against config.baseUrl, using the build in
// config.distDir, recording when the film was written (assembly-finished) and when report.html
// was (report-written). Results go to config.resultFile as JSON; nothing is printed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const config = JSON.parse(process.argv[2]);
const { loadManifest, createClient, runStoryboard } = await import(pathToFileURL(join(config.distDir, 'index.js')).href);
const loaded = await loadManifest(config.manifest);
if (!loaded.manifest) throw new Error('the benchmark storyboard is invalid');
const times = {};
let lastShotDone = 0;
const onEvent = (event) => {
  const now = performance.now();
  if (event.type === 'shot-done') lastShotDone = now;
  if (event.type === 'assembly-finished' || event.type === 'report-written' || event.type === 'run-finished') times[event.type] = now;
};
const client = createClient({ format: loaded.manifest.api, baseUrl: config.baseUrl, apiKey: 'bench-key' });
const summary = await runStoryboard(loaded.manifest, { client, onEvent, concurrency: config.concurrency });
await client.close();
writeFileSync(config.resultFile, JSON.stringify({ summary, lastShotDone, ...times }));
