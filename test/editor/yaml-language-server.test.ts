// Editor support, checked in the editor's own language server: Red Hat's yaml-language-server (the
// engine of VS Code's YAML extension and of most other editors' YAML support) is started over stdio
// with schemas/manifest.schema.json mapped to the test documents, and asked what a person would see:
// hover on every key, completion of values and keys, the snippets, and the errors it publishes.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODELS, RATIOS, RESOLUTIONS } from '../../src/models.js';
import { loadYaml } from '../manifest/helpers.js';
import { SCHEMA_FILE, SCHEMA_URL, YamlLanguageServer, documentation, hoverText, insertion, type CompletionItem, type Position } from './lsp-client.js';

const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as SchemaNode;
const examplesDir = fileURLToPath(new URL('../../manifests/examples/', import.meta.url));

// Documents live only in the server's memory; their names match the mapping below.
let docCount = 0;
function docUri(): string {
  docCount += 1;
  return pathToFileURL(`/tmp/seedance-editor-test/story-${docCount}.seedance.yaml`).href;
}

let server: YamlLanguageServer;

beforeAll(async () => {
  // As in VS Code's settings.json: "yaml.schemas": { "<schema URL>": "*.seedance.yaml" }.
  server = await YamlLanguageServer.start({ schemas: { [SCHEMA_URL]: '*.seedance.yaml' } });
}, 60_000);

afterAll(async () => {
  // A clean shutdown: shutdown, exit, and the process ends with 0.
  expect(await server.shutdown()).toBe(0);
}, 30_000);

// --- the schema, only to know what each key's own text is --------------------------------------

interface SchemaNode {
  $ref?: string;
  title?: string;
  description?: string;
  markdownDescription?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  allOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  [key: string]: unknown;
}

function deref(node: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  const target = node.$ref.replace(/^#\//, '').split('/').reduce<SchemaNode>((n, part) => n[part] as SchemaNode, schema);
  const { $ref: _ref, ...siblings } = node;
  return { ...deref(target), ...siblings };
}

/** The schema a key's value is checked against, or undefined. */
function childSchema(parent: SchemaNode, key: string | number): SchemaNode | undefined {
  const node = deref(parent);
  if (typeof key === 'number') {
    const items = node.items ?? node.allOf?.find((s) => s.items)?.items;
    return items ? deref(items) : undefined;
  }
  const own = node.properties?.[key];
  if (own) return deref(own);
  for (const branch of [...(node.oneOf ?? []), ...(node.anyOf ?? [])]) {
    const found = childSchema(branch, key);
    if (found) return found;
  }
  if (typeof node.additionalProperties === 'object') return deref(node.additionalProperties);
  return undefined;
}

interface KeyAt {
  path: string;
  position: Position;
  schema: SchemaNode;
  parent: SchemaNode;
}

/** Every mapping key of a YAML text, with its position and the schema of its value. */
function keysOf(text: string): KeyAt[] {
  const doc = parseDocument(text, { keepSourceTokens: true });
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => (m.index ?? 0) + 1)];
  const positionAt = (offset: number): Position => {
    const line = lineStarts.filter((start) => start <= offset).length - 1;
    return { line, character: offset - (lineStarts[line] ?? 0) };
  };
  const found: KeyAt[] = [];
  const walk = (node: YamlNode | null | undefined, nodeSchema: SchemaNode, path: string): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const keySchema = childSchema(nodeSchema, key);
        if (!keySchema) throw new Error(`no schema for ${path}.${key}`);
        const [start] = pair.key.range ?? [0];
        // Hover in the middle of the key, as a person pointing at it would.
        found.push({ path: `${path}.${key}`, position: positionAt(start + Math.floor(key.length / 2)), schema: keySchema, parent: deref(nodeSchema) });
        walk(pair.value as YamlNode, keySchema, `${path}.${key}`);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const itemSchema = childSchema(nodeSchema, i);
        if (itemSchema) walk(item as YamlNode, itemSchema, `${path}[${i}]`);
      });
    }
  };
  walk(doc.contents as YamlNode, schema, '');
  return found;
}

// --- snippets as an editor expands them ----------------------------------------------------------

/** The text a snippet leaves once accepted with its placeholders as they are. */
function expandSnippet(text: string): string {
  return text
    .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '');
}

/**
 * The document after accepting a completion at `at`: the item's text replaces its range (or goes
 * in at the cursor), new lines indented like the cursor's line (LSP's adjustIndentation, what
 * VS Code does), placeholders kept as written.
 */
