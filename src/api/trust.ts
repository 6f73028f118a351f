// Where the API key may go. A manifest is a file anyone can hand you, so its `base_url` alone
// never decides where your key is sent: the key goes to the official hosts of API.md and the
// brief's gateway, to a URL the user gave (--base-url, SEEDANCE_BASE_URL, the library's baseUrl),
// or to a host the user trusts for every manifest (SEEDANCE_TRUSTED_HOSTS, the trusted-hosts file
// in the user's config folder). Plain http only to this computer, wherever the URL came from.
// `trustedBaseUrl` is the whole decision, pure; reading the file is the caller's (endpoint.ts).
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { SeedanceError } from '../core/errors.js';

/** The brief's gateway: the host when nothing names another. */
export const DEFAULT_BASE_URL = 'https://api.wisgate.ai';

/** Trusted without asking: Volcengine Ark, BytePlus ModelArk (API.md) and the brief's gateway. */
export const OFFICIAL_ORIGINS: readonly string[] = ['https://ark.cn-beijing.volces.com', 'https://ark.ap-southeast.bytepluses.com', DEFAULT_BASE_URL];

/** Where the base URL came from, strongest first. */
export type BaseUrlSource = 'flag' | 'env' | 'manifest' | 'default';

export interface TrustInput {
  /** The manifest's `base_url`, if it has one. */
  manifestBaseUrl?: string | undefined;
  /** SEEDANCE_BASE_URL and SEEDANCE_TRUSTED_HOSTS are read from it. */
  env: Readonly<Record<string, string | undefined>>;
  /** `--base-url` (or the library's `baseUrl` option): the user's own choice. */
  flag?: string | undefined;
  /** The entries of the user's trusted-hosts file (hosts, host:port or origins; unreadable ones are named in a refusal). */
  allowlist?: readonly string[] | undefined;
  /** Where that file is, for messages. */
  allowlistFile?: string | undefined;
}

export type TrustedBy = 'chosen' | 'official' | 'SEEDANCE_TRUSTED_HOSTS' | 'trusted-hosts file';

export type TrustDecision = { url: string; source: BaseUrlSource; trustedBy: TrustedBy } | { refusal: SeedanceError };

const LABEL: Record<BaseUrlSource, string> = {
  flag: '--base-url',
  env: 'SEEDANCE_BASE_URL',
  manifest: "the manifest's `base_url`",
  default: 'the default base URL',
};

const DEFAULT_FILE_SHOWN = '~/.config/seedance/trusted-hosts';

/** Which base URL a command uses, and whether the key may go there. Pure. */
export function trustedBaseUrl(input: TrustInput): TrustDecision {
  const { raw, source } = pick(input);
  const parsed = parseBase(raw, source);
  if ('refusal' in parsed) return parsed;
  const { url } = parsed;
  if (url.protocol === 'http:' && !isLoopback(url)) return { refusal: plainHttp(raw, url, source) };
  if (source === 'flag' || source === 'env') return { url: raw, source, trustedBy: 'chosen' };
  if (source === 'default' || OFFICIAL_RULES.some((rule) => matches(rule, url))) return { url: raw, source, trustedBy: 'official' };
  const fromEnv = splitEnvList(input.env.SEEDANCE_TRUSTED_HOSTS);
  if (fromEnv.map(parseEntry).some((rule) => rule !== undefined && matches(rule, url))) return { url: raw, source, trustedBy: 'SEEDANCE_TRUSTED_HOSTS' };
  if ((input.allowlist ?? []).map(parseEntry).some((rule) => rule !== undefined && matches(rule, url))) return { url: raw, source, trustedBy: 'trusted-hosts file' };
  return { refusal: untrusted(raw, url, input, fromEnv) };
}

/**
 * For `seedance validate`: what is wrong with the manifest's own base_url, judged without
 * --base-url or SEEDANCE_BASE_URL (which replace it), or undefined when the key may go there.
 */
