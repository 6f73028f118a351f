// The clip store on a folder several machines share: a temp folder of another machine is left
// alone (its pid means nothing here) until it is a day old; puts of one clip at once end in one
// whole entry; a reader checks every byte it takes.
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSeedanceError } from '../../src/core/errors.js';
import { sha256 } from '../../src/core/sha256.js';
import { FolderStore, removeStaleTemps } from '../../src/state/folder-store.js';
import { tempDir } from '../temp.js';

const FP = 'ab'.repeat(32);
// A pid no process has here.
const GONE = 2 ** 22 + 12345;

async function outputs(dir: string, tag: string) {
  const video = Buffer.from(`video ${tag}`);
  const frame = Buffer.from(`frame ${tag}`);
  await writeFile(join(dir, 'v.mp4'), video);
  await writeFile(join(dir, 'f.png'), frame);
  return {
    files: { video: join(dir, 'v.mp4'), lastFrame: join(dir, 'f.png') },
    records: { video: { file: 'v.mp4', bytes: video.length, sha256: sha256(video) }, lastFrame: { file: 'f.png', bytes: frame.length, sha256: sha256(frame) } },
  };
}

describe('a shared clip store', () => {
  it("removes this machine's dead temp folders, and another machine's only once a day old", async () => {
    const bucket = await tempDir('seedance-store-');
    const mine = `${FP}.${GONE}-0000abcd.tmp`; // the older name, without a host: this machine's
    const theirsNew = `${FP}.deadbeef.${GONE}-0000abcd.tmp`;
    const theirsOld = `${FP}.deadbeef.${GONE}-1111abcd.tmp`;
    for (const name of [mine, theirsNew, theirsOld]) await mkdir(join(bucket, name));
    const dayAndABit = (Date.now() - 25 * 3600 * 1000) / 1000;
    await utimes(join(bucket, theirsOld), dayAndABit, dayAndABit);
    await removeStaleTemps(bucket);
    expect((await readdir(bucket)).sort()).toEqual([theirsNew]);
  });

  it('ends puts of one clip from several writers at once in one whole entry', async () => {
    const dir = await tempDir('seedance-store-');
    const store = new FolderStore(join(dir, 'store'));
    const sources = await Promise.all(Array.from({ length: 6 }, async (_, i) => {
      const d = join(dir, `w${i}`);
      await mkdir(d);
      return outputs(d, 'same clip');
    }));
    await Promise.all(sources.map((s, i) => new FolderStore(store.dir).put({ fingerprint: FP, taskId: `cgt-${i}` }, s.files, s.records)));
    const index = await store.index();
    expect([...index.keys()]).toEqual([FP]);
    expect(await readdir(join(store.dir, 'ab'))).toEqual([FP]);
    const out = join(dir, 'out');
    await mkdir(out);
    const restored = await store.restore(index.get(FP)!, out, { video: 'a.mp4', lastFrame: 'a.last.png' });
    expect(restored.video.sha256).toBe(sources[0]!.records.video.sha256);
  });

  it('never hands out bytes that are not the ones stored', async () => {
    const dir = await tempDir('seedance-store-');
    const store = new FolderStore(join(dir, 'store'));
    const source = await outputs(dir, 'one');
    await store.put({ fingerprint: FP, taskId: 'cgt-1' }, source.files, source.records);
    await writeFile(join(store.dir, 'ab', FP, 'clip.mp4'), 'half a clip');
    const out = join(dir, 'out');
    await mkdir(out);
    const error = await store.restore((await store.read(FP))!, out, { video: 'a.mp4', lastFrame: 'a.last.png' }).catch((e: unknown) => e);
    expect(isSeedanceError(error, 'store.damaged')).toBe(true);
    expect(await readdir(out)).toEqual([]);
  });
});
