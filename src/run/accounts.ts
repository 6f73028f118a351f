// The accounts file (issue 17): several accounts of the service, each with its own limits, so a
// run can keep more tasks in flight than one account allows. The file names, per account, the
// environment variable that holds its key, never the key: it is kept out of the manifest and out
// of git (SEEDANCE_ACCOUNTS=<file>, `seedance run --accounts <file>`, the library's `accounts`).
//
//   accounts:
//     - { name: studio-a, key_env: KEY_A, running: 10, rpm: 600 }
//     - { name: studio-b, key_env: KEY_B, tier: personal }   # 3 running, 180 creates a minute
//
// Limits are per model, as the service keeps them (slot-limits.ts); 4k has its own.
//
// Errors are usage errors (exit 2) that name the file, line and column; none of them ever holds
// a key (a `key:` field is refused without echoing its value).
import { readFile } from 'node:fs/promises';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { checkKey, chooseService } from '../api/endpoint.js';
import { SeedanceError } from '../core/errors.js';
import type { AccountTier, ServiceLimits } from './slot-limits.js';

/** BytePlus caps queued tasks at about 120 an account (API.md). */
export const DEFAULT_QUEUED_CAP = 120;
/** Tasks submitted beyond each slot's running limit, so the service starts the next one at once. */
export const DEFAULT_QUEUE_AHEAD = 2;

/** One account as the file describes it (explicit numbers win over the tier's, per model). */
export interface AccountConfig {
  name: string;
  /** The environment variable holding the key. */
  keyEnv: string;
  limits: ServiceLimits;
  /** Most tasks of a run queued at the service on this account. */
  queued: number;
  /** Tasks submitted beyond each slot's running limit (at most that limit). */
  queueAhead: number;
  baseUrl?: string;
  /** Only these models (ids as the manifest writes them) may be made on this account. */
  models?: string[];
}

/** An account ready to send to: its key (from the environment) and the host it may go to. */
export interface ResolvedAccount extends AccountConfig {
  apiKey: string;
  /** The base URL the key goes to: the account's own base_url, else SEEDANCE_BASE_URL or the manifest's (trusted hosts only). */
  serviceUrl: string;
}

const FIELDS = ['name', 'key_env', 'running', 'rpm', 'running_4k', 'rpm_4k', 'queued', 'queue_ahead', 'tier', 'base_url', 'models'] as const;
const KEY_FIELDS = ['key', 'api_key', 'apiKey', 'secret', 'token'];
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Which accounts file applies: the flag or option, else SEEDANCE_ACCOUNTS, else none. */
export function accountsFileFrom(flag: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (flag !== undefined && flag.trim() !== '') return flag;
  const fromEnv = env.SEEDANCE_ACCOUNTS?.trim();
  return fromEnv ? fromEnv : undefined;
}

export async function readAccountsFile(file: string): Promise<AccountConfig[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as Error).message})`;
    throw new SeedanceError('usage', `The accounts file ${file} ${why}; nothing was sent.`, { hint: 'Check --accounts or SEEDANCE_ACCOUNTS (see "Accounts" in the README).' });
  }
  return parseAccounts(text, file);
}

/** Parse and check an accounts file's text; every problem found is listed with its line and column. */
export function parseAccounts(text: string, file = 'accounts file'): AccountConfig[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems: string[] = [];
  const at = (node: Node | null | undefined): string => {
    const offset = node?.range?.[0];
    if (offset === undefined) return `${file}`;
    const { line, col } = lines.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  for (const error of doc.errors) {
    const { line, col } = lines.linePos(error.pos[0]);
    // The YAML parser's message may quote the text around the error: it could be a key pasted by mistake.
    problems.push(`${file}:${line}:${col}: not valid YAML (${error.code})`);
  }
  if (problems.length === 0) {
    const root = doc.contents;
    const list = isMap(root) ? root.get('accounts', true) : undefined;
    if (!isMap(root)) problems.push(`${at(root)}: expected a mapping with \`accounts:\`, a list of accounts`);
    else {
      for (const pair of root.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (key !== 'accounts') problems.push(`${at(pair.key as Node)}: unknown field \`${key}\` (the file has one field, \`accounts:\`)`);
      }
      if (!isSeq(list) || list.items.length === 0) problems.push(`${at((list as Node | undefined) ?? root)}: \`accounts:\` must be a list of at least one account`);
    }
    if (isSeq(list)) {
      const accounts: AccountConfig[] = [];
      const names = new Map<string, string>();
      list.items.forEach((item, index) => {
        const where = at(item as Node);
        if (!isMap(item)) return problems.push(`${where}: accounts[${index}] must be a mapping such as { name: studio-a, key_env: KEY_A }`);
        const fields = new Map<string, { value: unknown; node: Node }>();
        for (const pair of item.items) {
          const key = isScalar(pair.key) ? String(pair.key.value) : '';
          const node = (pair.value ?? pair.key) as Node;
          if (KEY_FIELDS.includes(key)) {
            problems.push(`${at(pair.key as Node)}: accounts[${index}] has \`${key}:\`; the file never holds a key. Put the key in an environment variable and name it with \`key_env:\` (the file may end up in a backup or a repository; the environment does not)`);
            continue;
          }
          if (!(FIELDS as readonly string[]).includes(key)) {
            problems.push(`${at(pair.key as Node)}: accounts[${index}] has an unknown field \`${key}\` (known: ${FIELDS.join(', ')})`);
            continue;
          }
          fields.set(key, { value: isScalar(pair.value) ? pair.value.value : (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.(), node });
        }
        const account = checkAccount(index, where, fields, at, problems);
        if (!account) return;
        const earlier = names.get(account.name);
        if (earlier) problems.push(`${at(fields.get('name')?.node)}: accounts[${index}]: the name ${account.name} is used already at ${earlier}; names must differ (the lock records them)`);
        else names.set(account.name, at(fields.get('name')?.node));
        accounts.push(account);
      });
      if (problems.length === 0) return accounts;
    }
  }
  throw new SeedanceError('usage', `The accounts file ${file} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}; nothing was sent:\n${problems.map((p) => `  ${p}`).join('\n')}`, {
    hint: 'Each account is { name, key_env, tier?: personal|default, running?, rpm?, running_4k?, rpm_4k?, queued?, queue_ahead?, base_url?, models?: [ids] } (see "Accounts" in the README).',
  });
}