export function manifestBaseUrlWarning(input: Omit<TrustInput, 'flag'>): string | undefined {
  if (!input.manifestBaseUrl) return undefined;
  const env = { SEEDANCE_TRUSTED_HOSTS: input.env.SEEDANCE_TRUSTED_HOSTS };
  const decision = trustedBaseUrl({ ...input, env });
  if (!('refusal' in decision)) return undefined;
  const raw = input.manifestBaseUrl.trim();
  const parsed = readBase(raw);
  if ('why' in parsed) return `\`base_url\` is not a usable URL: \`${shown(raw)}\` ${parsed.why}; \`seedance run\` refuses it. ${invalidHint('manifest')}`;
  const { url } = parsed;
  if (url.protocol === 'http:' && !isLoopback(url)) {
    return `\`base_url\` is plain http to ${url.host}, another computer: \`seedance run\` never sends your API key over plain http except to this computer (127.0.0.1, ::1, localhost). Use ${httpsVersion(raw)}.`;
  }
  const file = input.allowlistFile ?? DEFAULT_FILE_SHOWN;
  return `\`base_url\` names ${url.host}, which seedance does not trust by default (${OFFICIAL_ORIGINS.map((o) => new URL(o).host).join(', ')}): \`seedance run\` will not send your API key there unless you trust it: pass \`--base-url ${shown(raw)}\`, set SEEDANCE_BASE_URL to it, or add \`${url.host}\` to SEEDANCE_TRUSTED_HOSTS or to ${file}.`;
}

/** The trusted-hosts file: $XDG_CONFIG_HOME/seedance/trusted-hosts, else ~/.config/seedance/trusted-hosts. */
export function trustedHostsFile(env: Readonly<Record<string, string | undefined>>): string {
  const xdg = env.XDG_CONFIG_HOME?.trim();
  const config = xdg && isAbsolute(xdg) ? xdg : join(env.HOME?.trim() || homedir(), '.config');
  return join(config, 'seedance', 'trusted-hosts');
}

/** The file's text: one host, host:port or origin per line; blank lines and `#` comments skipped. */
export function parseTrustedHosts(text: string): { entries: string[]; ignored: string[] } {
  const entries: string[] = [];
  const ignored: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const entry = line.replace(/#.*$/, '').trim();
    if (entry === '') continue;
    (parseEntry(entry) ? entries : ignored).push(entry);
  }
  return { entries, ignored };
}

function pick(input: TrustInput): { raw: string; source: BaseUrlSource } {
  const flag = input.flag?.trim();
  if (flag) return { raw: flag, source: 'flag' };
  const env = input.env.SEEDANCE_BASE_URL?.trim();
  if (env) return { raw: env, source: 'env' };
  const manifest = input.manifestBaseUrl?.trim();
  if (manifest) return { raw: manifest, source: 'manifest' };
  return { raw: DEFAULT_BASE_URL, source: 'default' };
}

function parseBase(raw: string, source: BaseUrlSource): { url: URL } | { refusal: SeedanceError } {
  const read = readBase(raw);
  if ('url' in read) return read;
  return { refusal: new SeedanceError('config.base-url', `${capital(LABEL[source])} is not a usable URL: \`${shown(raw)}\` ${read.why}. Nothing was sent.`, { hint: invalidHint(source) }) };
}

