// The live table: rows follow the events, lines never exceed the terminal's width, colours only
// when wanted, user text cannot reach the terminal as escape codes, and redraws replace the frame
// in place (checked on a virtual terminal, not by counting bytes).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RunEvent, TimedEvent } from '../../src/core/events.js';
import { LiveArea, Throttle } from '../../src/report/live/live-area.js';
import { PrettyReporter } from '../../src/report/live/pretty-reporter.js';
import { renderTable } from '../../src/report/live/render-table.js';
import { applyEvent, emptyModel, tokensLeft, type TableModel } from '../../src/report/live/table-model.js';
import { displayWidth, stripAnsi, truncate } from '../../src/report/live/text.js';
import { VirtualTerminal } from './vterm.js';

const T0 = Date.parse('2026-05-18T10:00:00Z');

function timed(events: [number, RunEvent][]): TimedEvent[] {
  return events.map(([ms, e]) => ({ time: new Date(T0 + ms).toISOString(), ...e }) as TimedEvent);
}

const SCRIPT = timed([
  [0, { type: 'run-started', manifest: 'story.yaml', api: 'native', baseUrl: 'http://127.0.0.1:1', simulated: true, concurrency: 2 }],
  [
    10,
    {
      type: 'plan-ready',
      estimatedTokens: 150_000,
      shots: [
        { id: 'wake-up', action: 'submit', reason: 'new', dependsOn: [], estimatedTokens: 50_000, prompt: 'A ginger kitten stretches' },
        { id: 'window', action: 'submit', reason: 'upstream wake-up is made first', dependsOn: ['wake-up'], estimatedTokens: 50_000, prompt: 'The kitten hops onto the sill' },
        { id: 'dragon', action: 'submit', reason: 'new', dependsOn: [], estimatedTokens: 50_000, prompt: 'A dragon' },
      ],
    },
  ],
  [20, { type: 'shot-submitted', shot: 'wake-up', taskId: 'cgt-1', attempt: 1, recovered: false }],
  [30, { type: 'shot-submitted', shot: 'dragon', taskId: 'cgt-2', attempt: 1, recovered: false }],
  [40, { type: 'retrying', operation: 'list', attempt: 1, delayMs: 500, reason: 'HTTP 503' }],
  [1000, { type: 'shot-progress', shot: 'wake-up', taskId: 'cgt-1', status: 'running', progress: 40 }],
  [2000, { type: 'shot-failed', shot: 'dragon', taskId: 'cgt-2', code: 'task.failed', serviceCode: 'OutputVideoSensitiveContentDetected', message: 'Shot dragon: the service refused the video.', hint: 'Change the prompt.', willRetry: false }],
  [3000, { type: 'shot-succeeded', shot: 'wake-up', taskId: 'cgt-1', seed: 29545, model: 'doubao-seedance-2-0-260128', tokens: 50_638 }],
  [3100, { type: 'download-progress', shot: 'wake-up', file: 'wake-up.mp4', bytes: 512, total: 1024 }],
]);

function modelAfter(events: TimedEvent[]): TableModel {
  const model = emptyModel();
  for (const e of events) applyEvent(model, e);
  return model;
}

describe('joining the film', () => {
  const JOIN = timed([
    ...SCRIPT.map((e) => [Date.parse(e.time) - T0, e] as [number, RunEvent]),
    [4000, { type: 'shot-done', shot: 'wake-up', video: 'wake-up.mp4', lastFrame: 'wake-up.last.png', seconds: 5 }],
    [4100, { type: 'assembly-started', output: '/out/final.mp4', shots: ['wake-up'] }],
    [5000, { type: 'assembly-progress', output: '/out/final.mp4', fraction: 0.437 }],
  ]);

  it('shows how far the join is', () => {
    const model = modelAfter(JOIN);
    expect(model.joining).toEqual({ fraction: 0.437 });
    const lines = renderTable(model, { now: T0 + 6000, columns: 120, rows: 30, color: false }).map(stripAnsi);
    expect(lines).toContain(' film: joining 1 clips into /out/final.mp4 43%');
    applyEvent(model, timed([[7000, { type: 'assembly-finished', output: '/out/final.mp4', method: 'reencode', durationSeconds: 5 }]])[0] as TimedEvent);
    expect(model.joining).toBeUndefined();
  });

  it('keeps the clock moving while no shot is at work', () => {
    vi.useFakeTimers();
    let now = T0 + 5000;
    const frames: string[] = [];
    const pretty = new PrettyReporter({ write: (t) => frames.push(t), size: () => ({ columns: 140, rows: 30 }), color: false, maxFps: 1000, now: () => now });
    for (const e of JOIN) pretty.sink(e);
    vi.advanceTimersByTime(10); // the throttle's trailing redraw of those events
    const before = frames.length;
    now += 3000;
    vi.advanceTimersByTime(1000);
    const ticked = stripAnsi(frames.slice(before).join(''));
    pretty.close();
    vi.useRealTimers();
    expect(ticked).toContain('· 8.0s');
  });
});

