// One HTTP request from arrival to answer: route it, count it, check the key, read the body,
// and let a scripted fault replace, delay, garble or cut the answer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiFailure, errorBody, internalFailure, type WireFormat } from './api-error.js';
import { createRoute, deleteRoute, listRoute, queryRoute } from './api-routes.js';
import type { SimContext } from './context.js';
import { controlRoute } from './control-routes.js';
import type { Endpoint } from './faults.js';
import { openAiContentRoute, signedFileRoute } from './file-routes.js';
import { checkAuth, keyLabel, parseJson, pause, readBody, sendJson, type Reply } from './http-util.js';
import { promptOf } from './request.js';
import type { ViewContext } from './task-view.js';

const NATIVE = '/api/v3/contents/generations/tasks';

interface Call {
  endpoint: Endpoint;
  format: WireFormat;
  auth: boolean;
  /** Read a JSON body (creates). */
  body: boolean;
  /** The task the request concerns, for prompt-matched faults. */
  taskId?: string;
  /** Writes its own answer (file downloads) instead of returning a Reply. */
  streams: boolean;
  /** `owner`: the label of the request's key (authenticated calls). */
  run: (body: unknown, signal: AbortSignal, owner: string | undefined) => Promise<Reply | 'streamed'>;
}

export async function dispatch(context: SimContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const now = Date.now();
  context.engine.advance(now);
  const base = `http://${req.headers.host ?? 'localhost'}`;
  const url = new URL(req.url ?? '/', base);
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
  const view: ViewContext = { baseUrl: base, signer: context.signer, now };
  const method = req.method ?? 'GET';
  if (path.startsWith('/__simulator/')) return controlRoute(context, req, res, path, method);
  const call = route(context, req, res, path, method, url, view);
  if (!call) {
    req.resume();
    const format: WireFormat = path.startsWith('/v1/') ? 'openai' : 'native';
    sendJson(res, 404, errorBody({ status: 404, code: 'NotFound', message: `No endpoint ${method} ${path} here. The simulator serves ${NATIVE} and /v1/videos.` }, format));
    return;
  }
  await perform(context, req, res, call);
}

function route(context: SimContext, req: IncomingMessage, res: ServerResponse, path: string, method: string, url: URL, view: ViewContext): Call | undefined {
  const json = (endpoint: Endpoint, format: WireFormat, run: Call['run'], extra: Partial<Call> = {}): Call => ({ endpoint, format, auth: true, body: false, streams: false, run, ...extra });
  if (path === NATIVE && method === 'POST') return json('create', 'native', (body, _signal, owner) => createRoute(context, 'native', body, view, owner), { body: true });
  if (path === NATIVE && method === 'GET') return json('list', 'native', async (_body, _signal, owner) => listRoute(context, url.searchParams, view, owner));
  const task = /^\/api\/v3\/contents\/generations\/tasks\/([^/]+)$/.exec(path);
  if (task) {
    const id = decodeURIComponent(task[1] as string);
    if (method === 'GET') return json('query', 'native', async (_body, _signal, owner) => queryRoute(context, 'native', id, view, owner), { taskId: id });
    if (method === 'DELETE') return json('delete', 'native', async (_body, _signal, owner) => deleteRoute(context, id, view.now, owner), { taskId: id });
  }
  if (path === '/v1/videos' && method === 'POST') return json('create', 'openai', (body, _signal, owner) => createRoute(context, 'openai', body, view, owner), { body: true });
  const video = /^\/v1\/videos\/([^/]+)(\/content)?$/.exec(path);
  if (video && method === 'GET') {
    const id = decodeURIComponent(video[1] as string);
    if (!video[2]) return json('query', 'openai', async (_body, _signal, owner) => queryRoute(context, 'openai', id, view, owner), { taskId: id });
    return json('download', 'openai', async (_body, signal) => (await openAiContentRoute(context, req, res, id, signal), 'streamed'), { taskId: id, streams: true });
  }
  if (path.startsWith('/__files/') && (method === 'GET' || method === 'HEAD')) {
    const taskId = decodeURIComponent(path.split('/')[2] ?? '');
    const format = context.store.get(taskId)?.format ?? 'native';
    return json('download', format, async (_body, signal) => (await signedFileRoute(context, req, res, url, signal), 'streamed'), { auth: false, taskId, streams: true });
  }
  return undefined;
}

