// Tests that spawn the real `seedance` binary need dist/ to match src/. `npm ci` builds it
// (prepare); this rebuilds once per test run when a source file is newer than the build.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

export default function setup(): void {
  const root = new URL('..', import.meta.url).pathname;
  let built = 0;
  try {
    built = statSync(join(root, 'dist/cli/bin.js')).mtimeMs;
  } catch {
    built = 0;
  }
  if (newest(join(root, 'src')) > built) {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  }
}
