// Issue 16: after Ctrl-C (the library's stopSignal does what the first one does), shots never
// submitted read "stopped" in the final table and in the plain output, not "skipped · needs …,
// which failed". A real run on the simulator, stopped while the first shots are at work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunEvent, TimedEvent } from '../../src/core/events.js';
import { formatPlain } from '../../src/report/plain.js';
import { PrettyReporter } from '../../src/report/live/pretty-reporter.js';
import { stripAnsi } from '../../src/report/live/text.js';
import type { Simulator } from '../../src/simulator/index.js';
import { run, startSim, tempDir, writeStoryboard } from '../run/harness.js';
import { VirtualTerminal } from './vterm.js';

const ids = Array.from({ length: 14 }, (_, i) => `s${String(i + 1).padStart(2, '0')}`);
// s01..s14, each but the independent ones starting from the shot before: chains that the stop cuts.
const STORY = `version: 1
defaults: { resolution: 480p, duration: 5 }
concurrency: 3
shots:
${ids.map((id, i) => `  - { id: ${id}, prompt: Shot ${i + 1} of the harbour${i % 4 !== 0 ? `, first_frame: { shot: ${ids[i - 1]} }` : ''} }`).join('\n')}
`;

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim({ latency: { queuedMs: 100, runningMs: [400, 600] } });
});
afterAll(() => sim.close());

describe('a run stopped by Ctrl-C', () => {
  it('shows never-submitted shots as stopped, in the table and the plain output', async () => {
    const dir = await tempDir('seedance-stopped-');
    const file = await writeStoryboard(dir, STORY);
    const stop = new AbortController();
    const term = new VirtualTerminal(160);
    let now = Date.now();
    const pretty = new PrettyReporter({ write: (t) => term.write(t), size: () => ({ columns: 160, rows: 40 }), color: false, maxFps: 1000, now: () => (now += 10) });
    const events: RunEvent[] = [];
    const record = await run(file, sim, {
      stopSignal: stop.signal,
      emit: (event) => {
        events.push(event);
        pretty.sink(event as TimedEvent);
        if (event.type === 'shot-submitted' && events.filter((e) => e.type === 'shot-submitted').length === 2) stop.abort();
      },
    });
    pretty.close();
    const submitted = new Set(events.flatMap((e) => (e.type === 'shot-submitted' ? [e.shot] : [])));
    const never = ids.filter((id) => !submitted.has(id));
    expect(never.length).toBeGreaterThan(5);
    const plain = events.map((e) => formatPlain(e as TimedEvent)).filter((l): l is string => l !== undefined);
    const screen = term.screen().map(stripAnsi);
    for (const id of never) {
      // Each plain line starts with the time (hh:mm:ss).
      expect(plain.filter((l) => l.includes(` ${id}: `)).map((l) => l.replace(/^\d\d:\d\d:\d\d /, '')), id).toEqual([`${id}: stopped, not submitted (the next run makes it)`]);
      expect(screen.filter((l) => new RegExp(`^ ${id}\\s`).test(l)), id).toEqual([expect.stringMatching(/stopped .*not submitted: the run stopped first/)]);
    }
    // No row reads skipped. (The summary line below the table still counts the stopped shots as
    // skipped: run-finished has no count of its own for them; left to src/run.)
    expect(screen.filter((l) => /^ s\d\d\s/.test(l) && /skipped|which failed/.test(l))).toEqual([]);
    expect(screen.join('\n')).toMatch(new RegExp(`\\d+/14 done · ${never.length} stopped`));
    expect(record.summary.failed).toBe(0);
  });
});
