// loadManifest: read, parse, check against the schema, resolve defaults, run the semantic rules;
// every problem found is returned as a diagnostic. Pure apart from reading the manifest and the
// files it names (sizes and headers): no ffmpeg, no network.
import { resolve } from 'node:path';
import { sortDiagnostics, hasErrors, type Diagnostic } from './diagnostic.js';
import { FileProbe } from './file-probe.js';
import { DEFAULT_MAX_MANIFEST_BYTES, parseYaml, readManifestText } from './parse.js';
import { pricingFromEnv } from '../pricing/select.js';
import { resolveManifest } from './resolve.js';
import { obj } from './raw.js';
import { checkSchema } from './schema-check.js';
import { findRoots } from './project.js';
import { takeRules, takeSettings } from './rules/takes.js';
import { expandTakes } from './takes.js';
import type { Rule, RuleContext } from './rules/context.js';
import { concatRules, outputPaths } from './rules/concat.js';
import { noCycles } from './rules/cycles.js';
import { mediaFiles } from './rules/files.js';
import { filesInProject } from './rules/project-files.js';
import { formatLimits } from './rules/format-limits.js';
import { fileSafeIds, uniqueIds } from './rules/ids.js';
import { draftRules, modeExclusivity, promptRequired } from './rules/modes.js';
import { fieldLimits, knownModels, modelLimits } from './rules/model-limits.js';
import { budgetNeedsPricing } from './rules/money.js';
import { dialogueRules } from './rules/dialogue.js';
import { shotReferences } from './rules/references.js';
import type { ResolvedManifest, ResolvedShot } from './types.js';

export interface LoadOptions {
  /** Manifests larger than this are refused before parsing (default 4 MB). */
  maxBytes?: number;
  /** Shared between several manifests to read each media file once. */
  files?: FileProbe;
  /**
   * Folders besides the project (the git work tree that holds the manifest, else its folder) that
   * local media may come from and the output folder may lie in (`--allow-path`); relative ones
   * start at the current folder.
   */
  allowPaths?: readonly string[];
  /** Where SEEDANCE_PRICING is read (default process.env): it overrides the manifest's `pricing:`. */
  env?: NodeJS.ProcessEnv;
  /** The folder a relative SEEDANCE_PRICING file starts from (default the current folder). */
  cwd?: string;
}

export interface LoadResult {
  /** Undefined when any error was found. */
  manifest: ResolvedManifest | undefined;
  diagnostics: Diagnostic[];
  /** The manifest text ('' when it could not be read), for formatDiagnostics. */
  source: string;
}

/** The semantic rules, in the order their findings read best. */
const RULES: readonly Rule[] = [
  uniqueIds,
  fileSafeIds,
  shotReferences,
  noCycles,
  modeExclusivity,
  promptRequired,
  draftRules,
  knownModels,
  modelLimits,
  fieldLimits,
  formatLimits,
  // Before anything reads a file: a file outside the project is never opened.
  filesInProject,
  mediaFiles,
  outputPaths,
  concatRules,
  takeRules,
  dialogueRules,
  budgetNeedsPricing,
];

export async function loadManifest(file: string, options: LoadOptions = {}): Promise<LoadResult> {
  const read = await readManifestText(resolve(file), file, options.maxBytes ?? DEFAULT_MAX_MANIFEST_BYTES);
  if (!read.ok) return { manifest: undefined, diagnostics: [{ severity: 'error', code: read.code, message: read.message, file, line: read.line ?? 1, column: read.column ?? 1 }], source: '' };
  const source = read.source;
  if (source.replace(/#.*$/gm, '').trim() === '') {
    const message = 'The manifest is empty. Start with `version: 1` and a `shots:` list (see manifests/examples/).';
    return { manifest: undefined, diagnostics: [{ severity: 'error', code: 'empty-manifest', message, file, line: 1, column: 1 }], source };
  }
  const parsed = parseYaml(source, file);
  const out = parsed.collector;
  if (!parsed.ok) return { manifest: undefined, diagnostics: sortDiagnostics(out.diagnostics), source };
  checkSchema(parsed.data, out);
  if (!obj(parsed.data)) return { manifest: undefined, diagnostics: sortDiagnostics(out.diagnostics), source };

  const { manifest, media } = resolveManifest(parsed.data, resolve(file), out);
  const pricing = await pricingFromEnv(options.env, options.cwd);
  if (pricing) manifest.pricing = pricing;
  const byId = new Map<string, ResolvedShot>();
  for (const shot of manifest.shots) if (!byId.has(shot.id)) byId.set(shot.id, shot);
  const roots = await findRoots(manifest.dir, options.allowPaths);
  const ctx: RuleContext = { data: parsed.data, manifest, out, media, byId, files: options.files ?? new FileProbe(), roots, outside: new Set() };
  out.startRules();
  for (const rule of RULES) await rule(ctx);

  const diagnostics = sortDiagnostics(out.diagnostics);
  if (hasErrors(diagnostics)) return { manifest: undefined, diagnostics, source };
  expandTakes(manifest, takeSettings(ctx));
  return { manifest, diagnostics, source };
}
