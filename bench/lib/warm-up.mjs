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

/** Makes 16:9 clips (480p 5 s silent unless told) with and without a last frame, and waits for both. */
export async function warmUp(baseUrl, { duration = 5, resolution = '480p', audio = false } = {}) {
  const ids = [];
  for (const lastFrame of [false, true]) {
    const body = { model: 'doubao-seedance-2.0', content: [{ type: 'text', text: 'warm-up' }], resolution, ratio: '16:9', duration, generate_audio: audio, return_last_frame: lastFrame };
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

/** The OpenAI format's default size (1280x720) has its own fast-mode clip to warm. */
export async function warmUpOpenAi(url, { duration = 5 } = {}) {
  const headers = { authorization: 'Bearer bench-key', 'content-type': 'application/json' };
  const { id } = await (await fetch(`${url}/v1/videos`, { method: 'POST', headers, body: JSON.stringify({ prompt: 'warm-up', model: 'doubao-seedance-2', duration, size: '1280x720' }) })).json();
  for (;;) {
    const video = await (await fetch(`${url}/v1/videos/${id}`, { headers })).json();
    if (video.status === 'completed') return;
    if (video.status === 'failed') throw new Error('the OpenAI-format warm-up task failed');
    await sleep(100);
  }
}
