// Turn an error answer of the service into a SeedanceError whose message says what happened,
// why, and what to do next. The service's own code is kept for decisions.
import { SeedanceError } from '../core/errors.js';
import { redactUrl } from './redact.js';

interface ServiceErrorBody {
  error?: { code?: string; message?: string; param?: string; type?: string } | string;
}

function serviceError(json: unknown): { code?: string; message?: string; param?: string } {
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
  // What happened first, in words; then the service's own answer; then where it came from.
  const said = message ? `: ${message.trim().replace(/[.\s]+$/, '')}` : '';
  const what = `${leadFor(status, code)}: HTTP ${status}${code ? ` ${code}` : ''}${said}${param ? ` (parameter \`${param}\`)` : ''}; ${method} ${redactUrl(url)}.`;
  return new SeedanceError('api.http', what, {
    hint: hintFor(status, code),
    status,
    ...(code ? { serviceCode: code } : {}),
    ...(param ? { param } : {}),
    ...(retryAfterMs !== undefined ? { retryAfter: retryAfterMs / 1000 } : {}),
  });
}

function leadFor(status: number, code: string | undefined): string {
  if (status === 401) return 'The service refused the API key';
  if (code === 'AccountOverdueError') return 'The service refused the request because the account is overdue';
  if (status === 403) return 'The service denied access';
  if (code === 'ModelNotOpen') return 'The model is not enabled for this account';
  if (status === 404) return 'The service does not know this model or endpoint';
  if (status === 429) return code?.startsWith('Quota') ? 'The account\'s quota is used up' : 'The service is rate limiting';
  if (code?.includes('Sensitive')) return 'The service refused an input under its content policy';
  if (status === 400) return 'The service refused the request as invalid';
  if (status >= 500) return 'The service had an internal error';
  return 'The service answered with an error';
}

function hintFor(status: number, code: string | undefined): string {
  if (status === 401) return 'Set SEEDANCE_API_KEY (or ARK_API_KEY) to a valid key for this service (a key of one provider does not work at another; `base_url:` or SEEDANCE_BASE_URL picks the service). Nothing was created, so nothing was billed.';
  if (code === 'AccountOverdueError') return 'The account is overdue: top it up in the provider\'s console, then run again (finished shots are kept).';
  if (status === 403) return 'The account may not use this model or resource: enable the model in the provider\'s console, or check the key\'s permissions.';
  if (code === 'ModelNotOpen') return 'The model is not enabled for this account: enable it in the provider\'s console, or pick another model.';
  if (status === 404) return 'The model id or endpoint is unknown to this service: check `model:` in the manifest and the base URL.';
  if (status === 429 && code?.startsWith('Quota')) return 'Top up or raise the quota in the provider\'s console, then run again (finished shots are kept).';
  if (status === 429) return 'It was retried with backoff and still refused. Wait a minute and run again (finished shots are kept); if it keeps happening, lower `concurrency:` (or pass --concurrency 1) or ask the provider for a higher per-minute limit.';
  if (code?.startsWith('Input') && code.includes('Sensitive')) return 'Change the prompt or the media of this shot (real human faces in reference media are refused by 2.0), then run again; refused requests are not billed.';
  if (status === 400) return 'The service refused the request as invalid: fix the shot in the manifest (`seedance plan` shows the exact request). It is not retried.';
  if (status >= 500) return 'It was retried and kept failing: try again later (finished shots are kept, and tasks already submitted are picked up by their ids).';
  return 'See the service\'s message above.';
}