function checkAccount(index: number, where: string, fields: Map<string, { value: unknown; node: Node }>, at: (node: Node | undefined) => string, problems: string[]): AccountConfig | undefined {
  const before = problems.length;
  const field = (name: string): { value: unknown; node: Node } | undefined => fields.get(name);
  const str = (name: string, pattern: RegExp | undefined, what: string, required: boolean): string | undefined => {
    const f = field(name);
    if (!f) {
      if (required) problems.push(`${where}: accounts[${index}] has no \`${name}:\` (${what})`);
      return undefined;
    }
    if (typeof f.value !== 'string' || (pattern && !pattern.test(f.value))) {
      problems.push(`${at(f.node)}: accounts[${index}].${name} must be ${what}`);
      return undefined;
    }
    return f.value;
  };
  const int = (name: string, what: string, min = 1): number | undefined => {
    const f = field(name);
    if (!f) return undefined;
    if (typeof f.value !== 'number' || !Number.isInteger(f.value) || f.value < min) {
      problems.push(`${at(f.node)}: accounts[${index}].${name} must be a whole number of at least ${min} (${what})`);
      return undefined;
    }
    return f.value;
  };
  const name = str('name', NAME, 'a name of letters, digits, dots, dashes and underscores (it goes into the lock)', true);
  const keyEnv = str('key_env', ENV_NAME, 'the name of an environment variable that holds the key, such as SEEDANCE_KEY_A', true);
  const tierText = str('tier', /^(personal|default)$/, '`personal` (3 running, 180 creates a minute) or `default` (10 and 600)', false);
  const running = int('running', 'tasks running at once per model');
  const rpm = int('rpm', 'creates a minute per model');
  const running4k = int('running_4k', 'tasks running at once per model at 4k; default 1');
  const rpm4k = int('rpm_4k', 'creates a minute per model at 4k; default 15');
  const queued = int('queued', 'tasks queued at the service at most');
  const queueAhead = int('queue_ahead', 'tasks submitted beyond each running limit, so the next starts at once; 0 turns it off', 0);
  const baseUrl = str('base_url', /^https?:\/\/\S+$/, 'an http(s) URL such as https://ark.ap-southeast.bytepluses.com', false);
  let models: string[] | undefined;
  const m = field('models');
  if (m) {
    if (!Array.isArray(m.value) || m.value.length === 0 || m.value.some((v) => typeof v !== 'string' || v.trim() === '')) problems.push(`${at(m.node)}: accounts[${index}].models must be a list of model ids, such as [doubao-seedance-2-0-260128]`);
    else models = m.value as string[];
  }
  if (problems.length > before || name === undefined || keyEnv === undefined) return undefined;
  const tier: AccountTier = (tierText as AccountTier | undefined) ?? 'default';
  const limits: ServiceLimits = {
    tier,
    ...(running !== undefined ? { running } : {}),
    ...(rpm !== undefined ? { rpm } : {}),
    ...(running4k !== undefined ? { running4k } : {}),
    ...(rpm4k !== undefined ? { rpm4k } : {}),
  };
  return {
    name,
    keyEnv,
    limits,
    queued: queued ?? DEFAULT_QUEUED_CAP,
    queueAhead: queueAhead ?? DEFAULT_QUEUE_AHEAD,
    ...(baseUrl !== undefined ? { baseUrl } : {}),
    ...(models ? { models } : {}),
  };
}

/**
 * Each account's key from the environment and the host it may go to, before anything is sent.
 * The host is decided as for one key (chooseService): the account's own base_url is the user's
 * choice (the accounts file is theirs, not the manifest's); without one, SEEDANCE_BASE_URL or the
 * manifest's base_url, which must be official or trusted.
 */
export async function resolveAccounts(accounts: readonly AccountConfig[], input: { env: NodeJS.ProcessEnv; manifestBaseUrl?: string | undefined; flag?: string | undefined }): Promise<ResolvedAccount[]> {
  const resolved: ResolvedAccount[] = [];
  for (const account of accounts) {
    const raw = input.env[account.keyEnv]?.trim();
    if (!raw) {
      throw new SeedanceError('config.no-key', `No API key for account ${account.name}: the environment variable ${account.keyEnv} its key_env names is not set, so nothing was sent.`, {
        hint: `Export the account's key (\`export ${account.keyEnv}=...\`), or leave the account out of the accounts file.`,
      });
    }
    const apiKey = checkKey(raw, account.keyEnv);
    const service = await chooseService({ manifestBaseUrl: input.manifestBaseUrl, env: input.env, flag: account.baseUrl ?? input.flag, apiKey });
    resolved.push({ ...account, apiKey, serviceUrl: service.baseUrl });
  }
  return resolved;
}
