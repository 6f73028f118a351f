// Small servers of our own on 127.0.0.1:0 for the trust tests: one that records every request
// (and passes it on to the simulator, so a run through it works), one whose handler the test
// writes (trickling answers, huge declared sizes), and a port where nothing listens.
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface Loopback {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** A server on 127.0.0.1:0 with the test's handler; close() ends every connection still open. */
export async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Loopback> {
  const sockets = new Set<Socket>();
  const server: Server = createServer(handler);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface Seen {
  method: string;
  path: string;
  authorization: string | undefined;
}

export interface Recorder extends Loopback {
  /** Every request that arrived, in order. */
  seen: Seen[];
}

/** Records every request, then passes it on to `target` (the simulator) and relays its answer. */
export async function startRecorder(target: string): Promise<Recorder> {
  const seen: Seen[] = [];
  const upstream = new URL(target);
  const server = await listen((req, res) => {
    seen.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization });
    const forward = request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  return { ...server, seen };
}

/**
 * In front of the simulator: relays every request and rewrites the simulator's address in JSON
 * answers to its own, so files are fetched through it too. `answer` may answer a request itself
 * (true: handled); `send` writes a relayed body (default: all at once).
 */
export async function simulatorRelay(
  simUrl: string,
  hooks: { answer?: (req: IncomingMessage, res: ServerResponse) => boolean; send?: (req: IncomingMessage, res: ServerResponse, body: Buffer, json: boolean) => void } = {},
): Promise<Loopback> {
  const target = new URL(simUrl);
  const server: Loopback = await listen((req, res) => {
    if (hooks.answer?.(req, res)) return;
    const forward = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const json = String(answer.headers['content-type']).includes('json');
        const body = json ? Buffer.from(Buffer.concat(chunks).toString().split(simUrl).join(server.url)) : Buffer.concat(chunks);
        const headers = { ...answer.headers, 'content-length': String(body.length) };
        delete headers['transfer-encoding'];
        res.writeHead(answer.statusCode ?? 502, headers);
        if (hooks.send) hooks.send(req, res, body, json);
        else res.end(body);
      });
    });
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  return server;
}

/** A loopback port where nothing listens (a server was there a moment ago). */
export async function closedPort(): Promise<number> {
  const server = await listen((_req, res) => res.end());
  await server.close();
  return server.port;
}

/**
 * An environment with no trusted hosts of the user's own: the config folder and home are inside
 * `dir`, so the machine's ~/.config/seedance/trusted-hosts plays no part.
 */
export function isolatedEnv(dir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: join(dir, 'home'), XDG_CONFIG_HOME: join(dir, 'config'), ...extra };
}

/** Write the user's trusted-hosts file under the isolated config folder of `dir`. */
export async function writeTrustedHostsFile(dir: string, text: string): Promise<string> {
  const folder = join(dir, 'config', 'seedance');
  await mkdir(folder, { recursive: true });
  const file = join(folder, 'trusted-hosts');
  await writeFile(file, text);
  return file;
}
