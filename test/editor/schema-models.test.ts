// The schema's model, resolution and ratio lists are generated from the capability table
// (scripts/gen-schema-models.mjs, run by `npm run gen:types`); this fails when they are stale,
// and checks the schema's editor annotations that the language-server test relies on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as models from '../../src/models.js';
import { SCHEMA_FILE } from './lsp-client.js';
// @ts-expect-error: a plain .mjs script without type declarations
import { applyModels, familyName, modelLine, schemaText } from '../../scripts/gen-schema-models.mjs';

type Json = Record<string, unknown>;
const text = readFileSync(SCHEMA_FILE, 'utf8');
const schema = JSON.parse(text) as Json;
const defs = schema.$defs as Record<string, { properties: Record<string, Json> }>;

describe('schema lists from the capability table', () => {
  it('schemas/manifest.schema.json lists what src/models.ts has (run `npm run gen:types` when this fails)', () => {
    expect(text).toBe((schemaText as (s: unknown) => string)((applyModels as (s: unknown, m: unknown) => unknown)(schema, models)));
  });

  it.each(['settings', 'shot'])('%s.model: every model id with its line, and any other string', (def) => {
    const model = defs[def]!.properties.model as { anyOf: Json[] };
    expect(model.anyOf[0]).toEqual({ enum: models.MODELS.map((m) => m.id), markdownEnumDescriptions: models.MODELS.map((m) => (modelLine as (m: unknown) => string)(m)) });
    expect(model.anyOf[1]).toEqual({ type: 'string', minLength: 1 });
  });

  it('a model line is one line, from the table', () => {
    for (const m of models.MODELS) {
      const line = (modelLine as (m: unknown) => string)(m);
      expect(line).not.toContain('\n');
      expect(line).toContain((familyName as (f: string) => string)(m.family));
      expect(line).toContain(`${m.duration.min}–${m.duration.max} s`);
    }
    expect((familyName as (f: string) => string)('1.0-lite-i2v')).toBe('Seedance 1.0 lite (image to video)');
  });
});

describe('schema annotations for editors', () => {
  /** Every property schema with its path. */
  function properties(node: unknown, path: string, out: [string, Json][] = []): [string, Json][] {
    if (Array.isArray(node)) node.forEach((n, i) => properties(n, `${path}[${i}]`, out));
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node as Json)) {
        if (key === 'defaultSnippets' || key === 'enum' || key === 'markdownEnumDescriptions') continue;
        if (key === 'properties') for (const [name, prop] of Object.entries(value as Json)) out.push([`${path}.${name}`, prop as Json]);
        properties(value, `${path}.${key}`, out);
      }
    }
    return out;
  }

  it('every key has a title, a plain description and a markdown description; backticks only in markdown, never escaped', () => {
    const problems: string[] = [];
    for (const [path, prop] of properties(schema, '')) {
      if (typeof prop.title !== 'string') problems.push(`${path}: no title`);
      if (typeof prop.description !== 'string') problems.push(`${path}: no description`);
      if (typeof prop.markdownDescription !== 'string') problems.push(`${path}: no markdownDescription`);
      if (String(prop.description).includes('`')) problems.push(`${path}: backticks in the plain description`);
      if (/\\`/.test(String(prop.markdownDescription))) problems.push(`${path}: escaped backticks`);
    }
    expect(problems).toEqual([]);
  });

  it('every list of values describes each value', () => {
    const problems: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}[${i}]`));
      else if (node && typeof node === 'object') {
        const n = node as Json;
        if (Array.isArray(n.enum)) {
          const docs = n.markdownEnumDescriptions;
          if (!Array.isArray(docs) || docs.length !== n.enum.length || docs.some((d) => typeof d !== 'string' || d.trim() === '')) problems.push(`${path}: enum without a markdownEnumDescription for each value`);
        }
        for (const [key, value] of Object.entries(n)) if (key !== 'defaultSnippets') walk(value, `${path}.${key}`);
      }
    };
    walk(schema, '');
    expect(problems).toEqual([]);
  });

  it('settings and shot describe the keys they share the same way', () => {
    const settings = defs.settings!.properties;
    const shot = defs.shot!.properties;
    for (const key of Object.keys(settings)) expect(shot[key], key).toEqual(settings[key]);
  });

  it('no `default` keyword: yaml-language-server would insert it into every new shot and settings block', () => {
    expect(text).not.toMatch(/"default":/);
  });
});
