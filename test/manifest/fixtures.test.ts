// Every manifest under test/fixtures/manifests: invalid/<case>.yaml must produce exactly the
// diagnostics in <case>.expected.txt (paths relative to the fixtures folder); valid/<case>.yaml
// must load (warnings, if any, in <case>.expected.txt). More cases are just more files.
// UPDATE_FIXTURES=1 npx vitest run test/manifest/fixtures.test.ts rewrites the expected files:
// read every change before keeping it.
import { existsSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../src/manifest/codes.js';
import { formatDiagnostics, loadManifest } from '../../src/manifest/index.js';

const root = fileURLToPath(new URL('../fixtures/manifests/', import.meta.url));
const cases = (folder: string): string[] => readdirSync(join(root, folder)).filter((f) => f.endsWith('.yaml')).sort();
const update = process.env.UPDATE_FIXTURES === '1';
const seenCodes = new Set<string>();

// Oversized inputs are sparse files made here, not megabytes in the repository.
const generated = {
  big: join(root, 'assets', 'tmp-big.png'),
  huge: join(root, 'assets', 'tmp-huge.wav'),
};

beforeAll(() => {
  const png = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(png, 0);
  png.write('IHDR', 12, 'latin1');
  png.writeUInt32BE(1000, 16);
  png.writeUInt32BE(1000, 20);
  writeFileSync(generated.big, png);
  truncateSync(generated.big, 5 * 1024 * 1024);
  writeFileSync(generated.huge, wavHeader(8000, 3 * 8000));
  truncateSync(generated.huge, 70 * 1024 * 1024);
});

afterAll(() => {
  for (const file of Object.values(generated)) rmSync(file, { force: true });
});

async function diagnosticsText(file: string): Promise<{ text: string; valid: boolean }> {
  const result = await loadManifest(file);
  for (const d of result.diagnostics) seenCodes.add(d.code);
  const shown = result.diagnostics.map((d) => ({ ...d, file: relative(root, d.file).split('\\').join('/') }));
  return { text: shown.length > 0 ? formatDiagnostics(shown, result.source) + '\n' : '', valid: result.manifest !== undefined };
}

describe('invalid manifests', () => {
  it('there are enough cases', () => {
    expect(cases('invalid').length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases('invalid'))('%s', async (name) => {
    const file = join(root, 'invalid', name);
    const expectedFile = file.replace(/\.yaml$/, '.expected.txt');
    const { text, valid } = await diagnosticsText(file);
    if (update) writeFileSync(expectedFile, text);
    expect(valid, 'an invalid fixture loaded without errors').toBe(false);
    expect(text).toContain(' error[');
    expect(text).toBe(readFileSync(expectedFile, 'utf8'));
  });
});

describe('valid manifests', () => {
  it('there are enough cases', () => {
    expect(cases('valid').length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases('valid'))('%s', async (name) => {
    const file = join(root, 'valid', name);
    const expectedFile = file.replace(/\.yaml$/, '.expected.txt');
    const { text, valid } = await diagnosticsText(file);
    if (update && text) writeFileSync(expectedFile, text);
    expect(valid, text).toBe(true);
    expect(text).toBe(existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8') : '');
  });
});

describe('diagnostic codes', () => {
  it('every code the fixtures produce is documented, and every documented code has a fixture', () => {
    const documented = Object.keys(DIAGNOSTIC_CODES);
    expect([...seenCodes].filter((c) => !documented.includes(c)), 'undocumented codes').toEqual([]);
    const untested = documented.filter((c) => !seenCodes.has(c) && !UNTESTED_HERE.includes(c));
    expect(untested, 'codes without a fixture').toEqual([]);
  });
});

/** Codes that need conditions a fixture file cannot set up (tested in load.test.ts instead). */
const UNTESTED_HERE = ['manifest-missing', 'manifest-unreadable', 'manifest-too-large', 'file-unreadable', 'image-size-unknown', 'schema'];

function wavHeader(sampleRate: number, dataBytes: number): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate, 28); // byte rate: 8-bit mono
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(dataBytes, 40);
  return header;
}