describe('the table model', () => {
  it('follows each shot through its events', () => {
    const model = modelAfter(SCRIPT);
    expect(model.rows.get('wake-up')).toMatchObject({ state: 'downloading', seed: 29545, tokens: 50_638, taskId: 'cgt-1', download: { bytes: 512, total: 1024 } });
    expect(model.rows.get('window')).toMatchObject({ state: 'waiting' });
    expect(model.rows.get('dragon')).toMatchObject({ state: 'failed', note: { tone: 'error' } });
    expect(model.rows.get('dragon')?.note?.text).toBe('OutputVideoSensitiveContentDetected: the service refused the video.');
    expect(model.failures).toEqual([{ shot: 'dragon', message: 'the service refused the video.', hint: 'Change the prompt.' }]);
    expect(model.retries).toBe(1);
    expect(model.tokensUsed).toBe(50_638);
    // window is still to be made; the failed dragon no longer counts.
    expect(tokensLeft(model)).toBe(50_000);
  });
});

describe('renderTable', () => {
  const model = modelAfter(SCRIPT);
  const now = T0 + 4000;

  it.each([40, 60, 80, 120, 200])('keeps every line within %i columns', (columns) => {
    const lines = renderTable(model, { now, columns, rows: 30, color: true });
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns - 1);
    expect(stripAnsi(lines.join('\n'))).toContain('wake-up');
  });

  it('shows states, progress, seed, tokens, retries and the tokens left', () => {
    const text = stripAnsi(renderTable(model, { now, columns: 140, rows: 30, color: false }).join('\n'));
    expect(text).toMatch(/wake-up\s+↓ downloading\s+█████░░░░░ 50%\s+4\.0s\s+29545\s+50,638\s+A ginger kitten stretches/);
    expect(text).toMatch(/window\s+· waiting\s+~50,000\s+waits for wake-up/);
    expect(text).toMatch(/dragon\s+✗ FAILED.*OutputVideoSensitiveContentDetected/);
    expect(text).toContain('0/3 done · 1 at work · 1 waiting · 1 failed · 1 retry · 50,638 tokens used, ~50,000 left · 4.0s');
  });

  it('shows a retry that concerns no shot under the table for a while', () => {
    expect(renderTable(model, { now, columns: 120, rows: 30, color: false }).at(-1)).toBe(' list retry 1 in 0.5s: HTTP 503');
    expect(renderTable(model, { now: T0 + 60_000, columns: 120, rows: 30, color: false }).join('\n')).not.toContain('list retry');
  });

  it('uses colour codes only when colour is wanted (NO_COLOR)', () => {
    expect(renderTable(model, { now, columns: 120, rows: 30, color: false }).join('\n')).not.toContain('\x1b[');
    expect(renderTable(model, { now, columns: 120, rows: 30, color: true }).join('\n')).toContain('\x1b[31m');
  });

  it('scrubs escape codes and newlines out of prompts and cuts wide characters by their width', () => {
    const evil = modelAfter(
      timed([[0, { type: 'plan-ready', estimatedTokens: 1, shots: [{ id: 'a', action: 'submit', reason: 'new', dependsOn: [], estimatedTokens: 1, prompt: '\x1b[2J\x1b[31mred\nline 小猫在窗台上伸懒腰，阳光洒在它的毛上，镜头缓缓推进' }] }]]),
    );
    const lines = renderTable(evil, { now: T0, columns: 70, rows: 30, color: false });
    const row = lines.find((l) => l.includes(' a ')) ?? '';
    expect(row).not.toContain('\x1b');
    expect(row).toContain('[2J [31mred line 小');
    expect(row.endsWith('…')).toBe(true);
    expect(displayWidth(row)).toBeLessThanOrEqual(69);
  });

  it('folds rows that do not fit the terminal, keeping the ones at work', () => {
    const shots = Array.from({ length: 40 }, (_, i) => ({ id: `s${i}`, action: 'submit' as const, reason: 'new', dependsOn: [], estimatedTokens: 1 }));
    const many = modelAfter(timed([[0, { type: 'plan-ready', estimatedTokens: 40, shots }], [1, { type: 'shot-submitted', shot: 's39', taskId: 't', attempt: 1, recovered: false }]]));
    const lines = renderTable(many, { now: T0, columns: 100, rows: 20, color: false });
    expect(lines.length).toBeLessThanOrEqual(20);
    expect(lines.join('\n')).toContain('s39');
    expect(lines.join('\n')).toMatch(/… \d+ more: \d+ waiting/);
  });

  it('truncates plain text by display cells', () => {
    expect(truncate('小猫小猫', 5)).toBe('小猫…');
    expect(truncate('kitten', 6)).toBe('kitten');
  });
});

