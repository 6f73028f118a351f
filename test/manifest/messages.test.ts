// Issue 16, "Messages that help": the wrong answers a new user met, each said once, where the
// problem starts, with the fix.
import { describe, expect, it } from 'vitest';
import { loadYaml } from './helpers.js';

const shots = (n: number, prompt: (i: number) => string): string =>
  Array.from({ length: n }, (_, i) => `  - id: s${String(i + 1).padStart(2, '0')}\n    prompt: ${prompt(i + 1)}\n`).join('');

describe('an unquoted ": " inside a value', () => {
  it('thirteen shots with "Shot N: ..." give one diagnostic, at the first prompt, with the fix', async () => {
    const result = await loadYaml(`version: 1\nshots:\n${shots(13, (i) => `Shot ${i}: a lighthouse`)}`);
    expect(result.manifest).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
    const [d] = result.diagnostics;
    expect(d).toMatchObject({ code: 'yaml-syntax', line: 4, column: 13, endLine: 4, endColumn: 13 + 'Shot 1: a lighthouse'.length });
    expect(d?.message).toContain('Quote the prompt: `prompt: "Shot 1: a lighthouse"`');
    expect(d?.message).toContain('12 more values have the same problem');
    expect(d?.message).not.toContain('Nested mappings');
  });

  it('a value holding double quotes is shown in single quotes, and other keys say "the value"', async () => {
    const result = await loadYaml(`version: 1\nname: Act 1: the "Dawn"\nshots:\n${shots(1, () => 'a boat')}`);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]?.message).toContain(`Quote the value: \`name: 'Act 1: the "Dawn"'\``);
    expect(result.diagnostics[0]).toMatchObject({ line: 2, column: 7 });
  });

  it('the fix shown parses back to the same text', async () => {
    const result = await loadYaml(`version: 1\nshots:\n  - id: a\n    prompt: "Shot 1: it's the keeper's \\"lamp\\""\n`);
    expect(result.diagnostics).toEqual([]);
    const fixed = await loadYaml(`version: 1\nshots:\n  - id: a\n    prompt: 'Shot 1: the "Dawn"'\n`);
    expect(fixed.manifest?.shots[0]?.prompt).toBe('Shot 1: the "Dawn"');
  });
});

describe('a YAML error points where the problem starts', () => {
  it('an unterminated double-quoted prompt: at the opening quote, not the empty last line', async () => {
    const result = await loadYaml('version: 1\nshots:\n  - id: a\n    prompt: "A lighthouse\n    duration: 5\n  - id: b\n    prompt: x\n\n');
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', line: 4, column: 13 });
    expect(result.diagnostics[0]?.message).toContain('never closed');
  });

  it('an unterminated single-quoted string, and a list left open, at their openings; no echoes after', async () => {
    const single = await loadYaml("version: 1\nshots:\n  - id: a\n    prompt: 'A lighthouse\n  - id: b\n    prompt: x\n");
    expect(single.diagnostics.map((d) => [d.line, d.column])).toEqual([[4, 13]]);
    const list = await loadYaml('version: 1\nshots:\n  - id: a\n    prompt: x\n    reference_images: [a.png, b.png\n  - id: b\n    prompt: y\n');
    expect(list.diagnostics.map((d) => [d.line, d.column])).toEqual([[5, 23]]);
  });
});

describe('a bad value in defaults', () => {
  it('gives one diagnostic at its position, naming the shots, not one per shot', async () => {
    const result = await loadYaml(`version: 1\ndefaults:\n  model: doubao-seedance-2.0\n  resolution: 4k\nshots:\n${shots(4, (i) => `shot ${i}`)}`);
    const resolution = result.diagnostics.filter((d) => d.code === 'unsupported-resolution');
    expect(resolution).toHaveLength(1);
    expect(resolution[0]).toMatchObject({ line: 4, column: 15 });
    expect(resolution[0]?.message).toContain('`defaults.resolution`, so it holds for 4 shots (`s01`, `s02`, `s03` and `s04`)');
  });

  it('a shot that sets the value itself is still reported on its own line', async () => {
    const result = await loadYaml(`version: 1\ndefaults:\n  model: doubao-seedance-2.0\n  resolution: 4k\nshots:\n${shots(2, (i) => `shot ${i}`)}  - id: s03\n    prompt: c\n    resolution: 4k\n`);
    const lines = result.diagnostics.filter((d) => d.code === 'unsupported-resolution').map((d) => d.line);
    expect(lines).toEqual([4, 12]);
  });
});
