// startSimulator: a local server that behaves like the Seedance API (both wire formats) and
// makes real videos. Loopback by default; any other host only when named explicitly.
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { errorBody, internalFailure } from './api-error.js';
import { pruneRenders } from './cache-prune.js';
import type { SimContext } from './context.js';
import { statsOf } from './control-routes.js';
import { dispatch } from './dispatch.js';
import { keyLabel } from './http-util.js';
import { Engine } from './engine.js';
import { FaultBook } from './faults.js';
import { ownReader } from './file-routes.js';
import { resolveOptions } from './options.js';
import { randomStreams } from './random.js';
import { Renderer } from './renderer.js';
import { UrlSigner } from './signing.js';
import { CreateRateWindow, StatsCounter } from './stats.js';
import { TaskStore } from './task-store.js';
import type { Simulator, SimulatorOptions } from './types.js';

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const opts = resolveOptions(options);
  const store = await TaskStore.open(opts.stateDir);
  const renderer = new Renderer(opts.cacheDir);
  await pruneRenders(renderer.rendersDir, opts.cacheMaxBytes);
  const random = randomStreams(opts.seed);
  const faults = new FaultBook(random.faults);
  for (const rule of options.faults ?? []) faults.add(rule);
  const closing = new AbortController();
  let port = 0;
  // callback_url is stored and echoed, never called: the simulator makes no outbound requests.
  const stats = new StatsCounter();
  const runningLimits: Record<string, number> = {};
  for (const [key, entry] of Object.entries(opts.keys)) if (entry.runningLimit !== undefined) runningLimits[keyLabel(key, opts.keys)] = entry.runningLimit;
  const engine = new Engine(
    store,
    renderer,
    { runningLimit: opts.runningLimit, runningLimits, fast: opts.fast, ...(opts.videoOverride ? { videoOverride: opts.videoOverride } : {}) },
    undefined,
    (owner, counts) => stats.keyPeaks(owner, counts),
  );
  const context: SimContext = {
    apiKey: opts.apiKey,
    keys: opts.keys,
    isolateKeys: opts.isolateKeys,
    store,
    engine,
    signer: new UrlSigner(store.secret, opts.urlTtlSeconds),
    faults,
    stats,
    rate: new CreateRateWindow(opts.createsPerMinute),
    closing: closing.signal,
    createDeps: {
      store,
      engine,
      faults,
      random,
      reader: ownReader(() => context, () => port, opts.host),
      inputsDir: renderer.inputsDir,
      latency: opts.latency,
      strictMedia: opts.strictMedia,
    },
  };
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    dispatch(context, req, res).catch((error: unknown) => {
      // A bug: answer as the service does on an internal error rather than hanging up.
      if (!res.headersSent) {
        const failure = internalFailure(error);
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify(errorBody(failure, 'native')));
      } else {
        res.destroy();
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  port = await listen(server, opts.port, opts.host);
  const url = `http://${urlHost(opts.host)}:${port}`;
  engine.advance(Date.now());
  let closed: Promise<void> | undefined;
  return {
    url,
    stats: () => statsOf(context),
    resetStats: () => context.stats.reset(Date.now(), engine.inFlight),
    addFault: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
    close: () => {
      closed ??= (async () => {
        closing.abort();
        engine.close();
        const done = new Promise<void>((resolve) => server.close(() => resolve()));
        for (const socket of sockets) socket.destroy();
        await done;
        await store.flush();
      })();
      return closed;
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** The host for URLs clients use: a wildcard bind address is reached through loopback. */
function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