function accept(text: string, at: Position, item: CompletionItem & { textEdit?: { newText: string; range?: { start: Position; end: Position } } }): string {
  const lines = text.split('\n');
  const offsetOf = (p: Position): number => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const range = item.textEdit?.range ?? { start: at, end: at };
  const indent = /^\s*/.exec(lines[at.line] ?? '')?.[0] ?? '';
  const inserted = expandSnippet(insertion(item)).split('\n').join(`\n${indent}`);
  return text.slice(0, offsetOf(range.start)) + inserted + text.slice(offsetOf(range.end));
}

function endOf(text: string): Position {
  const lines = text.split('\n');
  return { line: lines.length - 1, character: (lines[lines.length - 1] ?? '').length };
}

async function completeAtEnd(text: string): Promise<{ uri: string; items: CompletionItem[]; at: Position }> {
  const uri = docUri();
  server.open(uri, text);
  const at = endOf(text);
  return { uri, items: await server.completion(uri, at), at };
}

/** Errors the project's own validator finds in a manifest text (schema and rules). */
async function manifestErrors(text: string): Promise<string[]> {
  const result = await loadYaml(text, { 'images/hero.png': Buffer.alloc(0) });
  return result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`);
}

// A storyboard with every key the schema has (values valid for the schema).
const EVERY_KEY = `version: 1
name: kitchen-sink
api: native
base_url: https://api.example.com
output: out/sink
store: .seedance/store
concurrency: 3
pricing:
  currency: USD
  per_million_tokens:
    doubao-seedance-2.0: 7.0
    doubao-seedance-2-fast: { 480p: 3.0, 720p: 5.6, 1080p: 6.0, 4k: 9.0 }
  with_video_input:
    doubao-seedance-2.0: 4.0
    doubao-seedance-2-fast: { 480p: 2.0, 720p: 3.0, 1080p: 4.0, 4k: 5.0 }
budget:
  max: 20
defaults:
  model: doubao-seedance-2.0
  resolution: 720p
  ratio: "16:9"
  duration: 5
  seed: 7
  generate_audio: true
  watermark: false
  return_last_frame: false
  camera_fixed: false
  service_tier: default
  execution_expires_after: 3600
  frames: 29
  priority: 1
  tools:
    - type: web_search
  safety_identifier: abc123
  callback_url: https://example.com/hook
  size: 1280x720
  takes: 2
  refusals: 1
shots:
  - id: opening
    prompt: A kitten wakes up
    dialogue:
      - Good morning
      - { line: Is the kettle on?, speaker: Anna, language: en, start: 1, end: 3 }
    model: doubao-seedance-2-0-260128
    resolution: 1080p
    ratio: "9:16"
    duration: 6
    seed: 8
    generate_audio: false
    watermark: true
    return_last_frame: true
    camera_fixed: true
    service_tier: flex
    execution_expires_after: 7200
    frames: 33
    priority: 2
    tools: [{ type: web_search }]
    safety_identifier: def456
    callback_url: https://example.com/other
    size: 1920x1080
    draft: true
    first_frame: images/hero.png
    last_frame: images/hero.png
    retries: 1
    takes: 3
    take: 2
    refusals: 2
  - id: garden
    from_draft: opening
    reference_images: [images/hero.png, { shot: opening }]
    reference_videos: [{ shot: opening }]
    reference_audio: [audio/jingle.mp3, { shot: opening }]
  - id: window
    first_frame: { shot: garden }
    last_frame: { shot: opening }
concat:
  output: film.mp4
  shots: [garden, window]
  transition: { type: crossfade, duration: 1 }
  trim:
    garden: { start: 0.5, end: 4 }
  audio: { file: audio/theme.mp3, volume: 0.3 }
  loudness: -16
  size: 1920x1080
  export: [mlt, otio]
`;

/** Every object key the schema defines, as path patterns (`*` for any name, `[]` for list items). */
function schemaKeys(node: SchemaNode, path: string, out: Set<string>, seen = new Set<SchemaNode>()): Set<string> {
  const n = deref(node);
  if (seen.has(n)) return out;
  seen.add(n);
  for (const [key, child] of Object.entries(n.properties ?? {})) {
    out.add(`${path}.${key}`);
    schemaKeys(child, `${path}.${key}`, out, seen);
  }
  if (typeof n.additionalProperties === 'object') {
    out.add(`${path}.*`);
    schemaKeys(n.additionalProperties, `${path}.*`, out, seen);
  }
  const items = n.items ?? n.allOf?.find((s) => s.items)?.items;
  if (items) schemaKeys(items, `${path}[]`, out, seen);
  for (const branch of [...(n.oneOf ?? []), ...(n.anyOf ?? [])]) schemaKeys(branch, path, out, seen);
  return out;
}

describe('hover (yaml-language-server)', () => {
  it('the test storyboard has every key of the schema', () => {
    const written = new Set(keysOf(EVERY_KEY).map((k) => k.path.replace(/\[\d+\]/g, '[]')));
    const wildcard = (p: string): string => p.replace(/\.per_million_tokens\.[^.]+/, '.per_million_tokens.*').replace(/\.with_video_input\.[^.]+/, '.with_video_input.*').replace(/\.trim\.[^.]+/, '.trim.*');
    const covered = new Set([...written].map(wildcard));
    const missing = [...schemaKeys(schema, '', new Set())].filter((k) => !covered.has(k.replace(/\$defs\.settings/, 'defaults')));
    expect(missing, 'add these keys to EVERY_KEY').toEqual([]);
  });

  it("shows each key's own title and markdown description, never its parent's, and nothing escaped", async () => {
    const uri = docUri();
    server.open(uri, EVERY_KEY);
    const problems: string[] = [];
    for (const key of keysOf(EVERY_KEY)) {
      const text = hoverText(await server.hover(uri, key.position));
      const own = key.schema.markdownDescription;
      if (!own) {
        problems.push(`${key.path}: the schema has no markdownDescription for it; the hover shows ${JSON.stringify(text.slice(0, 80))}`);
        continue;
      }
      if (!key.schema.title) problems.push(`${key.path}: no title of its own`);
      else if (!text.startsWith(`#### ${key.schema.title}\n`)) problems.push(`${key.path}: hover title is not "${key.schema.title}": ${JSON.stringify(text.split('\n')[0])}`);
      if (key.parent.title && key.parent.title !== key.schema.title && text.startsWith(`#### ${key.parent.title}\n`)) problems.push(`${key.path}: shows its parent's title ${key.parent.title}`);
      if (!text.includes(own)) problems.push(`${key.path}: hover lacks its own markdownDescription: ${JSON.stringify(text.slice(0, 120))}`);
      if (/\\[`*_{}[\]#+!]/.test(text)) problems.push(`${key.path}: escaped markdown in the hover: ${JSON.stringify(text.slice(0, 120))}`);
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it('markdown descriptions keep their backticks as code, and the plain description stays for other tools', () => {
    const uri = docUri();
    server.open(uri, 'version: 1\nshots:\n  - id: a\n    seed: 4\n');
    return server.hover(uri, { line: 3, character: 6 }).then((hover) => {
      const text = hoverText(hover);
      expect(text).toContain('`seedance pin`');
      expect(text).not.toContain('\\`');
      const seed = (schema.$defs as Record<string, SchemaNode>).shot?.properties?.seed;
      expect(seed?.description).toMatch(/seedance pin/);
      expect(seed?.description).not.toContain('`');
    });
  });
});

