// The render cache lives under the system temp folder and would otherwise grow with every distinct
// clip ever simulated. At start the simulator keeps the renders under a size, dropping the ones
// used longest ago (a cache hit touches its file), and removes temp files of killed renders.
// Renders are deterministic, so a dropped one is only made again when asked for.
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

export const DEFAULT_CACHE_MAX_BYTES = 1024 ** 3;
/** A temp file this old belongs to a render that was killed (a render takes seconds). */
const STALE_TEMP_MS = 60 * 60 * 1000;

export interface PruneResult {
  removed: number;
  keptBytes: number;
}

export async function pruneRenders(dir: string, maxBytes: number, now = Date.now()): Promise<PruneResult> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return { removed: 0, keptBytes: 0 };
  }
  const files = (await Promise.all(names.map(async (name) => {
    const info = await stat(join(dir, name)).catch(() => undefined);
    return info?.isFile() ? { name, bytes: info.size, usedAt: info.mtimeMs } : undefined;
  }))).filter((file) => file !== undefined);
  const doomed: string[] = [];
  let keptBytes = 0;
  // Newest first: keep while they fit, drop the rest.
  for (const file of files.sort((a, b) => b.usedAt - a.usedAt)) {
    if (file.name.endsWith('.tmp')) {
      if (now - file.usedAt > STALE_TEMP_MS) doomed.push(file.name);
    } else if (keptBytes + file.bytes <= maxBytes) {
      keptBytes += file.bytes;
    } else {
      doomed.push(file.name);
    }
  }
  await Promise.all(doomed.map((name) => rm(join(dir, name), { force: true })));
  return { removed: doomed.length, keptBytes };
}
