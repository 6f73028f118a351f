// `seedance plan`: no network, no key; the text plan, --json, and exit 2 on an invalid manifest.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { copyExamples } from '../examples.js';
import { tempDir } from '../temp.js';
import { runCli } from './capture.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('seedance plan', () => {
  it('prints the plan of an example without a key or network', async () => {
    // A copy: the README's first command leaves kitten-morning made in place, and plan would say so.
    const dir = await tempDir('seedance-plan-');
    await copyExamples(join(dir, 'manifests/examples'));
    const { code, stdout, stderr } = await runCli(['plan', 'manifests/examples/kitten-morning.yaml'], dir, {});
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Plan for kitten-morning: api native, 3 shots/);
    expect(stdout).toContain('2. window  (after wake-up)');
    expect(stdout).toContain('"url": "<last frame of shot wake-up>"');
    expect(stdout).toContain('3 shots to submit; estimated tokens in total: 151,914. Nothing was sent.');
  });

  it('prints the JSON document with full data URIs', async () => {
    const { code, stdout } = await runCli(['plan', '--json', 'manifests/examples/reference-ad.yaml'], root);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as { shots: { id: string; request: { body: { content: { image_url?: { url: string } }[] } } }[]; estimatedTokens: number };
    expect(plan.shots.map((s) => s.id)).toEqual(['tea-ad']);
    expect(plan.shots[0]?.request.body.content[1]?.image_url?.url).toMatch(/^data:image\/png;base64,iVBORw0KGgo[A-Za-z0-9+/=]{100,}$/);
    expect(plan.estimatedTokens).toBe(50638);
  });

  it('prints the diagnostics of an invalid manifest and exits 2', async () => {
    const dir = await tempDir('seedance-plan-');
    writeFileSync(join(dir, 'bad.yaml'), 'version: 1\nshots:\n  - id: a\n    prompt: A\n    duration: 99\n');
    const { code, stdout, stderr } = await runCli(['plan', 'bad.yaml'], dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('bad.yaml:5:15 error[out-of-range] `duration` in shot `a` must be at most 15; got 99.');
    expect(stderr).not.toContain('duration-range'); // the schema said it; the model rule does not repeat it
    expect(stderr).toContain('bad.yaml: invalid (1 error); nothing to plan.');
  });

  it('takes exactly one manifest', async () => {
    expect((await runCli(['plan'], root)).code).toBe(2);
    expect((await runCli(['plan', 'a.yaml', 'b.yaml'], root)).code).toBe(2);
  });
});
