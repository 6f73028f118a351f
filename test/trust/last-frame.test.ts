// A shot's last frame (the first frame of the shot after it): a missing one is extracted again
// from the clip instead of failing every rerun with an internal error; one the service serves
// that is not an image of the video's size (an error page, say) is never saved and recorded.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/core/sha256.js';
import { imageSize } from '../../src/manifest/image-size.js';
import type { RunEvent } from '../../src/core/events.js';
import { runShots } from '../../src/run/runner.js';
import type { Simulator } from '../../src/simulator/index.js';
import { lockPathFor, readLock } from '../../src/state/lock.js';
import { removeDir, suiteTempDir, tempDir } from '../temp.js';
import { FakeApi, FakeClock, makeClip, until } from '../run/fake-api.js';
import { load, run, startSim, writeStoryboard } from '../run/harness.js';

let sim: Simulator;
let clip: { video: string; frame: string };
let clipDir: string;
beforeAll(async () => {
  sim = await startSim();
  clipDir = await suiteTempDir('seedance-frame-clip-');
  clip = await makeClip(clipDir);
});
afterAll(async () => {
  await sim.close();
  await removeDir(clipDir);
});

const chain = (second: string) => `version: 1
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: a, prompt: A hot air balloon rises at dawn, seed: 4 }
  - { id: b, prompt: ${second}, first_frame: { shot: a } }
`;

describe('the last frame of a shot', () => {
  it('missing from disk, is extracted again from its clip when the next shot needs it', async () => {
    const dir = await tempDir('seedance-frame-');
    const file = await writeStoryboard(dir, chain('The balloon drifts over fields'));
    await run(file, sim);
    await rm(join(dir, 'out/story/a.last.png'));
    // b changes, so it is made again from a's last frame, which only the file on disk has now.
    await writeStoryboard(dir, chain('The balloon drifts over a lake'));
    const again = await run(file, sim);
    expect(again.summary).toMatchObject({ made: 1, reused: 1, result: 'done' });
    const frame = await readFile(join(dir, 'out/story/a.last.png'));
    expect(imageSize('png', frame)).toEqual({ width: 864, height: 496 });
    const lock = await readLock(lockPathFor(file), file);
    expect(lock.shots.a?.outputs?.lastFrame?.sha256).toBe(sha256(frame));
  });

  it("served as something that is not an image of the video's size, is taken from the clip instead", async () => {
    const dir = await tempDir('seedance-frame-');
    const manifest = await load(await writeStoryboard(dir, 'version: 1\nshots:\n  - { id: a, prompt: An error page instead of a frame, resolution: 480p, duration: 5 }\n'));
    const api = new FakeApi(clip, { frame: '<!doctype html><title>502 Bad Gateway</title>' });
    const clock = new FakeClock();
    const events: RunEvent[] = [];
    const done = runShots(manifest, { client: api, clock, emit: (e) => events.push(e), poll: { intervalMs: 1000 }, skipConcat: true });
    await until(() => events.some((e) => e.type === 'shot-submitted') && clock.pending() > 0, 'the task at the service');
    api.end('error page');
    clock.advance(1000);
    expect(await done).toMatchObject({ made: 1, result: 'done' });
    const frame = await readFile(join(manifest.output, 'a.last.png'));
    expect(frame.readUInt32BE(0)).toBe(0x89504e47);
    expect(imageSize('png', frame)).toEqual({ width: 864, height: 496 });
    expect(events.some((e) => e.type === 'warning' && e.message.includes('not a PNG image'))).toBe(true);
  });
});
