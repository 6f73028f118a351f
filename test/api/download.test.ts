// Downloads against the simulator's files: a transfer cut short resumes with Range and ends with
// exactly the bytes the server has (compared with a clean download), whatever the timing.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type SeedanceClient } from '../../src/api/index.js';
import type { Simulator } from '../../src/simulator/index.js';
import { startSim, tempDir } from '../run/harness.js';

let sim: Simulator;
let client: SeedanceClient;
beforeAll(async () => {
  sim = await startSim();
  client = createClient({ format: 'native', baseUrl: sim.url, apiKey: 'k', retry: { baseDelayMs: 5, maxDelayMs: 20, maxAttempts: 8 } });
});
afterAll(async () => {
  await client.close();
  await sim.close();
});

async function finishedVideoUrl(prompt: string): Promise<string> {
  const { id } = await client.create({ model: 'doubao-seedance-2.0', content: [{ type: 'text', text: prompt }], resolution: '720p', duration: 5, generate_audio: true });
  for (;;) {
    const task = await client.get(id);
    if (task?.status === 'succeeded' && task.videoUrl) return task.videoUrl;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const sha = async (path: string): Promise<string> => createHash('sha256').update(await readFile(path)).digest('hex');

describe('downloads', () => {
  it('resume after cuts to exactly the server\'s bytes', async () => {
    const url = await finishedVideoUrl('a download that is cut short again and again');
    const dir = await tempDir('seedance-dl-');
    const clean = await client.download(url, join(dir, 'clean.mp4'));
    for (let round = 0; round < 6; round++) {
      sim.addFault({ kind: 'download-truncated', endpoint: 'download', count: 3 });
      const path = join(dir, `cut-${round}.mp4`);
      const result = await client.download(url, path);
      sim.clearFaults();
      expect(result).toEqual(clean);
      expect(await sha(path)).toBe(clean.sha256);
    }
  });
});
