// Issue 12, item 1 and 5, the decision alone: trustedBaseUrl is a pure function of the manifest's
// base_url, the environment, --base-url and the user's allowlist. Every row is one situation.
import { describe, expect, it } from 'vitest';
import { parseTrustedHosts, trustedBaseUrl, trustedHostsFile, type TrustInput } from '../../src/api/trust.js';
import { redactSecrets, redactUrl } from '../../src/api/redact.js';

type Row = [string, TrustInput, { url: string; source: string } | { code: string; says: string[] }];

const LOCAL = 'http://127.0.0.1:8787';

const rows: Row[] = [
  // Nothing set: the brief's gateway.
  ['nothing set', { env: {} }, { url: 'https://api.wisgate.ai', source: 'default' }],
  // The official hosts of API.md and the brief's gateway, named by the manifest.
  ['manifest: Volcengine Ark', { env: {}, manifestBaseUrl: 'https://ark.cn-beijing.volces.com' }, { url: 'https://ark.cn-beijing.volces.com', source: 'manifest' }],
  ['manifest: BytePlus ModelArk', { env: {}, manifestBaseUrl: 'https://ark.ap-southeast.bytepluses.com/' }, { url: 'https://ark.ap-southeast.bytepluses.com/', source: 'manifest' }],
  ['manifest: the gateway, upper case', { env: {}, manifestBaseUrl: 'https://API.WISGATE.AI' }, { url: 'https://API.WISGATE.AI', source: 'manifest' }],
  ['manifest: the gateway on its explicit port', { env: {}, manifestBaseUrl: 'https://api.wisgate.ai:443' }, { url: 'https://api.wisgate.ai:443', source: 'manifest' }],
  // A host only the manifest names is never trusted.
  ['manifest: another host', { env: {}, manifestBaseUrl: 'https://gateway.example.com' }, { code: 'config.untrusted-host', says: ['gateway.example.com', "only the manifest's `base_url` names", '--base-url https://gateway.example.com', 'SEEDANCE_BASE_URL=https://gateway.example.com', 'SEEDANCE_TRUSTED_HOSTS=gateway.example.com'] }],
  ['manifest: loopback', { env: {}, manifestBaseUrl: LOCAL }, { code: 'config.untrusted-host', says: ['127.0.0.1:8787', 'SEEDANCE_TRUSTED_HOSTS=127.0.0.1:8787'] }],
  ['manifest: an official host over plain http', { env: {}, manifestBaseUrl: 'http://api.wisgate.ai' }, { code: 'config.untrusted-host', says: ['plain http', 'https://api.wisgate.ai'] }],
  ['manifest: the official host on another port', { env: {}, manifestBaseUrl: 'https://api.wisgate.ai:8443' }, { code: 'config.untrusted-host', says: ['api.wisgate.ai:8443'] }],
  ['manifest: a look-alike host with the official one as user name', { env: {}, manifestBaseUrl: 'https://api.wisgate.ai@evil.example.com' }, { code: 'config.untrusted-host', says: ['evil.example.com'] }],
  ['manifest: a look-alike suffix', { env: {}, manifestBaseUrl: 'https://api.wisgate.ai.evil.example.com' }, { code: 'config.untrusted-host', says: ['api.wisgate.ai.evil.example.com'] }],
  // The user's choice: SEEDANCE_BASE_URL and --base-url, over the manifest.
  ['SEEDANCE_BASE_URL over the manifest', { env: { SEEDANCE_BASE_URL: LOCAL }, manifestBaseUrl: 'https://gateway.example.com' }, { url: LOCAL, source: 'env' }],
  ['SEEDANCE_BASE_URL, trimmed', { env: { SEEDANCE_BASE_URL: `  ${LOCAL}/ \n` } }, { url: `${LOCAL}/`, source: 'env' }],
  ['SEEDANCE_BASE_URL empty is unset', { env: { SEEDANCE_BASE_URL: '  ' } }, { url: 'https://api.wisgate.ai', source: 'default' }],
  ['--base-url over SEEDANCE_BASE_URL', { env: { SEEDANCE_BASE_URL: 'https://gateway.example.com' }, flag: 'https://other.example.org/v' }, { url: 'https://other.example.org/v', source: 'flag' }],
  ['--base-url to ::1 over plain http', { env: {}, flag: 'http://[::1]:9000' }, { url: 'http://[::1]:9000', source: 'flag' }],
  ['--base-url to localhost over plain http', { env: {}, flag: 'http://localhost:9000' }, { url: 'http://localhost:9000', source: 'flag' }],
  // Plain http only to loopback, wherever the URL came from.
  ['SEEDANCE_BASE_URL over plain http to another host', { env: { SEEDANCE_BASE_URL: 'http://gateway.example.com' } }, { code: 'config.untrusted-host', says: ['plain http', 'SEEDANCE_BASE_URL', 'https://gateway.example.com'] }],
  ['--base-url over plain http to a LAN address', { env: {}, flag: 'http://192.168.1.20:8787' }, { code: 'config.untrusted-host', says: ['plain http', '--base-url', '192.168.1.20'] }],
  ['trusted host over plain http', { env: { SEEDANCE_TRUSTED_HOSTS: 'gateway.example.com' }, manifestBaseUrl: 'http://gateway.example.com' }, { code: 'config.untrusted-host', says: ['plain http'] }],
  // The user's allowlist: SEEDANCE_TRUSTED_HOSTS and the trusted-hosts file.
  ['SEEDANCE_TRUSTED_HOSTS: a host', { env: { SEEDANCE_TRUSTED_HOSTS: 'gateway.example.com' }, manifestBaseUrl: 'https://gateway.example.com/seedance' }, { url: 'https://gateway.example.com/seedance', source: 'manifest' }],
  ['SEEDANCE_TRUSTED_HOSTS: a host matches any port', { env: { SEEDANCE_TRUSTED_HOSTS: 'gateway.example.com' }, manifestBaseUrl: 'https://gateway.example.com:8443' }, { url: 'https://gateway.example.com:8443', source: 'manifest' }],
  ['SEEDANCE_TRUSTED_HOSTS: host:port, several, spaces', { env: { SEEDANCE_TRUSTED_HOSTS: ' a.example.com ,127.0.0.1:8787 ' }, manifestBaseUrl: LOCAL }, { url: LOCAL, source: 'manifest' }],
  ['SEEDANCE_TRUSTED_HOSTS: host:port is that port only', { env: { SEEDANCE_TRUSTED_HOSTS: '127.0.0.1:8787' }, manifestBaseUrl: 'http://127.0.0.1:9999' }, { code: 'config.untrusted-host', says: ['127.0.0.1:9999'] }],
  ['SEEDANCE_TRUSTED_HOSTS: an origin', { env: { SEEDANCE_TRUSTED_HOSTS: 'https://gateway.example.com' }, manifestBaseUrl: 'https://gateway.example.com' }, { url: 'https://gateway.example.com', source: 'manifest' }],
  ['SEEDANCE_TRUSTED_HOSTS: an origin is that scheme and port only', { env: { SEEDANCE_TRUSTED_HOSTS: 'https://gateway.example.com' }, manifestBaseUrl: 'https://gateway.example.com:8443' }, { code: 'config.untrusted-host', says: ['gateway.example.com:8443'] }],
  ['SEEDANCE_TRUSTED_HOSTS: a parent domain is not its subdomains', { env: { SEEDANCE_TRUSTED_HOSTS: 'example.com' }, manifestBaseUrl: 'https://gateway.example.com' }, { code: 'config.untrusted-host', says: ['gateway.example.com'] }],
  ['the file: a host', { env: {}, allowlist: ['gateway.example.com'], manifestBaseUrl: 'https://gateway.example.com' }, { url: 'https://gateway.example.com', source: 'manifest' }],
  ['the file: upper case, trailing dot', { env: {}, allowlist: ['Gateway.Example.COM.'], manifestBaseUrl: 'https://gateway.example.com' }, { url: 'https://gateway.example.com', source: 'manifest' }],
  ['the file: ::1', { env: {}, allowlist: ['[::1]'], manifestBaseUrl: 'http://[::1]:8080' }, { url: 'http://[::1]:8080', source: 'manifest' }],
  // Invalid URLs: a usage error, from whichever source.
  ['SEEDANCE_BASE_URL=foo', { env: { SEEDANCE_BASE_URL: 'foo' } }, { code: 'config.base-url', says: ['SEEDANCE_BASE_URL', '`foo`', 'https://api.wisgate.ai'] }],
  ['SEEDANCE_BASE_URL without a host', { env: { SEEDANCE_BASE_URL: 'http://' } }, { code: 'config.base-url', says: ['SEEDANCE_BASE_URL'] }],
  ['--base-url ftp://', { env: {}, flag: 'ftp://files.example.com' }, { code: 'config.base-url', says: ['--base-url', 'ftp:'] }],
  ['--base-url with a query', { env: {}, flag: 'https://gateway.example.com/?x=1' }, { code: 'config.base-url', says: ['--base-url', 'query'] }],
  ['manifest: no host', { env: {}, manifestBaseUrl: 'http://:80' }, { code: 'config.base-url', says: ["manifest's `base_url` is not a usable URL"] }],
  ['SEEDANCE_BASE_URL: a host name alone', { env: { SEEDANCE_BASE_URL: 'api.wisgate.ai' } }, { code: 'config.base-url', says: ['https://api.wisgate.ai'] }],
];

