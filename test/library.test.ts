// The README's library example, exactly as written: type-checked against the package's own
// declarations and run with `import ... from 'seedance-pipeline'` resolved the way a user's
// project resolves it (node_modules/seedance-pipeline, the package's "exports").
import { execFile } from 'node:child_process';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { copyExamples } from './examples.js';
import { tempDir } from './temp.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

async function readmeExample(): Promise<string> {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Use it from code'));
  const match = /```ts\n([\s\S]*?)```/.exec(section);
  if (!match?.[1]) throw new Error('README.md has no ts example under "## Use it from code"');
  return match[1];
}

describe('the library, as a user imports it', () => {
  it('runs the README example: a manifest on the simulator, typed events, the summary', async () => {
    const dir = await tempDir('seedance-library-');
    await mkdir(join(dir, 'node_modules'));
    await symlink(ROOT, join(dir, 'node_modules', 'seedance-pipeline'), 'dir');
    await copyExamples(join(dir, 'manifests/examples'));
    await writeFile(join(dir, 'example.ts'), await readmeExample());
    // Beside it, code that reads an event field without narrowing the event's type first.
    await writeFile(join(dir, 'untyped.ts'), "import { runStoryboard } from 'seedance-pipeline';\nawait runStoryboard('x.yaml', { onEvent: (event) => console.log(event.video) });\n");
    await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    await writeFile(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true, types: ['node'], typeRoots: [join(ROOT, 'node_modules/@types')], outDir: 'built' }, files: ['example.ts', 'untyped.ts'] }),
    );
    // Strict type checking: the example passes, and the events are typed (`event.video` exists
    // only once `type` is narrowed), so the other file is refused. tsc still writes the JavaScript.
    const checked = await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: dir }).then(() => '', (error: { stdout: string }) => error.stdout);
    expect(checked.split('\n').filter((line) => /^\S.*error TS/.test(line))).toEqual([expect.stringMatching(/^untyped\.ts\(2,\d+\): error TS2339: Property 'video' does not exist on type/)]);
    const { stdout } = await run(process.execPath, ['built/example.js'], { cwd: dir, env: { ...process.env, SEEDANCE_API_KEY: '' } });
    expect(stdout.split('\n')).toEqual(['wake-up: wake-up.mp4 (5 s)', 'window: window.mp4 (5 s)', 'garden: garden.mp4 (5 s)', '3 made, 0 reused: done', '']);
    // The run wrote its lock and film beside the manifest, as `seedance run` does.
    expect(JSON.parse(await readFile(join(dir, 'manifests/examples/kitten-morning.lock.json'), 'utf8')).version).toBe(2);
    await expect(readFile(join(dir, 'manifests/examples/out/kitten-morning/final.mp4'))).resolves.toBeInstanceOf(Buffer);
  });
});
