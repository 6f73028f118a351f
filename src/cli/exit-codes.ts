// Exit codes, decided here and nowhere else: 0 all done, 1 a shot or the film failed, 2 usage or
// manifest errors (nothing is sent), 130 interrupted (as a shell reports SIGINT).
import type { RunResult } from '../run/runner.js';

export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 70, interrupted: 130 } as const;

export function exitCodeFor(result: RunResult): number {
  switch (result) {
    case 'done':
      return EXIT.ok;
    case 'failed':
      return EXIT.failed;
    case 'interrupted':
      return EXIT.interrupted;
  }
}
