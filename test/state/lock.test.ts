import { mkdtemp, readFile, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LockStore } from '../../src/state/lock-store.js';
import { emptyLock, lockPathFor, readLock } from '../../src/state/lock.js';

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

  it('reads a missing lock as empty', async () => {
    const dir = await temp();
    expect(await readLock(join(dir, 'none.lock.json'), join(dir, 'none.yaml'))).toEqual({ version: 1, manifest: 'none.yaml', shots: {} });
  });
});

describe('temp files of killed writers', () => {
  it('are removed when their process is gone, kept while it lives', async () => {
    const { removeStaleTemps } = await import('../../src/state/atomic-write.js');
    const dir = await temp();
    const path = join(dir, 's.lock.json');
    await writeFile(join(dir, '.s.lock.json.999999999.tmp'), 'half');
    await writeFile(join(dir, `.s.lock.json.${process.pid}.tmp`), 'mine');
    await writeFile(join(dir, '.other.json.999999999.tmp'), 'not ours');
    await removeStaleTemps(path);
    expect((await readdir(dir)).sort()).toEqual(['.other.json.999999999.tmp', `.s.lock.json.${process.pid}.tmp`]);
  });
});
