// Found by the long chaos run: a client killed in the middle of a download could leave the
// simulator's handler waiting for a 'drain' that never comes, its file open until garbage
// collection ("Closing file descriptor N on garbage collection"). Many clients hang up mid-file
// here; afterwards no file of the simulator may still be open.
import './sentinel.js';
import { existsSync } from 'node:fs';
import { readdir, readlink } from 'node:fs/promises';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { run, startSim, writeStoryboard } from '../run/harness.js';
import { tempDir } from '../temp.js';
import { SENTINEL } from './sentinel.js';

/** Files of `dir` this process holds open (Linux: /proc/self/fd). */
async function openFilesUnder(dir: string): Promise<string[]> {
  const fds = await readdir('/proc/self/fd');
  const targets = await Promise.all(fds.map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')));
  return targets.filter((t) => t.startsWith(dir));
}

/** GET the URL and hang up after the first bytes arrive. */
function hangUpEarly(url: string): Promise<void> {
  return new Promise((resolve) => {
    const req = request(url, (res) => {
      res.once('data', () => {
        req.destroy();
        resolve();
      });
    });
    req.on('error', () => resolve());
    req.end();
  });
}

describe.skipIf(!existsSync('/proc/self/fd'))('the simulator serving files', () => {
  it('closes the file of every download whose client hung up in the middle', async () => {
    const cache = await tempDir('seedance-sim-cache-');
    const sim = await startSim({ apiKey: SENTINEL, cacheDir: cache });
    try {
      const dir = await tempDir('seedance-hangup-');
      const file = await writeStoryboard(dir, 'version: 1\nshots:\n  - { id: a, prompt: A long tide, resolution: 480p, duration: 15, seed: 5 }\n');
      const { events } = await run(file, sim, { client: { apiKey: SENTINEL } });
      const submitted = events.find((e) => e.type === 'shot-submitted');
      const taskId = submitted?.type === 'shot-submitted' ? submitted.taskId : undefined;
      expect(taskId).toBeDefined();
      // A fresh signed URL, as a killed client would have had.
      const response = await fetch(`${sim.url}/api/v3/contents/generations/tasks/${taskId}`, { headers: { authorization: `Bearer ${SENTINEL}` } });
      const url = ((await response.json()) as { content: { video_url: string } }).content.video_url;
      for (let round = 0; round < 5; round++) await Promise.all(Array.from({ length: 20 }, () => hangUpEarly(url)));
      await new Promise((r) => setTimeout(r, 300));
      expect(await openFilesUnder(cache)).toEqual([]);
    } finally {
      await sim.close();
    }
  });
});