/** The URL, or why it is not a base URL (a scheme, http or https, and a host; no query). */
function readBase(raw: string): { url: URL } | { why: string } {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
    const guess = guessUrl(raw);
    return { why: `has no http:// or https:// in front${guess ? `; did you mean ${guess}?` : ''}` };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { why: 'cannot be read as a URL (a base URL is a scheme and a host, such as https://api.wisgate.ai)' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { why: `is not http:// or https:// (it is ${url.protocol})` };
  if (url.hostname === '') return { why: 'has no host' };
  if (url.search || url.hash || raw.includes('?') || raw.includes('#')) return { why: 'has a query (?…) or a fragment (#…): a base URL is the host root the API paths are added to' };
  return { url };
}

function invalidHint(source: BaseUrlSource): string {
  switch (source) {
    case 'flag':
      return `Pass the service's host root, such as \`--base-url ${DEFAULT_BASE_URL}\` (the API paths are added to it).`;
    case 'env':
      return `Set SEEDANCE_BASE_URL to the service's host root, such as \`export SEEDANCE_BASE_URL=${DEFAULT_BASE_URL}\`, or \`unset SEEDANCE_BASE_URL\` to use the manifest's base_url.`;
    default:
      return `Fix \`base_url:\` in the manifest: the service's host root, such as ${DEFAULT_BASE_URL} (or remove it to use that default).`;
  }
}

/** A URL the text was probably meant to be, for text without a scheme. */
function guessUrl(raw: string): string | undefined {
  const text = shown(raw);
  try {
    const host = new URL(`https://${text}`).hostname;
    if (!host.includes('.') && !host.includes(':') && host !== 'localhost') return undefined;
    return `${isLoopbackHost(host) ? 'http' : 'https'}://${text}`;
  } catch {
    return undefined;
  }
}

function plainHttp(raw: string, url: URL, source: BaseUrlSource): SeedanceError {
  const https = httpsVersion(raw);
  const how: Record<BaseUrlSource, string> = {
    flag: `pass \`--base-url ${https}\``,
    env: `\`export SEEDANCE_BASE_URL=${https}\``,
    manifest: `write \`base_url: ${https}\` in the manifest (or give the URL yourself with --base-url or SEEDANCE_BASE_URL)`,
    default: `use ${https}`,
  };
  return new SeedanceError(
    'config.untrusted-host',
    `Refusing to send your API key over plain http to ${url.host} (from ${LABEL[source]}): anyone on the network between here and there could read it. Plain http is only for this computer (127.0.0.1, ::1, localhost). Nothing was sent.`,
    { hint: `Use https: ${how[source]}.` },
  );
}

function untrusted(raw: string, url: URL, input: TrustInput, fromEnv: readonly string[]): SeedanceError {
  const at = shown(raw);
  const entry = url.host;
  const file = input.allowlistFile ?? DEFAULT_FILE_SHOWN;
  const unread = [...fromEnv.filter((e) => !parseEntry(e)).map((e) => `\`${e}\` in SEEDANCE_TRUSTED_HOSTS`), ...(input.allowlist ?? []).filter((e) => !parseEntry(e)).map((e) => `\`${e}\` in ${file}`)];
  const ignored = unread.length > 0 ? ` (Ignored, not a host, host:port or origin: ${unread.join(', ')}.)` : '';
  return new SeedanceError(
    'config.untrusted-host',
    `Refusing to send your API key to ${url.host}: only the manifest's \`base_url\` names that host, and a manifest (which may come from anyone) does not get to choose where your key goes. Nothing was sent.`,
    {
      hint:
        `If you trust ${url.host}, say so in one of three ways: pass \`--base-url ${at}\`; or \`export SEEDANCE_BASE_URL=${at}\`; ` +
        `or trust the host for every manifest with \`export SEEDANCE_TRUSTED_HOSTS=${entry}\` (comma-separated) or a line \`${entry}\` in ${file}. ` +
        `Trusted without asking: ${OFFICIAL_ORIGINS.join(', ')}.${ignored}`,
    },
  );
}

interface HostRule {
  host: string;
  /** Any port when absent. */
  port?: string;
  /** Any scheme when absent. */
  scheme?: string;
}

const OFFICIAL_RULES: readonly HostRule[] = OFFICIAL_ORIGINS.map((origin) => parseEntry(origin) as HostRule);

/** A host, host:port, [v6]:port or origin; undefined when the entry is none of them. */
function parseEntry(entry: string): HostRule | undefined {
  const text = entry.trim();
  if (text === '') return undefined;
  if (text.includes('://')) {
    try {
      const url = new URL(text);
      if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return undefined;
      return { host: hostOf(url), port: effectivePort(url), scheme: url.protocol };
    } catch {
      return undefined;
    }
  }
  const bareV6 = /^[0-9a-f]*:[0-9a-f:.]*$/i.test(text) && text.split(':').length > 2;
  const match = /^(\[[0-9a-f:.]+\]|[^\s:/[\]@?#\\]+)(?::(\d{1,5}))?$/i.exec(bareV6 ? `[${text}]` : text);
  if (!match) return undefined;
  try {
    const host = hostOf(new URL(`http://${match[1] as string}`));
    return match[2] !== undefined ? { host, port: String(Number(match[2])) } : { host };
  } catch {
    return undefined;
  }
}

function matches(rule: HostRule, url: URL): boolean {
  return rule.host === hostOf(url) && (rule.port === undefined || rule.port === effectivePort(url)) && (rule.scheme === undefined || rule.scheme === url.protocol);
}

function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/\.$/, '');
}

function effectivePort(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : '80');
}

function isLoopback(url: URL): boolean {
  return isLoopbackHost(hostOf(url));
}

function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

function splitEnvList(value: string | undefined): string[] {
  return (value ?? '').split(',').map((e) => e.trim()).filter(Boolean);
}

/** The URL as it may be shown: no user:password, no query, at most 100 characters. */
function shown(raw: string): string {
  const bare = raw.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^/?#]*@/i, '$1');
  const q = bare.search(/[?#]/);
  const cut = q === -1 ? bare : `${bare.slice(0, q)}?…`;
  return cut.length > 100 ? `${cut.slice(0, 99)}…` : cut;
}

function httpsVersion(raw: string): string {
  return shown(raw).replace(/^http:/i, 'https:');
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
