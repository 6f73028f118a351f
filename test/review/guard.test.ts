// The review server at the HTTP level (node:http, so Host and Origin can be anything): every
// request needs the session's token (the first page load's query becomes an HttpOnly,
// SameSite=Strict cookie; actions need it in a header), a Host other than 127.0.0.1:<port> is
// refused (DNS rebinding), a page of another origin cannot send a pick, nothing answers CORS,
// and only media files inside the output folder are served, with byte ranges.
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReview, type ReviewServer } from '../../src/review/server.js';
import { lockPathFor } from '../../src/state/lock.js';
import { acquireWriterLock } from '../../src/state/writer-lock.js';
import { load, removeDir, suiteTempDir, writeStoryboard } from '../run/harness.js';
import { TAKES_STORY } from './story.js';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let review: ReviewServer;
let dir: string;
let port: number;
let cookie: string;
let file: string;

function ask(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...options.headers } }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const PICTURE = Buffer.from('0123456789abcdef');

describe('the review server refuses what is not its own page', () => {
  beforeAll(async () => {
    dir = await suiteTempDir('seedance-review-guard-');
    file = await writeStoryboard(dir, TAKES_STORY, { 'secret.png': 'not for the browser', '.env': 'SEEDANCE_API_KEY=sk-secret' });
    const manifest = await load(file);
    await mkdir(join(manifest.output, 'report'), { recursive: true });
    await writeFile(join(manifest.output, 'pic.png'), PICTURE);
    await writeFile(join(manifest.output, 'notes.txt'), 'a text file of the user');
    await writeFile(join(manifest.output, '.hidden.png'), PICTURE);
    await symlink(join(dir, 'secret.png'), join(manifest.output, 'leak.png'));
    await symlink(dir, join(manifest.output, 'report', 'up'));
    review = await startReview({ manifest, manifestArg: 'story.yaml' });
    port = Number(new URL(review.origin).port);
    const first = await ask(`/?token=${review.token}`);
    cookie = String(first.headers['set-cookie']).split(';')[0] ?? '';
  });
  afterAll(async () => {
    await review?.close();
    await removeDir(dir);
  });

  it('sends the page only with the token: the link sets it as an HttpOnly, SameSite=Strict cookie and drops it from the address', async () => {
    expect(review.url).toBe(`http://127.0.0.1:${port}/?token=${review.token}`);
    expect(review.token).toMatch(/^[0-9a-f]{48}$/);
    const first = await ask(`/?token=${review.token}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    expect(String(first.headers['set-cookie'])).toBe(`seedance-review-${port}=${review.token}; Path=/; HttpOnly; SameSite=Strict`);

    const none = await ask('/');
    expect(none.status).toBe(403);
    expect(none.body).toContain('does not carry the review session\'s token');
    expect((await ask('/?token=0123')).status).toBe(403);
    expect((await ask('/', { headers: { cookie: `seedance-review-${port}=${'0'.repeat(48)}` } })).status).toBe(403);
    // Another review's cookie (another port) is not this one's.
    expect((await ask('/', { headers: { cookie: `seedance-review-${port + 1}=${review.token}` } })).status).toBe(403);

    const page = await ask('/', { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<script type="application/json" id="seedance-review">');
    expect(page.headers['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(page.body).not.toContain('sk-secret');
  });

  it('refuses a Host that is not 127.0.0.1:<port>, even with the token (DNS rebinding)', async () => {
    for (const host of [`evil.example:${port}`, `localhost:${port}`, '127.0.0.1', `127.0.0.1:${port + 1}`]) {
      const answer = await ask('/', { headers: { host, cookie } });
      expect(answer.status, host).toBe(403);
      expect(answer.body).toContain(`answers only to 127.0.0.1:${port}`);
      expect((await ask(`/?token=${review.token}`, { headers: { host } })).status, host).toBe(403);
    }
  });

  it('takes a pick only with the token in a header, as JSON, from no other origin; answers no CORS', async () => {
    const pick = (headers: Record<string, string>): Promise<Answer> => ask('/.review/pick', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ shot: 'wave', take: 2 }) });
    // A form or page on another site could make the browser send the cookie; it cannot send the header.
    expect((await pick({ cookie })).status).toBe(403);
    expect((await pick({ 'x-seedance-token': review.token, origin: 'http://evil.example' })).status).toBe(403);
    expect((await pick({ 'x-seedance-token': review.token, 'content-type': 'text/plain' })).status).toBe(415);
    expect((await ask('/.review/version')).status).toBe(403);
    const version = await ask('/.review/version', { headers: { 'x-seedance-token': review.token } });
    expect(version.status).toBe(200);
    expect(JSON.parse(version.body)).toMatchObject({ version: expect.any(String) });
    const preflight = await ask('/.review/pick', { method: 'OPTIONS', headers: { cookie, origin: review.origin, 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(405);
    for (const answer of [preflight, version]) expect(Object.keys(answer.headers).filter((h) => h.startsWith('access-control'))).toEqual([]);
  });

  it('picks under the writer lock: refused while another command holds the manifest, written once it is free', async () => {
    const pick = (shot: string, take: number): Promise<Answer> =>
      ask('/.review/pick', { method: 'POST', headers: { 'content-type': 'application/json', 'x-seedance-token': review.token, origin: review.origin }, body: JSON.stringify({ shot, take }) });
    const held = await acquireWriterLock(lockPathFor(file), { command: 'seedance run' });
    try {
      const busy = await pick('wave', 2);
      expect(busy.status).toBe(409);
      expect(JSON.parse(busy.body).message).toContain('Nothing was picked: ');
      expect(JSON.parse(busy.body).message).toContain('seedance run');
      expect(await readFile(file, 'utf8')).toBe(TAKES_STORY);
    } finally {
      await held.release();
    }
    expect((await pick('wave', 3)).status).toBe(409);
    expect(JSON.parse((await pick('spray', 1)).body).message).toContain('has no shot `spray` with takes');
    const done = await pick('wave', 2);
    expect(done.status).toBe(200);
    expect(JSON.parse(done.body)).toEqual({ status: 200, message: 'wave: take 2 picked (was 1).', hint: '`seedance run story.yaml` joins it into the film, with no new task for wave.' });
    expect(await readFile(file, 'utf8')).toBe(TAKES_STORY.replace('    takes: 2\n', '    takes: 2\n    take: 2\n'));
    expect(JSON.parse((await pick('wave', 2)).body).message).toBe('wave: take 2 is picked already.');
  });

  it('serves media files of the output folder with byte ranges, and nothing outside it or hidden', async () => {
    const whole = await ask('/pic.png', { headers: { cookie } });
    expect(whole).toMatchObject({ status: 200, body: PICTURE.toString('latin1') });
    expect(whole.headers['content-type']).toBe('image/png');
    expect((await ask('/pic.png')).status).toBe(403);
    const part = await ask('/pic.png', { headers: { cookie, range: 'bytes=2-5' } });
    expect(part).toMatchObject({ status: 206, body: '2345' });
    expect(part.headers['content-range']).toBe(`bytes 2-5/${PICTURE.length}`);
    expect((await ask('/pic.png', { headers: { cookie, range: 'bytes=-3' } })).body).toBe('def');
    expect((await ask('/pic.png', { headers: { cookie, range: 'bytes=99-' } })).status).toBe(416);
    for (const path of ['/leak.png', '/report/up/secret.png', '/../../secret.png', '/%2e%2e/%2e%2e/secret.png', '/..%2f..%2fsecret.png', '/.hidden.png', '/.seedance-owned.json', '/notes.txt', '/%2e%2e/%2e%2e/.env', '/report', '/nope.mp4']) {
      const answer = await ask(path, { headers: { cookie } });
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).not.toContain('not for the browser');
    }
  });
});
