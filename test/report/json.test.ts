// `--reporter json`: NDJSON on stdout, every line an event of a documented type with documented
// fields only, from a real run against the simulator with a failure, a retry and a film.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_DOCS, documentedFields, eventDocsMarkdown } from '../../src/report/event-docs.js';
import type { Simulator } from '../../src/simulator/index.js';
import { runCli } from '../cli/capture.js';
import { startSim, writeStoryboard } from '../run/harness.js';
import { tempDir } from '../temp.js';

const STORY = `version: 1
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: boat, prompt: A paper boat drifts down a gutter stream, seed: 11 }
  - { id: harbour, prompt: The boat reaches a tiny harbour, first_frame: { shot: boat } }
  - { id: dragon, prompt: A dragon made of newspaper }
  - { id: after-dragon, prompt: The dragon lands, first_frame: { shot: dragon } }
concat:
  shots: [boat, harbour]
`;

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim();
  sim.addFault({ kind: 'task-failed', promptIncludes: 'dragon made', code: 'OutputVideoSensitiveContentDetected' });
  sim.addFault({ kind: 'http-429', endpoint: 'create', count: 1, retryAfter: 0.05 });
});
afterAll(async () => {
  await sim.close();
});

describe('--reporter json', () => {
  it('prints one documented event per line, and nothing else', async () => {
    const dir = await tempDir('seedance-json-');
    await writeStoryboard(dir, STORY);
    const result = await runCli(['run', 'story.yaml', '--reporter', 'json', '--poll-interval', '50'], dir, { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url });
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines.pop()).toBe('');
    const events = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const event of events) {
      const fields = documentedFields(String(event.type));
      expect(fields, `undocumented type ${String(event.type)}`).toBeDefined();
      for (const key of Object.keys(event)) expect(fields?.has(key), `${String(event.type)}.${key} is not documented`).toBe(true);
      expect(Number.isNaN(Date.parse(String(event.time)))).toBe(false);
    }
    const types = new Set(events.map((e) => e.type));
    for (const type of ['run-started', 'plan-ready', 'shot-submitted', 'retrying', 'shot-progress', 'shot-succeeded', 'download-started', 'download-progress', 'download-finished', 'shot-done', 'shot-failed', 'shot-skipped', 'assembly-started', 'assembly-finished', 'run-finished', 'report-written']) {
      expect(types.has(type), `no ${type} event`).toBe(true);
    }
    expect(events[0]?.type).toBe('run-started');
    expect(events.at(-2)).toMatchObject({ type: 'report-written', file: expect.stringMatching(/report\.html$/) });
    expect(events.at(-1)?.type).toBe('run-finished');
    expect(events.find((e) => e.type === 'shot-failed')).toMatchObject({ shot: 'dragon', code: 'task.failed', serviceCode: 'OutputVideoSensitiveContentDetected', willRetry: false });
    expect(events.find((e) => e.type === 'shot-skipped')).toMatchObject({ shot: 'after-dragon', because: ['dragon'] });
    const plan = events.find((e) => e.type === 'plan-ready') as { shots: { id: string; prompt?: string }[] };
    expect(plan.shots.map((s) => s.prompt)).toContain('A paper boat drifts down a gutter stream');
    // Without a price table nothing about money is said.
    expect(result.stdout).not.toMatch(/"(estimatedCost|cost|budget)"/);
  });

  it('with a price table, carries the estimate, the budget and each succeeded task\'s cost, all documented', async () => {
    const dir = await tempDir('seedance-json-');
    await writeStoryboard(dir, `version: 1
pricing: { currency: USD, per_million_tokens: { doubao-seedance-2.0: 10 } }
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: gull, prompt: A gull over the harbour, seed: 5 }
  - { id: pier, prompt: The pier at noon }
`);
    const result = await runCli(['run', 'story.yaml', '--reporter', 'json', '--poll-interval', '50', '--max-cost', '2'], dir, { SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url });
    expect(result.code, result.stderr).toBe(0);
    const events = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const event of events) {
      const fields = documentedFields(String(event.type));
      for (const key of Object.keys(event)) expect(fields?.has(key), `${String(event.type)}.${key} is not documented`).toBe(true);
    }
    // 480p 16:9 5 s: 50,638 tokens, at 10 USD a million 0.50638 USD.
    const usd = (amount: number) => ({ amount, currency: 'USD' });
    expect(events.find((e) => e.type === 'plan-ready')).toMatchObject({
      estimatedTokens: 101_276,
      estimatedCost: usd(1.01276),
      budget: usd(2),
      shots: [{ id: 'gull', estimatedCost: usd(0.50638) }, { id: 'pier', estimatedCost: usd(0.50638) }],
    });
    const succeeded = events.filter((e) => e.type === 'shot-succeeded');
    expect(succeeded.map((e) => [e.shot, e.tokens, e.cost]).sort()).toEqual([['gull', 50_638, usd(0.50638)], ['pier', 50_638, usd(0.50638)]]);
    expect(events.at(-1)).toMatchObject({ type: 'run-finished', tokens: 101_276, cost: usd(1.01276) });
  });

  it('documents every event type in the README table', () => {
    const table = eventDocsMarkdown();
    for (const type of Object.keys(EVENT_DOCS)) expect(table).toContain(`| \`${type}\` |`);
    expect(table).toContain('`time`');
    expect(table.split('\n').filter((l) => l.startsWith('| `'))).toHaveLength(Object.keys(EVENT_DOCS).length);
  });
});
