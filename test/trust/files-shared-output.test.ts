// Two manifests with the same `name:` would share out/<name>/ and overwrite each other's clips.
// The output folder records which manifest owns it (`.seedance-owned.json`, the manifest's path
// relative to the folder); a second manifest using it is refused before anything is sent, with a
// message naming the owner and saying to set `output:` or `name:`.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/core/sha256.js';
import { isSeedanceError } from '../../src/core/errors.js';
import type { Simulator } from '../../src/simulator/index.js';
import { runCli } from '../cli/capture.js';
import { run, startSim, tempDir, writeStoryboard } from '../run/harness.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim.close();
});

const story = (prompt: string, extra = ''): string => `version: 1
name: same
${extra}defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: a, prompt: ${prompt}, seed: 3 }
concat: {}
`;

async function two(): Promise<{ dir: string; first: string; second: string }> {
  const dir = await tempDir('seedance-shared-out-');
  const first = await writeStoryboard(dir, story('A lighthouse at dusk'), {}, 'first.yaml');
  const second = await writeStoryboard(dir, story('A tram in the rain'), {}, 'second.yaml');
  return { dir, first, second };
}

const env = (): NodeJS.ProcessEnv => ({ SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url });

describe('a second manifest with the same name', () => {
  it('is refused before anything is sent, and the first one\'s clips and film are kept', async () => {
    const { dir, first, second } = await two();
    await run(first, sim);
    const clip = sha256(await readFile(join(dir, 'out/same/a.mp4')));
    const film = sha256(await readFile(join(dir, 'out/same/final.mp4')));

    sim.resetStats();
    const error: unknown = await run(second, sim).then(() => undefined, (e: unknown) => e);
    expect(isSeedanceError(error), String(error)).toBe(true);
    expect((error as { code: string }).code).toBe('output.taken');
    expect((error as Error).message).toContain('first.yaml');
    expect((error as { hint?: string }).hint).toMatch(/`output:`.*`name:`/);
    expect(sim.stats().createRequests).toBe(0);
    expect(sha256(await readFile(join(dir, 'out/same/a.mp4')))).toBe(clip);
    expect(sha256(await readFile(join(dir, 'out/same/final.mp4')))).toBe(film);
    // The record names the owner relative to the folder, so the project may move as a whole.
    const record = JSON.parse(await readFile(join(dir, 'out/same/.seedance-owned.json'), 'utf8')) as { manifest: string };
    expect(record.manifest).toBe('../../first.yaml');
  });

  it.each([['run'], ['status'], ['concat'], ['report']])('seedance %s refuses it with exit 2 and says which manifest owns the folder', async (command) => {
    const { dir, first } = await two();
    await run(first, sim);
    const clip = sha256(await readFile(join(dir, 'out/same/a.mp4')));
    sim.resetStats();
    const result = await runCli([command, 'second.yaml'], dir, env());
    expect(result.code, result.stdout + result.stderr).toBe(2);
    expect(result.stderr).toContain('error[output.taken]');
    expect(result.stderr).toContain('first.yaml');
    expect(result.stderr).toMatch(/next: .*`output:`/);
    expect(sim.stats().createRequests).toBe(0);
    expect(sha256(await readFile(join(dir, 'out/same/a.mp4')))).toBe(clip);
  });

  it('with an output: of its own it runs, and the owner still may', async () => {
    const { dir, first } = await two();
    const second = await writeStoryboard(dir, story('A tram in the rain', 'output: out/same-tram\n'), {}, 'second.yaml');
    await run(first, sim);
    expect((await run(second, sim)).summary).toMatchObject({ made: 1, result: 'done' });
    expect((await run(first, sim)).summary).toMatchObject({ made: 0, reused: 1, result: 'done' });
  });

  it('once the owner manifest is gone, another manifest may take the folder over', async () => {
    const { first, second } = await two();
    await run(first, sim);
    await rm(first);
    expect((await run(second, sim)).summary).toMatchObject({ made: 1, result: 'done' });
  });
});
