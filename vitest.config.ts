import { availableParallelism } from 'node:os';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

// The files that take longest, longest first. Started first, they run alongside the many short
// files instead of after them (on a fresh clone vitest has no timings of an earlier run to go by).
const SLOW_FIRST = [
  'test/reliability/chaos.test.ts',
  'test/run/faults.test.ts',
  'test/run/runner.test.ts',
  'test/run/examples.test.ts',
  'test/reliability/secrets.test.ts',
  'test/run/kill.test.ts',
  'test/reliability/disk.test.ts',
  'test/simulator/media.test.ts',
  'test/assemble/assemble.test.ts',
  'test/report/tmux.test.ts',
  'test/report/browser.test.ts',
  'test/cli/report.test.ts',
  'test/media/frames.test.ts',
  'test/reliability/fault-matrix.test.ts',
  'test/library.test.ts',
  'test/run/concurrent.test.ts',
  'test/cli/lock-commands.test.ts',
];

class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification): number => {
      const at = SLOW_FIRST.findIndex((path) => spec.moduleId.endsWith(path));
      return at < 0 ? SLOW_FIRST.length : at;
    };
    // A stable sort: the rest keep vitest's own order (longest of the last run first).
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Integration tests start simulators, ffmpeg, chromium and child processes, in forks (some
    // change the working folder, which threads cannot). Much of a file's time is spent waiting on
    // those, so more files than cores run at once (on two cores vitest's default is one file at a
    // time). Three on two cores keep both busy; four were no faster and stretched every file.
    pool: 'forks',
    maxWorkers: Math.ceil(availableParallelism() * 1.5),
    sequence: { sequencer: SlowFirst },
  },
});
