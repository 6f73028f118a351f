// The precompiled validator must match the schema, and must behave like ajv compiling it at run time.
import { readFileSync } from 'node:fs';
import type Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { generateValidator, manifestAjv } from '../../scripts/gen-validator.mjs';
import { validate } from '../../src/manifest/schema-validator.generated.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/manifest.schema.json', import.meta.url), 'utf8')) as object;

describe('schema validator', () => {
  it('src/manifest/schema-validator.generated.ts is up to date with schemas/manifest.schema.json', () => {
    const current = readFileSync(new URL('../../src/manifest/schema-validator.generated.ts', import.meta.url), 'utf8');
    expect(current, 'stale validator: run `node scripts/gen-validator.mjs`').toBe((generateValidator as () => string)());
  });

  it('reports the same errors as ajv compiling the schema', () => {
    const ajv = (manifestAjv as () => Ajv2020.default)();
    const reference = ajv.compile(schema);
    const data = { version: 2, shots: [{ id: 'Bad Id', promt: 'x', duration: '5', first_frame: { shto: 'a' }, reference_images: [] }], concat: { trim: { 'Bad Key': { start: -1 } } } };
    const fast = validate as unknown as ((d: unknown) => boolean) & { errors: unknown[] };
    expect(fast(data)).toBe(false);
    expect(reference(data)).toBe(false);
    expect(fast.errors).toEqual(reference.errors);
  });
});
