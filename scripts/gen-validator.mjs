// Generates src/manifest/schema-validator.generated.ts: the manifest schema compiled ahead of time
// by ajv (2020-12, allErrors) into plain code. Compiling at start-up costs about 90 ms (import and
// compile), which alone would break the 150 ms budget of `seedance validate`; the generated module
// loads in a few. test/manifest/schema-validator.test.ts fails when it is stale.
// Usage: node scripts/gen-validator.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';

const root = new URL('..', import.meta.url);

/**
 * Keywords editors read (yaml-language-server, VS Code) that JSON Schema does not define. Known to
 * ajv as annotations, so strict mode still refuses a misspelt keyword.
 */
export const EDITOR_KEYWORDS = ['markdownDescription', 'markdownEnumDescriptions', 'enumDescriptions', 'defaultSnippets', 'errorMessage', 'patternErrorMessage'];

/** An ajv for the manifest schema: 2020-12, all errors, strict, with the editor keywords. */
export function manifestAjv(options = {}) {
  const ajv = new Ajv2020.default({ allErrors: true, strict: true, ...options });
  ajv.addVocabulary(EDITOR_KEYWORDS);
  return ajv;
}

/** The schema without the editor's keywords: what the validator's messages need (allowed keys). */
function withoutEditorKeywords(node) {
  if (Array.isArray(node)) return node.map(withoutEditorKeywords);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(Object.entries(node).filter(([key]) => !EDITOR_KEYWORDS.includes(key)).map(([key, value]) => [key, withoutEditorKeywords(value)]));
}

const target = new URL('src/manifest/schema-validator.generated.ts', root);

export function generateValidator() {
  const schema = JSON.parse(readFileSync(new URL('schemas/manifest.schema.json', root), 'utf8'));
  const ajv = manifestAjv({ code: { source: true, esm: true, lines: true } });
  const code = standalone.default(ajv, ajv.compile(schema));
  // ajv's ESM output still calls require() for its small runtime helpers.
  const body = code.replace(/^"use strict";/, '');
  return [
    '/* Generated from schemas/manifest.schema.json by `node scripts/gen-validator.mjs`. Do not edit. */',
    '// @ts-nocheck',
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
    body,
    '',
    '/** The schema itself, for explaining errors (allowed keys). */',
    `export const manifestSchema = ${JSON.stringify(withoutEditorKeywords(schema))};`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = generateValidator();
  if (process.argv.includes('--check')) {
    if (readFileSync(target, 'utf8') !== text) {
      console.error('src/manifest/schema-validator.generated.ts is stale: run node scripts/gen-validator.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(target, text);
  }
}
