// Generates src/manifest/manifest.generated.ts from schemas/manifest.schema.json (after writing the
// schema's model lists from src/models.ts, see gen-schema-models.mjs), so the
// TypeScript types cannot drift from the schema. test/manifest/schema-types.test.ts fails when
// the checked-in file is stale. Usage: npm run gen:types [-- --check]
import { readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';
import { writeSchemaModels } from './gen-schema-models.mjs';

const root = new URL('..', import.meta.url);
const schemaFile = new URL('schemas/manifest.schema.json', root);
const target = new URL('src/manifest/manifest.generated.ts', root);

/**
 * The schema as json-schema-to-typescript should see it. Every key has a title for the editor's
 * hover ("Duration (seconds)"), but a title makes a named type; only objects (and $defs) keep
 * theirs (objects with properties), the names the code uses (Shot, GenerationSettings, MusicBed, ...);
 * a definition without one is named after its key (shotOutput: ShotOutput). The editor's own
 * keywords are left out too.
 */
export function forTypes(node, isDef = false) {
  if (Array.isArray(node)) return node.map((item) => forTypes(item));
  if (typeof node !== 'object' || node === null) return node;
  const out = {};
  // `items` inside allOf (see the schema's `shots`) is the same list for the types.
  if (node.type === 'array' && !node.items && Array.isArray(node.allOf) && node.allOf.length === 1 && node.allOf[0].items) {
    const { allOf, ...rest } = node;
    return forTypes({ ...rest, items: allOf[0].items });
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'title' && !isDef && !(node.type === 'object' && node.properties)) continue;
    if (EDITOR_ONLY.has(key)) continue;
    if (key === '$defs') out[key] = Object.fromEntries(Object.entries(value).map(([name, def]) => [name, forTypes({ title: pascal(name), ...def }, true)]));
    else if (key === 'properties') out[key] = Object.fromEntries(Object.entries(value).map(([name, prop]) => [name, forTypes(prop)]));
    else out[key] = forTypes(value);
  }
  return out;
}

/** A $defs key as a type name: shotOutput → ShotOutput (for the definitions that have no title). */
function pascal(name) {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

const EDITOR_ONLY = new Set(['markdownDescription', 'markdownEnumDescriptions', 'enumDescriptions', 'defaultSnippets', 'errorMessage', 'patternErrorMessage']);

export async function generate() {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
  // Without $id the root type takes the name given here.
  const { $id: _id, ...rest } = forTypes(schema, true);
  return compile(rest, 'Manifest', {
    bannerComment: '/* Generated from schemas/manifest.schema.json by `npm run gen:types`. Do not edit. */',
    additionalProperties: false,
    unreachableDefinitions: false,
    ignoreMinAndMaxItems: true,
    style: { singleQuote: true },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // The model, resolution and ratio lists come from src/models.ts (not under --check: that only reads).
  if (!process.argv.includes('--check') && (await writeSchemaModels())) console.log('schemas/manifest.schema.json: model lists updated from src/models.ts');
  const text = await generate();
  if (process.argv.includes('--check')) {
    if (readFileSync(target, 'utf8') !== text) {
      console.error('src/manifest/manifest.generated.ts is stale: run npm run gen:types');
      process.exit(1);
    }
  } else {
    writeFileSync(target, text);
  }
}
