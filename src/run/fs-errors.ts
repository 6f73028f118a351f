// File-system failures (disk full, no permission) are expected and get a clear message; anything
// else that is not a SeedanceError is a bug.
import { SeedanceError } from '../errors.js';

const MESSAGES: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the file system is read-only',
  EFBIG: 'the file is larger than this system allows',
};

export function asSeedanceError(error: unknown): SeedanceError {
  if (error instanceof SeedanceError) return error;
  const code = (error as { code?: string } | undefined)?.code;
  const path = (error as { path?: string } | undefined)?.path;
  if (code && MESSAGES[code]) {
    return new SeedanceError('fs.write', `Cannot write ${path ?? 'an output file'}: ${MESSAGES[code]}.`, {
      hint: 'Free space or fix permissions on the output folder, then run again: finished shots are kept, and tasks at the service are picked up by their ids without paying twice.',
      cause: error,
    });
  }
  return new SeedanceError('internal', String(error), { cause: error });
}
