// The film never replaces a file seedance did not write. concat.output must be a video file name
// (.mp4, .mov, .mkv) inside the output folder; names that are plainly not the tool's to replace
// (the lock, the manifest, `.git/config` with `output: .`) are positioned manifest errors; an
// existing file that is not in the output folder's record of what seedance wrote
// (`<output>/.seedance-owned.json`) is refused before anything is sent, and kept as it was.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSeedanceError } from '../../src/core/errors.js';
import { loadManifest } from '../../src/manifest/index.js';
import type { Simulator } from '../../src/simulator/index.js';
import { runCli } from '../cli/capture.js';
import { eventsOf, run, startSim, tempDir, writeStoryboard } from '../run/harness.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim.close();
});

const story = (concat: string, output = ''): string => `version: 1
${output}defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: a, prompt: A fox crosses a snowy field, seed: 3 }
concat: ${concat}
`;

const OWNED = '.seedance-owned.json';

describe('concat.output that names a file the tool must not replace', () => {
  it.each([
    ['the lock', 'story.lock.json'],
    ['the manifest', 'story.yaml'],
    ['.git/config', '.git/config'],
    ['the ownership record', OWNED],
    ['a text file', 'notes.txt'],
    ['a name without an extension', 'film'],
  ])('with output: ., %s is a positioned error', async (_name, name) => {
    const dir = await tempDir('seedance-film-name-');
    await mkdir(join(dir, '.git'));
    await writeFile(join(dir, '.git', 'config'), '[core]\n\tbare = false\n');
    const file = await writeStoryboard(dir, story(`{ output: ${name} }`, 'output: .\n'));
    const result = await loadManifest(file);
    expect(result.manifest).toBeUndefined();
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 6, column: 19 });
    expect(['output-extension', 'output-collision']).toContain(errors[0]?.code);
    expect(errors[0]?.message).toContain(`\`concat.output: ${name}\``);
  });

  it('seedance run refuses it with exit 2, sends nothing and leaves the file as it was', async () => {
    const dir = await tempDir('seedance-film-name-');
    await writeStoryboard(dir, story('{ output: story.lock.json }', 'output: .\n'));
    const lock = '{"version":2,"shots":{}}\n';
    await writeFile(join(dir, 'story.lock.json'), lock);
    sim.resetStats();
    const result = await runCli(['run', 'story.yaml', '--reporter', 'plain'], dir, { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/story\.yaml:6:19 error\[output-extension\]/);
    expect(sim.stats().createRequests).toBe(0);
    expect(await readFile(join(dir, 'story.lock.json'), 'utf8')).toBe(lock);
  });

  it.each(['film.mp4', 'film.mov', 'film.mkv', 'films/cut.MP4'])('%s is a video file name and valid', async (name) => {
    const dir = await tempDir('seedance-film-name-');
    const file = await writeStoryboard(dir, story(`{ output: ${name} }`));
    const result = await loadManifest(file);
    expect(result.manifest, JSON.stringify(result.diagnostics)).toBeDefined();
  });
});

describe('an existing file at the film\'s name that seedance did not write', () => {
  it('is refused before anything is sent (library and CLI), and is kept', async () => {
    const dir = await tempDir('seedance-film-name-');
    const file = await writeStoryboard(dir, story('{ output: mine.mp4 }'), { 'out/story/mine.mp4': 'my own holiday video' });
    sim.resetStats();
    const error: unknown = await run(file, sim).then(() => undefined, (e: unknown) => e);
    expect(isSeedanceError(error), String(error)).toBe(true);
    expect((error as { code: string }).code).toBe('output.foreign-file');
    expect((error as Error).message).toContain('mine.mp4');
    expect((error as Error).message).toContain('did not write');
    expect((error as { hint?: string }).hint).toMatch(/concat\.output/);
    const cli = await runCli(['run', 'story.yaml', '--reporter', 'plain'], dir, { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url });
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain('error[output.foreign-file]');
    expect(cli.stderr).toContain('next: ');
    expect(sim.stats().createRequests).toBe(0);
    expect(await readFile(join(dir, 'out/story/mine.mp4'), 'utf8')).toBe('my own holiday video');
  });

  it('that appears after the clips were made is not replaced by seedance concat', async () => {
    const dir = await tempDir('seedance-film-name-');
    const file = await writeStoryboard(dir, story('{}'));
    await run(file, sim, { skipConcat: true });
    await writeFile(join(dir, 'out/story/final.mp4'), 'placed here by hand');
    const result = await runCli(['concat', 'story.yaml'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain('did not write');
    expect(await readFile(join(dir, 'out/story/final.mp4'), 'utf8')).toBe('placed here by hand');
  });
});

describe('a film seedance wrote', () => {
  it('is recorded with its size, and replaced when the film is joined again', async () => {
    const dir = await tempDir('seedance-film-name-');
    const file = await writeStoryboard(dir, story('{}'));
    await run(file, sim);
    const record = JSON.parse(await readFile(join(dir, 'out/story', OWNED), 'utf8')) as { files: Record<string, { bytes: number }> };
    const film = await readFile(join(dir, 'out/story/final.mp4'));
    expect(record.files['final.mp4']).toEqual({ bytes: film.length });
    await writeStoryboard(dir, story('{}').replace('snowy field', 'frozen lake'));
    const again = await run(file, sim);
    expect(again.summary).toMatchObject({ made: 1, result: 'done' });
    expect(eventsOf(again.events, 'assembly-finished')).toHaveLength(1);
    expect(Buffer.compare(await readFile(join(dir, 'out/story/final.mp4')), film)).not.toBe(0);
  });

  it('made before the record existed (named in the lock) is still the tool\'s to replace', async () => {
    const dir = await tempDir('seedance-film-name-');
    const file = await writeStoryboard(dir, story('{}'));
    await run(file, sim);
    await rm(join(dir, 'out/story', OWNED), { force: true });
    await writeStoryboard(dir, story('{}').replace('snowy field', 'frozen lake'));
    const again = await run(file, sim);
    expect(again.summary).toMatchObject({ made: 1, result: 'done' });
    expect(eventsOf(again.events, 'assembly-finished')).toHaveLength(1);
  });
});
