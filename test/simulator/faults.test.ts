// Every scripted fault kind, by endpoint, count, skip, probability, prompt and format.
import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isSeedanceError } from '../../src/core/errors.js';
import type { Simulator } from '../../src/simulator/index.js';
import { AUTH, call, create, NATIVE, testSimulator, waitDone } from './helpers.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await testSimulator({ fast: true });
});
afterEach(() => {
  sim.clearFaults();
  sim.resetStats();
});
afterAll(async () => {
  await sim.close();
});

const body = (prompt = 'a fault test') => ({ model: 'doubao-seedance-2-0-260128', content: [{ type: 'text', text: prompt }], resolution: '480p', duration: 4 });
const tasksIn = async (): Promise<number> => (await call(sim, 'GET', `${NATIVE}?page_size=500`)).json.total as number;

describe('answers instead of the real one', () => {
  it('http-429 refuses with Retry-After and creates nothing', async () => {
    sim.addFault({ kind: 'http-429', retryAfter: 3, count: 1 });
    const refused = await call(sim, 'POST', NATIVE, body());
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('3');
    expect(refused.json.error.code).toBe('RateLimitExceeded.EndpointRPMExceeded');
    expect(sim.stats()).toMatchObject({ createRequests: 1, creates: 0 });
    expect((await call(sim, 'POST', NATIVE, body())).status).toBe(200);
  });

  it('http-429-no-retry-after refuses without the header', async () => {
    sim.addFault({ kind: 'http-429-no-retry-after' });
    const refused = await call(sim, 'POST', NATIVE, body());
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeNull();
  });

  it.each([
    ['http-500', 500, 'InternalServiceError'],
    ['http-502', 502, 'BadGateway'],
    ['http-503', 503, 'ServiceUnavailable'],
  ] as const)('%s answers %i and creates nothing by default', async (kind, status, code) => {
    const before = await tasksIn();
    sim.addFault({ kind });
    const answer = await call(sim, 'POST', NATIVE, body());
    expect(answer.status).toBe(status);
    expect(answer.json.error.code).toBe(code);
    expect(sim.stats().creates).toBe(0);
    expect(await tasksIn()).toBe(before);
  });

  it('http-400 refuses the create under the content policy, naming the input, and creates nothing', async () => {
    sim.addFault({ kind: 'http-400', count: 1 });
    sim.addFault({ kind: 'http-400', code: 'InputImageSensitiveContentDetected.PrivacyInformation', skip: 1, count: 1 });
    const text = await call(sim, 'POST', NATIVE, body());
    expect(text.status).toBe(400);
    expect(text.json.error).toMatchObject({ code: 'InputTextSensitiveContentDetected', param: 'content[0].text' });
    const face = await call(sim, 'POST', NATIVE, body());
    expect(face.json.error).toMatchObject({ code: 'InputImageSensitiveContentDetected.PrivacyInformation', param: 'content[1].image_url' });
    expect(sim.stats().creates).toBe(0);
    expect((await call(sim, 'POST', NATIVE, body())).status).toBe(200);
  });

  it('http-500 with effect created makes the task although the client sees an error', async () => {
    const before = await tasksIn();
    sim.addFault({ kind: 'http-500', effect: 'created', count: 1 });
    expect((await call(sim, 'POST', NATIVE, body('created anyway'))).status).toBe(500);
    expect(sim.stats().creates).toBe(1);
    expect(await tasksIn()).toBe(before + 1);
  });

  it('malformed-json answers 200 with a body that does not parse, after processing', async () => {
    sim.addFault({ kind: 'malformed-json', endpoint: 'create', count: 1 });
    const answer = await fetch(sim.url + NATIVE, { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' }, body: JSON.stringify(body()) });
    expect(answer.status).toBe(200);
    const textBody = await answer.text();
    expect(() => JSON.parse(textBody)).toThrow();
    expect(textBody.startsWith('{"id":"cgt-')).toBe(true);
    expect(sim.stats().creates).toBe(1);
  });

  it('malformed-json on queries by default', async () => {
    const id = await create(sim, body());
    sim.addFault({ kind: 'malformed-json' });
    const answer = await call(sim, 'GET', `${NATIVE}/${id}`);
    expect(answer.status).toBe(200);
    expect(typeof answer.json).toBe('string');
  });
});

describe('connections that break or hang', () => {
  it('drop-before closes the connection and creates nothing', async () => {
    sim.addFault({ kind: 'drop-before', count: 1 });
    await expect(call(sim, 'POST', NATIVE, body())).rejects.toThrow();
    expect(sim.stats()).toMatchObject({ createRequests: 1, creates: 0 });
  });

  it('drop-after closes the connection after the task was created', async () => {
    const before = await tasksIn();
    sim.addFault({ kind: 'drop-after', count: 1 });
    await expect(call(sim, 'POST', NATIVE, body('lost answer'))).rejects.toThrow();
    expect(sim.stats().creates).toBe(1);
    expect(await tasksIn()).toBe(before + 1);
  });

  it('stall holds a query until the client gives up, and answers after stallMs', async () => {
    const id = await create(sim, body());
    sim.addFault({ kind: 'stall', count: 1 });
    await expect(fetch(`${sim.url}${NATIVE}/${id}`, { headers: AUTH, signal: AbortSignal.timeout(150) })).rejects.toThrow();
    sim.clearFaults();
    sim.addFault({ kind: 'stall', stallMs: 50, count: 1 });
    const late = await call(sim, 'GET', `${NATIVE}/${id}`);
    expect(late.status).toBe(200);
    expect(late.json.id).toBe(id);
  });

  it('stall with effect created: the create takes effect while the client times out', async () => {
    sim.addFault({ kind: 'stall', endpoint: 'create', effect: 'created', count: 1 });
    await expect(fetch(sim.url + NATIVE, { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' }, body: JSON.stringify(body()), signal: AbortSignal.timeout(150) })).rejects.toThrow();
    // The server may still be processing when the client gives up: wait for it, boundedly.
    for (let i = 0; i < 200 && sim.stats().creates === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sim.stats().creates).toBe(1);
  });

  it('close() ends stalled connections', async () => {
    const other = await testSimulator({ fast: true, faults: [{ kind: 'stall', endpoint: 'list' }] });
    const pending = call(other, 'GET', NATIVE);
    for (let i = 0; i < 200 && other.stats().lists === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(other.stats().lists).toBe(1);
    await other.close();
    await expect(pending).rejects.toThrow();
  });
});

describe('tasks that end badly', () => {
  it('task-failed fails matching tasks with the given or default code', async () => {
    sim.addFault({ kind: 'task-failed', promptIncludes: 'dragon' });
    sim.addFault({ kind: 'task-failed', promptIncludes: 'audio', code: 'OutputAudioSensitiveContentDetected' });
    const [dragon, noisy, calm] = await Promise.all([create(sim, body('a red dragon')), create(sim, body('loud audio')), create(sim, body('a calm sea'))]);
    expect(await waitDone(sim, dragon)).toMatchObject({ status: 'failed', error: { code: 'OutputVideoSensitiveContentDetected' } });
    expect(await waitDone(sim, noisy)).toMatchObject({ status: 'failed', error: { code: 'OutputAudioSensitiveContentDetected' } });
    const ok = await waitDone(sim, calm);
    expect(ok.status).toBe('succeeded');
    const failed = await waitDone(sim, dragon);
    expect(failed.content).toBeUndefined();
    expect(failed.usage).toBeUndefined();
  });

  it('task-expired ends tasks as expired, in both formats', async () => {
    sim.addFault({ kind: 'task-expired', count: 2 });
    const native = await create(sim, body());
    const openai = await create(sim, { prompt: 'expiring', model: 'doubao-seedance-2', duration: 4 }, 'openai');
    expect((await waitDone(sim, native)).status).toBe('expired');
    expect(await waitDone(sim, openai, 'openai')).toMatchObject({ status: 'failed', error: { code: 'TaskExpired' } });
  });
});

/** GET with node:http to see exactly how many bytes arrive before the connection ends. */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; length: number; received: Buffer; complete: boolean }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      const finish = (complete: boolean) => () => resolve({ status: res.statusCode ?? 0, length: Number(res.headers['content-length']), received: Buffer.concat(chunks), complete });
      res.on('end', finish(true));
      res.on('error', finish(false));
      res.on('aborted', finish(false));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('downloads', () => {
  let videoUrl: string;
  let full: Buffer;
  beforeAll(async () => {
    const task = await waitDone(sim, await create(sim, { ...body('download me'), duration: 8, generate_audio: true }));
    videoUrl = task.content.video_url;
    full = Buffer.from(await (await fetch(videoUrl)).arrayBuffer());
  });

  it('download-truncated announces the full length, sends about half, and a Range request resumes', async () => {
    sim.resetStats();
    sim.addFault({ kind: 'download-truncated', count: 1 });
    const cut = await rawGet(videoUrl);
    expect(cut.length).toBe(full.length);
    expect(cut.complete && cut.received.length === full.length).toBe(false);
    expect(cut.received.length).toBeGreaterThan(full.length * 0.3);
    expect(cut.received.length).toBeLessThan(full.length * 0.7);
    const rest = await rawGet(videoUrl, { range: `bytes=${cut.received.length}-` });
    expect(rest.status).toBe(206);
    expect(Buffer.concat([cut.received, rest.received]).equals(full)).toBe(true);
    expect(sim.stats().downloads).toBe(2);
  });

  it('download-slow trickles the bytes out but delivers them all', async () => {
    expect(full.length).toBeGreaterThan(200_000);
    sim.resetStats();
    sim.addFault({ kind: 'download-slow', bytesPerSecond: 200_000 });
    const pending = rawGet(videoUrl);
    // A state check after a pause, not a timing assertion: unthrottled, the whole file is
    // written within a few milliseconds on loopback; throttled, a small part of it is.
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(sim.stats().bytesServed).toBeLessThan(full.length / 2);
    const slow = await pending;
    expect(slow.received.equals(full)).toBe(true);
    expect(sim.stats().bytesServed).toBe(full.length);
  });

  it('request faults apply to downloads too', async () => {
    sim.addFault({ kind: 'http-503', endpoint: 'download', count: 1 });
    expect((await fetch(videoUrl)).status).toBe(503);
    expect((await fetch(videoUrl)).status).toBe(200);
  });
});

describe('rule matching', () => {
  it('skip and count pick exactly the requests they say', async () => {
    sim.addFault({ kind: 'http-500', endpoint: 'list', skip: 1, count: 2 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await call(sim, 'GET', NATIVE)).status);
    expect(statuses).toEqual([200, 500, 500, 200, 200]);
  });

  it('endpoint any and format filters', async () => {
    sim.addFault({ kind: 'http-502', endpoint: 'any', format: 'openai' });
    expect((await call(sim, 'GET', NATIVE)).status).toBe(200);
    expect((await call(sim, 'GET', '/v1/videos/video_x')).status).toBe(502);
  });

  it('probability is deterministic under the simulator seed', async () => {
    const pattern = async (): Promise<number[]> => {
      const one = await testSimulator({ seed: 99, fast: true, faults: [{ kind: 'http-503', endpoint: 'list', probability: 0.5 }] });
      try {
        const out: number[] = [];
        for (let i = 0; i < 24; i++) out.push((await call(one, 'GET', NATIVE)).status);
        return out;
      } finally {
        await one.close();
      }
    };
    const [a, b] = [await pattern(), await pattern()];
    expect(a).toEqual(b);
    expect(a).toContain(503);
    expect(a).toContain(200);
  });

  it('refuses a rule that cannot work', () => {
    let error: unknown;
    try {
      sim.addFault({ kind: 'download-slow', endpoint: 'create' });
    } catch (caught) {
      error = caught;
    }
    expect(isSeedanceError(error, 'usage')).toBe(true);
    expect(() => sim.addFault({ kind: 'nope' as never })).toThrow(/kind must be one of/);
  });

  it('is driven over HTTP by another process: POST, GET and DELETE /__simulator/faults', async () => {
    const added = await call(sim, 'POST', '/__simulator/faults', [{ kind: 'http-500', endpoint: 'list' }, { kind: 'stall', stallMs: 10 }], {});
    expect(added.status).toBe(200);
    expect(added.json.faults).toHaveLength(2);
    expect((await call(sim, 'GET', NATIVE)).status).toBe(500);
    expect((await call(sim, 'POST', '/__simulator/faults', { kind: 'bogus' }, {})).status).toBe(400);
    expect((await call(sim, 'DELETE', '/__simulator/faults', undefined, {})).json).toEqual({ faults: [] });
    expect((await call(sim, 'GET', NATIVE)).status).toBe(200);
    const stats = await call(sim, 'GET', '/__simulator/stats', undefined, {});
    expect(stats.json).toMatchObject({ lists: 2, creates: 0 });
  });
});
