// Before a measured run: one task of the benchmark's shape through the simulator, so its render
// cache (one clip per shape in fast mode) is warm and the first measured task does not pay for it.
import { setTimeout as sleep } from 'node:timers/promises';

const TASKS = '/api/v3/contents/generations/tasks';

/** "200-800" -> [200, 800]; "500" -> 500 (milliseconds). */
export function parseRange(text) {
  const match = /^(\d+)(?:-(\d+))?$/.exec(String(text).trim());
  if (!match) throw new Error(`expected MS or MIN-MAX in milliseconds, got \`${text}\``);
  return match[2] === undefined ? Number(match[1]) : [Number(match[1]), Number(match[2])];
}

async function call(url, init) {
  const response = await fetch(url, { ...init, headers: { authorization: 'Bearer bench-key', 'content-type': 'application/json' } });
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

/** Makes 480p 16:9 5 s clips with and without a last frame, and waits for both. */
export async function warmUp(baseUrl, { duration = 5 } = {}) {
  const ids = [];
  for (const lastFrame of [false, true]) {
    const body = { model: 'doubao-seedance-2.0', content: [{ type: 'text', text: 'warm-up' }], resolution: '480p', ratio: '16:9', duration, return_last_frame: lastFrame };
    ids.push((await call(baseUrl + TASKS, { method: 'POST', body: JSON.stringify(body) })).id);
  }
  for (const id of ids) {
    for (;;) {
      const task = await call(`${baseUrl}${TASKS}/${id}`);
      if (task.status === 'succeeded') break;
      if (task.status !== 'queued' && task.status !== 'running') throw new Error(`warm-up task ${id} ended ${task.status}`);
      await sleep(100);
    }
  }
}
