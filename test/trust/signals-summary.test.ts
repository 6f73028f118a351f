// No run ends with exit 0 without its summary: `seedance run` takes its exit code from the
// summary its reporter printed (run-finished), not from what the run returned. Here the run is
// replaced by one that returns "done" without ever emitting run-finished (the kind of bug the
// rule is there for), and by ones whose summary cannot be printed on stdout or anywhere at all.
import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { TimedEvent } from '../../src/core/events.js';
import type { RunStoryboardOptions } from '../../src/library/run-storyboard.js';
import type { RunSummary } from '../../src/run/runner.js';
import { writeStoryboard } from '../run/harness.js';
import { tempDir } from '../temp.js';

// (Cast: fields added to the summary later need not be listed here.)
const SUMMARY = { result: 'done', made: 1, reused: 0, restored: 0, failed: 0, skipped: 0, stopped: 0, notSelected: 0, tokens: 5, tasksCreated: 1, possibleDuplicates: 0, possibleDuplicateTokens: 0, wallMs: 10, outcomes: { a: 'made' } } as RunSummary;
const FINISHED = { time: '2026-05-18T10:00:03.000Z', type: 'run-finished', result: 'done', made: 1, reused: 0, restored: 0, failed: 0, skipped: 0, notSelected: 0, tokens: 5, tasksCreated: 1, possibleDuplicates: 0, possibleDuplicateTokens: 0, wallMs: 10 } as TimedEvent;

/** What the replaced runStoryboard does with its onEvent: nothing, or emit the summary. */
const behaviour = vi.hoisted(() => ({ emitSummary: false }));
vi.mock('../../src/library/run-storyboard.js', () => ({
  runStoryboard: (_manifest: unknown, options: RunStoryboardOptions): Promise<RunSummary> => {
    if (behaviour.emitSummary) options.onEvent?.(FINISHED);
    return Promise.resolve(SUMMARY);
  },
}));

function stream(open: boolean): Writable & { text: () => string } {
  let text = '';
  const s = new Writable({ write: (chunk: Buffer, _e, done) => ((text += chunk.toString()), done()) });
  if (!open) s.destroy();
  return Object.assign(s, { text: () => text });
}

async function run(reporter: string, outputs: { stdout?: boolean; stderr?: boolean } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const dir = await tempDir('seedance-summary-');
  const file = await writeStoryboard(dir, 'version: 1\nshots:\n  - { id: a, prompt: a shot }\n');
  // pretty draws its table only on a terminal.
  const stdout = Object.assign(stream(outputs.stdout !== false), reporter === 'pretty' ? { isTTY: true, columns: 100, rows: 30 } : {});
  const stderr = stream(outputs.stderr !== false);
  const code = await main(['run', file, '--reporter', reporter], { stdout, stderr, env: {}, cwd: dir });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('exit 0 only with the summary printed', () => {
  it.each(['plain', 'json', 'pretty'])('a run that returns done without its summary (%s) is not exit 0, and says why', async (reporter) => {
    behaviour.emitSummary = false;
    const result = await run(reporter);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/ended without its summary/);
  });

  it('with the summary printed it is exit 0', async () => {
    behaviour.emitSummary = true;
    const result = await run('plain');
    expect(result).toMatchObject({ code: 0, stdout: expect.stringMatching(/done: 1 made, 0 reused, 0 failed, 0 skipped/) });
  });

  it('with stdout closed the summary goes to stderr, and it is still exit 0', async () => {
    behaviour.emitSummary = true;
    const result = await run('json', { stdout: false });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/done: 1 made, 0 reused, 0 failed, 0 skipped/);
  });

  it('with stdout and stderr closed the summary cannot be printed: not exit 0', async () => {
    behaviour.emitSummary = true;
    const result = await run('plain', { stdout: false, stderr: false });
    expect(result.code).not.toBe(0);
  });
});
