// Turn an error answer of the service into a SeedanceError whose message says what happened,
// why, and what to do next. The service's own code is kept for decisions.
import { SeedanceError } from '../errors.js';
import { redactUrl } from './redact.js';

interface ServiceErrorBody {
  error?: { code?: string; message?: string; param?: string; type?: string } | string;
}

export function serviceError(json: unknown): { code?: string; message?: string; param?: string } {
  const error = (json as ServiceErrorBody | undefined)?.error;
  if (typeof error === 'string') return { message: error };
  if (!error || typeof error !== 'object') return {};
  return {
    ...(typeof error.code === 'string' ? { code: error.code } : {}),
    ...(typeof error.message === 'string' ? { message: error.message } : {}),
    ...(typeof error.param === 'string' ? { param: error.param } : {}),
  };
}

export function httpError(status: number, json: unknown, method: string, url: string, retryAfterMs?: number): SeedanceError {
  const { code, message, param } = serviceError(json);
  const what = `${method} ${redactUrl(url)} answered HTTP ${status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}${param ? ` (param ${param})` : ''}.`;
  return new SeedanceError('api.http', what, {
    hint: hintFor(status, code),
    status,
    ...(code ? { serviceCode: code } : {}),
    ...(retryAfterMs !== undefined ? { retryAfter: retryAfterMs / 1000 } : {}),
  });
}

function hintFor(status: number, code: string | undefined): string {
  if (status === 401) return 'The API key was refused. Set SEEDANCE_API_KEY (or ARK_API_KEY) to a valid key for this base URL.';
  if (code === 'AccountOverdueError') return 'The account is overdue: top it up in the provider\'s console, then run again (finished shots are kept).';
  if (status === 403) return 'The account may not use this model or resource: enable the model in the provider\'s console, or check the key\'s permissions.';
  if (code === 'ModelNotOpen') return 'The model is not enabled for this account: enable it in the provider\'s console, or pick another model.';
  if (status === 404) return 'The model id or endpoint is unknown to this service: check `model:` in the manifest and the base URL.';
  if (status === 429) return 'The service is rate limiting: the tool waits and retries; lower `concurrency` if this keeps happening.';
  if (code?.startsWith('Input') && code.includes('Sensitive')) return 'The service\'s content policy refused an input: change the prompt or the media of this shot.';
  if (status === 400) return 'The service refused the request as invalid: fix the shot in the manifest (`seedance plan` shows the exact request). It is not retried.';
  if (status >= 500) return 'The service had an internal problem: the tool retries; if it persists, try again later.';
  return 'See the service\'s message above.';
}
