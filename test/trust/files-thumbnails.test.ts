// The report prunes only thumbnails it made. With `output: .` and a `report/` folder of the
// user's, the user's pictures stay; the report's own stale thumbnails (of a clip made again) go.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/manifest/index.js';
import { writeReport } from '../../src/report/html/write-report.js';
import type { Simulator } from '../../src/simulator/index.js';
import { runCli } from '../cli/capture.js';
import { run, startSim, tempDir, writeStoryboard } from '../run/harness.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim.close();
});

const STORY = `version: 1
output: .
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: a, prompt: A heron waits in the reeds, seed: 3 }
`;

/** The user's own files in report/, some of them JPEGs named like thumbnails could be. */
const MINE: Record<string, string> = {
  'report/holiday.jpg': 'my holiday picture',
  'report/a.0123456789ab.first.jpg': 'a picture of mine named like a thumbnail',
  'report/notes.txt': 'notes',
};

describe('report thumbnails with output: . and a report/ folder of the user\'s', () => {
  it('the user\'s files are kept; the report\'s own stale thumbnails are pruned', async () => {
    const dir = await tempDir('seedance-thumbs-');
    const file = await writeStoryboard(dir, STORY, MINE);
    await run(file, sim, { report: true });
    const made = (await readdir(join(dir, 'report'))).filter((f) => f.endsWith('.jpg') && !(`report/${f}` in MINE));
    expect(made.length).toBeGreaterThan(0);

    // The clip is made again: its old thumbnails are stale and go; the user's stay.
    await writeFile(file, STORY.replace('waits in the reeds', 'takes off over the water'));
    await run(file, sim, { report: true });
    const after = await readdir(join(dir, 'report'));
    for (const name of made) expect(after, `stale thumbnail ${name}`).not.toContain(name);
    for (const [path, content] of Object.entries(MINE)) expect(await readFile(join(dir, path), 'utf8'), path).toBe(content);

    // seedance report (its own pruning) keeps them too.
    const result = await runCli(['report', 'story.yaml'], dir);
    expect(result.code, result.stderr).toBe(0);
    for (const [path, content] of Object.entries(MINE)) expect(await readFile(join(dir, path), 'utf8'), path).toBe(content);
  });

  it('writeReport on a folder it never wrote deletes nothing', async () => {
    const dir = await tempDir('seedance-thumbs-');
    const file = await writeStoryboard(dir, STORY, MINE);
    const manifest = (await loadManifest(file)).manifest;
    if (!manifest) throw new Error('invalid');
    await writeReport(manifest);
    for (const [path, content] of Object.entries(MINE)) expect(await readFile(join(dir, path), 'utf8'), path).toBe(content);
  });
});
