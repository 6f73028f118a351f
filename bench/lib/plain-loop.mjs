// The baseline: the loop the API documentation shows, written plainly with fetch. For each shot
// in order: create the task, ask about it every 10 s until it is done, download the video, move
// on. Chained shots pass the upstream shot's last_frame_url, as a hand-written script would.
// No retries, no concurrency, no lock file: the simplest thing that works.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse } from 'yaml';

const TASKS = '/api/v3/contents/generations/tasks';

/** Runs the first `count` shots of the storyboard; returns the time each took, in ms. */
export async function plainLoop({ baseUrl, yamlText, count, outDir, pollMs = 10_000, apiKey = 'bench-key' }) {
  const doc = parse(yamlText);
  const headers = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' };
  const lastFrame = new Map();
  const perShot = [];
  await mkdir(outDir, { recursive: true });
  for (const shot of doc.shots.slice(0, count)) {
    const start = Date.now();
    const content = [{ type: 'text', text: shot.prompt }];
    if (shot.first_frame) content.push({ type: 'image_url', image_url: { url: lastFrame.get(shot.first_frame.shot) }, role: 'first_frame' });
    for (const ref of shot.reference_images ?? []) content.push({ type: 'image_url', image_url: { url: lastFrame.get(ref.shot) }, role: 'reference_image' });
    const body = { model: doc.defaults.model, content, resolution: doc.defaults.resolution, ratio: doc.defaults.ratio, duration: doc.defaults.duration, return_last_frame: true };
    const created = await fetch(baseUrl + TASKS, { method: 'POST', headers, body: JSON.stringify(body) });
    if (!created.ok) throw new Error(`create ${shot.id}: HTTP ${created.status} ${await created.text()}`);
    const { id } = await created.json();
    let task;
    for (;;) {
      task = await (await fetch(`${baseUrl}${TASKS}/${id}`, { headers })).json();
      if (task.status === 'succeeded') break;
      if (task.status === 'failed' || task.status === 'expired' || task.status === 'cancelled') throw new Error(`${shot.id}: task ${task.status}`);
      await sleep(pollMs);
    }
    const video = await fetch(task.content.video_url);
    await pipeline(Readable.fromWeb(video.body), createWriteStream(join(outDir, `${shot.id}.mp4`)));
    lastFrame.set(shot.id, task.content.last_frame_url);
    perShot.push(Date.now() - start);
  }
  return perShot;
}
