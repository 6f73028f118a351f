// `seedance simulate` in the foreground: prints its URL, answers a curl-style walk-through, stops on Ctrl-C.
import { PassThrough } from 'node:stream';
import { expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { call, NATIVE, waitDone } from './helpers.js';

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return { io: { stdout, stderr, env: {}, cwd: process.cwd() }, out: () => out, err: () => err };
}

it('runs until SIGINT and serves create, poll and download', async () => {
  const term = io();
  const running = main(['simulate', '--port', '0', '--latency', '40', '--seed', '1', '--fast', '--fault', 'list:http-503:count=1'], term.io);
  let url: string | undefined;
  for (let i = 0; i < 200 && !url; i++) {
    url = /listening on (http:\/\/\S+)/.exec(term.out())?.[1];
    if (!url) await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(url, term.err()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(term.out()).toContain('Try: curl');
  const created = await call(url as string, 'POST', NATIVE, { model: 'doubao-seedance-2.0', content: [{ type: 'text', text: 'from the CLI' }], resolution: '480p' });
  expect(created.status).toBe(200);
  const task = await waitDone(url as string, created.json.id);
  expect(task.status).toBe('succeeded');
  expect((await fetch(task.content.video_url)).status).toBe(200);
  expect((await call(url as string, 'GET', NATIVE)).status).toBe(503);
  process.emit('SIGINT');
  expect(await running).toBe(0);
  expect(term.out()).toContain('Stopping the simulator.');
  await expect(fetch(`${url}/__simulator/stats`)).rejects.toThrow();
});

it('refuses a bad flag with exit code 2', async () => {
  const term = io();
  expect(await main(['simulate', '--fault', 'create:nope'], term.io)).toBe(2);
  expect(term.err()).toContain('unknown fault kind');
  expect(await main(['simulate', '--help'], term.io)).toBe(0);
  expect(term.out()).toContain('Usage: seedance simulate');
});
