// `seedance export` as a user runs it: where the projects go, what they may replace, and the
// error for a film whose shots are not made; and once against a real run on the simulator.
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWNED_FILE } from '../../src/state/output-owner.js';
import { runCli } from '../cli/capture.js';
import { run, startSim, tempDir } from '../run/harness.js';
import { removeDir, suiteTempDir } from '../temp.js';
import { makeProject, type Project } from './project.js';

let dir: string;
let project: Project;
const owned = async (): Promise<Record<string, { bytes: number }>> => (JSON.parse(await readFile(join(project.output, OWNED_FILE), 'utf8')) as { files: Record<string, { bytes: number }> }).files;

beforeAll(async () => {
  dir = await suiteTempDir('seedance-export-cli-');
  project = await makeProject(dir);
}, 60_000);
afterAll(() => removeDir(dir));

describe('seedance export', () => {
  it('--help lists the formats, the options, the exit codes and examples', async () => {
    const help = await runCli(['export', '--help'], dir);
    expect(help.code).toBe(0);
    for (const text of ['--format', '-o FILE', 'mlt ', 'otio ', 'fcpxml ', 'edl ', 'Exit codes:', 'Examples:', 'seedance run']) expect(help.stdout).toContain(text);
    expect((await runCli(['--help'], dir)).stdout).toMatch(/export\s+write the cut as an editor project/);
  });

  it('writes <output>/<name>.<ext> for each format, records them as seedance-owned, and replaces its own files', async () => {
    const first = await runCli(['export', 'tiny.yaml', '--format', 'mlt', '-f', 'otio,fcpxml', '-f', 'edl'], dir);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    for (const ext of ['mlt', 'otio', 'fcpxml', 'edl']) {
      const file = join(project.output, `tiny.${ext}`);
      expect(first.stdout).toContain(`${ext}: ${file}`);
      expect((await owned())[`tiny.${ext}`]?.bytes).toBe((await readFile(file)).length);
    }
    expect(JSON.parse(await readFile(join(project.output, 'tiny.otio'), 'utf8'))).toMatchObject({ OTIO_SCHEMA: 'Timeline.1', name: 'tiny' });
    const again = await runCli(['export', 'tiny.yaml', '-f', 'mlt'], dir);
    expect(again.code).toBe(0);
  });

  it('-o writes anywhere inside the project, never outside it, and only with the format extension', async () => {
    const inside = await runCli(['export', 'tiny.yaml', '-f', 'edl', '-o', 'cuts/v3.edl'], dir);
    expect(inside.code).toBe(0);
    expect(await readFile(join(dir, 'cuts/v3.edl'), 'utf8')).toMatch(/^TITLE: TINY\nFCM: NON-DROP FRAME\n/);
    expect((await owned())['../../cuts/v3.edl']).toBeDefined();

    const outside = await runCli(['export', 'tiny.yaml', '-f', 'edl', '-o', '../seedance-outside.edl'], dir);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('outside the project');
    expect(existsSync(join(dir, '../seedance-outside.edl'))).toBe(false);

    const wrong = await runCli(['export', 'tiny.yaml', '-f', 'edl', '-o', 'out/tiny/final.mp4'], dir);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('does not end with .edl');
    const two = await runCli(['export', 'tiny.yaml', '-f', 'edl', '-f', 'mlt', '-o', 'x.edl'], dir);
    expect(two.code).toBe(2);
  });

  it('never replaces a file seedance did not write', async () => {
    const mine = join(dir, 'mine.fcpxml');
    await writeFile(mine, 'my own edit');
    const result = await runCli(['export', 'tiny.yaml', '-f', 'fcpxml', '-o', 'mine.fcpxml'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('seedance did not write');
    expect(await readFile(mine, 'utf8')).toBe('my own edit');
  });

  it('an unknown or missing format is a usage error', async () => {
    expect((await runCli(['export', 'tiny.yaml', '-f', 'aaf'], dir)).stderr).toContain('Unknown export format "aaf"');
    expect((await runCli(['export', 'tiny.yaml'], dir)).code).toBe(2);
  });

  it('names the film shots without a clip and says to run `seedance run`, exit 2, writing nothing', async () => {
    const other = await tempDir('seedance-export-missing-');
    const p = await makeProject(other);
    await rm(join(p.output, 'dusk.mp4'));
    const result = await runCli(['export', 'tiny.yaml', '-f', 'otio'], other);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('dusk has no clip on disk');
    expect(result.stderr).toContain('seedance run tiny.yaml');
    expect(existsSync(join(p.output, 'tiny.otio'))).toBe(false);
  });
});

describe('seedance export after a run on the simulator', () => {
  it('exports the picked take on the timeline and the other take in the bin, with the seeds and task ids of the lock', async () => {
    const sim = await startSim();
    try {
      const other = await tempDir('seedance-export-sim-');
      await writeFile(join(other, 'story.yaml'), `version: 1
defaults: { resolution: 480p, duration: 5 }
shots:
  - id: one
    prompt: A red kite over a beach
    takes: 2
    take: 2
  - id: two
    prompt: The kite dives toward the sea
concat:
  transition: { type: crossfade, duration: 0.5 }
`);
      const { summary } = await run(join(other, 'story.yaml'), sim);
      expect(summary.result).toBe('done');
      const lock = JSON.parse(await readFile(join(other, 'story.lock.json'), 'utf8')) as { shots: Record<string, { seed: number; taskId: string }> };
      const result = await runCli(['export', 'story.yaml', '-f', 'fcpxml'], other);
      expect(result.code).toBe(0);
      const xml = await readFile(join(other, 'out/story/story.fcpxml'), 'utf8');
      const spine = /<spine>([\s\S]*)<\/spine>/.exec(xml)?.[1] ?? '';
      expect([...spine.matchAll(/<asset-clip ref="r\d+" offset="[^"]+" name="([^"]+)"/g)].map((m) => m[1])).toEqual(['one', 'two']);
      expect(spine).not.toContain('one.take1');
      expect(xml).toMatch(/<event name="story">\s*<asset-clip ref="r\d+" name="one.take1"/);
      expect(spine).toContain(`seed ${lock.shots.one?.seed}, task ${lock.shots.one?.taskId}`);
      // 2 x 5 s with one 0.5 s crossfade: 9.5 s.
      expect(/<sequence format="r1" duration="([^"]+)"/.exec(xml)?.[1]).toBe('228/24s');
    } finally {
      await sim.close();
    }
  }, 120_000);
});
