// Turn any thrown error into the text a user sees and an exit code. Expected failures
// (SeedanceError) print their message and hint, never a stack trace.
import { SeedanceError } from '../core/errors.js';
import { asSeedanceError, isFsFailure } from '../core/fs-errors.js';
import { EXIT } from './exit-codes.js';

export function formatError(thrown: unknown): { text: string; exitCode: number } {
  // A disk that is full or a file in the way is not a bug, wherever it surfaced (e.g. the
  // simulator's state folder under --simulate): say what to fix instead of printing a stack.
  const error = isFsFailure(thrown) ? asSeedanceError(thrown) : thrown;
  if (error instanceof SeedanceError) {
    const lines = [`error[${error.code}]: ${error.message}`];
    if (error.hint) lines.push(`  next: ${error.hint}`);
    if (error.code === 'config.bad-key' || error.code === 'config.base-url' || error.code === 'config.untrusted-host') return { text: lines.join('\n'), exitCode: EXIT.usage };
    // No ffmpeg that runs is found before anything is sent: like a usage error, the set-up is to fix.
    const usage = error.code === 'usage' || error.code === 'ffmpeg.missing' || error.code === 'manifest.invalid' || error.code === 'lock.invalid' || error.code === 'config.no-key' || error.code === 'budget.exceeded' || error.code.startsWith('output.');
    return { text: lines.join('\n'), exitCode: usage ? EXIT.usage : EXIT.failed };
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { text: `internal error (a bug in seedance; please report it with this text):\n${message}`, exitCode: EXIT.internal };
}
