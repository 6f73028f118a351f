// File-system failures (disk full, no permission, a file in the way) are expected and get a clear
// message; anything else that is not a SeedanceError is a bug.
import { SeedanceError } from './errors.js';

const MESSAGES: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the file system is read-only',
  EFBIG: 'the file is larger than this system allows',
  // mkdir and open report a file where a folder belongs (or the reverse) with these.
  ENOTDIR: 'a file is in the way (part of the path is a file, not a folder)',
  EEXIST: 'a file is in the way (it exists and is not a folder)',
  EISDIR: 'a folder is in the way (a file was expected)',
};

const IN_THE_WAY = new Set(['ENOTDIR', 'EEXIST', 'EISDIR']);
const KEPT = 'finished shots are kept, and tasks at the service are picked up by their ids without paying twice.';

/** Whether an error is a file-system failure with a known, user-fixable cause. */
export function isFsFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && MESSAGES[code] !== undefined && typeof (error as { syscall?: unknown }).syscall === 'string';
}

export function asSeedanceError(error: unknown): SeedanceError {
  if (error instanceof SeedanceError) return error;
  const code = (error as { code?: string } | undefined)?.code;
  const path = (error as { path?: string } | undefined)?.path;
  if (code && MESSAGES[code]) {
    return new SeedanceError('fs.write', `Cannot write ${path ?? 'an output file'}: ${MESSAGES[code]}.`, {
      hint: IN_THE_WAY.has(code)
        ? `Move that file or folder aside, or point \`output:\` somewhere else, then run again: ${KEPT}`
        : `Free space or fix permissions on the output folder, then run again: ${KEPT}`,
      cause: error,
    });
  }
  return new SeedanceError('internal', String(error), { cause: error });
}

/** A file-system failure before the first request: the same message, saying that nothing was sent (and `why` it matters, if given). */
export function failedBeforeSending(error: unknown, why?: string): SeedanceError {
  const e = asSeedanceError(error);
  if (e.code !== 'fs.write') return e;
  return new SeedanceError(e.code, `${e.message.replace(/\.$/, '')}, so nothing was sent${why ? `: ${why}` : ''}.`, { ...(e.hint ? { hint: e.hint } : {}), cause: error });
}
