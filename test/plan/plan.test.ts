// Plans of every example, as text (snapshots) and as the documented JSON document.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/manifest/index.js';
import type { ResolvedManifest } from '../../src/manifest/types.js';
import { formatPlan, planManifest as planWith, planShots, planToJson, shortDataUri } from '../../src/plan/index.js';
import { emptyLock } from '../../src/state/lock.js';
import { gatherFacts } from '../../src/state/facts.js';
import { estimateTokens } from '../../src/models.js';
import { loadYaml } from '../manifest/helpers.js';

const examplesDir = fileURLToPath(new URL('../../manifests/examples/', import.meta.url));
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.yaml')).sort();

/** The plan of a manifest never run: no lock. */
async function planManifest(manifest: ResolvedManifest): ReturnType<typeof planWith> {
  const lock = emptyLock(manifest.file);
  return planWith(manifest, planShots({ manifest, lock, facts: await gatherFacts(manifest, lock) }));
}

describe('example plans', () => {
  it('covers the four examples', () => {
    expect(examples).toEqual(['draft-to-final.yaml', 'kitten-morning.yaml', 'openai-trailer.yaml', 'reference-ad.yaml']);
  });

  it.each(examples)('%s validates without a diagnostic and plans as in its snapshot', async (name) => {
    const result = await loadManifest(examplesDir + name);
    expect(result.diagnostics).toEqual([]);
    const manifest = result.manifest;
    if (!manifest) throw new Error('invalid example');
    const plan = await planManifest(manifest);
    await expect(formatPlan(plan, { manifest }) + '\n').toMatchFileSnapshot(`__snapshots__/${name.replace(/\.yaml$/, '.plan.txt')}`);
  });
});

describe('planManifest', () => {
  it('sends local files as their real data URIs, once each, and shows them shortened', async () => {
    const result = await loadManifest(examplesDir + 'reference-ad.yaml');
    const plan = await planManifest(result.manifest!);
    const content = plan.shots[0]?.request.body.content as { image_url?: { url: string }; audio_url?: { url: string } }[];
    const png = readFileSync(examplesDir + 'assets/cup.png');
    const mp3 = readFileSync(examplesDir + 'assets/jingle.mp3');
    expect(content[1]?.image_url?.url).toBe(`data:image/png;base64,${png.toString('base64')}`);
    expect(content[3]?.audio_url?.url).toBe(`data:audio/mpeg;base64,${mp3.toString('base64')}`);
    const sha = createHash('sha256').update(png).digest('hex');
    expect(shortDataUri(content[1]!.image_url!.url)).toBe(`data:image/png;base64,… (${(png.length / 1024).toFixed(1)} kB, sha256 ${sha.slice(0, 12)}…)`);
  });

  it('puts readable placeholders where outputs of other shots go', async () => {
    const plan = await planManifest((await loadManifest(examplesDir + 'draft-to-final.yaml')).manifest!);
    expect(plan.shots.map((s) => [s.id, s.dependsOn])).toEqual([['garden-draft', []], ['garden', ['garden-draft']]]);
    expect(plan.shots[1]?.request.body.content).toEqual([{ type: 'draft_task', draft_task: { id: '<task id of shot garden-draft>' } }]);
  });

  it('estimates tokens by the formula, drafts cheaper, and -1 at the model maximum with a note', async () => {
    const { manifest } = await loadYaml(`version: 1
shots:
  - id: a
    model: doubao-seedance-2-0-260128
    prompt: A
    duration: -1
  - id: b
    model: doubao-seedance-1-5-pro-251215
    prompt: B
    draft: true
  - id: c
    prompt: C
    resolution: 480p
    reference_videos: [{ shot: b }]
`);
    const plan = await planManifest(manifest!);
    const [a, b, c] = plan.shots;
    expect(a?.estimatedTokens).toBe(estimateTokens(1280, 720, 15));
    expect(a?.notes).toEqual(['duration -1 (the model chooses): estimated at the maximum, 15 s']);
    expect(b?.estimatedTokens).toBe(Math.floor(Math.floor((864 * 496 * 121) / 1024) * 0.6));
    expect(c?.estimatedTokens).toBe(estimateTokens(864, 496, 5, { inputVideoSeconds: 5 }));
    expect(plan.estimatedTokens).toBe((a?.estimatedTokens ?? 0) + (b?.estimatedTokens ?? 0) + (c?.estimatedTokens ?? 0));
    expect(estimateTokens(1280, 720, 5)).toBe(108900);
  });

  it('prints the documented JSON document and nothing else', async () => {
    const plan = await planManifest((await loadManifest(examplesDir + 'kitten-morning.yaml')).manifest!);
    const json = JSON.parse(JSON.stringify(planToJson(plan))) as { shots: Record<string, unknown>[]; estimatedTokens: number };
    expect(Object.keys(json)).toEqual(['shots', 'estimatedTokens']);
    expect(json.shots.map((s) => Object.keys(s))).toEqual([0, 1, 2].map(() => ['id', 'action', 'reason', 'dependsOn', 'request', 'estimatedTokens']));
    expect(json.shots[1]).toMatchObject({ id: 'window', action: 'submit', reason: 'upstream wake-up is made first', dependsOn: ['wake-up'], request: { method: 'POST', path: '/api/v3/contents/generations/tasks' } });
    expect(json.estimatedTokens).toBe(3 * estimateTokens(864, 496, 5));
  });
});
