// The example storyboards copied for a test, without what a run of them leaves behind (the README's
// first command makes kitten-morning in place: its outputs, lock and clip store would make the
// copy's shots "made" already).
import { cp } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXAMPLES = fileURLToPath(new URL('../manifests/examples/', import.meta.url));

const leftByARun = (src: string): boolean => {
  const name = basename(src);
  return name === 'out' || name === '.seedance' || name.endsWith('.lock.json');
};

/** Copy manifests/examples/ to `dest` (made if missing), leaving out every run's outputs, locks and clip store. */
export async function copyExamples(dest: string): Promise<void> {
  await cp(EXAMPLES, dest, { recursive: true, filter: (src) => !leftByARun(src) });
}
