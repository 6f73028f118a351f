// The text form of diagnostics: position, severity and code, the source line, the marker.
import { describe, expect, it } from 'vitest';
import { formatDiagnostics, type Diagnostic } from '../../src/manifest/index.js';
import { editDistance, nearest } from '../../src/manifest/nearest.js';

const source = 'version: 1\nshots:\n  - id: a\n    promt: A kitten\n';
const base: Diagnostic = { severity: 'error', code: 'unknown-key', message: 'Unknown key `promt`.', file: 'm.yaml', line: 4, column: 5, endLine: 4, endColumn: 10 };

describe('formatDiagnostics', () => {
  it('prints the position, the code, the line and a marker under the span', () => {
    expect(formatDiagnostics([base], source)).toBe(['m.yaml:4:5 error[unknown-key] Unknown key `promt`.', '4 |     promt: A kitten', '  |     ^^^^^'].join('\n'));
  });

  it('marks to the end of the line when the span goes on, and a word when there is no end', () => {
    const multi = formatDiagnostics([{ ...base, line: 3, column: 5, endLine: 4, endColumn: 3 }], source);
    expect(multi.split('\n')[2]).toBe('  |     ^^^^^');
    const word = formatDiagnostics([{ ...base, endLine: undefined, endColumn: undefined } as unknown as Diagnostic], source);
    expect(word.split('\n')[2]).toBe('  |     ^^^^^');
  });

  it('shows related places with their own lines and labels, aligned', () => {
    const text = formatDiagnostics([{ ...base, severity: 'warning', code: 'x', related: [{ message: 'first here', line: 3, column: 9 }] }], source + '\n'.repeat(8) + 'ten: 1\n');
    expect(text).toBe(
      ['m.yaml:4:5 warning[x] Unknown key `promt`.', '4 |     promt: A kitten', '  |     ^^^^^', '  = related: m.yaml:3:9', '3 |   - id: a', '  |         ^ first here'].join('\n'),
    );
  });

  it('colours severity and markers only when asked', () => {
    expect(formatDiagnostics([base], source)).not.toContain('\x1b[');
    const coloured = formatDiagnostics([base], source, { color: true });
    expect(coloured).toContain('\x1b[31;1merror[unknown-key]\x1b[0m');
    expect(coloured).toContain('\x1b[31;1m^^^^^\x1b[0m');
  });

  it('cuts a very long line to a window around the marker', () => {
    const long = `    prompt: ${'x'.repeat(300)}BAD${'y'.repeat(300)}\n`;
    const text = formatDiagnostics([{ ...base, line: 1, column: 313, endLine: 1, endColumn: 316 }], long);
    const [, line, marker] = text.split('\n');
    expect(line?.length).toBeLessThan(110);
    expect(line?.indexOf('BAD')).toBe(marker?.indexOf('^^^'));
  });
});

describe('nearest', () => {
  it.each([
    ['promt', 'prompt'],
    ['duraton', 'duration'],
    ['Resolution', 'resolution'],
    ['first_fram', 'first_frame'],
    ['colour_grading', undefined],
    ['xy', undefined],
  ])('%s -> %s', (word, expected) => {
    expect(nearest(word, ['prompt', 'duration', 'resolution', 'first_frame', 'id'])).toBe(expected);
  });

  it('computes edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('formatDiagnostics without a source', () => {
  it('prints only the header line when the file could not be read', () => {
    const missing: Diagnostic = { severity: 'error', code: 'manifest-missing', message: 'There is no file x.yaml.', file: 'x.yaml', line: 1, column: 1 };
    expect(formatDiagnostics([missing], '')).toBe('x.yaml:1:1 error[manifest-missing] There is no file x.yaml.');
  });
});
