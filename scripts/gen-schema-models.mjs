// Writes the parts of schemas/manifest.schema.json that come from the capability table
// (src/models.ts), so the editor's lists cannot drift from what the validator knows:
// - `model` in settings and shot: every model id of MODELS, each with a one-line description
//   (family, wire format, resolutions, durations), and any other string still allowed (an
//   endpoint id ep-…, a model newer than the table);
// - `resolution` and `ratio`: the values of RESOLUTIONS and RATIOS, each described with the
//   models that take it.
// `npm run gen:types` runs it first (scripts/gen-types.mjs). test/editor/schema-models.test.ts
// imports src/models.ts and fails when the schema is stale.
// Usage: node scripts/gen-schema-models.mjs [--check]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url);
const schemaFile = new URL('schemas/manifest.schema.json', root);

/** src/models.ts as a module: transpiled by TypeScript (a devDependency) into a temporary file. */
export async function loadModels() {
  const ts = (await import('typescript')).default;
  const source = readFileSync(new URL('src/models.ts', root), 'utf8');
  if (/^\s*import\s+(?!type\b)/m.test(source)) {
    throw new Error('src/models.ts imports another module at run time; teach scripts/gen-schema-models.mjs to load it');
  }
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  const dir = mkdtempSync(join(tmpdir(), 'seedance-models-'));
  try {
    const file = join(dir, 'models.mjs');
    writeFileSync(file, outputText);
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const FORMAT = { native: 'native format', openai: '`api: openai`' };

/** "2.0-fast" → "Seedance 2.0 fast", "1.0-lite-i2v" → "Seedance 1.0 lite (image to video)". */
export function familyName(family) {
  const words = family.split('-').map((w) => ({ t2v: ' (text to video)', i2v: ' (image to video)' })[w] ?? ` ${w}`);
  return `Seedance${words.join('')}`;
}

function range(a, b) {
  return a === b ? `${a}` : `${a}–${b}`;
}

/** One line a person choosing a model can go by. */
export function modelLine(m) {
  const seconds = `${range(m.duration.min, m.duration.max)} s${m.duration.auto ? ' or auto (-1)' : ''}${m.frames ? ' or frames' : ''}`;
  const where = m.gatewayLimits ? 'gateway name' : m.id.startsWith('dreamina-') ? 'BytePlus id' : 'official id';
  const parts = [
    `**${familyName(m.family)}**`,
    `${where}, ${FORMAT[m.api] ?? m.api}`,
    m.api === 'openai' ? `up to ${m.resolutions[m.resolutions.length - 1]}` : m.resolutions.join('/'),
    seconds,
  ];
  if (m.generateAudio) parts.push('audio');
  if (m.textOnly) parts.push('text only');
  if (m.imageRequired) parts.push('needs an image');
  if (m.draft) parts.push('drafts');
  if (m.referenceVideos > 0) parts.push('reference videos');
  return parts.join(' · ');
}

/** The model families (native format) that take a value: "every model", or "2.0 (official ids), 1.5 pro". */
function familiesTaking(models, accepts) {
  const native = models.filter((m) => m.api === 'native');
  if (native.every(accepts)) return 'every model';
  const families = [...new Set(native.map((m) => m.family))];
  const names = [];
  for (const family of families) {
    const ids = native.filter((m) => m.family === family);
    const taking = ids.filter(accepts);
    if (taking.length === 0) continue;
    const name = familyName(family).replace(/^Seedance /, '');
    if (taking.length === ids.length) names.push(name);
    else if (taking.every((m) => !m.gatewayLimits)) names.push(`${name} (official ids)`);
    else names.push(`${name} (${taking.map((m) => m.id).join(', ')})`);
  }
  return names.length ? names.join(', ') : 'no model in the table';
}

function takenBy(models, accepts) {
  const families = familiesTaking(models, accepts);
  return families === 'every model' ? 'Every model.' : `Models: ${families}.`;
}

const RESOLUTION_LEAD = {
  '480p': 'The cheapest; every draft is 480p.',
  '720p': 'The default.',
  '1080p': 'Full HD.',
  '4k': 'The most detailed and the dearest; H.265.',
};
const RATIO_LEAD = {
  '16:9': 'Landscape, the default.',
  '4:3': 'Classic TV.',
  '1:1': 'Square.',
  '3:4': 'Portrait photo.',
  '9:16': 'Vertical, for phones.',
  '21:9': 'Cinema wide screen.',
  adaptive: 'Follows the first frame or reference image.',
};

/** The schema with its generated parts replaced; everything else is kept as it is. */
export function applyModels(schema, { MODELS, RESOLUTIONS, RATIOS }) {
  const next = structuredClone(schema);
  const ids = MODELS.map((m) => m.id);
  const model = {
    anyOf: [
      { enum: ids, markdownEnumDescriptions: MODELS.map(modelLine) },
      { type: 'string', minLength: 1 },
    ],
  };
  const resolution = {
    enum: [...RESOLUTIONS],
    markdownEnumDescriptions: RESOLUTIONS.map((r) => `${RESOLUTION_LEAD[r] ?? ''} ${takenBy(MODELS, (m) => m.resolutions.includes(r))}`.trim()),
  };
  const ratio = {
    enum: [...RATIOS],
    markdownEnumDescriptions: RATIOS.map((r) => `${RATIO_LEAD[r] ?? ''} ${takenBy(MODELS, (m) => m.ratios.includes(r))}`.trim()),
  };
  for (const def of ['settings', 'shot']) {
    const props = next.$defs[def].properties;
    props.model = replaceValue(props.model, model);
    props.resolution = replaceValue(props.resolution, resolution);
    props.ratio = replaceValue(props.ratio, ratio);
  }
  return next;
}

/** Keep a property's annotations (title, descriptions, snippets), replace what it accepts. */
function replaceValue(property, value) {
  const { title, description, markdownDescription, defaultSnippets } = property;
  return JSON.parse(JSON.stringify({ title, description, markdownDescription, defaultSnippets, ...value }));
}

export function schemaText(schema) {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Rewrite the schema file; returns true when it changed. */
export async function writeSchemaModels() {
  const current = readFileSync(schemaFile, 'utf8');
  const text = schemaText(applyModels(JSON.parse(current), await loadModels()));
  if (text === current) return false;
  writeFileSync(schemaFile, text);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--check')) {
    const current = readFileSync(schemaFile, 'utf8');
    if (schemaText(applyModels(JSON.parse(current), await loadModels())) !== current) {
      console.error('schemas/manifest.schema.json is stale: run npm run gen:types');
      process.exit(1);
    }
  } else {
    await writeSchemaModels();
  }
}
