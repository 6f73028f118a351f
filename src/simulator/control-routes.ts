// /__simulator/*: counters and faults for tests that drive a simulator in another process.
//   GET /__simulator/stats          the SimulatorStats JSON
//   POST /__simulator/reset-stats   zero the counters
//   GET /__simulator/faults         the fault rules in force
//   POST /__simulator/faults        add a FaultRule, or an array of them
//   DELETE /__simulator/faults      remove every fault rule
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isSeedanceError } from '../core/errors.js';
import { ApiFailure, errorBody, invalid } from './api-error.js';
import type { SimContext } from './context.js';
import { parseJson, readBody, sendJson } from './http-util.js';
import type { FaultRule } from './types.js';

export function statsOf(context: SimContext): ReturnType<SimContext['stats']['snapshot']> {
  context.engine.advance(Date.now());
  return context.stats.snapshot(context.store.all(), context.engine.inFlight);
}

export async function controlRoute(context: SimContext, req: IncomingMessage, res: ServerResponse, path: string, method: string): Promise<void> {
  try {
    const body = method === 'POST' ? await readBody(req) : (req.resume(), undefined);
    if (path === '/__simulator/stats' && method === 'GET') return sendJson(res, 200, statsOf(context));
    if (path === '/__simulator/reset-stats' && method === 'POST') {
      context.stats.reset(Date.now(), context.engine.inFlight);
      return sendJson(res, 200, statsOf(context));
    }
    if (path === '/__simulator/faults') {
      if (method === 'GET') return sendJson(res, 200, { faults: context.faults.list() });
      if (method === 'DELETE') {
        context.faults.clear();
        return sendJson(res, 200, { faults: [] });
      }
      if (method === 'POST') {
        const parsed = parseJson(body ?? Buffer.alloc(0));
        const rules = (Array.isArray(parsed) ? parsed : [parsed]) as FaultRule[];
        for (const rule of rules) {
          try {
            context.faults.add(rule);
          } catch (error) {
            throw isSeedanceError(error) ? invalid('body', error.message) : error;
          }
        }
        return sendJson(res, 200, { faults: context.faults.list() });
      }
    }
    throw new ApiFailure(404, 'NotFound', `No control endpoint ${method} ${path}. Try GET /__simulator/stats.`);
  } catch (error) {
    const failure = error instanceof ApiFailure ? error : new ApiFailure(500, 'InternalServiceError', (error as Error).message);
    sendJson(res, failure.status, errorBody(failure, 'native'));
  }
}
