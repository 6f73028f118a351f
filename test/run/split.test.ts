// One storyboard over several machines (issue 17, docs/scale.md): `seedance plan --split N` deals
// whole chains into N --only groups; each "machine" (a checkout of its own) makes its group into
// one shared clip store, and a last checkout joins the film from the store without a create.
import { cp, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedShot } from '../../src/manifest/types.js';
import { chains, splitIntoGroups } from '../../src/plan/split.js';
import type { Simulator } from '../../src/simulator/index.js';
import { runCli } from '../cli/capture.js';
import { load, run, startSim, tempDir, writeStoryboard } from './harness.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim({ fast: true });
});
afterAll(() => sim.close());

// Three chains: a-b, c-d-e (d uses c's video, e d's last frame), and f alone.
const STORY = `version: 1
name: split
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: a, prompt: A harbour at dawn }
  - { id: b, prompt: Boats leave the harbour, first_frame: { shot: a } }
  - { id: c, prompt: A market opens }
  - { id: d, prompt: The market at noon, reference_videos: [{ shot: c }] }
  - { id: e, prompt: The market at night, first_frame: { shot: d } }
  - { id: f, prompt: A gull over the water }
concat: { output: final.mp4 }
`;

const shot = (id: string, dependsOn: string[] = []): ResolvedShot => ({ id, dependsOn }) as unknown as ResolvedShot;

describe('splitting a storyboard into whole chains', () => {
  it('keeps every chain whole and balances the groups by the work left', () => {
    const shots = [shot('a'), shot('b', ['a']), shot('c'), shot('d', ['c']), shot('e', ['d']), shot('f'), shot('g', ['f', 'a'])];
    expect(chains(shots).map((c) => c.map((s) => s.id))).toEqual([['a', 'b', 'f', 'g'], ['c', 'd', 'e']]);
    const tokens: Record<string, number> = { a: 10, b: 10, c: 30, d: 30, e: 30, f: 5, g: 5 };
    expect(splitIntoGroups(shots, 2, (id) => tokens[id] ?? 0)).toEqual([
      { shots: ['c', 'd', 'e'], estimatedTokens: 90 },
      { shots: ['a', 'b', 'f', 'g'], estimatedTokens: 30 },
    ]);
    // More groups than chains: one group a chain, none empty.
    expect(splitIntoGroups(shots, 5, (id) => tokens[id] ?? 0)).toHaveLength(2);
    // Many independent shots are dealt out evenly by their work (longest first, to the lightest group).
    const many = Array.from({ length: 7 }, (_, i) => shot(`s${i}`));
    const work = [7, 6, 5, 4, 3, 2, 1];
    expect(splitIntoGroups(many, 3, (id) => work[Number(id.slice(1))] ?? 0).map((g) => g.estimatedTokens)).toEqual([10, 9, 9]);
  });

  it('plan --split 2 gives --only groups; two machines make them into one shared store; a third joins the film with 0 creates', async () => {
    const root = await tempDir('seedance-split-');
    const project = join(root, 'project');
    await mkdir(project);
    await writeStoryboard(project, STORY);
    const planned = await runCli(['plan', 'story.yaml', '--split', '2', '--json'], project, { SEEDANCE_STORE: join(root, 'store') });
    expect(planned.code).toBe(0);
    const groups = (JSON.parse(planned.stdout) as { groups: { shots: string[] }[] }).groups;
    expect(groups.map((g) => g.shots)).toEqual([['c', 'd', 'e'], ['a', 'b', 'f']]);

    const text = await runCli(['plan', 'story.yaml', '--split', '2'], project);
    expect(text.stdout).toContain('seedance run story.yaml --only c,d,e');
    expect((await runCli(['plan', 'story.yaml', '--split', 'two'], project)).code).toBe(2);

    sim.resetStats();
    const env = { SEEDANCE_STORE: join(root, 'store') };
    for (const [i, group] of groups.entries()) {
      const machine = join(root, `machine-${i}`);
      await cp(project, machine, { recursive: true });
      const made = await run(join(machine, 'story.yaml'), sim, { env, only: group.shots, skipConcat: true });
      expect(made.summary).toMatchObject({ made: group.shots.length, result: 'done' });
    }
    expect(sim.stats().creates).toBe(6);

    const joiner = join(root, 'joiner');
    await cp(project, joiner, { recursive: true });
    const joined = await run(join(joiner, 'story.yaml'), sim, { env, report: false });
    expect(joined.summary).toMatchObject({ made: 0, restored: 6, result: 'done' });
    expect(sim.stats().creates).toBe(6);
    expect((await stat(join(joiner, 'out', 'split', 'final.mp4'))).size).toBeGreaterThan(0);
    expect((await load(join(joiner, 'story.yaml'))).shots).toHaveLength(6);
  });
});
