// Simulated accounts for the benchmarks (issue 17): N keys made up here, the simulator's per-key
// limits, an accounts file that names only the environment variables holding them, the runner's
// environment with the keys, and afterwards what each account did and whether a key leaked.
import { randomBytes } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Variables of the benchmark's own environment that would change which key or store the runner uses. */
const SCRUBBED = ['SEEDANCE_API_KEY', 'ARK_API_KEY', 'SEEDANCE_ACCOUNTS', 'SEEDANCE_BASE_URL', 'SEEDANCE_STORE'];

/** count accounts, each with `running` tasks at once and `rpm` creates a minute. */
export function simulatedAccounts({ count, running, rpm }) {
  const accounts = Array.from({ length: count }, (_, i) => {
    const name = `acct-${String(i).padStart(2, '0')}`;
    return { name, keyEnv: `SEEDANCE_BENCH_KEY_${String(i).padStart(2, '0')}`, key: `bench-${randomBytes(16).toString('hex')}` };
  });
  return {
    accounts,
    /** SimulatorOptions: limits per key; each key sees only its own tasks, as accounts do. */
    simulator: {
      runningLimit: running,
      createsPerMinute: rpm,
      isolateKeys: true,
      keys: Object.fromEntries(accounts.map((a) => [a.key, { label: a.name, runningLimit: running }])),
    },
    /** The accounts file's text: names and key_env only. */
    file: (baseUrl) => `accounts:\n${accounts.map((a) => `  - { name: ${a.name}, key_env: ${a.keyEnv}, running: ${running}, rpm: ${rpm}, base_url: "${baseUrl}" }\n`).join('')}`,
    /** The runner's environment: this one without any key or store of the user's, plus the accounts' keys. */
    env: () => {
      const env = { ...process.env };
      for (const name of SCRUBBED) delete env[name];
      for (const a of accounts) env[a.keyEnv] = a.key;
      return env;
    },
  };
}

/**
 * Per account from the simulator's stats: tasks made, the most running and in flight at once,
 * the most creates in any 60 s, and whether it stayed within `running` and `rpm`.
 */
export function perAccount(accounts, stats, { running, rpm }) {
  return accounts.map(({ name }) => {
    const own = stats.byKey[name] ?? { creates: 0, maxInFlight: 0, maxRunning: 0 };
    const created = stats.tasks.filter((t) => t.key === name).map((t) => t.createdAt).sort((a, b) => a - b);
    let peakMinute = 0;
    for (let i = 0, j = 0; i < created.length; i++) {
      while (created[i] - created[j] >= 60_000) j++;
      peakMinute = Math.max(peakMinute, i - j + 1);
    }
    return { name, ...own, peakMinute, withinLimits: own.maxRunning <= running && peakMinute <= rpm };
  });
}

/** Files under `dir` and the texts given that hold any of the keys (never the key itself in the answer). */
export async function whereKeysAre(keys, dir, texts = {}) {
  const needles = keys.map((k) => Buffer.from(k));
  const found = [];
  for (const entry of await readdir(dir, { recursive: true })) {
    const path = join(dir, entry);
    if (!(await stat(path)).isFile()) continue;
    const bytes = await readFile(path);
    if (needles.some((n) => bytes.includes(n))) found.push(path);
  }
  for (const [what, text] of Object.entries(texts)) if (keys.some((k) => text.includes(k))) found.push(what);
  return found;
}
