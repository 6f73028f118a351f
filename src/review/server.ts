// `seedance review`'s server: the review page, its version, the pick action and the output
// folder's media, on 127.0.0.1 only, to this session's browser only (guard.ts). It reads the
// manifest, the lock and the output folder, writes nothing but a pick's `take:` (and the report's
// thumbnails), needs no API key and sends nothing to the service. No CORS: another origin can
// neither read an answer nor send an action.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { asSeedanceError } from '../core/fs-errors.js';
import type { ResolvedManifest } from '../manifest/types.js';
import { lockPathFor } from '../state/lock.js';
import { outputFileFor, sendFile } from './files.js';
import { ReviewGuard, TOKEN_HEADER } from './guard.js';
import { buildReviewPage } from './page.js';
import { pickFromPage } from './pick.js';
import { reviewVersion } from './version.js';

export interface ReviewOptions {
  /** The manifest, loaded and checked by the caller; it is loaded again for every page. */
  manifest: ResolvedManifest;
  /** The manifest as the user named it (default: its absolute path), for the commands the page shows. */
  manifestArg?: string;
  allowPaths?: readonly string[];
  /** Default 0: a free port. */
  port?: number;
}

export interface ReviewServer {
  /** The page's address with the session's token: the one link that opens it. */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Not framed by another page (a click on a pick button must be the user's own).
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
};
const MAX_ACTION_BYTES = 4096;

export async function startReview(options: ReviewOptions): Promise<ReviewServer> {
  const manifestFile = options.manifest.file;
  const context = { manifestFile, manifestArg: options.manifestArg ?? manifestFile, ...(options.allowPaths ? { allowPaths: options.allowPaths } : {}) };
  // The output folder served: the one of the manifest the last page was built from.
  let output = options.manifest.output;

  const handle = async (req: IncomingMessage, res: ServerResponse, gate: ReviewGuard): Promise<void> => {
    const url = new URL(req.url ?? '/', gate.origin);
    const action = req.method === 'POST';
    // The first load carries the token in its query: it becomes a cookie, and the address loses it.
    const fromQuery = gate.queryToken(url);
    if (url.pathname === '/' && req.method === 'GET' && fromQuery !== undefined && gate.isToken(fromQuery) && req.headers.host === gate.host) {
      res.writeHead(303, { ...SECURITY_HEADERS, Location: '/', 'Set-Cookie': gate.cookie(), 'Cache-Control': 'no-store' }).end();
      return;
    }
    const refused = gate.refusal(req, !action);
    if (refused) return text(res, 403, refused);
    if (action) {
      if (url.pathname !== '/.review/pick') return text(res, 404, `There is no action ${url.pathname}.`);
      if (!String(req.headers['content-type']).startsWith('application/json')) return text(res, 415, 'A pick is sent as JSON.');
      const body = await readBody(req);
      if (body === undefined) return text(res, 413, 'A pick is a few bytes of JSON; this request was larger or unreadable.');
      const asked = parseJson(body);
      const answer = await pickFromPage(context, asked?.shot, asked?.take);
      return json(res, answer.status, answer);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(res, 405, `${req.method ?? 'This method'} is not answered here: the review page only reads, and picks with POST.`);
    if (url.pathname === '/') {
      const page = await buildReviewPage({ ...context, token: gate.token });
      if (page.manifest) output = page.manifest.output;
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : page.html);
      return;
    }
    // The browser asks for an icon the page does not have: no answer, rather than a 404 in its console.
    if (url.pathname === '/favicon.ico') return void res.writeHead(204, SECURITY_HEADERS).end();
    if (url.pathname === '/.review/version') return json(res, 200, { version: await reviewVersion(manifestFile, lockPathFor(manifestFile)) });
    const file = await outputFileFor(output, url.pathname);
    if (!file) return text(res, 404, `Not found: ${url.pathname} is not a picture or clip in the output folder.`);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    sendFile(req, res, file);
  };

  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  // The guard needs the port, so requests are answered from here on.
  const gate = new ReviewGuard((server.address() as AddressInfo).port);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res, gate).catch((error: unknown) => {
      const e = asSeedanceError(error);
      if (!res.headersSent) text(res, 500, `error[${e.code}] ${e.message}${e.hint ? `\nnext: ${e.hint}` : ''}`);
      else res.destroy();
    });
  });
  return {
    url: `${gate.origin}/?token=${gate.token}`,
    origin: gate.origin,
    token: gate.token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function text(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end(message + '\n');
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(value));
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_ACTION_BYTES) {
        resolve(undefined);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(undefined));
  });
}

function parseJson(body: string): { shot?: unknown; take?: unknown } | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return value && typeof value === 'object' ? (value as { shot?: unknown; take?: unknown }) : undefined;
  } catch {
    return undefined;
  }
}

export { TOKEN_HEADER };
