// Broken manifests beyond test/fixtures/manifests/invalid: the categories issue 7 names that a
// fixture file cannot hold (missing, unreadable, oversized and special files) or that deserve more
// variants (paths that climb out, ids that are not file-safe, alias bombs). Each case writes its
// manifest into a fresh folder and names the diagnostic code it must produce.
import { execFile } from 'node:child_process';
import { mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** Node has no mkfifo: coreutils does. */
const mkfifo = (path: string): Promise<unknown> => promisify(execFile)('mkfifo', [path]);

export interface BrokenCase {
  name: string;
  /** The diagnostic code the manifest must be refused with. */
  code: string;
  /** Write the manifest (and what it names) into dir; returns the manifest's path. */
  make: (dir: string) => Promise<string>;
}

const HEAD = 'version: 1\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n';
const A = '  - { id: a, prompt: A quiet harbour at dawn }\n';

/** A PNG header of the given size (probes read headers only). */
export function pngHeader(width: number, height: number): Buffer {
  const png = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(png, 0);
  png.write('IHDR', 12, 'latin1');
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  return png;
}

function text(name: string, code: string, yaml: string): BrokenCase {
  return { name, code, make: (dir) => put(dir, yaml) };
}

async function put(dir: string, yaml: string | Buffer, name = 'story.yaml'): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, yaml);
  return file;
}

const bomb = (levels: number, inner: string): string => {
  let out = `l0: &l0 [${Array(9).fill(inner).join(', ')}]\n`;
  for (let i = 1; i <= levels; i++) out += `l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]\n`;
  return out;
};