function count(context: SimContext, call: Call, method: string): void {
  const { stats } = context;
  if (call.endpoint === 'create') stats.createRequests++;
  else if (call.endpoint === 'query') stats.queries++;
  else if (call.endpoint === 'list') stats.lists++;
  else if (call.endpoint === 'delete') stats.deletes++;
  else if (method !== 'HEAD') stats.downloads++;
}

async function perform(context: SimContext, req: IncomingMessage, res: ServerResponse, call: Call): Promise<void> {
  count(context, call, req.method ?? 'GET');
  const requestGone = new AbortController();
  res.on('close', () => requestGone.abort());
  const signal = AbortSignal.any([context.closing, requestGone.signal]);
  let body: unknown;
  let bodyError: unknown;
  let owner: string | undefined;
  try {
    if (call.auth) owner = keyLabel(checkAuth(req, context.apiKey, context.keys), context.keys);
    if (call.body) {
      try {
        body = parseJson(await readBody(req));
      } catch (error) {
        bodyError = error; // answered after the fault decision, like any other refusal
      }
    } else {
      req.resume();
    }
  } catch (error) {
    req.resume();
    return send(res, failureReply(error, call.format));
  }
  const prompt = call.body ? promptOf(body) : (context.store.get(call.taskId ?? '')?.prompt ?? '');
  const fault = context.faults.pick('request', { endpoint: call.endpoint, format: call.format, prompt });
  const attempt = async (): Promise<Reply | 'streamed'> => {
    try {
      if (bodyError) throw bodyError;
      return await call.run(body, signal, owner);
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return 'streamed';
      }
      return failureReply(error, call.format);
    }
  };
  // "Process" for faults that act first: a download has nothing to process.
  const process = async (): Promise<Reply> => {
    const reply = call.streams ? { status: 200, json: {} } : await attempt();
    return reply === 'streamed' ? { status: 200, json: {} } : reply;
  };
  switch (fault?.kind) {
    case 'drop-before':
      return drop(res);
    case 'drop-after':
      await process();
      return drop(res);
    case 'http-400': {
      // A content-policy refusal at create: nothing is made, and the error names the input.
      const code = fault.code ?? 'InputTextSensitiveContentDetected';
      const param = fault.param ?? (code.startsWith('InputImage') ? 'content[1].image_url' : 'content[0].text');
      return send(res, failureReply(new ApiFailure(400, code, `The request was refused under the content policy (simulated fault ${code}); nothing was created.`, param), call.format));
    }
    case 'http-429':
    case 'http-429-no-retry-after': {
      const headers: Record<string, string> = fault.kind === 'http-429' ? { 'retry-after': String(fault.retryAfter ?? 1) } : {};
      const code = fault.code ?? 'RateLimitExceeded.EndpointRPMExceeded';
      return send(res, failureReply(new ApiFailure(429, code, 'Too many requests (simulated fault); nothing was created. Wait and retry.', undefined, headers), call.format));
    }
    case 'http-500':
    case 'http-502':
    case 'http-503': {
      if (fault.effect === 'created' && call.endpoint === 'create') await process();
      const status = Number(fault.kind.slice(5));
      const code = fault.code ?? (status === 500 ? 'InternalServiceError' : status === 502 ? 'BadGateway' : 'ServiceUnavailable');
      return send(res, failureReply(new ApiFailure(status, code, `The service had an internal problem (simulated HTTP ${status}).`), call.format));
    }
    case 'malformed-json': {
      const reply = await process();
      const text = JSON.stringify(reply.json);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(`${text.slice(0, Math.max(1, Math.floor(text.length / 2)))}<!-- truncated`);
      return;
    }
    case 'stall': {
      const early = fault.effect === 'created' ? await process() : undefined;
      await pause(fault.stallMs, signal);
      if (signal.aborted) return drop(res);
      if (early) return send(res, early);
      break;
    }
    default:
      break;
  }
  const reply = await attempt();
  if (reply !== 'streamed') send(res, reply);
}

function send(res: ServerResponse, reply: Reply): void {
  if (res.destroyed) return;
  sendJson(res, reply.status, reply.json, reply.headers);
}

function drop(res: ServerResponse): void {
  res.socket?.destroy();
  res.destroy();
}

function failureReply(error: unknown, format: WireFormat): Reply {
  const failure = error instanceof ApiFailure ? error : internalFailure(error);
  return { status: failure.status, json: errorBody(failure, format), headers: failure.headers };
}
