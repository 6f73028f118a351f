// The TypeScript types are generated from the JSON Schema; this fails when they drift apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { generate } from '../../scripts/gen-types.mjs';

describe('manifest schema and types', () => {
  it('src/manifest/manifest.generated.ts matches schemas/manifest.schema.json', async () => {
    const current = readFileSync(new URL('../../src/manifest/manifest.generated.ts', import.meta.url), 'utf8');
    expect(current, 'stale types: run `npm run gen:types`').toBe(await (generate as () => Promise<string>)());
  });
});
