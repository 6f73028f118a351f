// Generates src/manifest/manifest.generated.ts from schemas/manifest.schema.json, so the
// TypeScript types cannot drift from the schema. test/manifest/schema-types.test.ts fails when
// the checked-in file is stale. Usage: npm run gen:types [-- --check]
import { readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';

const root = new URL('..', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('schemas/manifest.schema.json', root), 'utf8'));
const target = new URL('src/manifest/manifest.generated.ts', root);

export async function generate() {
  // Without $id the root type takes the name given here.
  const { $id: _id, ...rest } = schema;
  return compile(rest, 'Manifest', {
    bannerComment: '/* Generated from schemas/manifest.schema.json by `npm run gen:types`. Do not edit. */',
    additionalProperties: false,
    unreachableDefinitions: false,
    ignoreMinAndMaxItems: true,
    style: { singleQuote: true },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
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
