// concat.export: the editor projects written after every join, beside the film.
import { existsSync } from 'node:fs';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/manifest/index.js';
import { OWNED_FILE } from '../../src/state/output-owner.js';
import { runCli } from '../cli/capture.js';
import { tempDir } from '../temp.js';
import { STORY, makeProject } from './project.js';

describe('concat.export', () => {
  it('writes the listed projects beside the film after the join, recorded as seedance-owned', async () => {
    const dir = await tempDir('seedance-concat-export-');
    const project = await makeProject(dir, STORY.replace('concat:\n', 'concat:\n  export: [mlt, edl]\n'));
    expect(project.manifest.concat?.export).toEqual(['mlt', 'edl']);
    const joined = await runCli(['concat', 'tiny.yaml'], dir);
    expect(joined.stderr).toBe('');
    expect(joined.code).toBe(0);
    const owned = (JSON.parse(await readFile(join(project.output, OWNED_FILE), 'utf8')) as { files: Record<string, unknown> }).files;
    for (const file of ['tiny.mlt', 'tiny.edl']) {
      expect(existsSync(join(project.output, file))).toBe(true);
      expect(owned[file]).toBeDefined();
    }
    expect(existsSync(join(project.output, 'tiny.otio'))).toBe(false);
    expect(await readFile(join(project.output, 'tiny.edl'), 'utf8')).toContain('003  AX       V     D    012 00:00:00:12');
  }, 60_000);

  it('a project deleted is written again when the film is unchanged and not joined again', async () => {
    const dir = await tempDir('seedance-concat-export-');
    const project = await makeProject(dir, STORY.replace('concat:\n', 'concat:\n  export: [mlt, edl]\n'));
    expect((await runCli(['concat', 'tiny.yaml'], dir)).code).toBe(0);
    const mlt = await stat(join(project.output, 'tiny.mlt'));
    await rm(join(project.output, 'tiny.edl'));
    const again = await runCli(['concat', 'tiny.yaml', '--json'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('"reason":"unchanged"');
    expect(existsSync(join(project.output, 'tiny.edl'))).toBe(true);
    // The project still there is left as it is.
    expect((await stat(join(project.output, 'tiny.mlt'))).mtimeMs).toBe(mlt.mtimeMs);
  }, 60_000);

  it('takes only the four formats, each once', async () => {
    const dir = await tempDir('seedance-concat-export-');
    await makeProject(dir);
    for (const bad of ['[aaf]', '[mlt, mlt]', 'mlt']) {
      const file = join(dir, 'tiny.yaml');
      await writeFile(file, STORY.replace('concat:\n', `concat:\n  export: ${bad}\n`));
      const result = await loadManifest(file);
      expect(result.manifest, bad).toBeUndefined();
      expect(result.diagnostics.map((d) => `${d.line} ${d.message}`).join('\n'), bad).toMatch(/^\d+ .*/);
      expect(result.diagnostics.every((d) => d.line === STORY.split('\n').indexOf('concat:') + 2), bad).toBe(true);
    }
  }, 60_000);
});
