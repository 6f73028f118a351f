// Before the first create, the output folder must take what the run will fetch: a read-only or
// full folder is refused with nothing sent (it used to be found after tasks were paid). Needs
// root and mount(2) for a read-only bind mount and a small tmpfs; skipped, saying so, elsewhere.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { runCli } from '../cli/capture.js';
import { startCli } from './signals-helpers.js';
import { startSim, tempDir, writeStoryboard } from '../run/harness.js';
import { makeReadOnly, mountTmpfs, mountable, unmount } from '../reliability/mounts.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => sim.resetStats());

const STORY = 'version: 1\nname: pre\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n  - { id: a, prompt: A crane lifts a crate }\n  - { id: b, prompt: A ship leaves the dock }\n';
const run = (dir: string) => runCli(['run', 'story.yaml', '--reporter', 'plain', '--poll-interval', '50'], dir, { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url });

describe('an output folder that cannot take the clips', () => {
  it('read-only: refused before anything is sent; once writable, the run completes', async (ctx) => {
    if (!(await mountable())) return ctx.skip(); // needs root and mount(2)
    const dir = await tempDir('seedance-pre-');
    await writeStoryboard(dir, STORY);
    const out = join(dir, 'out', 'pre');
    await mkdir(out, { recursive: true });
    await makeReadOnly(out);
    try {
      const refused = await run(dir);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/error\[fs\.write\]: Cannot write \S+: the file system is read-only/);
      expect(sim.stats().createRequests).toBe(0);
    } finally {
      await unmount(out);
    }
    expect((await run(dir)).code).toBe(0);
    expect(sim.stats().creates).toBe(2);
  });

  it('full: refused before anything is sent, with what is free and what is needed', async (ctx) => {
    if (!(await mountable())) return ctx.skip();
    const dir = await tempDir('seedance-pre-');
    await writeStoryboard(dir, STORY);
    const out = join(dir, 'out', 'pre');
    await mkdir(out, { recursive: true });
    await mountTmpfs(out, '256k');
    try {
      await writeFile(join(out, 'filler'), Buffer.alloc(200 * 1024));
      const refused = await run(dir);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/error\[fs\.write\]: The output folder \S+ has [\d.]+ kB free, and the 2 clips this run fetches need at least [\d.]+ kB, so nothing was sent\./);
      expect(refused.stderr).toContain('next: Free some space or point `output:` at a bigger disk, then run again.');
      expect(sim.stats().createRequests).toBe(0);
    } finally {
      await unmount(out);
    }
  });

  it('a temp folder that cannot be written, with a film to join: refused before anything is sent; without a film it is not needed', async () => {
    const dir = await tempDir('seedance-pre-');
    await writeStoryboard(dir, `${STORY}concat: { shots: [a, b] }\n`);
    const missing = join(dir, 'no-such-tmp');
    // The real binary: the temp folder is the process's own (TMPDIR).
    const env = { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url, TMPDIR: missing };
    const refusing = startCli(['run', join(dir, 'story.yaml'), '--reporter', 'plain', '--poll-interval', '50'], env);
    const refused = { ...(await refusing.exited), stderr: refusing.stderr() };
    expect(refused.code, refused.stderr).toBe(1);
    expect(refused.stderr).toContain(`error[fs.write]: The temp folder ${missing} cannot be written (ENOENT), and joining the film needs it, so nothing was sent.`);
    expect(refused.stderr).toContain('next: Point TMPDIR at a folder you can write');
    expect(sim.stats().createRequests).toBe(0);
    await writeStoryboard(dir, STORY);
    const noFilm = startCli(['run', join(dir, 'story.yaml'), '--reporter', 'plain', '--poll-interval', '50'], env);
    expect((await noFilm.exited).code, noFilm.stderr()).toBe(0);
  });

  it('an unchanged storyboard checks nothing and writes nothing', async () => {
    const dir = await tempDir('seedance-pre-');
    await writeStoryboard(dir, STORY);
    expect((await run(dir)).code).toBe(0);
    sim.resetStats();
    const again = await run(dir);
    expect(again.code).toBe(0);
    expect(sim.stats().createRequests + sim.stats().lists + sim.stats().queries).toBe(0);
  });
});
