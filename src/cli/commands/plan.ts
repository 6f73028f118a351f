// `seedance plan <manifest>`: what a run would send, in the order it would send it, with token
// estimates. No network, no API key.
import { resolve } from 'node:path';
import { SeedanceError } from '../../core/errors.js';
import { plural } from '../../core/format.js';
import { formatDiagnostics, loadManifest } from '../../manifest/index.js';
import { formatPlan, planManifest, planShots, planToJson } from '../../plan/index.js';
import { gatherFacts } from '../../state/facts.js';
import { lockPathFor, readLock } from '../../state/lock.js';
import { ClipStore, storeDirFor } from '../../state/store.js';
import { useColor } from '../color.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { ALLOW_PATH_HELP, ALLOW_PATH_OPTION, allowPathsOf } from '../load.js';

export const planCommand: Command = {
  name: 'plan',
  help: `Usage: seedance plan <manifest> [--json]

Validates the manifest, then prints its shots in the order they can run, each with the shots it
waits for, what the next \`seedance run\` does with it and why (from the lock and the files on
disk: reuse, resume, refetch, submit, blocked; the same plan run and status show), its exact
request (method, path and JSON body), and its estimated tokens (width x height x (24 x seconds
+ 1) / 1024; drafts cost less; 0 for shots not submitted), plus the total; with a price table
(pricing:, SEEDANCE_PRICING) their cost too, and whether it is within budget: max. Local files are
shown as the data URIs that will be sent, shortened to their type, size and sha256; outputs of
other shots, unknown until the run, appear as placeholders such as <last frame of shot wake-up>.
Needs no network and no API key.

Options:
  --json   print { "shots": [ { "id", "action", "reason", "dependsOn", "request": { "method",
           "path", "body" }, "estimatedTokens", "estimatedCost"? } ], "estimatedTokens",
           "estimatedCost"?, "unpriced"?, "budget"? } with full data URIs; the costs are
           { "amount", "currency" }, present with a price table
${ALLOW_PATH_HELP}

Exit codes: 0 planned, 2 the manifest is invalid (its problems are printed).

Examples:
  seedance plan manifests/examples/kitten-morning.yaml
  seedance plan storyboard.yaml --json | jq '.estimatedTokens'
  SEEDANCE_PRICING=volcengine seedance plan storyboard.yaml --json | jq '.estimatedCost'`,
  options: { json: { type: 'boolean' }, ...ALLOW_PATH_OPTION },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) {
      throw new SeedanceError('usage', `seedance plan takes one manifest; got ${positionals.length}.`, { hint: 'Run `seedance plan <manifest.yaml>`.' });
    }
    const result = await loadManifest(resolve(io.cwd, file), { allowPaths: allowPathsOf(values, io), env: io.env, cwd: io.cwd });
    const color = useColor(io.stderr, io.env);
    if (result.diagnostics.length > 0) {
      io.stderr.write(formatDiagnostics(result.diagnostics.map((d) => ({ ...d, file })), result.source, { color }) + '\n');
    }
    if (!result.manifest) {
      const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
      io.stderr.write(`\n${file}: invalid (${plural(errors, 'error')}); nothing to plan.\n`);
      return EXIT.usage;
    }
    const manifest = result.manifest;
    // What the next run does with each shot: the lock and the files on disk, read locally.
    const lock = await readLock(lockPathFor(manifest.file), manifest.file);
    const decided = planShots({ manifest, lock, facts: await gatherFacts(manifest, lock, undefined, undefined, new ClipStore(storeDirFor(manifest, io.env))) });
    const plan = await planManifest(manifest, decided);
    io.stdout.write(values.json === true ? JSON.stringify(planToJson(plan), null, 2) + '\n' : formatPlan(plan, { manifest: result.manifest }) + '\n');
    return EXIT.ok;
  },
};
