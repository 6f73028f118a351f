// Local media outside the project are neither read nor sent. A media path (every local media slot,
// and concat.audio.file) must resolve, after following symlinks, inside the project: the git work
// tree that holds the manifest (a `.git` folder or file above it), else the manifest's folder.
// Anything else is a positioned error naming `--allow-path DIR` (`allowPaths` in the library),
// found before the file is opened: an outside image too small for the service gets no image-size
// finding, because its header is never read.
import { copyFile, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/api/index.js';
import { isSeedanceError } from '../../src/core/errors.js';
import { runStoryboard } from '../../src/library/run-storyboard.js';
import { loadManifest, type Diagnostic } from '../../src/manifest/index.js';
import type { Simulator } from '../../src/simulator/index.js';
import { runCli } from '../cli/capture.js';
import { startSim, tempDir } from '../run/harness.js';

const ASSETS = new URL('../fixtures/manifests/assets/', import.meta.url);

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim.close();
});

/** <root>/project/story.yaml, <root>/outside/{ok.png,tiny.png,theme.mp3}, and a link inside pointing out. */
async function layout(): Promise<{ root: string; project: string; outside: string }> {
  const root = await tempDir('seedance-outside-');
  const project = join(root, 'project');
  const outside = join(root, 'outside');
  await mkdir(join(project, 'assets'), { recursive: true });
  await mkdir(outside);
  await copyFile(new URL('ok.png', ASSETS), join(outside, 'ok.png'));
  // 200x150: too small for the service, so reading its header would add an image-size finding.
  await copyFile(new URL('tiny.png', ASSETS), join(outside, 'tiny.png'));
  await copyFile(new URL('nine-seconds.mp3', ASSETS), join(outside, 'theme.mp3'));
  await copyFile(new URL('ok.png', ASSETS), join(project, 'assets', 'inside.png'));
  await symlink(join(outside, 'ok.png'), join(project, 'assets', 'link.png'));
  await symlink(join(outside, 'tiny.png'), join(project, 'assets', 'tiny-link.png'));
  await symlink(join(outside, 'theme.mp3'), join(project, 'assets', 'theme-link.mp3'));
  return { root, project, outside };
}

const imageStory = (path: string): string => `version: 1
defaults: { resolution: 480p, duration: 5 }
shots:
  - id: tea
    prompt: A cup of tea on a wooden table
    reference_images: [${path}]
`;

const bedStory = (path: string): string => `version: 1
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: tea, prompt: A cup of tea on a wooden table, seed: 4 }
concat:
  audio: { file: ${path} }
`;

/** Where the path sits in each story: line and column of the value. */
const IMAGE_AT = { line: 6, column: 24 };
const BED_AT = { line: 6, column: 18 };

function outsideErrors(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.code === 'path-escapes');
}

const CASES = [
  ['a relative path that climbs out', (o: string) => `../outside/${o}`],
  ['an absolute path outside', (o: string, outside: string) => join(outside, o)],
  ['a symlink inside that points outside', (o: string) => (o === 'ok.png' ? 'assets/link.png' : o === 'tiny.png' ? 'assets/tiny-link.png' : 'assets/theme-link.mp3')],
] as const;

