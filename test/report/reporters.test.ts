// Which reporter a run gets: pretty on a terminal, plain lines when stdout is not one (even when
// pretty was asked for), NDJSON on request; NO_COLOR and TERM=dumb respected.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createReporter, pickReporter } from '../../src/cli/reporters.js';
import type { CliIO } from '../../src/cli/command.js';
import type { TimedEvent } from '../../src/core/events.js';

function fakeIo(tty: boolean, env: NodeJS.ProcessEnv = {}): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const stdout = Object.assign(new Writable({ write: (c: Buffer, _e, done) => ((out += c.toString()), done()) }), { isTTY: tty, columns: 90, rows: 20 });
  const stderr = new Writable({ write: (c: Buffer, _e, done) => ((err += c.toString()), done()) });
  return { stdout, stderr, env, cwd: '/work', out: () => out, err: () => err };
}

const EVENTS: TimedEvent[] = [
  { time: '2026-05-18T10:00:00.000Z', type: 'run-started', manifest: '/work/story.yaml', api: 'native', baseUrl: 'http://x', simulated: true, concurrency: 1 },
  { time: '2026-05-18T10:00:00.100Z', type: 'plan-ready', estimatedTokens: 5, shots: [{ id: 'a', action: 'submit', reason: 'new', dependsOn: [], estimatedTokens: 5 }] },
  { time: '2026-05-18T10:00:00.200Z', type: 'shot-submitted', shot: 'a', taskId: 'cgt-1', attempt: 1, recovered: false },
  { time: '2026-05-18T10:00:03.000Z', type: 'run-finished', made: 1, reused: 0, restored: 0, failed: 0, skipped: 0, notSelected: 0, tokens: 5, wallMs: 3000, tasksCreated: 1, possibleDuplicates: 0, possibleDuplicateTokens: 0, result: 'done', exitCode: 0 },
];

function feed(name: Parameters<typeof createReporter>[0], io: CliIO): void {
  const reporter = createReporter(name, io);
  for (const e of EVENTS) reporter.sink(e);
  reporter.say('Stopping: no new task is submitted.');
  reporter.close();
}

describe('reporters', () => {
  it('defaults to pretty on a terminal and plain elsewhere', () => {
    expect(pickReporter(undefined, fakeIo(true))).toBe('pretty');
    expect(pickReporter(undefined, fakeIo(false))).toBe('plain');
  });

  it('draws the live table on a terminal, in colour unless NO_COLOR is set', () => {
    const colour = fakeIo(true);
    feed('pretty', colour);
    expect(colour.out()).toContain('\x1b[?2026h');
    expect(colour.out()).toMatch(new RegExp(String.raw`\x1b\[3\dm`));
    expect(colour.out()).toContain('Stopping: no new task is submitted.');
    const mono = fakeIo(true, { NO_COLOR: '1' });
    feed('pretty', mono);
    expect(mono.out()).toContain('\x1b[?2026h');
    expect(mono.out()).not.toMatch(new RegExp(String.raw`\x1b\[\d*m`));
  });

  it('falls back to plain lines when stdout is not a terminal, or the terminal is dumb', () => {
    for (const io of [fakeIo(false), fakeIo(true, { TERM: 'dumb' })]) {
      feed('pretty', io);
      expect(io.out()).not.toContain('\x1b');
      expect(io.out()).toContain('10:00:00 a: submitted as cgt-1');
      expect(io.out()).toContain('10:00:03 done: 1 made, 0 reused, 0 failed, 0 skipped; 5 tokens; 3.0 s');
      expect(io.err()).toBe('Stopping: no new task is submitted.\n');
    }
  });

  it('prints one JSON object per event with --reporter json', () => {
    const io = fakeIo(true);
    feed('json', io);
    const lines = io.out().trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as TimedEvent).type)).toEqual(EVENTS.map((e) => e.type));
  });
});

describe('money in the plain reporter', () => {
  const usd = (amount: number) => ({ amount, currency: 'USD' });
  const PRICED: TimedEvent[] = [
    { time: '2026-05-18T10:00:00.100Z', type: 'plan-ready', estimatedTokens: 101_276, estimatedCost: usd(1.01276), budget: usd(1.6), shots: ['a', 'b'].map((id) => ({ id, action: 'submit' as const, reason: 'new', dependsOn: [], estimatedTokens: 50_638, estimatedCost: usd(0.50638) })) },
    { time: '2026-05-18T10:00:01.000Z', type: 'shot-succeeded', shot: 'a', taskId: 'cgt-1', seed: 3, model: 'doubao-seedance-2-0-260128', tokens: 60_000, cost: usd(0.6) },
    { time: '2026-05-18T10:00:01.100Z', type: 'stopping', reason: 'the budget is reached: b (about 0.51 USD) would take the run to 1.11 USD, over the budget of 1.00 USD; no further task is submitted' },
    { time: '2026-05-18T10:00:03.000Z', type: 'run-finished', made: 1, reused: 0, restored: 0, failed: 0, skipped: 1, notSelected: 0, tokens: 60_000, cost: usd(0.6), wallMs: 3000, tasksCreated: 1, possibleDuplicates: 0, possibleDuplicateTokens: 0, result: 'failed', exitCode: 1 },
  ];

  it('prints the estimate of the plan, each shot\'s cost, the stop and the total against the budget', () => {
    const io = fakeIo(false);
    const reporter = createReporter('plain', io);
    for (const e of PRICED) reporter.sink(e);
    reporter.close();
    expect(io.out().split('\n')).toEqual([
      '10:00:00 plan: 2 to make, 0 to resume, 0 fresh, about 101,276 tokens, about 1.01 USD of a 1.60 USD budget',
      '10:00:01 a: succeeded (seed 3, doubao-seedance-2-0-260128, 60,000 tokens, 0.60 USD)',
      '10:00:01 stopping: the budget is reached: b (about 0.51 USD) would take the run to 1.11 USD, over the budget of 1.00 USD; no further task is submitted',
      '10:00:03 done: 1 made, 0 reused, 0 failed, 1 skipped; 60,000 tokens, 0.60 USD of a 1.60 USD budget; 3.0 s',
      '',
    ]);
  });

  it('says nothing about money when the events carry none', () => {
    const io = fakeIo(false);
    feed('plain', io);
    expect(io.out()).not.toMatch(/USD|CNY|budget|cost/);
    expect(io.out()).toContain('plan: 1 to make, 0 to resume, 0 fresh, about 5 tokens\n');
  });
});
