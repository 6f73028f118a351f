// Issue 16: the live table is clipped to the terminal's rows ("… N more"); when the run ends the
// final table is printed in full, on the virtual terminal as a user's scrollback would hold it.
import { describe, expect, it } from 'vitest';
import type { RunEvent, TimedEvent } from '../../src/core/events.js';
import { PrettyReporter } from '../../src/report/live/pretty-reporter.js';
import { stripAnsi } from '../../src/report/live/text.js';
import { VirtualTerminal } from './vterm.js';

const T0 = Date.parse('2026-05-18T10:00:00Z');
const timed = (events: RunEvent[]): TimedEvent[] => events.map((e, i) => ({ time: new Date(T0 + i * 10).toISOString(), ...e }) as TimedEvent);
const ids = Array.from({ length: 40 }, (_, i) => `s${String(i + 1).padStart(2, '0')}`);

describe('the final table', () => {
  it('holds every shot when the run ends, though the live frame showed a few and "… more"', () => {
    const term = new VirtualTerminal(120);
    let now = T0;
    const pretty = new PrettyReporter({ write: (t) => term.write(t), size: () => ({ columns: 120, rows: 12 }), color: true, maxFps: 1000, now: () => (now += 100) });
    const events = timed([
      { type: 'run-started', manifest: 'story.yaml', api: 'native', baseUrl: 'http://127.0.0.1:1', simulated: true, concurrency: 2 },
      { type: 'plan-ready', estimatedTokens: 40 * 50_000, shots: ids.map((id) => ({ id, action: 'submit', reason: 'new', dependsOn: [], estimatedTokens: 50_000, prompt: `Shot ${id}` })) },
      ...ids.flatMap((id, i): RunEvent[] => [
        { type: 'shot-submitted', shot: id, taskId: `cgt-${i}`, attempt: 1, recovered: false },
        { type: 'shot-succeeded', shot: id, taskId: `cgt-${i}`, tokens: 50_000 },
        { type: 'shot-done', shot: id, video: `${id}.mp4`, seconds: 5 },
      ]),
    ]);
    for (const e of events.slice(0, 20)) pretty.sink(e);
    // While it runs, the frame fits the 12 rows.
    const live = term.screen().map(stripAnsi);
    expect(live.some((l) => /… \d+ more/.test(l))).toBe(true);
    for (const e of events.slice(20)) pretty.sink(e);
    pretty.sink(timed([{ type: 'run-finished', made: 40, reused: 0, restored: 0, failed: 0, skipped: 0, notSelected: 0, tokens: 2_000_000, wallMs: 5000, tasksCreated: 40, possibleDuplicates: 0, possibleDuplicateTokens: 0, result: 'done', exitCode: 0 }])[0] as TimedEvent);
    pretty.close();
    const screen = term.screen().map(stripAnsi);
    expect(screen.filter((l) => /^ SHOT\s+STATE/.test(l))).toHaveLength(1);
    for (const id of ids) expect(screen.filter((l) => new RegExp(`^ ${id}\\s+✓ done`).test(l)), id).toHaveLength(1);
    expect(screen.some((l) => /… \d+ more/.test(l))).toBe(false);
    expect(screen).toContain('done: 40 made, 0 reused, 0 failed, 0 skipped; 2,000,000 tokens; 5.0 s');
  });
});
