// What a refused account's warning says (issue 17): the reason by HTTP status and service code,
// and what to do about it, naming the account and its key's variable, never the key.
import { describe, expect, it } from 'vitest';
import { SeedanceError } from '../../src/core/errors.js';
import { isAccountRefusal, refusalOf } from '../../src/run/account-refusal.js';

const http = (status: number, serviceCode?: string): SeedanceError => new SeedanceError('api.http', `HTTP ${status}`, { status, ...(serviceCode ? { serviceCode } : {}) });

describe('refusalOf', () => {
  it('tells a key not accepted, a balance run out and an account without access apart', () => {
    const account = { name: 'studio-b', keyEnv: 'KEY_B' };
    expect(refusalOf(account, http(401, 'AuthenticationError'))).toEqual({ reason: 'its API key is not accepted (HTTP 401 AuthenticationError)', todo: 'check the key in KEY_B (a revoked or mistyped key)' });
    expect(refusalOf(account, http(403, 'AccountOverdueError'))).toEqual({ reason: 'its balance ran out (HTTP 403 AccountOverdueError)', todo: "top up studio-b in the provider's console" });
    expect(refusalOf(account, http(403, 'AccessDenied')).reason).toBe('the account may not use the service or this model (HTTP 403 AccessDenied)');
    expect(isAccountRefusal(http(403))).toBe(true);
    expect(isAccountRefusal(http(429))).toBe(false);
    expect(isAccountRefusal(new Error('HTTP 401'))).toBe(false);
  });
});
