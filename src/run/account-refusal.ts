// What a refusal of an account (401/403, at create or while polling) means and what to do about
// it, in words for the warning that sets the account aside and for the shots it leaves.
import { isSeedanceError, type SeedanceError } from '../core/errors.js';
import type { RunAccount } from './account-pool.js';

export interface Refusal {
  /** Why, e.g. "its balance ran out (HTTP 403 AccountOverdueError)". */
  reason: string;
  /** What to do, e.g. "top up account studio-b". */
  todo: string;
}

export function isAccountRefusal(error: unknown): error is SeedanceError {
  return isSeedanceError(error, 'api.http') && (error.status === 401 || error.status === 403);
}

export function refusalOf(account: Pick<RunAccount, 'name' | 'keyEnv'>, error: SeedanceError): Refusal {
  const code = error.serviceCode;
  const http = `HTTP ${error.status ?? '?'}${code ? ` ${code}` : ''}`;
  const name = account.name ?? 'the account';
  if (error.status === 401) {
    return { reason: `its API key is not accepted (${http})`, todo: `check the key in ${account.keyEnv ?? "the account's key_env variable"} (a revoked or mistyped key)` };
  }
  if (code === 'AccountOverdueError') return { reason: `its balance ran out (${http})`, todo: `top up ${name} in the provider's console` };
  return { reason: `the account may not use the service or this model (${http})`, todo: `check ${name}'s access to the model in the provider's console` };
}
