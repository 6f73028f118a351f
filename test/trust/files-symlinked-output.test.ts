// An output folder that is a symlink, or a path through one, cannot carry the clips and the film
// out of the project (e.g. onto `.profile` in another home). Real paths are resolved before
// writing: an output folder outside the project is a positioned error unless allowed with
// --allow-path, and the film is never written outside the output folder, even when a folder on
// its way becomes a symlink after the manifest was checked.
import { rmSync, symlinkSync } from 'node:fs';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/api/index.js';
import type { RunEvent } from '../../src/core/events.js';
import { runStoryboard } from '../../src/library/run-storyboard.js';
import { loadManifest } from '../../src/manifest/index.js';
import type { Simulator } from '../../src/simulator/index.js';
import { runCli } from '../cli/capture.js';
import { eventsOf, load, startSim, tempDir } from '../run/harness.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim.close();
});

const PROFILE = 'export PATH=$HOME/bin:$PATH\n';

/** <root>/project (the manifest's folder) and <root>/home (another user's home, with a .profile). */
async function layout(): Promise<{ project: string; home: string }> {
  const root = await tempDir('seedance-symlinked-out-');
  const project = join(root, 'project');
  const home = join(root, 'home');
  await mkdir(project);
  await mkdir(home);
  await writeFile(join(home, '.profile'), PROFILE);
  return { project, home };
}

const story = (head: string, concat = '{}'): string => `version: 1
${head}defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: a, prompt: A kite rises over the dunes, seed: 3 }
concat: ${concat}
`;

const env = (): NodeJS.ProcessEnv => ({ SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url });

describe('an output folder through a symlink that leads out of the project', () => {
  it('output: a symlink to another home is a positioned error, and seedance run writes nothing there', async () => {
    const { project, home } = await layout();
    await symlink(home, join(project, 'films'));
    await writeFile(join(project, 'story.yaml'), story('output: films\n'));
    const result = await loadManifest(join(project, 'story.yaml'));
    expect(result.manifest).toBeUndefined();
    const error = result.diagnostics.find((d) => d.code === 'path-escapes');
    expect(error).toMatchObject({ severity: 'error', line: 2, column: 9 });
    expect(error?.message).toContain('symlink');
    expect(error?.message).toContain('--allow-path');
    sim.resetStats();
    const cli = await runCli(['run', 'story.yaml', '--reporter', 'plain'], project, env());
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/story\.yaml:2:9 error\[path-escapes\]/);
    expect(sim.stats().createRequests).toBe(0);
    expect(await readdir(home)).toEqual(['.profile']);
  });

  it('the default out/<name> through a symlinked out/ is refused too', async () => {
    const { project, home } = await layout();
    await symlink(home, join(project, 'out'));
    await writeFile(join(project, 'story.yaml'), story('name: dunes\n'));
    const result = await loadManifest(join(project, 'story.yaml'));
    expect(result.manifest).toBeUndefined();
    expect(result.diagnostics.find((d) => d.code === 'path-escapes')).toMatchObject({ severity: 'error', line: 2, column: 7 });
  });

  it('concat.output through a symlinked folder inside the output folder is a positioned error', async () => {
    const { project, home } = await layout();
    await mkdir(join(project, 'out', 'story'), { recursive: true });
    await symlink(home, join(project, 'out', 'story', 'films'));
    await writeFile(join(project, 'story.yaml'), story('', '{ output: films/final.mp4 }'));
    const result = await loadManifest(join(project, 'story.yaml'));
    expect(result.manifest).toBeUndefined();
    expect(result.diagnostics.find((d) => d.code === 'path-escapes')).toMatchObject({ severity: 'error', line: 5, column: 19 });
  });

  it('with --allow-path the output folder may lead there, and the run writes into it', async () => {
    const { project, home } = await layout();
    await symlink(home, join(project, 'films'));
    await writeFile(join(project, 'story.yaml'), story('output: films\n'));
    const cli = await runCli(['run', 'story.yaml', '--reporter', 'plain', '--poll-interval', '50', '--allow-path', '../home'], project, env());
    expect(cli.code, cli.stderr).toBe(0);
    expect(await readdir(home)).toEqual(expect.arrayContaining(['.profile', 'a.mp4', 'final.mp4']));
    expect(await readFile(join(home, '.profile'), 'utf8')).toBe(PROFILE);
    // report and concat take the option too, and refuse the folder without it.
    expect((await runCli(['report', 'story.yaml'], project)).code).toBe(2);
    expect((await runCli(['report', 'story.yaml', '--allow-path', '../home'], project)).code).toBe(0);
    const concat = await runCli(['concat', 'story.yaml', '--force', '--allow-path', '../home'], project);
    expect(concat.code, concat.stdout + concat.stderr).toBe(0);
  });
});

describe('a folder on the film\'s way that becomes a symlink after the manifest was checked', () => {
  it('the film (and its temp file) is not written through it: the assembly fails and says why', async () => {
    const { project, home } = await layout();
    await mkdir(join(project, 'out', 'story', 'films'), { recursive: true });
    const file = join(project, 'story.yaml');
    await writeFile(file, story('', '{ output: films/final.mp4 }'));
    const manifest = await load(file);
    const films = join(project, 'out', 'story', 'films');
    const events: RunEvent[] = [];
    const onEvent = (event: RunEvent): void => {
      events.push(event);
      // Swapped while the run is under way, after every check before it.
      if (event.type === 'assembly-started') {
        rmSync(films, { recursive: true });
        symlinkSync(home, films);
      }
    };
    const client = createClient({ format: 'native', baseUrl: sim.url, apiKey: 'k' });
    try {
      const summary = await runStoryboard(manifest, { client, report: false, poll: { intervalMs: 50 }, onEvent });
      expect(summary.result).not.toBe('done');
    } finally {
      await client.close();
    }
    const failed = eventsOf(events, 'assembly-failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]?.message).toContain('outside the output folder');
    expect(await readdir(home)).toEqual(['.profile']);
  });
});
