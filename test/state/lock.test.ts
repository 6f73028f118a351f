import { readFile, writeFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp.js';
import { LockStore } from '../../src/state/lock-store.js';
import { canonicalJson } from '../../src/core/canonical-json.js';
import { emptyLock, lockPathFor, lockText, readLock, type LockFile } from '../../src/state/lock.js';

function temp(): Promise<string> {
  return tempDir('seedance-lock-');
}

describe('lock file', () => {
  it('sits beside the manifest', () => {
    expect(lockPathFor('/a/b/storyboard.yaml')).toBe('/a/b/storyboard.lock.json');
  });

  it('is written atomically with sorted keys, and an unchanged state is not rewritten', async () => {
    const dir = await temp();
    const path = join(dir, 's.lock.json');
    const store = new LockStore(path, emptyLock(join(dir, 's.yaml')), false);
    await store.transition('b', { to: 'submitting', fingerprint: 'f', inputs: {}, submittedAt: 1 });
    await store.transition('a', { to: 'submitting', fingerprint: 'g', inputs: {}, submittedAt: 1 });
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
    ['{"version":3,"shots":{}}', /version 3; this seedance-pipeline reads versions 1 and 2/],
    ['{"version":2,"shots":[]}', /"shots" is not an object/],
    ['{"version":2,"shots":{"a":{"status":"created"}}}', /has no fingerprint/],
    ['{"version":2,"shots":{"a":{"fingerprint":"f","status":"done"}}}', /unknown status/],
    ['{"version":2,"shots":{"a":{"fingerprint":"f","status":"queued"}}}', /unknown status "queued"/],
    ['{"version":1,"shots":{"a":{"fingerprint":"f","status":"done"}}}', /unknown status/],
    ['{"version":2,"shots":{"a":{"fingerprint":"f","status":"saved","outputs":{"video":{"file":"../x.mp4","bytes":1,"sha256":"s"}}}}}', /outside the output folder/],
    ['{"version":2,"shots":{"a":{"fingerprint":"f","status":"submitting","submittedSeed":-3}}}', /submittedSeed that is not a seed/],
    ['{"version":2,"shots":{"a":{"fingerprint":"f","status":"failed","attempts":{"code":"X"}}}}', /shot "a" has an "attempts" entry that is not a list/],
    ['{"version":2,"shots":{"a":{"fingerprint":"f","status":"failed","attempts":[{"attempt":1}]}}}', /shot "a" has a damaged attempt record \(attempts\[0\]\)/],
    ['{"version":2,"shots":{"a":{"fingerprint":"f","status":"failed","attempts":[{"attempt":1,"code":"X","seed":"7"}]}}}', /damaged attempt record/],
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
        version: 2,
        manifest: 's.yaml',
        // Integer-like ids come first in JSON.stringify's order, whatever the sort says.
        shots: {
          b: { status: 'saved', fingerprint: 'f', inputs: { prompt: '1', model: '2' }, outputs: { video: { file: 'b.mp4', bytes: 3, sha256: 'h' } } },
          '42': { fingerprint: 'g', status: 'created', seed: 7, taskId: 't' },
          '7': { fingerprint: 'quote " and\nnewline', status: 'failed', error: { code: 'c', message: 'line\nbreak' } },
          a: { fingerprint: 'a', status: 'submitting', submittedAt: 1 },
        },
        concat: { fingerprint: 'c', method: 'copy', output: { file: 'final.mp4', bytes: 1, sha256: 's' } },
        ledger: {
          'cgt-2': { shot: 'b', status: 'succeeded', tokens: 108900, cost: { amount: 5.0094, currency: 'CNY' } },
          'cgt-1': { shot: 'b', status: 'failed', tokens: 0 },
        },
      },
      { version: 2, manifest: 's.yaml', shots: {}, ledger: {} },
    ];
    for (const lock of locks) expect(lockText(lock)).toBe(canonicalJson(lock, 2) + '\n');
  });

  it('keeps records frozen, so a cached record text cannot go stale', async () => {
    const dir = await temp();
    const path = join(dir, 's.lock.json');
    const store = new LockStore(path, emptyLock(join(dir, 's.yaml')), false);
    await store.transition('a', { to: 'submitting', fingerprint: 'f', inputs: { prompt: 'p' }, submittedAt: 1 });
    await store.transition('a', { to: 'created', taskId: 't' });
    await store.transition('a', { to: 'succeeded', taskId: 't', seed: 5 });
    expect(JSON.parse(await readFile(path, 'utf8')).shots.a).toEqual({ status: 'succeeded', fingerprint: 'f', inputs: { prompt: 'p' }, taskId: 't', seed: 5 });
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
    await Promise.all(Array.from({ length: 1500 }, (_, i) => store.transition(`shot-${i}`, { to: 'submitting', fingerprint: `f${i}`, inputs: {}, submittedAt: i })));
    await store.transition('shot-700', { to: 'created', taskId: 't700' });
    expect(await readFile(path, 'utf8')).toBe(canonicalJson(store.data, 2) + '\n');
  });

  it('keeps the ledger beside the shots, written entry by entry like them', async () => {
    const dir = await temp();
    const path = join(dir, 's.lock.json');
    const store = new LockStore(path, emptyLock(join(dir, 's.yaml')), false);
    await store.transition('a', { to: 'submitting', fingerprint: 'f', inputs: {}, submittedAt: 1 });
    await store.recordTask('cgt-1', { shot: 'a', status: 'succeeded', tokens: 10, cost: { amount: 0.5, currency: 'USD' } });
    await store.transition('a', { to: 'submitting', fingerprint: 'g', inputs: {}, submittedAt: 2 });
    expect(await readFile(path, 'utf8')).toBe(canonicalJson(store.data, 2) + '\n');
    // A new submission of the shot forgets its old task, but not what the task cost.
    expect((await readLock(path, join(dir, 's.yaml'))).ledger).toEqual({ 'cgt-1': { shot: 'a', status: 'succeeded', tokens: 10, cost: { amount: 0.5, currency: 'USD' } } });
  });

  it('refuses a damaged ledger', async () => {
    const dir = await temp();
    const path = join(dir, 's.lock.json');
    await writeFile(path, JSON.stringify({ version: 2, manifest: 's.yaml', shots: {}, ledger: { t: { shot: 'a', status: 'succeeded', tokens: 'many' } } }));
    await expect(readLock(path, join(dir, 's.yaml'))).rejects.toThrow(/ledger entry of task "t"/);
  });

  it('reads a missing lock as empty', async () => {
    const dir = await temp();
    expect(await readLock(join(dir, 'none.lock.json'), join(dir, 'none.yaml'))).toEqual({ version: 2, manifest: 'none.yaml', shots: {} });
  });
});

