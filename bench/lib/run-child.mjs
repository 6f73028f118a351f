// Child-process entry: one `seedance run` of a manifest against a simulator in another process,
// through the library (runStoryboard), with one client, or with config.accounts (an accounts file
// whose keys are in this process's environment only) one client per account, recording when each shot's events happened, the CPU time
// and peak memory of this process alone. Config as JSON in argv[2]; results written as JSON to
// config.resultFile. Nothing is printed, so the terminal costs nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { dist } from './dist.mjs';

const config = JSON.parse(process.argv[2]);
const cpuAtStart = process.cpuUsage();
const { loadManifest, formatDiagnostics, createClient, runStoryboard } = await dist('index.js');

/** User and system CPU seconds of the children this process has waited for (ffprobe, ffmpeg). */
function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    // Fields 16 and 17 of stat (cutime, cstime) in clock ticks, here 0-based after the comm field.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

function vmHwmKb() {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) : undefined;
}

const loaded = await loadManifest(config.manifest);
if (!loaded.manifest) {
  process.stderr.write(formatDiagnostics(loaded.diagnostics, loaded.source) + '\n');
  process.exit(2);
}
const manifest = loaded.manifest;
const shots = {};
const shotOf = (id) => (shots[id] ??= {});
let retries = 0;
let warnings = 0;
const failures = [];
const emit = (event) => {
  const now = Date.now();
  switch (event.type) {
    case 'shot-submitting': shotOf(event.shot).submitting = now; break;
    case 'shot-submitted': Object.assign(shotOf(event.shot), { taskId: event.taskId, submitted: now }); break;
    case 'shot-succeeded': shotOf(event.shot).succeeded = now; break;
    case 'download-started': if (event.file.endsWith('.mp4')) shotOf(event.shot).downloadStarted ??= now; break;
    case 'shot-done': shotOf(event.shot).done = now; break;
    case 'shot-failed': failures.push(`${event.shot}: ${event.message}`); break;
    case 'retrying': retries++; break;
    case 'warning': warnings++; break;
    default:
  }
};

// With config.accounts (an accounts file), runStoryboard makes one client per account from the
// keys in this process's environment, so there is no client here to watch polls through.
const client = config.accounts ? undefined : createClient({ format: manifest.api, baseUrl: config.baseUrl, apiKey: 'bench-key' });
// When a poll first brought back each task's final state: polling delay alone, before the lock
// write and the download queue that follow it.
const TERMINAL = new Set(['succeeded', 'failed', 'expired', 'cancelled']);
const polledDone = {};
const noteDone = (info) => {
  if (info && TERMINAL.has(info.status)) polledDone[info.id] ??= Date.now();
  return info;
};
if (client) {
  const { getMany, get } = client;
  client.getMany = async (...args) => {
    const found = await getMany.apply(client, args);
    for (const info of found.values()) noteDone(info);
    return found;
  };
  client.get = async (...args) => noteDone(await get.apply(client, args));
}
const childrenBefore = childrenCpuMs();
const cpuBefore = process.cpuUsage();
const started = Date.now();
const summary = await runStoryboard(manifest, {
  // With accounts, their own running limits apply; a concurrency would cap them all together.
  ...(client ? { client, concurrency: config.concurrency ?? manifest.concurrency } : { accounts: config.accounts, env: process.env, ...(config.concurrency ? { concurrency: config.concurrency } : {}) }),
  onEvent: emit,
  report: false,
  skipConcat: true,
  ...(config.poll ? { poll: config.poll } : {}),
  ...(config.downloadConcurrency ? { downloadConcurrency: config.downloadConcurrency } : {}),
  // Any further run option a benchmark wants to try (e.g. queueAhead), passed through as given.
  ...(config.runOptions ?? {}),
});
const ended = Date.now();
const cpu = process.cpuUsage(cpuBefore);
const memory = process.memoryUsage();
const childrenAfter = childrenCpuMs();
await client?.close();
const total = process.cpuUsage(cpuAtStart);
writeFileSync(config.resultFile, JSON.stringify({
  started,
  ended,
  wallMs: ended - started,
  summary,
  shots,
  polledDone,
  retries,
  warnings,
  failures,
  cpuRunMs: (cpu.user + cpu.system) / 1000,
  cpuRunUserMs: cpu.user / 1000,
  cpuRunSystemMs: cpu.system / 1000,
  cpuProcessMs: (total.user + total.system) / 1000,
  childrenCpuMs: childrenBefore !== undefined && childrenAfter !== undefined ? childrenAfter - childrenBefore : undefined,
  maxRssKb: process.resourceUsage().maxRSS,
  vmHwmKb: vmHwmKb(),
  memoryAtEnd: { rssMb: memory.rss / 2 ** 20, heapUsedMb: memory.heapUsed / 2 ** 20, heapTotalMb: memory.heapTotal / 2 ** 20, externalMb: memory.external / 2 ** 20 },
  dependsOn: Object.fromEntries(manifest.shots.map((s) => [s.id, s.dependsOn])),
}));
