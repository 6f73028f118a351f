// Manifest text that would be sent garbled or crash the parser: bytes that are not UTF-8 are
// refused with their position, and very deep nesting says what is wrong instead of "Maximum call
// stack size exceeded".
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/capture.js';
import { tempDir } from '../temp.js';

describe('manifest text', () => {
  it('refuses bytes that are not UTF-8, at their line and column', async () => {
    const dir = await tempDir('seedance-text-');
    const text = Buffer.concat([Buffer.from('version: 1\nshots:\n  - id: a\n    prompt: Caf'), Buffer.from([0xe9]), Buffer.from(' au lait on a terrace\n')]);
    await writeFile(join(dir, 'story.yaml'), text);
    const result = await runCli(['validate', 'story.yaml'], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('story.yaml:4:16 error[invalid-utf8] The manifest is not valid UTF-8 here (byte 0xE9)');
    expect(result.stdout).toContain('save the file as UTF-8');
  });

  it('refuses nesting deeper than any storyboard needs, saying so', async () => {
    const dir = await tempDir('seedance-text-');
    const depth = 20_000;
    await writeFile(join(dir, 'story.yaml'), `version: 1\nshots:\n  - id: a\n    prompt: ${'['.repeat(depth)}${']'.repeat(depth)}\n`);
    const result = await runCli(['validate', 'story.yaml'], dir);
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).not.toContain('Maximum call stack');
    expect(result.stdout).toMatch(/story\.yaml:4:13 error\[too-deep\] The manifest nests lists or mappings more than \d+ levels deep/);
  });
});
