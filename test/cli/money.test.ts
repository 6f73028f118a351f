// Money as a user meets it: `seedance plan --json` with a price table, `run --max-cost` below the
// estimate (nothing sent, exit 2, what to change), and the ledger across runs in `status`.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatusView } from '../../src/report/status-view.js';
import type { Simulator } from '../../src/simulator/index.js';
import { lockPathFor } from '../../src/state/lock.js';
import { run, startSim, tempDir, writeStoryboard } from '../run/harness.js';
import { runCli } from './capture.js';

const STORY = `version: 1
pricing: volcengine
defaults: { model: doubao-seedance-2.0, resolution: 480p, ratio: "16:9", duration: 5 }
shots:
  - { id: dawn, prompt: Dawn over a harbour, seed: 3 }
  - { id: boats, prompt: Boats leave the harbour, first_frame: { shot: dawn } }
  - { id: wide, prompt: A wide shot of the bay at 720p, resolution: 720p, retries: 1 }
`;
// The documented formula: width x height x (24 s + 1) / 1024, times the price per million tokens.
const tokens = (w: number, h: number, s: number): number => Math.floor((w * h * (24 * s + 1)) / 1024);
const cost = (t: number, perMillion: number): number => Math.round(((t * perMillion) / 1e6) * 1e6) / 1e6;

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(() => sim.close());

describe('money', () => {
  it('plan --json gives each shot and the total an estimatedCost by the formula', async () => {
    const dir = await tempDir('seedance-money-');
    await writeStoryboard(dir, STORY);
    const { code, stdout } = await runCli(['plan', '--json', 'story.yaml'], dir);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as { shots: { id: string; estimatedTokens: number; estimatedCost: { amount: number; currency: string } }[]; estimatedCost: { amount: number; currency: string } };
    const small = tokens(864, 496, 5);
    const large = tokens(1280, 720, 5);
    expect(plan.shots.map((s) => [s.id, s.estimatedTokens, s.estimatedCost])).toEqual([
      ['dawn', small, { amount: cost(small, 46), currency: 'CNY' }],
      ['boats', small, { amount: cost(small, 46), currency: 'CNY' }],
      ['wide', large, { amount: cost(large, 46), currency: 'CNY' }],
    ]);
    expect(plan.estimatedCost).toEqual({ amount: cost(2 * small, 46) + cost(large, 46), currency: 'CNY' });
    // The text plan says it too; SEEDANCE_PRICING overrides the manifest's table.
    const text = await runCli(['plan', 'story.yaml'], dir, { SEEDANCE_PRICING: 'byteplus' });
    expect(text.stdout).toContain(`estimated tokens in total: ${(2 * small + large).toLocaleString('en-US')}, about ${((2 * small + large) * 7 / 1e6).toFixed(2)} USD. Nothing was sent.`);
    // With a budget, the plan says whether the run would go ahead.
    await writeStoryboard(dir, STORY.replace('pricing: volcengine\n', 'pricing: volcengine\nbudget: { max: 5 }\n'));
    const over = await runCli(['plan', 'story.yaml'], dir);
    expect(over.stdout).toContain('That is over the budget of 5.00 CNY (budget: max): `seedance run` would send nothing.');
    expect(JSON.parse((await runCli(['plan', '--json', 'story.yaml'], dir)).stdout).budget).toEqual({ amount: 5, currency: 'CNY' });
  });

  it('run --max-cost below the estimate sends nothing, exits 2 and says what to change', async () => {
    const dir = await tempDir('seedance-money-');
    const file = await writeStoryboard(dir, STORY);
    const result = await runCli(['run', 'story.yaml', '--simulate', '--max-cost', '5', '--reporter', 'plain'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('This run would send 3 tasks estimated at 9.67 CNY, over the budget of 5.00 CNY; nothing was sent.');
    expect(result.stderr).toContain('Raise --max-cost (or budget: max)');
    expect(existsSync(lockPathFor(file))).toBe(false);
    expect(existsSync(join(dir, 'out', 'story', 'dawn.mp4'))).toBe(false);
    const bad = await runCli(['run', 'story.yaml', '--simulate', '--max-cost', 'lots'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-cost must be an amount above 0');
  });

  it('keeps a ledger across runs, and status shows what the storyboard has cost', async () => {
    const dir = await tempDir('seedance-money-');
    const file = await writeStoryboard(dir, STORY);
    await run(file, sim);
    // The prompt changed: a second task for wide; the first one's cost stays in the ledger.
    await writeStoryboard(dir, STORY.replace('A wide shot of the bay at 720p', 'A wider shot of the bay at 720p'));
    const second = await run(file, sim);
    expect(second.summary).toMatchObject({ made: 1, reused: 2 });
    const lock = JSON.parse(await readFile(lockPathFor(file), 'utf8')) as { ledger: Record<string, { shot: string; tokens: number }> };
    expect(Object.values(lock.ledger).map((e) => e.shot).sort()).toEqual(['boats', 'dawn', 'wide', 'wide']);
    const billed = Object.values(lock.ledger).reduce((sum, e) => sum + e.tokens, 0);
    const { code, stdout } = await runCli(['status', 'story.yaml', '--json'], dir);
    expect(code).toBe(0);
    const view = JSON.parse(stdout) as StatusView;
    expect(view.spent).toMatchObject({ tasks: 4, tokens: billed, unpriced: 0 });
    expect(view.spent.costs).toEqual([{ amount: cost(billed, 46), currency: 'CNY' }]);
    const text = await runCli(['status', 'story.yaml'], dir);
    expect(text.stdout).toContain(`spent so far, every run: 4 tasks, ${billed.toLocaleString('en-US')} tokens billed, ${cost(billed, 46).toFixed(2)} CNY`);
  });
});
