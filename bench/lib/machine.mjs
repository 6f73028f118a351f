// Machine details recorded with every benchmark, so a figure can be read against the box it came
// from: CPU model, cores, RAM, Node, ffmpeg version, and the load average when the run started.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, type as osType, release } from 'node:os';

function ffmpegVersion() {
  try {
    const out = execFileSync(process.env.FFMPEG_PATH ?? 'ffmpeg', ['-hide_banner', '-version'], { encoding: 'utf8' });
    return /ffmpeg version (\S+)/.exec(out)?.[1] ?? 'unknown';
  } catch {
    return 'not found';
  }
}

function cpuModel() {
  const model = cpus()[0]?.model?.trim();
  if (model) return model;
  try {
    return /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** A snapshot of the machine, taken at the start of a benchmark. */
export function machineDetails() {
  const gb = (bytes) => `${(bytes / 2 ** 30).toFixed(1)} GB`;
  return {
    date: new Date().toISOString(),
    cpu: cpuModel(),
    cores: cpus().length,
    ram: gb(totalmem()),
    freeRam: gb(freemem()),
    os: `${osType()} ${release()}`,
    node: process.version,
    ffmpeg: ffmpegVersion(),
    loadAverage: loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}

/** One line for the top of a benchmark's output. */
export function describeMachine(m = machineDetails()) {
  return `${m.cpu}, ${m.cores} cores, ${m.ram} RAM (${m.freeRam} free), ${m.os}, node ${m.node}, ffmpeg ${m.ffmpeg}, load average ${m.loadAverage} at start (${m.date})`;
}
