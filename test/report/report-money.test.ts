// Money in what a priced run shows, from real runs against the simulator: the plain lines (the
// plan's estimate of the budget, each shot's cost, the total), and report.html built from the lock's
// ledger: per card the shot's estimate against what its clip's tasks were billed, and at the top the
// totals of the clips of now and of every run (a replaced clip stays in the ledger).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { runCli } from '../cli/capture.js';
import { startSim, tempDir, writeStoryboard } from '../run/harness.js';

// 480p 16:9 5 s on 2.0: 50,638 tokens; at 10 USD a million 0.50638 USD (0.51 USD shown). The
// storm at 720p: 108,900 tokens, 1.089 USD.
const STORY = `version: 1
name: harbour
pricing: { currency: USD, per_million_tokens: { doubao-seedance-2.0: 10 } }
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: dawn, prompt: Dawn over a harbour, seed: 3 }
  - { id: boats, prompt: Boats leave the harbour, first_frame: { shot: dawn } }
  - { id: storm, prompt: A storm the service refuses, resolution: 720p }
`;

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim();
  sim.addFault({ kind: 'task-failed', promptIncludes: 'storm', code: 'OutputVideoSensitiveContentDetected' });
});
afterAll(() => sim.close());

describe('money after a priced run', () => {
  it('prints costs in plain lines and shows estimated against billed in report.html, per shot and in all', async () => {
    const dir = await tempDir('seedance-report-money-');
    await writeStoryboard(dir, STORY);
    const env = { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url };
    const first = await runCli(['run', 'story.yaml', '--reporter', 'plain', '--poll-interval', '50'], dir, env);
    expect(first.code, first.stdout + first.stderr).toBe(1);
    expect(first.stdout).toContain('plan: 3 to make, 0 to resume, 0 fresh, about 210,176 tokens, about 2.10 USD\n');
    // boats' prompt changes: its second clip replaces the first, whose bill stays in the ledger.
    await writeStoryboard(dir, STORY.replace('Boats leave the harbour', 'Boats leave the harbour at dawn'));
    const second = await runCli(['run', 'story.yaml', '--reporter', 'plain', '--poll-interval', '50', '--max-cost', '5'], dir, env);
    expect(second.code, second.stdout + second.stderr).toBe(1);
    expect(second.stdout).toContain('plan: 2 to make, 0 to resume, 1 fresh, about 159,538 tokens, about 1.60 USD of a 5.00 USD budget\n');
    expect(second.stdout).toMatch(/ boats: succeeded \(seed \d+, doubao-seedance-2-0-260128, 50,638 tokens, 0\.51 USD\)\n/);
    expect(second.stdout).toMatch(/ done: 1 made, 1 reused, 1 failed, 0 skipped; 50,638 tokens, 0\.51 USD of a 5\.00 USD budget; /);

    const html = await readFile(join(dir, 'out', 'harbour', 'report.html'), 'utf8');
    const card = (id: string): string => html.slice(html.indexOf(`<article class="card" id="shot-${id}"`)).split('</article>')[0] ?? '';
    expect(card('dawn')).toContain('<dt>cost</dt><dd>estimated 0.51 USD · billed 0.51 USD</dd>');
    expect(card('boats')).toContain('<dt>cost</dt><dd>estimated 0.51 USD · billed 0.51 USD</dd>');
    // Only succeeded tasks are billed: the refused storm's tasks are in the ledger at 0.
    expect(card('storm')).toContain('<dt>cost</dt><dd>estimated 1.09 USD · billed 0.00 USD</dd>');
    // Now: dawn and the new boats (1.01276); every run: the first boats too (1.51914).
    expect(html).toContain('101,276 tokens recorded · <span class="cost">estimated 2.10 USD, billed 1.01 USD (all runs: 1.52 USD)</span>');
  }, 60_000);
});
