// `seedance simulate`: run the embedded Seedance simulator in the foreground until Ctrl-C.
import { SeedanceError } from '../../core/errors.js';
import { parseFaultSpec, parseLatency, startSimulator, type Latency, type SimulatorOptions } from '../../simulator/index.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';

export const simulateCommand: Command = {
  name: 'simulate',
  help: `Usage: seedance simulate [options]

Runs a local server that behaves like the Seedance API, both the native format
(/api/v3/contents/generations/tasks) and the OpenAI-compatible one (/v1/videos), and makes real
MP4s with ffmpeg that show the prompt and the seed. Stops on Ctrl-C.

Options:
  --port N            port to listen on (default: any free port)
  --host H            address to bind (default 127.0.0.1; others only when named here)
  --latency MS        how long a task takes, queued then running: 2000 or 1000-3000 (ms);
                      a quarter of it queued, the rest running (default about 3.5 s)
  --api-key K         accept only this bearer key (default: any non-empty key)
  --url-ttl S         lifetime of signed download URLs in seconds (default 86400)
  --seed N            make latencies, random seeds, ids and faults repeatable
  --running-limit N   running tasks per model; more wait in queued (default 10)
  --rpm N             creates per minute; more get 429 with Retry-After (default 600)
  --fast              no per-task render: one plain clip per size/length/audio (benchmarks)
  --strict-media      inputs it cannot fetch fail the task instead of a placeholder picture
  --state-dir D       keep tasks and files in D, so a restart still knows earlier task ids
  --cache-dir D       where rendered videos are cached (default: a folder under the temp dir)
  --video-override F  serve file F as every task's video (download benchmarks)
  --fault SPEC        a scripted fault, repeatable: [endpoint:]kind[:key=value,...]

Fault kinds: http-429 http-429-no-retry-after http-500 http-502 http-503 drop-before
  drop-after stall malformed-json task-failed task-expired download-truncated download-slow
Endpoints: create query list delete download any (default: the natural one for the kind)
Keys: count skip probability promptIncludes format retryAfter code bytesPerSecond stallMs effect

Exit codes: 0 stopped with Ctrl-C (or SIGTERM), 2 usage error (an option's value).

Examples:
  seedance simulate --port 8787
  seedance simulate --latency 1000-3000 --fault create:http-500:count=2,effect=created
  seedance simulate --fault task-failed:promptIncludes=dragon --fault download-slow:bytesPerSecond=100000`,
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    latency: { type: 'string' },
    'api-key': { type: 'string' },
    'url-ttl': { type: 'string' },
    seed: { type: 'string' },
    'running-limit': { type: 'string' },
    rpm: { type: 'string' },
    fast: { type: 'boolean' },
    'strict-media': { type: 'boolean' },
    'state-dir': { type: 'string' },
    'cache-dir': { type: 'string' },
    'video-override': { type: 'string' },
    fault: { type: 'string', multiple: true },
  },
  allowPositionals: false,
  async run({ values }, io) {
    const options = simulatorOptions(values);
    const simulator = await startSimulator(options);
    const { url } = simulator;
    io.stdout.write(`Seedance simulator listening on ${url}\n`);
    io.stdout.write(`  native:  ${url}/api/v3/contents/generations/tasks    openai: ${url}/v1/videos    stats: ${url}/__simulator/stats\n`);
    io.stdout.write(`Try: curl -s ${url}/api/v3/contents/generations/tasks -H 'Authorization: Bearer ${options.apiKey ?? 'any-key'}' -H 'Content-Type: application/json' -d '{"model":"doubao-seedance-2.0","content":[{"type":"text","text":"A cat walking on the street"}],"resolution":"480p"}'\n`);
    io.stdout.write('Press Ctrl-C to stop.\n');
    await new Promise<void>((resolve) => {
      const stop = (): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    io.stdout.write('Stopping the simulator.\n');
    await simulator.close();
    return EXIT.ok;
  },
};

function int(values: Record<string, unknown>, name: string, min: number, max: number): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new SeedanceError('usage', `--${name}: expected an integer ${min}..${max}, got \`${String(raw)}\`.`, { hint: 'Run `seedance simulate --help`.' });
  }
  return value;
}

/** The library options for the command line's flags. */
export function simulatorOptions(values: Record<string, unknown>): SimulatorOptions {
  const options: SimulatorOptions = {};
  const set = <K extends keyof SimulatorOptions>(key: K, value: SimulatorOptions[K] | undefined): void => {
    if (value !== undefined) options[key] = value;
  };
  set('port', int(values, 'port', 0, 65535));
  set('host', values.host as string | undefined);
  set('apiKey', values['api-key'] as string | undefined);
  set('urlTtlSeconds', int(values, 'url-ttl', 1, 365 * 86400));
  set('seed', int(values, 'seed', 0, Number.MAX_SAFE_INTEGER));
  set('runningLimit', int(values, 'running-limit', 1, 1_000_000));
  set('createsPerMinute', int(values, 'rpm', 1, 10_000_000));
  set('fast', values.fast === true ? true : undefined);
  set('strictMedia', values['strict-media'] === true ? true : undefined);
  set('stateDir', values['state-dir'] as string | undefined);
  set('cacheDir', values['cache-dir'] as string | undefined);
  set('videoOverride', values['video-override'] as string | undefined);
  if (typeof values.latency === 'string') set('latency', splitLatency(parseLatency(values.latency)));
  const faults = (values.fault as string[] | undefined) ?? [];
  if (faults.length > 0) options.faults = faults.map(parseFaultSpec);
  return options;
}

/** A total task time split a quarter queued, three quarters running. */
export function splitLatency(total: Latency): { queuedMs: Latency; runningMs: Latency } {
  const part = (ms: number, share: number): number => Math.round(ms * share);
  if (typeof total === 'number') return { queuedMs: part(total, 0.25), runningMs: part(total, 0.75) };
  return { queuedMs: [part(total[0], 0.25), part(total[1], 0.25)], runningMs: [part(total[0], 0.75), part(total[1], 0.75)] };
}
