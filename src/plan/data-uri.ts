// Local files travel inside the request as base64 data URIs (the service fetches URLs itself but
// cannot reach the user's disk).
import { readFile } from 'node:fs/promises';
import { SeedanceError } from '../core/errors.js';

export async function fileDataUri(path: string, mime: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    // Validation saw the file; it changed since.
    throw new SeedanceError('manifest.invalid', `The file ${path} named by the manifest cannot be read now (${(error as NodeJS.ErrnoException).code ?? String(error)}).`, {
      hint: 'Put the file back, or run `seedance validate` to see what the manifest needs.',
      cause: error,
    });
  }
  return `data:${mime};base64,${bytes.toString('base64')}`;
}