describe('trustedBaseUrl', () => {
  it.each(rows)('%s', (_name, input, expected) => {
    const decision = trustedBaseUrl(input);
    if ('url' in expected) {
      expect(decision).toMatchObject(expected);
    } else {
      expect('refusal' in decision, JSON.stringify(decision)).toBe(true);
      if (!('refusal' in decision)) return;
      expect(decision.refusal.code).toBe(expected.code);
      const text = `${decision.refusal.message}\n${decision.refusal.hint ?? ''}`;
      for (const part of expected.says) expect(text).toContain(part);
      expect(decision.refusal.message).toContain('Nothing was sent');
    }
  });

  it('names the trusted-hosts file in every refusal of a manifest host, and entries it could not read', () => {
    const decision = trustedBaseUrl({ env: {}, manifestBaseUrl: 'https://gateway.example.com', allowlist: ['not a host!'], allowlistFile: '/home/u/.config/seedance/trusted-hosts' });
    expect('refusal' in decision && decision.refusal.hint).toContain('/home/u/.config/seedance/trusted-hosts');
    expect('refusal' in decision && decision.refusal.hint).toContain('not a host!');
  });

  it('never shows user:password@ of a URL', () => {
    for (const input of [
      { env: {}, manifestBaseUrl: 'https://alice:s3cret@gateway.example.com' },
      { env: { SEEDANCE_BASE_URL: 'http://alice:s3cret@gateway.example.com' } },
      { env: {}, flag: 'ftp://alice:s3cret@gateway.example.com' },
      { env: {}, flag: 'alice:s3cret@gateway' },
    ]) {
      const decision = trustedBaseUrl(input);
      expect('refusal' in decision).toBe(true);
      if ('refusal' in decision) expect(`${decision.refusal.message} ${decision.refusal.hint}`).not.toMatch(/s3cret|alice/);
    }
  });
});

