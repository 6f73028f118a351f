// Which service a command talks to and with which key: the key from the environment, the host
// from SEEDANCE_BASE_URL, else the manifest's base_url, else the gateway of the product brief.
import { SeedanceError } from '../core/errors.js';

const DEFAULT_BASE_URL = 'https://api.wisgate.ai';

export function baseUrlFor(manifestBaseUrl: string | undefined, env: NodeJS.ProcessEnv): string {
  return env.SEEDANCE_BASE_URL?.trim() || manifestBaseUrl || DEFAULT_BASE_URL;
}

/** The API key from the environment: SEEDANCE_API_KEY, or the official SDKs' ARK_API_KEY. */
export function requireKey(env: NodeJS.ProcessEnv): string {
  const key = (env.SEEDANCE_API_KEY ?? env.ARK_API_KEY)?.trim();
  if (!key) {
    throw new SeedanceError('config.no-key', 'No API key: SEEDANCE_API_KEY (or ARK_API_KEY) is not set, so nothing was sent.', {
      hint: 'Export your key (`export SEEDANCE_API_KEY=...`), or try the tool without an account on the embedded simulator with --simulate.',
    });
  }
  return key;
}
