// `seedance plan <manifest>`: what a run would send, in the order it would send it, with token
// estimates. No network, no API key.
import { resolve } from 'node:path';
import { SeedanceError } from '../../core/errors.js';
import { plural } from '../../core/format.js';
import { formatDiagnostics, loadManifest } from '../../manifest/index.js';
import { formatPlan, planManifest, planShots, planToJson } from '../../plan/index.js';
import { gatherFacts } from '../../state/facts.js';
import { lockPathFor, readLock } from '../../state/lock.js';
import { openStore, storeLocationFor } from '../../state/open-store.js';
import { useColor } from '../color.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { ALLOW_PATH_HELP, ALLOW_PATH_OPTION, allowPathsOf } from '../load.js';
import { splitIntoGroups, type ShotGroup } from '../../plan/split.js';

export const planCommand: Command = {
  name: 'plan',
  help: `Usage: seedance plan <manifest> [--json] [--split N]

Validates the manifest, then prints its shots in the order they can run, each with the shots it
waits for, what the next \`seedance run\` does with it and why (from the lock and the files on
disk: reuse, resume, refetch, submit, blocked; the same plan run and status show), its exact
request (method, path and JSON body), and its estimated tokens (width x height x (24 x seconds
+ 1) / 1024; drafts cost less; 0 for shots not submitted), plus the total; with a price table
(pricing:, SEEDANCE_PRICING) their cost too, and whether it is within budget: max. Local files are
shown as the data URIs that will be sent, shortened to their type, size and sha256; outputs of
other shots, unknown until the run, appear as placeholders such as <last frame of shot wake-up>.
Needs no API key, and no network unless SEEDANCE_STORE names a bucket (its list of clips is read).

Options:
  --json   print { "shots": [ { "id", "action", "reason", "dependsOn", "request": { "method",
           "path", "body" }, "estimatedTokens", "estimatedCost"? } ], "estimatedTokens",
           "estimatedCost"?, "unpriced"?, "budget"? } with full data URIs; the costs are
           { "amount", "currency" }, present with a price table
  --split N  instead of the plan, at most N groups of whole chains (a shot with the shots it uses
           and the shots that use it), balanced by the tokens still to make, each an --only list
           for one machine of a CI matrix that shares one clip store (docs/scale.md); with --json
           { "groups": [ { "shots", "estimatedTokens" } ] }
${ALLOW_PATH_HELP}

Exit codes: 0 planned, 2 the manifest is invalid (its problems are printed).

Examples:
  seedance plan manifests/examples/kitten-morning.yaml
  seedance plan storyboard.yaml --json | jq '.estimatedTokens'
  SEEDANCE_PRICING=volcengine seedance plan storyboard.yaml --json | jq '.estimatedCost'
  seedance plan storyboard.yaml --split 4 --json | jq -c '.groups[].shots | join(",")'`,
  options: { json: { type: 'boolean' }, split: { type: 'string' }, ...ALLOW_PATH_OPTION },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) {
      throw new SeedanceError('usage', `seedance plan takes one manifest; got ${positionals.length}.`, { hint: 'Run `seedance plan <manifest.yaml>`.' });
    }
    const split = splitCount(values.split);
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
    const decided = planShots({ manifest, lock, facts: await gatherFacts(manifest, lock, undefined, undefined, openStore(storeLocationFor(manifest, io.env), io.env)) });
    if (split !== undefined) {
      const tokens = new Map(decided.map((p) => [p.id, p.estimatedTokens]));
      const groups = splitIntoGroups(manifest.shots, split, (id) => tokens.get(id) ?? 0);
      io.stdout.write(values.json === true ? JSON.stringify({ groups }, null, 2) + '\n' : formatGroups(file, groups, split) + '\n');
      return EXIT.ok;
    }
    const plan = await planManifest(manifest, decided);
    io.stdout.write(values.json === true ? JSON.stringify(planToJson(plan), null, 2) + '\n' : formatPlan(plan, { manifest: result.manifest }) + '\n');
    return EXIT.ok;
  },
};

/** --split N: a whole number from 1 to 1000. */
function splitCount(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const count = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!(count >= 1 && count <= 1000)) {
    throw new SeedanceError('usage', `--split takes how many groups to make, a whole number from 1 to 1000; got ${String(value)}.`, { hint: 'For a CI matrix of four machines: `seedance plan storyboard.yaml --split 4`.' });
  }
  return count;
}

function formatGroups(file: string, groups: readonly ShotGroup[], asked: number): string {
  const shots = groups.reduce((sum, g) => sum + g.shots.length, 0);
  const lines = [`${plural(groups.length, 'group')} of whole chains${groups.length < asked ? ` (only ${groups.length} independent chains, so not ${asked})` : ''}, ${plural(shots, 'shot')}. Run each on its own machine with one shared clip store (SEEDANCE_STORE), then \`seedance run ${file}\` anywhere with that store joins the film without sending anything:`];
  for (const [i, group] of groups.entries()) {
    lines.push(`  group ${i + 1}: ${plural(group.shots.length, 'shot')}, ~${group.estimatedTokens.toLocaleString('en-US')} tokens to make`);
    lines.push(`    seedance run ${file} --only ${group.shots.join(',')}`);
  }
  return lines.join('\n');
}