describe('completion (yaml-language-server)', () => {
  it.each(['defaults:\n  model: ', 'shots:\n  - id: a\n    model: '])('offers every model of the capability table with a one-line description (%j)', async (tail) => {
    const { items } = await completeAtEnd(`version: 1\n${tail}`);
    for (const model of MODELS) {
      const item = items.find((i) => i.label === model.id);
      expect(item, `${model.id} offered`).toBeDefined();
      const doc = documentation(item!);
      expect(doc, `${model.id} described`).toMatch(/\S/);
      expect(doc, `${model.id}: one line`).not.toContain('\n');
    }
    // The descriptions come from the table: a model's resolutions are in its line.
    for (const model of MODELS.filter((m) => m.api === 'native')) {
      expect(documentation(items.find((i) => i.label === model.id)!)).toContain(model.resolutions.join('/'));
    }
  });

  it('documents each resolution and each ratio on its own', async () => {
    for (const [key, values] of [['resolution', RESOLUTIONS], ['ratio', RATIOS]] as const) {
      const { items } = await completeAtEnd(`version: 1\nshots:\n  - id: a\n    ${key}: `);
      const docs = values.map((value) => {
        const item = items.find((i) => i.label === value || i.label === `"${value}"`);
        expect(item, `${key} ${value} offered`).toBeDefined();
        return documentation(item!);
      });
      for (const [i, doc] of docs.entries()) expect(doc, `${key} ${values[i]} described`).toMatch(/\S/);
      expect(new Set(docs).size, `each ${key} has a description of its own`).toBe(values.length);
    }
  });

  it.each([
    ['first_frame', '    first_frame: '],
    ['last_frame', '    first_frame: images/hero.png\n    last_frame: '],
    ['reference_images item', '    reference_images:\n      - '],
    ['reference_videos item', '    reference_videos:\n      - '],
    ['reference_audio item', '    reference_audio:\n      - '],
  ])('%s offers { shot: … }', async (_slot, tail) => {
    const head = 'version: 1\nshots:\n  - id: opening\n    prompt: A kitten\n  - id: next\n';
    const { items, at } = await completeAtEnd(head + tail);
    const item = items.find((i) => /^\{ shot: /.test(insertion(i)));
    expect(item, `offered: ${items.map((i) => i.label).join(', ')}`).toBeDefined();
    expect(item!.insertTextFormat, 'a snippet').toBe(2);
    // Accepted and filled in with the first shot's id, the storyboard is valid.
    const filled = accept(head + tail, at, item!).replace('previous-shot', 'opening');
    const doc = parseDocument(filled).toJS() as { shots: Record<string, unknown>[] };
    expect(JSON.stringify(doc.shots[1])).toContain('{"shot":"opening"}');
  });
});

describe('snippets (yaml-language-server)', () => {
  const DEFAULTS_AND_ZEROES = /\b(seed: -1|watermark: false|retries: 0|refusals: 0|takes: 1|draft: false|return_last_frame: false|execution_expires_after|duration: 0|frames: 0|priority: 0)\b/;

  it('a new storyboard: version 1 and a first shot with an id and a prompt, nothing else', async () => {
    const { items, at } = await completeAtEnd('');
    const item = items.find((i) => /storyboard/i.test(i.label));
    expect(item, `offered: ${items.map((i) => i.label).join(', ')}`).toBeDefined();
    const text = accept('', at, item!);
    expect(text).not.toMatch(DEFAULTS_AND_ZEROES);
    expect(parseDocument(text).toJS()).toEqual({ version: 1, shots: [{ id: expect.any(String), prompt: expect.any(String) }] });
    expect(await manifestErrors(text)).toEqual([]);
  });

  it('the `shots` key: a first shot with an id and a prompt, no defaults', async () => {
    const { items, at } = await completeAtEnd('version: 1\n');
    const item = items.find((i) => i.label === 'shots');
    expect(item).toBeDefined();
    const text = accept('version: 1\n', at, item!);
    expect(text).not.toMatch(DEFAULTS_AND_ZEROES);
    expect(parseDocument(text).toJS()).toEqual({ version: 1, shots: [{ id: expect.any(String), prompt: expect.any(String) }] });
    expect(await manifestErrors(text)).toEqual([]);
  });

  it('a shot and a chained shot after the first: ids and prompts, the chained one starting on the shot before', async () => {
    const head = 'version: 1\nshots:\n  - id: opening\n    prompt: A kitten wakes up\n  - ';
    const { items, at } = await completeAtEnd(head);
    const shot = items.find((i) => i.label === 'Shot');
    const chained = items.find((i) => /chained/i.test(i.label));
    expect(shot, `offered: ${items.map((i) => i.label).join(', ')}`).toBeDefined();
    expect(chained).toBeDefined();

    const withShot = accept(head, at, shot!);
    expect(withShot).not.toMatch(DEFAULTS_AND_ZEROES);
    const second = (parseDocument(withShot).toJS() as { shots: unknown[] }).shots[1];
    expect(second).toEqual({ id: expect.any(String), prompt: expect.any(String) });
    expect(await manifestErrors(withShot)).toEqual([]);

    const withChained = accept(head, at, chained!);
    expect(withChained).not.toMatch(DEFAULTS_AND_ZEROES);
    const next = (parseDocument(withChained).toJS() as { shots: unknown[] }).shots[1];
    expect(next).toEqual({ id: expect.any(String), prompt: expect.any(String), first_frame: { shot: 'opening' } });
    expect(await manifestErrors(withChained)).toEqual([]);
  });

  it('a concat section: the film order and a transition, valid as inserted', async () => {
    const head = 'version: 1\nshots:\n  - id: opening\n    prompt: A kitten wakes up\n  - id: close-up\n    prompt: Its paw\n';
    const { items, at } = await completeAtEnd(head);
    const item = items.find((i) => /concat/i.test(i.label) && /\bshots\b/.test(insertion(i)));
    expect(item, `offered: ${items.map((i) => `${i.label} ${JSON.stringify(insertion(i))}`).join(', ')}`).toBeDefined();
    const text = accept(head, at, item!);
    const concat = (parseDocument(text).toJS() as { concat: unknown }).concat;
    expect(concat).toEqual({ shots: ['opening', 'close-up'], transition: { type: 'crossfade', duration: expect.any(Number) } });
    expect(await manifestErrors(text)).toEqual([]);
  });

  it.each([
    ['the top level', 'version: 1\nshots:\n  - id: a\n    prompt: x\n', ''],
    ['a shot', 'version: 1\nshots:\n  - id: a\n    prompt: x\n', '    '],
    ['defaults', 'version: 1\nshots:\n  - id: a\n    prompt: x\ndefaults:\n', '  '],
    ['concat', 'version: 1\nshots:\n  - id: a\n    prompt: x\nconcat:\n', '  '],
    ['a transition', 'version: 1\nshots:\n  - id: a\n    prompt: x\nconcat:\n  transition:\n', '    '],
    ['a trim', 'version: 1\nshots:\n  - id: a\n    prompt: x\nconcat:\n  trim:\n    a:\n', '      '],
    ['a music bed', 'version: 1\nshots:\n  - id: a\n    prompt: x\nconcat:\n  audio:\n', '    '],
    ['budget', 'version: 1\nshots:\n  - id: a\n    prompt: x\nbudget:\n', '  '],
    ['a price table', 'version: 1\nshots:\n  - id: a\n    prompt: x\npricing:\n  currency: USD\n', '  '],
    ['a price by resolution', 'version: 1\nshots:\n  - id: a\n    prompt: x\npricing:\n  currency: USD\n  per_million_tokens:\n    doubao-seedance-2.0:\n', '      '],
  ])('completing a key in %s inserts no value for the person to undo (no default, no 0)', async (_where, head, indent) => {
    const text = head + indent;
    const { items, at } = await completeAtEnd(text);
    const keys = items.filter((i) => i.kind === 10);
    expect(keys.length, `keys offered: ${items.map((i) => i.label).join(', ')}`).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const item of keys) {
      const after = accept(text, at, item);
      const added = after.slice(text.length - indent.length);
      const value = (parseDocument(added).toJS() as Record<string, unknown> | null)?.[item.label];
      const leaves: unknown[] = [];
      const collect = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(collect);
        else if (v && typeof v === 'object') Object.values(v).forEach(collect);
        else leaves.push(v);
      };
      collect(value);
      const allowed = item.label === 'version' || item.label === 'shots';
      if (!allowed && leaves.some((leaf) => leaf !== null)) problems.push(`${item.label}: inserts ${JSON.stringify(added)}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('errors where the editor shows them (yaml-language-server)', () => {
  it('a bad shot id says which characters are allowed, on the id', async () => {
    const uri = docUri();
    server.open(uri, 'version: 1\nshots:\n  - id: Shot 1\n    prompt: A kitten\n');
    const diagnostics = await server.diagnosticsFor(uri);
    const onId = diagnostics.filter((d) => d.range.start.line === 2 && d.range.start.character === 8);
    expect(onId.map((d) => d.message)).toEqual([expect.stringMatching(/lowercase letters a-z, digits 0-9, _ and -/)]);
    expect(onId[0]!.message).not.toMatch(/does not match the pattern/i);
  });

  it.each([
    ['a chained shot', 'version: 1\nshots:\n  - id: a\n    prompt: x\n  - id: b\n    first_frame: { shot: "Shot A" }\n', 5],
    ['concat.shots', 'version: 1\nshots:\n  - id: a\n    prompt: x\nconcat:\n  shots: [Shot A]\n', 5],
    ['a trim', 'version: 1\nshots:\n  - id: a\n    prompt: x\nconcat:\n  trim:\n    Shot A: { start: 1 }\n', 6],
    ['from_draft', 'version: 1\nshots:\n  - id: a\n    draft: true\n    prompt: x\n  - id: b\n    from_draft: Shot A\n', 6],
  ])('a bad shot id in %s says the same', async (_where, text, line) => {
    const uri = docUri();
    server.open(uri, text);
    const diagnostics = await server.diagnosticsFor(uri);
    const messages = diagnostics.filter((d) => d.range.start.line === line).map((d) => d.message);
    expect(messages).toContainEqual(expect.stringMatching(/lowercase letters a-z, digits 0-9, _ and -/));
  });

  it('the example manifests, with their own modeline, show no problems', async () => {
    const files = readdirSync(examplesDir).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(`${examplesDir}${file}`, 'utf8');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/manifest.schema.json');
      const uri = pathToFileURL(`${examplesDir}${file}`).href;
      server.open(uri, text);
      expect(await server.diagnosticsFor(uri), file).toEqual([]);
    }
  });
});