describe('redrawing in place', () => {
  it('leaves exactly the last frame on screen, with printed lines above it', () => {
    const term = new VirtualTerminal(80);
    const area = new LiveArea((t) => term.write(t));
    area.draw(['one', 'two', 'three']);
    area.draw(['uno', 'dos']);
    area.print(['Stopping: no new task is submitted.']);
    area.draw(['final a', 'final b', 'final c']);
    area.done();
    expect(term.screen()).toEqual(['Stopping: no new task is submitted.', 'final a', 'final b', 'final c']);
    expect(term.escapes.at(-1)).toBe('\x1b[?25h');
  });

  it('a whole simulated run through the pretty reporter ends with one table and the summary', () => {
    const term = new VirtualTerminal(140);
    const pretty = new PrettyReporter({ write: (t) => term.write(t), size: () => ({ columns: 140, rows: 30 }), color: true, maxFps: 1000, now: () => T0 + 5000 });
    const finish = timed([
      [4000, { type: 'shot-done', shot: 'wake-up', video: 'wake-up.mp4', lastFrame: 'wake-up.last.png', seconds: 5 }],
      [4100, { type: 'shot-skipped', shot: 'window', because: ['dragon'] }],
      [4200, { type: 'warning', code: 'manifest.changed', message: 'The manifest changed during the run; run again to apply the changes.' }],
      [4250, { type: 'report-written', file: '/out/report.html' }],
      [4300, { type: 'run-finished', made: 1, reused: 0, restored: 0, failed: 1, skipped: 1, notSelected: 0, tokens: 50_638, wallMs: 4300, tasksCreated: 1, possibleDuplicates: 0, possibleDuplicateTokens: 0, result: 'failed', exitCode: 1 }],
    ]);
    for (const e of [...SCRIPT, ...finish]) pretty.sink(e);
    pretty.close();
    const screen = term.screen().map(stripAnsi);
    expect(screen.filter((l) => l.includes('SHOT') && l.includes('STATE'))).toHaveLength(1);
    expect(screen.join('\n')).toMatch(/wake-up\s+✓ done/);
    expect(screen.join('\n')).toMatch(/window\s+- skipped.*needs dragon, which failed/);
    expect(screen).toContain('✗ dragon: the service refused the video.');
    expect(screen).toContain('  next: Change the prompt.');
    expect(screen).toContain('! warning[manifest.changed]: The manifest changed during the run; run again to apply the changes.');
    expect(screen).toContain('done: 1 made, 0 reused, 1 failed, 1 skipped; 50,638 tokens; 4.3 s');
    expect(screen.at(-1)).toBe('report: /out/report.html');
  });
});

describe('Throttle', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs at most once per interval and always runs the trailing request', () => {
    vi.useFakeTimers();
    let clock = 0;
    let runs = 0;
    const throttle = new Throttle(100, () => runs++, () => clock);
    throttle.request(); // runs at once
    for (let i = 0; i < 50; i++) throttle.request(); // folded into one trailing run
    expect(runs).toBe(1);
    clock = 100;
    vi.advanceTimersByTime(100);
    expect(runs).toBe(2);
  });
});

describe('takes in the live table', () => {
  it('shows the takes other than the pick under their shot, as its tasks', () => {
    const model = emptyModel();
    for (const event of timed([[0, { type: 'plan-ready', estimatedTokens: 3, shots: ['wave', 'wave.take1', 'wave.take3', 'spray'].map((id) => ({ id, action: 'submit' as const, reason: 'new', dependsOn: [], estimatedTokens: 1 })) }]])) applyEvent(model, event);
    const lines = renderTable(model, { now: T0, columns: 100, rows: 30, color: false }).map(stripAnsi);
    const shots = lines.map((l) => l.trim().split(/\s{2,}/)[0]).filter((cell) => cell && ['wave', '└ take 1', '└ take 3', 'spray'].includes(cell));
    expect(shots).toEqual(['wave', '└ take 1', '└ take 3', 'spray']);
  });
});

