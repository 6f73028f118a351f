// Which service a command talks to and with which key: the key from the environment (checked
// before anything is sent), the host from --base-url, else SEEDANCE_BASE_URL, else the manifest's
// base_url, else the gateway of the product brief; and the key goes there only when the user
// chose or trusts that host (trust.ts decides).
import { readFile } from 'node:fs/promises';
import { SeedanceError } from '../core/errors.js';
import { redactSecrets } from './redact.js';
import { DEFAULT_BASE_URL, parseTrustedHosts, trustedBaseUrl, trustedHostsFile, type BaseUrlSource } from './trust.js';

/** The base URL as configured, unchecked: for showing it (a run with a client of its own); `chooseService` for sending. */
export function baseUrlFor(manifestBaseUrl: string | undefined, env: NodeJS.ProcessEnv): string {
  return env.SEEDANCE_BASE_URL?.trim() || manifestBaseUrl || DEFAULT_BASE_URL;
}

/** The API key from the environment: SEEDANCE_API_KEY, or the official SDKs' ARK_API_KEY. Its characters are checked. */
export function requireKey(env: NodeJS.ProcessEnv): string {
  const key = (env.SEEDANCE_API_KEY ?? env.ARK_API_KEY)?.trim();
  if (!key) {
    throw new SeedanceError('config.no-key', 'No API key: SEEDANCE_API_KEY (or ARK_API_KEY) is not set, so nothing was sent.', {
      hint: 'Export your key (`export SEEDANCE_API_KEY=...`), or try the tool without an account on the embedded simulator with --simulate.',
    });
  }
  return checkKey(key, env.SEEDANCE_API_KEY !== undefined ? 'SEEDANCE_API_KEY' : 'ARK_API_KEY');
}

/** The key, or a usage error saying what is wrong with it (never the key itself). `where` names its source. */
export function checkKey(key: string, where: string): string {
  const problem = keyProblem(key);
  if (problem === undefined) return key;
  throw new SeedanceError('config.bad-key', `The API key in ${where} ${problem}. A key is letters, digits and plain punctuation, so it cannot be right, and nothing was sent.`, {
    hint: `Copy the key again from the provider's console as plain text (an editor, a chat app or a PDF may have turned quotes typographic or added a line break), then set it again: \`export ${where.includes(' ') ? 'SEEDANCE_API_KEY' : where}='...'\`.`,
  });
}

/**
 * What makes `key` unusable, e.g. `contains a line break (LF) at position 41`, or undefined.
 * A key is printable ASCII without spaces: anything else cannot travel in the Authorization
 * header or was pasted by accident. Positions count characters from 1.
 */
export function keyProblem(key: string): string | undefined {
  const chars = Array.from(key);
  if (chars.length >= 2 && /^["'`]$/.test(chars[0] as string) && chars.at(-1) === chars[0]) {
    return `is wrapped in quotes (${chars[0]}…${chars[0]}): the quotes are not part of the key`;
  }
  const bad = chars.map((char, i) => ({ what: describeChar(char), at: i + 1 })).filter((c): c is { what: string; at: number } => c.what !== undefined);
  const first = bad[0];
  if (!first) return undefined;
  const more = bad.length > 1 ? `, and ${bad.length - 1} more character${bad.length > 2 ? 's' : ''} a key cannot contain` : '';
  return `contains ${first.what} at position ${first.at}${more}`;
}

function describeChar(char: string): string | undefined {
  const c = char.codePointAt(0) as number;
  if (c >= 0x21 && c <= 0x7e) return undefined;
  const u = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  if (c === 0x0a) return 'a line break (LF)';
  if (c === 0x0d) return 'a carriage return (CR)';
  if (c === 0x09) return 'a tab';
  if (c === 0x20) return 'a space';
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return `a control character (${u})`;
  if ((c >= 0x2018 && c <= 0x201f) || c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a || c === 0xff02 || c === 0xff07 || c === 0x2032 || c === 0x2033) return `a typographic quote (${u})`;
  if (c === 0xa0 || c === 0x2007 || c === 0x202f) return `a non-breaking space (${u})`;
  if ((c >= 0x2000 && c <= 0x200a) || c === 0x205f || c === 0x3000) return `a space character (${u})`;
  if ((c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff || c === 0xad) return `an invisible character (${u})`;
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return `a typographic dash (${u})`;
  if (/\p{Extended_Pictographic}/u.test(char) || c === 0xfe0f || (c >= 0x1f3fb && c <= 0x1f3ff)) return `an emoji (${u})`;
  return `a non-ASCII character (${u})`;
}

export interface ServiceChoice {
  /** Where requests go (as the user wrote it; may hold user:password, so never print it: redactUrl). */
  baseUrl: string;
  apiKey: string;
  source: BaseUrlSource;
}

/**
 * The host and key a command sends with, decided before anything is sent: the key is checked, and
 * the host must be one the user chose or trusts (otherwise a usage error naming the three ways to
 * trust it). `flag` is --base-url or the library's baseUrl; `apiKey` a key given in code.
 */
export async function chooseService(input: { manifestBaseUrl?: string | undefined; env: NodeJS.ProcessEnv; flag?: string | undefined; apiKey?: string | undefined }): Promise<ServiceChoice> {
  const apiKey = input.apiKey !== undefined ? explicitKey(input.apiKey) : requireKey(input.env);
  const { file, entries } = await userTrustedHosts(input.env);
  const decision = trustedBaseUrl({ manifestBaseUrl: input.manifestBaseUrl, env: input.env, flag: input.flag, allowlist: entries, allowlistFile: file });
  if ('refusal' in decision) {
    // The key pasted into the URL variable by mistake must not be printed either.
    const { refusal } = decision;
    throw new SeedanceError(refusal.code, redactSecrets(refusal.message, [apiKey]), refusal.hint ? { hint: redactSecrets(refusal.hint, [apiKey]) } : {});
  }
  return { baseUrl: decision.url, apiKey, source: decision.source };
}

/** The user's trusted-hosts file and its entries (none when it does not exist or cannot be read). */
export async function userTrustedHosts(env: NodeJS.ProcessEnv): Promise<{ file: string; entries: string[] }> {
  const file = trustedHostsFile(env);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { file, entries: [] };
  }
  const { entries, ignored } = parseTrustedHosts(text);
  // Unreadable lines are kept: a refusal names them.
  return { file, entries: [...entries, ...ignored] };
}

function explicitKey(key: string): string {
  const trimmed = key.trim();
  if (!trimmed) {
    throw new SeedanceError('config.no-key', 'No API key: the apiKey option is empty, so nothing was sent.', { hint: 'Pass the key (or leave apiKey out to use SEEDANCE_API_KEY), or run on the embedded simulator with simulate: true.' });
  }
  return checkKey(trimmed, 'the apiKey option');
}
