// A storyboard using 2.0 mini, frames, priority, tools, safety_identifier and callback_url runs end
// to end on the simulator over real HTTP: the documented bodies are accepted, the clips pass the
// checks made after download (a frames clip lasts (frames - 1) / 24 s), and nothing calls back.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia } from '../../src/media/index.js';
import type { Simulator } from '../../src/simulator/index.js';
import { run, startSim, tempDir, writeStoryboard } from '../run/harness.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim.close();
});

describe('the fields of issue 14 in a run', () => {
  it('makes every shot with the fields sent, and the frames shot has exactly its frames', async () => {
    const calls: string[] = [];
    const hook = createServer((req, res) => {
      calls.push(req.url ?? '');
      res.end();
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    try {
      const dir = await tempDir('seedance-new-fields-');
      const file = await writeStoryboard(
        dir,
        `version: 1
defaults:
  resolution: 480p
  safety_identifier: user-7f3a9c
  callback_url: http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook
shots:
  - id: mini
    model: doubao-seedance-2-0-mini-260615
    prompt: A kitten wakes up
    duration: 4
    priority: 9
    tools: [{ type: web_search }]
  - id: frames
    model: doubao-seedance-1-0-pro-250528
    prompt: A kitten blinks
    frames: 57
`,
      );
      const { summary, events } = await run(file, sim);
      expect(summary.result, JSON.stringify(events.filter((e) => e.type.includes('fail')))).toBe('done');
      expect(summary.made).toBe(2);
      const frames = await probeMedia(join(dir, 'out', 'story', 'frames.mp4'));
      expect(frames.video?.frames).toBe(57);
      expect(frames.durationSeconds).toBeCloseTo(57 / 24, 1);
      expect(calls).toEqual([]);
      // What the service was sent, as the tasks echo it.
      const listed = (await (await fetch(`${sim.url}/api/v3/contents/generations/tasks?page_size=10`, { headers: { authorization: 'Bearer test-key' } })).json()) as { items: Record<string, unknown>[] };
      const mini = listed.items.find((t) => t.model === 'doubao-seedance-2-0-mini-260615');
      expect(mini).toMatchObject({ priority: 9, safety_identifier: 'user-7f3a9c', usage: { tool_usage: { web_search: expect.any(Number) } } });
      expect(listed.items.find((t) => t.model === 'doubao-seedance-1-0-pro-250528')).toMatchObject({ frames: 57, safety_identifier: 'user-7f3a9c' });
    } finally {
      await new Promise((resolve) => hook.close(resolve));
    }
  });
});