export const BROKEN: BrokenCase[] = [
  // Paths that climb out of the manifest's folder or the output folder.
  text('output: a sibling folder', 'path-escapes', `version: 1\noutput: ../sibling\nshots:\n${A}`),
  text('output: a climb hidden behind a subfolder', 'path-escapes', `version: 1\noutput: out/../../escape\nshots:\n${A}`),
  text('output: an absolute path', 'path-escapes', `version: 1\noutput: /tmp/seedance-escape\nshots:\n${A}`),
  text('concat.output: the parent folder', 'path-escapes', `${HEAD}${A}concat: { output: ../final.mp4 }\n`),
  text('concat.output: an absolute path', 'path-escapes', `${HEAD}${A}concat: { output: /tmp/final.mp4 }\n`),
  text('concat.output: a deep climb', 'path-escapes', `${HEAD}${A}concat: { output: sub/../../../../x.mp4 }\n`),
  text('name: a path (it names the default output folder)', 'invalid-value', `version: 1\nname: ../../escape\nshots:\n${A}`),
  // Shot ids name files: nothing that is not file-safe.
  ...(
    [
      ['a traversal', '"../../etc/passwd"'],
      ['a slash', 'a/b'],
      ['a backslash', "'a\\b'"],
      ['two dots', '".."'],
      ['a leading dot', '.hidden'],
      ['a space', '"a b"'],
      ['a NUL byte', '"a\\0b"'],
      ['a newline', '"a\\nb"'],
      ['accented letters', 'café'],
      ['capitals (CON on Windows)', 'CON'],
      ['65 characters', 'x'.repeat(65)],
      ['an empty string', '""'],
      ['a colon (a drive or stream on Windows)', '"a:b"'],
    ] as const
  ).map(([what, id]) => text(`shot id with ${what}`, 'invalid-id', `${HEAD}  - { id: ${id}, prompt: A quiet harbour }\n`)),
  text('shot id com1 (a Windows device)', 'reserved-id', `${HEAD}  - { id: com1, prompt: A quiet harbour }\n`),
  text('a reference to an id with a slash', 'invalid-id', `${HEAD}${A}  - { id: b, prompt: next, first_frame: { shot: ../a } }\n`),
  // Alias bombs: refused before they expand.
  text('alias bomb in a sequence under defaults', 'alias-limit', `version: 1\n${bomb(4, '"x"')}shots:\n${A}`),
  text('alias bomb through merge keys', 'alias-limit', `version: 1\na: &a { k1: x, k2: x, k3: x, k4: x, k5: x, k6: x, k7: x, k8: x, k9: x }\nb: &b { <<: *a, b1: *a, b2: *a, b3: *a, b4: *a, b5: *a, b6: *a, b7: *a, b8: *a, b9: *a }\nc: &c { b1: *b, b2: *b, b3: *b, b4: *b, b5: *b, b6: *b, b7: *b, b8: *b, b9: *b }\nd: &d { c1: *c, c2: *c, c3: *c, c4: *c, c5: *c, c6: *c, c7: *c, c8: *c, c9: *c }\ne: &e { d1: *d, d2: *d, d3: *d, d4: *d, d5: *d, d6: *d, d7: *d, d8: *d, d9: *d }\nshots:\n${A}`),
  text('alias bomb as a prompt', 'alias-limit', `version: 1\n${bomb(5, '"lol"')}shots:\n  - { id: a, prompt: *l5 }\n`),
  // The manifest file itself: missing, not a file, unreadable, too large.
  { name: 'manifest that does not exist', code: 'manifest-missing', make: async (dir) => join(dir, 'nowhere.yaml') },
  { name: 'manifest that is a folder', code: 'manifest-unreadable', make: async (dir) => (await mkdir(join(dir, 'folder.yaml')), join(dir, 'folder.yaml')) },
  { name: 'manifest that is a symlink loop', code: 'manifest-unreadable', make: async (dir) => (await symlink('loop.yaml', join(dir, 'loop.yaml')), join(dir, 'loop.yaml')) },
  { name: 'manifest that is a dangling symlink', code: 'manifest-missing', make: async (dir) => (await symlink('gone.yaml', join(dir, 'link.yaml')), join(dir, 'link.yaml')) },
  { name: 'manifest over 4 MB', code: 'manifest-too-large', make: async (dir) => put(dir, `${HEAD}${`  - { id: s, prompt: ${'x'.repeat(200)} }\n`.repeat(21_000)}`) },
  { name: 'manifest of 5 MB of zero bytes (sparse)', code: 'manifest-too-large', make: async (dir) => { const f = await put(dir, ''); await truncate(f, 5 * 1024 * 1024); return f; } },
  // Files a manifest names: unreadable, special, oversized.
  { name: 'image that is a symlink loop', code: 'file-unreadable', make: async (dir) => (await symlink('pic.png', join(dir, 'pic.png')), put(dir, `${HEAD}  - { id: a, prompt: p, first_frame: pic.png }\n`)) },
  { name: 'image that is a named pipe (never read)', code: 'file-not-a-file', make: async (dir) => (await mkfifo(join(dir, 'pipe.png')), put(dir, `${HEAD}  - { id: a, prompt: p, first_frame: pipe.png }\n`)) },
  { name: 'image that is a device outside the project (/dev/zero, never read)', code: 'path-escapes', make: async (dir) => put(dir, `${HEAD}  - { id: a, prompt: p, first_frame: /dev/zero }\n`) },
  {
    name: 'image of 31 MB (over the 30 MB limit)',
    code: 'file-too-large',
    make: async (dir) => {
      await writeFile(join(dir, 'big.png'), pngHeader(1000, 1000));
      await truncate(join(dir, 'big.png'), 31 * 1024 * 1024);
      return put(dir, `version: 1\ndefaults: { model: doubao-seedance-2-0-260128, resolution: 480p, duration: 5 }\nshots:\n  - { id: a, prompt: p, first_frame: big.png }\n`);
    },
  },
  // Syntax.
  text('an unclosed quote', 'yaml-syntax', `${HEAD}  - { id: a, prompt: "A quiet harbour }\n`),
  text('an alias to an anchor that does not exist', 'yaml-syntax', `${HEAD}  - { id: a, prompt: *nowhere }\n`),
  text('JSON with a missing bracket', 'yaml-syntax', '{"version": 1, "shots": [{"id": "a", "prompt": "p"}}\n'),
  text('an empty key in flow style', 'unknown-key', `${HEAD}  - { id: a, prompt: p, : x }\n`),
  { name: 'binary garbage', code: 'invalid-utf8', make: (dir) => put(dir, Buffer.from([0x76, 0x3a, 0x20, 0x22, 0x00, 0xff, 0xfe, 0x7b, 0x5b, 0x0a, 0x09, 0x7d, 0x22, 0x7b])) },
  text('a scalar instead of a manifest', 'wrong-type', 'just some words\n'),
  // Types.
  text('shots as a mapping', 'wrong-type', 'version: 1\nshots: { a: { prompt: p } }\n'),
  text('seed as a word', 'wrong-type', `${HEAD}  - { id: a, prompt: p, seed: lucky }\n`),
  text('duration as a boolean', 'wrong-type', `${HEAD}  - { id: a, prompt: p, duration: true }\n`),
  text('concurrency as a string', 'wrong-type', `version: 1\nconcurrency: "3"\nshots:\n${A}`),
  text('prompt as a list', 'wrong-type', `${HEAD}  - { id: a, prompt: [a, b] }\n`),
  text('first_frame as a number', 'wrong-type', `${HEAD}  - { id: a, prompt: p, first_frame: 3 }\n`),
  // Unknown keys.
  text('unknown key in concat', 'unknown-key', `${HEAD}${A}concat: { transitions: { type: cut } }\n`),
  text('unknown key in defaults', 'unknown-key', `version: 1\ndefaults: { resolutoin: 480p }\nshots:\n${A}`),
  text('unknown key inside a shot reference', 'unknown-key', `${HEAD}${A}  - { id: b, prompt: p, first_frame: { shoot: a } }\n`),
  // Cycles and references.
  text('a cycle through reference images and a last frame', 'cycle', `${HEAD}  - { id: a, prompt: p, reference_images: [{ shot: c }] }\n  - { id: b, prompt: p, first_frame: { shot: a } }\n  - { id: c, prompt: p, first_frame: { shot: b }, last_frame: { shot: b } }\n`),
  text('a cycle through reference videos', 'cycle', `${HEAD}  - { id: a, prompt: p, reference_videos: [{ shot: b }] }\n  - { id: b, prompt: p, reference_videos: [{ shot: a }] }\n`),
  text('a shot that uses its own reference image', 'self-reference', `${HEAD}  - { id: a, prompt: p, reference_images: [{ shot: a }] }\n`),
  text('a reference video of an unknown shot', 'unknown-shot', `${HEAD}${A}  - { id: b, prompt: p, reference_videos: [{ shot: nobody }] }\n`),
  text('a last frame of an unknown shot', 'unknown-shot', `${HEAD}${A}  - { id: b, prompt: p, first_frame: { shot: a }, last_frame: { shot: nobody } }\n`),
  // Modes one request cannot mix.
  text('a first frame and reference images', 'mixed-modes', `${HEAD}${A}  - { id: b, prompt: p, first_frame: { shot: a }, reference_images: [{ shot: a }] }\n`),
  text('a last frame and reference videos', 'mixed-modes', `${HEAD}${A}  - { id: b, prompt: p, first_frame: { shot: a }, last_frame: { shot: a }, reference_videos: [{ shot: a }] }\n`),
  // Limits.
  text('a 16 s shot', 'out-of-range', `${HEAD}  - { id: a, prompt: p, duration: 16 }\n`),
  text('a 4 s shot on the gateway model (5..15)', 'duration-range', `${HEAD}  - { id: a, prompt: p, duration: 4 }\n`),
  text('concurrency 1000', 'out-of-range', `version: 1\nconcurrency: 1000\nshots:\n${A}`),
  text('four reference videos', 'too-many-items', `${HEAD}${A}  - { id: b, prompt: p, reference_videos: [{ shot: a }, { shot: a }, { shot: a }, { shot: a }] }\n`),
  text('execution_expires_after under an hour', 'out-of-range', `${HEAD}  - { id: a, prompt: p, execution_expires_after: 60 }\n`),
];