describe('money in the live table', () => {
  const usd = (amount: number) => ({ amount, currency: 'USD' });
  const reason = 'the budget is reached: c (about 0.51 USD) would take the run to 1.61 USD with 0.60 USD billed and 0.51 USD at the service, over the budget of 1.60 USD; no further task is submitted (raise --max-cost or budget: max to make the rest)';
  const PRICED = timed([
    [0, { type: 'run-started', manifest: 'story.yaml', api: 'native', baseUrl: 'http://127.0.0.1:1', simulated: true, concurrency: 2 }],
    [
      10,
      {
        type: 'plan-ready',
        estimatedTokens: 151_914,
        estimatedCost: usd(1.51914),
        budget: usd(1.6),
        shots: ['a', 'b', 'c'].map((id) => ({ id, action: 'submit' as const, reason: 'new', dependsOn: [], estimatedTokens: 50_638, estimatedCost: usd(0.50638), prompt: `shot ${id}` })),
      },
    ],
    [20, { type: 'shot-submitted', shot: 'a', taskId: 't-1', attempt: 1, recovered: false }],
    [30, { type: 'shot-submitted', shot: 'b', taskId: 't-2', attempt: 1, recovered: false }],
    [1000, { type: 'shot-succeeded', shot: 'a', taskId: 't-1', seed: 1, model: 'doubao-seedance-2-0-260128', tokens: 60_000, cost: usd(0.6) }],
    [1010, { type: 'stopping', reason }],
  ]);
  const now = T0 + 2000;

  it('shows each shot\'s cost beside its tokens, its estimate until then, and the spend against the budget', () => {
    const model = modelAfter(PRICED);
    expect(model.money).toEqual({ estimated: usd(1.51914), used: usd(0.6), budget: usd(1.6) });
    const text = stripAnsi(renderTable(model, { now, columns: 160, rows: 30, color: false }).join('\n'));
    expect(text).toMatch(/TOKENS\s+COST\s+PROMPT/);
    expect(text).toMatch(/ a\s+↓ downloading.*60,000\s+0\.60 USD\s+shot a/);
    expect(text).toMatch(/ b\s+○ queued.*~50,638\s+~0\.51 USD\s+shot b/);
    expect(text).toContain('60,000 tokens used, ~101,276 left · 0.60 USD of 1.60 USD spent, ~1.01 USD to come · 2.0s');
    // Under the table for as long as the run lasts (cut to the width; the summary has it in full).
    expect(text).toContain('stopping: the budget is reached: c (about 0.51 USD) would take the run to 1.61 USD');
  });

  it.each([40, 60, 80, 100, 120])('keeps every priced line within %i columns (cost goes before tokens when narrow)', (columns) => {
    const lines = renderTable(modelAfter(PRICED), { now, columns, rows: 30, color: true });
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns - 1);
    const header = stripAnsi(lines[1] ?? '');
    if (header.includes('COST')) expect(header).toContain('TOKENS');
    if (columns >= 120) expect(header).toContain('COST');
  });

  it('says nothing about money without a price table', () => {
    const text = stripAnsi(renderTable(modelAfter(SCRIPT), { now: T0 + 4000, columns: 200, rows: 30, color: false }).join('\n'));
    expect(text).not.toContain('COST');
    expect(text).not.toContain('spent');
    expect(modelAfter(SCRIPT).money).toBeUndefined();
  });

  it('ends with why the run stopped and what it cost of the budget', () => {
    // The summary's full lines may be wider than the table: this terminal takes them unwrapped.
    const term = new VirtualTerminal(400);
    const pretty = new PrettyReporter({ write: (t) => term.write(t), size: () => ({ columns: 160, rows: 30 }), color: false, maxFps: 1000, now: () => now });
    const finish = timed([
      [1500, { type: 'shot-succeeded', shot: 'b', taskId: 't-2', seed: 2, tokens: 50_638, cost: usd(0.50638) }],
      [1600, { type: 'shot-done', shot: 'a', video: 'a.mp4', seconds: 5 }],
      [1700, { type: 'shot-done', shot: 'b', video: 'b.mp4', seconds: 5 }],
      [1800, { type: 'run-finished', made: 2, reused: 0, restored: 0, failed: 0, skipped: 1, notSelected: 0, tokens: 110_638, cost: usd(1.10638), wallMs: 1800, tasksCreated: 2, possibleDuplicates: 0, possibleDuplicateTokens: 0, result: 'failed', exitCode: 1 }],
    ]);
    for (const e of [...PRICED, ...finish]) pretty.sink(e);
    pretty.close();
    const screen = term.screen().map(stripAnsi);
    expect(screen).toContain(`stopped: ${reason}`);
    expect(screen.at(-1)).toBe('done: 2 made, 0 reused, 0 failed, 1 skipped; 110,638 tokens, 1.11 USD of a 1.60 USD budget; 1.8 s');
    // The last frame of the table: c was never sent, so nothing is still to come.
    expect(screen.join('\n')).toMatch(/1\.11 USD of 1\.60 USD spent · 1\.8s/);
  });
});
