// Imports point one way: every import of every file under src/ is checked against the layer table
// (scripts/layers.mjs), as promptfoo's architecture check does. eslint enforces the same table
// while editing; this test also covers src/index.ts and dynamic imports, and cannot be switched
// off by a comment.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LAYERS, PACKAGE_OWNERS } from '../scripts/layers.mjs';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const layers = LAYERS;
const owners = PACKAGE_OWNERS;

async function sources(dir = SRC): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? sources(join(dir, e.name)) : Promise.resolve(e.name.endsWith('.ts') ? [join(dir, e.name)] : []))));
  return nested.flat();
}

/** The part of src/ a file belongs to: its top folder, or its own name for a top-level file. */
function partOf(file: string): string {
  const [first = ''] = relative(SRC, file).split(sep);
  return first;
}

/** Every module a file imports: static imports and exports, type-only ones too, and dynamic imports. */
function specifiers(text: string): string[] {
  const found = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?\sfrom\s+'([^']+)'/g), ...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g), ...text.matchAll(/(?:^|\n)\s*import\s+'([^']+)'/g)];
  return found.map((m) => m[1] as string);
}

const files = await sources();
const imports = await Promise.all(
  files.map(async (file) => ({ file, part: partOf(file), specifiers: specifiers(await readFile(file, 'utf8')) })),
);

describe('the import graph of src/', () => {
  it('has a layer for every part of src/', () => {
    const parts = [...new Set(files.map(partOf))].sort();
    expect(parts.filter((part) => !(part in layers))).toEqual([]);
  });

  it('points down the layers: no file imports a part its own part may not', () => {
    const wrong: string[] = [];
    for (const { file, part, specifiers: specs } of imports) {
      const allowed = new Set([part, ...(layers[part] ?? [])]);
      for (const spec of specs) {
        if (!spec.startsWith('.')) continue;
        const target = partOf(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
        if (!allowed.has(target)) wrong.push(`${relative(SRC, file)} imports ${spec} (src/${target})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps undici in src/api and execa in src/media', () => {
    const wrong = imports.flatMap(({ file, part, specifiers: specs }) =>
      specs.filter((spec) => spec in owners && owners[spec] !== part).map((spec) => `${relative(SRC, file)} imports ${spec}`),
    );
    expect(wrong).toEqual([]);
    // ...and the owners do use them, so the rule is not vacuous.
    for (const [name, owner] of Object.entries(owners)) expect(imports.some((i) => i.part === owner && i.specifiers.includes(name)), name).toBe(true);
  });

  it('as the issue put it: nothing below report/ and cli/ imports them; plan does not import api', () => {
    const below = ['run', 'plan', 'api', 'state', 'media', 'assemble', 'manifest', 'core', 'wire'];
    for (const part of below) {
      expect(layers[part], part).not.toContain('report');
      expect(layers[part], part).not.toContain('cli');
    }
    expect(layers.plan).not.toContain('api');
    expect(layers.media).not.toContain('assemble');
    expect(layers.run).not.toContain('report');
  });

  it('sees a violation when there is one (the scan itself is checked)', () => {
    expect(specifiers("import { a } from '../report/x.js';\nimport type { B } from '../cli/y.js';\nconst c = await import('../api/z.js');")).toEqual(['../report/x.js', '../cli/y.js', '../api/z.js']);
    expect(partOf(resolve(SRC, 'run', '../report/x.ts'))).toBe('report');
  });
});
