// Every file under a folder as one text, binary files too, so a secret (an API key, S3
// credentials) written anywhere in it shows up in a `not.toContain`.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export async function allText(dir: string): Promise<string> {
  let text = '';
  for (const entry of await readdir(dir, { recursive: true })) {
    const path = join(dir, entry);
    if ((await stat(path)).isFile()) text += (await readFile(path)).toString('latin1');
  }
  return text;
}
