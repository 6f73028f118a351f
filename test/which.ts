// Programs a test needs from the machine (melt, redis-server): found on PATH, or undefined. On a
// machine without one the test is skipped, saying so; in CI (CI=true, where .ci/run installs them)
// it is not: the test runs and fails, so a missing package cannot pass for a green run.
import { execFileSync } from 'node:child_process';

export function which(program: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

/** True when the test should be skipped: the program is missing and this is not CI (a warning says so). */
export function skipWithout(program: string | undefined, name: string, file: string, install: string): boolean {
  if (program !== undefined || IN_CI) return false;
  console.warn(`${file}: ${name} is not installed, so its test is skipped (${install}; CI=true makes it run and fail instead).`);
  return true;
}