describe('a version 1 lock (before typed transitions)', () => {
  it('is read as version 2: tasks at the service are created, saved clips saved, expiries failed, fingerprints kept', async () => {
    const dir = await temp();
    const path = join(dir, 's.lock.json');
    const video = { file: 'a.mp4', bytes: 3, sha256: 'h' };
    const v1 = {
      version: 1,
      manifest: 's.yaml',
      shots: {
        a: { fingerprint: 'fa', status: 'succeeded', taskId: 'ta', seed: 1, outputs: { video, lastFrame: { ...video, file: 'a.last.png' } } },
        b: { fingerprint: 'fb', status: 'succeeded', taskId: 'tb' },
        c: { fingerprint: 'fc', status: 'queued', taskId: 'tc' },
        d: { fingerprint: 'fd', status: 'running', taskId: 'td' },
        e: { fingerprint: 'fe', status: 'expired', taskId: 'te' },
        f: { fingerprint: 'ff', status: 'submitting', submittedAt: 5 },
        g: { fingerprint: 'fg', status: 'failed', taskId: 'tg', error: { code: 'X', message: 'm' } },
      },
    };
    await writeFile(path, JSON.stringify(v1));
    const lock = await readLock(path, join(dir, 's.yaml'));
    expect(lock.version).toBe(2);
    expect(Object.fromEntries(Object.entries(lock.shots).map(([id, r]) => [id, r.status]))).toEqual({ a: 'saved', b: 'succeeded', c: 'created', d: 'created', e: 'failed', f: 'submitting', g: 'failed' });
    expect(lock.shots.e?.error?.code).toBe('Expired');
    expect(lock.shots.a).toMatchObject({ fingerprint: 'fa', taskId: 'ta', seed: 1, outputs: { video } });
    // Read only: the file on disk stays as it was until the next change.
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(v1);
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
