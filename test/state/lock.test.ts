import { mkdtemp, readFile, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LockStore } from '../../src/state/lock-store.js';
import { canonicalJson } from '../../src/core/canonical-json.js';
import { emptyLock, lockPathFor, lockText, readLock, type LockFile } from '../../src/state/lock.js';

async function temp(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'seedance-lock-'));
}

describe('lock file', () => {
  it('sits beside the manifest', () => {
    expect(lockPathFor('/a/b/storyboard.yaml')).toBe('/a/b/storyboard.lock.json');
  });

  it('is written atomically with sorted keys, and an unchanged state is not rewritten', async () => {
    const dir = await temp();
    const path = join(dir, 's.lock.json');
    const store = new LockStore(path, emptyLock(join(dir, 's.yaml')), false);
    await store.setShot('b', { status: 'queued', fingerprint: 'f', taskId: 't1' });
    await store.setShot('a', { status: 'succeeded', fingerprint: 'g' });
    const text = await readFile(path, 'utf8');
    expect(text.indexOf('"a"')).toBeLessThan(text.indexOf('"b"'));
    expect(text.indexOf('"fingerprint"')).toBeLessThan(text.indexOf('"status"'));
    expect(await readdir(dir)).toEqual(['s.lock.json']);
    await writeFile(path, 'sentinel');
    await store.flush();
    expect(await readFile(path, 'utf8')).toBe('sentinel');
  });

  it.each([
    ['{ not json', /not valid JSON/],
    ['{"version":2,"shots":{}}', /version 2; expected 1/],
    ['{"version":1,"shots":[]}', /"shots" is not an object/],
    ['{"version":1,"shots":{"a":{"status":"queued"}}}', /has no fingerprint/],
    ['{"version":1,"shots":{"a":{"fingerprint":"f","status":"done"}}}', /unknown status/],
    ['{"version":1,"shots":{"a":{"fingerprint":"f","status":"succeeded","outputs":{"video":{"file":"../x.mp4","bytes":1,"sha256":"s"}}}}}', /outside the output folder/],
  ])('refuses a damaged lock %s', async (text, message) => {
    const dir = await temp();
    const path = join(dir, 's.lock.json');
    await writeFile(path, text);
    await expect(readLock(path, join(dir, 's.yaml'))).rejects.toThrow(message);
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it('is put together shot by shot into exactly the canonical JSON of the whole', () => {
    const locks: LockFile[] = [
      emptyLock('/a/s.yaml'),
      {
        version: 1,
        manifest: 's.yaml',
        // Integer-like ids come first in JSON.stringify's order, whatever the sort says.
        shots: {
          b: { status: 'succeeded', fingerprint: 'f', inputs: { prompt: '1', model: '2' }, outputs: { video: { file: 'b.mp4', bytes: 3, sha256: 'h' } } },
          '42': { fingerprint: 'g', status: 'queued', seed: 7, taskId: 't' },
          '7': { fingerprint: 'quote " and\nnewline', status: 'failed', error: { code: 'c', message: 'line\nbreak' } },
          a: { fingerprint: 'a', status: 'submitting', submittedAt: 1 },
        },
        concat: { fingerprint: 'c', method: 'copy', output: { file: 'final.mp4', bytes: 1, sha256: 's' } },
      },
    ];
    for (const lock of locks) expect(lockText(lock)).toBe(canonicalJson(lock, 2) + '\n');
  });

  it('keeps records frozen, so a cached record text cannot go stale', async () => {
    const dir = await temp();
    const path = join(dir, 's.lock.json');
    const store = new LockStore(path, emptyLock(join(dir, 's.yaml')), false);
    await store.setShot('a', { status: 'queued', fingerprint: 'f', inputs: { prompt: 'p' } });
    await store.patchShot('a', { status: 'succeeded', seed: 5 });
    expect(JSON.parse(await readFile(path, 'utf8')).shots.a).toEqual({ status: 'succeeded', fingerprint: 'f', inputs: { prompt: 'p' }, seed: 5 });
    const record = store.shot('a') as { inputs: Record<string, string> };
    expect(() => {
      record.inputs.prompt = 'changed in place';
    }).toThrow(TypeError);
    expect(await readFile(path, 'utf8')).toBe(canonicalJson(store.data, 2) + '\n');
  });

  it('writes a lock of more pieces than one writev takes (1024) whole', async () => {
    const dir = await temp();
    const path = join(dir, 's.lock.json');
    const store = new LockStore(path, emptyLock(join(dir, 's.yaml')), false);
    await Promise.all(Array.from({ length: 1500 }, (_, i) => store.setShot(`shot-${i}`, { status: 'queued', fingerprint: `f${i}`, taskId: `t${i}` })));
    await store.patchShot('shot-700', { status: 'succeeded' });
    expect(await readFile(path, 'utf8')).toBe(canonicalJson(store.data, 2) + '\n');
  });

  it('reads a missing lock as empty', async () => {
    const dir = await temp();
    expect(await readLock(join(dir, 'none.lock.json'), join(dir, 'none.yaml'))).toEqual({ version: 1, manifest: 'none.yaml', shots: {} });
  });
});

describe('temp files of killed writers', () => {
  it('are removed when their process is gone, kept while it lives', async () => {
    const { removeStaleTemps } = await import('../../src/core/atomic-write.js');
    const dir = await temp();
    const path = join(dir, 's.lock.json');
    await writeFile(join(dir, '.s.lock.json.999999999.tmp'), 'half');
    await writeFile(join(dir, `.s.lock.json.${process.pid}.tmp`), 'mine');
    await writeFile(join(dir, '.other.json.999999999.tmp'), 'not ours');
    await removeStaleTemps(path);
    expect((await readdir(dir)).sort()).toEqual(['.other.json.999999999.tmp', `.s.lock.json.${process.pid}.tmp`]);
  });
});