describe('parseTrustedHosts', () => {
  it('reads one host per line, skips blank lines and # comments, and lists what it cannot use', () => {
    expect(parseTrustedHosts('# mine\n\ngateway.example.com\n  https://other.example.org:8443  # comment\n[::1]:9000\nnot a host!\n')).toEqual({
      entries: ['gateway.example.com', 'https://other.example.org:8443', '[::1]:9000'],
      ignored: ['not a host!'],
    });
  });
});

describe('trustedHostsFile', () => {
  it('is $XDG_CONFIG_HOME/seedance/trusted-hosts, else ~/.config/seedance/trusted-hosts', () => {
    expect(trustedHostsFile({ XDG_CONFIG_HOME: '/x/config', HOME: '/home/u' })).toBe('/x/config/seedance/trusted-hosts');
    expect(trustedHostsFile({ HOME: '/home/u' })).toBe('/home/u/.config/seedance/trusted-hosts');
    expect(trustedHostsFile({ XDG_CONFIG_HOME: 'relative', HOME: '/home/u' })).toBe('/home/u/.config/seedance/trusted-hosts');
  });
});

describe('redaction', () => {
  it.each([
    ['https://alice:s3cret@host.example.com/api?signature=abc', 'https://host.example.com/api?…'],
    ['http://alice@127.0.0.1:8787/x', 'http://127.0.0.1:8787/x'],
    ['https://host.example.com/x', 'https://host.example.com/x'],
  ])('redactUrl(%s)', (url, shown) => {
    expect(redactUrl(url)).toBe(shown);
  });

  it('redactSecrets cuts user:password@ out of any URL in a text', () => {
    expect(redactSecrets('GET https://alice:s3cret@h.example.com/a?sig=1 failed; see http://bob@h/x', [])).toBe('GET https://h.example.com/a?… failed; see http://h/x');
    expect(redactSecrets('pass `--base-url https://h.example.com/?token=1` instead', [])).toBe('pass `--base-url https://h.example.com/?…` instead');
  });
});