describe('a media file outside the project', () => {
  it.each(CASES)('in reference_images, %s, is a positioned error naming --allow-path, and its header is never read', async (_name, path) => {
    const { project, outside } = await layout();
    const written = path('tiny.png', outside);
    const file = join(project, 'story.yaml');
    await writeFile(file, imageStory(written));
    const result = await loadManifest(file);
    expect(result.manifest).toBeUndefined();
    const [error, ...more] = outsideErrors(result.diagnostics);
    expect(more).toEqual([]);
    expect(error).toMatchObject({ severity: 'error', ...IMAGE_AT });
    expect(error?.message).toContain(`\`${written}\``);
    expect(error?.message).toContain('outside the project');
    expect(error?.message).toContain('--allow-path');
    expect(error?.message).toContain('allowPaths');
    // Its header was not read: the 200x150 picture would have been reported as too small.
    expect(result.diagnostics.map((d) => d.code)).not.toContain('image-size');
  });

  it.each(CASES)('in concat.audio.file, %s, is a positioned error naming --allow-path', async (_name, path) => {
    const { project, outside } = await layout();
    const written = path('theme.mp3', outside);
    const file = join(project, 'story.yaml');
    await writeFile(file, bedStory(written));
    const result = await loadManifest(file);
    expect(result.manifest).toBeUndefined();
    const [error, ...more] = outsideErrors(result.diagnostics);
    expect(more).toEqual([]);
    expect(error).toMatchObject({ severity: 'error', ...BED_AT });
    expect(error?.message).toContain(`\`${written}\``);
    expect(error?.message).toContain('--allow-path');
  });

  it.each(CASES)('with --allow-path, %s, is read and valid (validate, plan, status)', async (_name, path) => {
    const { root, project, outside } = await layout();
    await writeFile(join(project, 'story.yaml'), imageStory(path('ok.png', outside)));
    await writeFile(join(project, 'bed.yaml'), bedStory(path('theme.mp3', outside)));
    const refused = await runCli(['validate', 'story.yaml', 'bed.yaml'], project);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toMatch(new RegExp(`story\\.yaml:${IMAGE_AT.line}:${IMAGE_AT.column} error\\[path-escapes\\]`));
    expect(refused.stdout).toMatch(new RegExp(`bed\\.yaml:${BED_AT.line}:${BED_AT.column} error\\[path-escapes\\]`));
    const allowed = await runCli(['validate', 'story.yaml', 'bed.yaml', '--allow-path', '../outside'], project);
    expect(allowed.code, allowed.stdout).toBe(0);
    // Relative to the current folder, repeatable, on every command that loads a manifest.
    const plan = await runCli(['plan', 'project/story.yaml', '--allow-path', 'elsewhere', '--allow-path', 'outside'], root);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('data:image/png;base64');
    const status = await runCli(['status', 'story.yaml', `--allow-path=${outside}`], project);
    expect(status.code, status.stderr).toBe(0);
  });

  it('is never sent: seedance run refuses with exit 2 before any request, and runs with --allow-path', async () => {
    const { project } = await layout();
    await writeFile(join(project, 'story.yaml'), imageStory('../outside/ok.png'));
    const env = { SEEDANCE_API_KEY: 'test-key', SEEDANCE_BASE_URL: sim.url };
    sim.resetStats();
    const refused = await runCli(['run', 'story.yaml', '--reporter', 'plain', '--poll-interval', '50'], project, env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/story\.yaml:6:24 error\[path-escapes\]/);
    expect(refused.stderr).toContain('nothing was sent');
    expect(sim.stats().createRequests).toBe(0);
    const allowed = await runCli(['run', 'story.yaml', '--reporter', 'plain', '--poll-interval', '50', '--allow-path', '../outside'], project, env);
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(sim.stats().creates).toBe(1);
  });

  it('the library refuses it too, and takes allowPaths in loadManifest and runStoryboard', async () => {
    const { project, outside } = await layout();
    const file = join(project, 'story.yaml');
    await writeFile(file, imageStory('../outside/ok.png'));
    const client = createClient({ format: 'native', baseUrl: sim.url, apiKey: 'test-key' });
    try {
      sim.resetStats();
      const error: unknown = await runStoryboard(file, { client, report: false, poll: { intervalMs: 50 } }).then(() => undefined, (e: unknown) => e);
      expect(isSeedanceError(error, 'manifest.invalid'), String(error)).toBe(true);
      expect(String((error as Error).message)).toContain('story.yaml:6:24 error[path-escapes]');
      expect(sim.stats().createRequests).toBe(0);
      expect((await loadManifest(file, { allowPaths: [outside] })).manifest).toBeDefined();
      const summary = await runStoryboard(file, { client, report: false, poll: { intervalMs: 50 }, allowPaths: [outside] });
      expect(summary).toMatchObject({ made: 1, result: 'done' });
    } finally {
      await client.close();
    }
  });
});

describe('the project is the git work tree that holds the manifest', () => {
  it.each(['a .git folder', 'a .git file (a worktree)'])('with %s, files anywhere in the tree are inside', async (kind) => {
    const root = await tempDir('seedance-outside-');
    if (kind === 'a .git folder') await mkdir(join(root, '.git'));
    else await writeFile(join(root, '.git'), 'gitdir: /somewhere/else/.git/worktrees/x\n');
    await mkdir(join(root, 'shared'));
    await mkdir(join(root, 'films', 'tea'), { recursive: true });
    await copyFile(new URL('ok.png', ASSETS), join(root, 'shared', 'cup.png'));
    const file = join(root, 'films', 'tea', 'story.yaml');
    await writeFile(file, imageStory('../../shared/cup.png'));
    const result = await loadManifest(file);
    expect(result.diagnostics).toEqual([]);
    expect(result.manifest?.shots[0]?.referenceImages[0]).toMatchObject({ kind: 'file', mime: 'image/png' });
  });

  it('without one, the manifest folder is the project', async () => {
    const root = await tempDir('seedance-outside-');
    await mkdir(join(root, 'shared'));
    await mkdir(join(root, 'films'));
    await copyFile(new URL('ok.png', ASSETS), join(root, 'shared', 'cup.png'));
    const file = join(root, 'films', 'story.yaml');
    await writeFile(file, imageStory('../shared/cup.png'));
    const result = await loadManifest(file);
    expect(outsideErrors(result.diagnostics)).toHaveLength(1);
    // Files inside are read as before.
    await copyFile(join(root, 'shared', 'cup.png'), join(root, 'films', 'cup.png'));
    await writeFile(file, imageStory('cup.png'));
    expect((await loadManifest(file)).diagnostics).toEqual([]);
    expect((await readFile(file, 'utf8')).length).toBeGreaterThan(0);
  });
});
