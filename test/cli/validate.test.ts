// `seedance validate`: positioned, actionable errors and exit 2 for a typo'd key, a cycle and a
// missing file; exit 0 for the examples; --json; one real spawn of the built binary.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp.js';
import { runCli } from './capture.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const broken = `version: 1
shots:
  - id: wake-up
    promt: A kitten stretches
  - id: window
    prompt: The kitten at the window
    first_frame: { shot: garden }
  - id: garden
    prompt: The garden
    first_frame: { shot: window }
  - id: tea
    prompt: Tea
    reference_images: [assets/cup.png]
`;

async function brokenDir(): Promise<string> {
  const dir = await tempDir('seedance-validate-');
  writeFileSync(join(dir, 'story.yaml'), broken);
  return dir;
}

describe('seedance validate', () => {
  it('prints every problem with its position, the line and a marker, and exits 2', async () => {
    const dir = await brokenDir();
    const { code, stdout } = await runCli(['validate', 'story.yaml'], dir);
    expect(code).toBe(2);
    expect(stdout).toContain('story.yaml:4:5 error[unknown-key] Unknown key `promt` in shot `wake-up`. Did you mean `prompt`?\n4 |     promt: A kitten stretches\n  |     ^^^^^');
    expect(stdout).toContain('story.yaml:7:26 error[cycle] Shots `window` → `garden` → `window` form a cycle');
    expect(stdout).toContain('= related: story.yaml:10:26');
    expect(stdout).toContain('story.yaml:13:24 error[file-missing] File `assets/cup.png` (reference_images of shot `tea`) does not exist.');
    expect(stdout).toMatch(/story\.yaml: invalid \(3 errors\)\n$/);
  });

  it('passes every example, and prints JSON on request', async () => {
    const examples = ['kitten-morning', 'draft-to-final', 'reference-ad', 'openai-trailer'].map((n) => `manifests/examples/${n}.yaml`);
    const text = await runCli(['validate', ...examples], root);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(examples.map((f) => `${f}: valid (${f.includes('kitten') ? 3 : f.includes('ad') ? 1 : 2} shot${f.includes('ad') ? '' : 's'})\n`).join(''));
    const json = await runCli(['validate', '--json', examples[0]!, 'nope.yaml'], root);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual({
      files: [
        { file: examples[0], valid: true, diagnostics: [] },
        { file: 'nope.yaml', valid: false, diagnostics: [{ severity: 'error', code: 'manifest-missing', message: `There is no file ${join(root, 'nope.yaml')}. Check the path (it is relative to the current folder).`, file: 'nope.yaml', line: 1, column: 1 }] },
      ],
    });
  });

  it('needs a file, and has help with examples', async () => {
    expect((await runCli(['validate'], root)).code).toBe(2);
    const help = await runCli(['validate', '--help'], root);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('seedance validate manifests/examples/kitten-morning.yaml');
  });

  it('works as a real process from the built binary', async () => {
    const dir = await brokenDir();
    const run = promisify(execFile);
    const error = await run(process.execPath, [join(root, 'dist/cli/bin.js'), 'validate', 'story.yaml'], { cwd: dir }).then(
      () => undefined,
      (e: { code: number; stdout: string }) => e,
    );
    expect(error?.code).toBe(2);
    expect(error?.stdout).toContain('story.yaml:4:5 error[unknown-key]');
  });
});
