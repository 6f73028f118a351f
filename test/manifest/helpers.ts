// Writing a manifest (and optional files) into a fresh temporary folder and loading it. Call it in
// a test: the folder is removed when the test ends.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadManifest, type LoadOptions, type LoadResult } from '../../src/manifest/index.js';
import { tempDir } from '../temp.js';

export interface Loaded extends LoadResult {
  dir: string;
  file: string;
}

export async function loadYaml(yaml: string, files: Record<string, string | Buffer> = {}, options: LoadOptions = {}): Promise<Loaded> {
  const dir = await tempDir('seedance-manifest-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  const file = join(dir, 'manifest.yaml');
  writeFileSync(file, yaml);
  return { ...(await loadManifest(file, options)), dir, file };
}

/** The codes of the diagnostics, for compact assertions. */
export function codes(result: LoadResult): string[] {
  return result.diagnostics.map((d) => `${d.severity}:${d.code}`);
}
