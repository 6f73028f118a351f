// The clip store in an S3-compatible bucket, against a real S3 server (s3rver) on loopback: an
// entry goes in and comes back byte for byte, the index pages through the listing, a damaged or
// missing object is never handed out, several machines storing one fingerprint at once end with
// one whole entry, and a missing bucket, a refused key or no network is a clear store error with
// no credential in it.
import { createServer } from 'node:net';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSeedanceError, type SeedanceError } from '../../src/core/errors.js';
import { sha256 } from '../../src/core/sha256.js';
import { FolderStore } from '../../src/state/folder-store.js';
import { openStore, storeLocationFor } from '../../src/state/open-store.js';
import { S3Store, parseS3Url, s3SettingsFrom } from '../../src/state/s3-store.js';
import { removeDir, suiteTempDir, tempDir } from '../temp.js';
import { ACCESS_KEY_ID, SECRET_ACCESS_KEY, s3Env, startS3, type S3Test } from './s3-store-server.js';

let s3: S3Test;
let root: string;
beforeAll(async () => {
  root = await suiteTempDir('seedance-s3-');
  s3 = await startS3(root);
});
afterAll(async () => {
  await s3.close();
  await removeDir(root);
});

const FP = 'cd'.repeat(32);
let prefixes = 0;
/** A store under a prefix of its own, so the tests do not see each other's entries. */
const storeAt = (env = s3.env, bucket = s3.bucket): S3Store => openStore(`s3://${bucket}/t${++prefixes}/`, env) as S3Store;

async function outputs(dir: string, tag: string, size = 1000) {
  await mkdir(dir, { recursive: true });
  const video = Buffer.concat([Buffer.from(`video ${tag} `), Buffer.alloc(size, tag)]);
  const frame = Buffer.from(`frame ${tag}`);
  await writeFile(join(dir, 'v.mp4'), video);
  await writeFile(join(dir, 'f.png'), frame);
  return {
    bytes: { video, frame },
    files: { video: join(dir, 'v.mp4'), lastFrame: join(dir, 'f.png') },
    records: { video: { file: 'v.mp4', bytes: video.length, sha256: sha256(video) }, lastFrame: { file: 'f.png', bytes: frame.length, sha256: sha256(frame) } },
  };
}

/** Write an object as another program would (a damaged upload, a hand edit). */
async function putRaw(key: string, body: string | Buffer): Promise<void> {
  const client = new S3Client({ endpoint: s3.env.AWS_ENDPOINT_URL_S3 as string, forcePathStyle: true, region: 'us-east-1', credentials: { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY } });
  await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: body }));
  client.destroy();
}

describe('the clip store in an S3 bucket', () => {
  it('keeps an entry and gives it back byte for byte: read, index, restore, remove', async () => {
    const dir = await tempDir('seedance-s3-');
    const store = storeAt();
    const source = await outputs(join(dir, 'in'), 'one', 3_000_000);
    await store.put({ fingerprint: FP, taskId: 'cgt-1', seed: 7, model: 'doubao-seedance-2.0' }, source.files, source.records);
    expect(await store.read(FP)).toMatchObject({ version: 1, fingerprint: FP, taskId: 'cgt-1', seed: 7, video: { bytes: source.bytes.video.length, sha256: source.records.video.sha256 } });
    expect([...(await store.index()).keys()]).toEqual([FP]);
    const out = join(dir, 'out');
    await mkdir(out);
    const restored = await store.restore((await store.read(FP))!, out, { video: 'a.mp4', lastFrame: 'a.last.png' });
    expect(restored.video).toEqual({ file: 'a.mp4', bytes: source.records.video.bytes, sha256: source.records.video.sha256 });
    expect((await readFile(join(out, 'a.mp4'))).equals(source.bytes.video)).toBe(true);
    expect((await readFile(join(out, 'a.last.png'))).equals(source.bytes.frame)).toBe(true);
    expect((await readdir(out)).sort()).toEqual(['a.last.png', 'a.mp4']);

    // A second put of the fingerprint changes nothing: entries never change.
    const other = await outputs(join(dir, 'other'), 'two');
    await store.put({ fingerprint: FP, taskId: 'cgt-2' }, other.files, other.records);
    expect((await store.read(FP))?.taskId).toBe('cgt-1');

    await store.remove(FP);
    expect(await store.read(FP)).toBeUndefined();
    expect((await store.index()).size).toBe(0);
    await store.close();
  });

  it('lists the index page by page', async () => {
    const dir = await tempDir('seedance-s3-');
    const store = new S3Store(parseS3Url(`s3://${s3.bucket}/paged`), s3SettingsFrom(s3.env), 2);
    const source = await outputs(dir, 'paged');
    const fingerprints = ['0a', '1b', '2c', '3d', '4e'].map((p) => p.repeat(32));
    for (const fingerprint of fingerprints) await store.put({ fingerprint, taskId: `cgt-${fingerprint.slice(0, 2)}` }, source.files, source.records);
    // 15 objects, two a page: the last entries are on the last pages.
    expect([...(await store.index()).keys()].sort()).toEqual(fingerprints);
    await store.close();
  });

  it('never hands out bytes that are not the ones stored, nor a file that is gone', async () => {
    const dir = await tempDir('seedance-s3-');
    const store = storeAt();
    const source = await outputs(join(dir, 'in'), 'damage');
    await store.put({ fingerprint: FP, taskId: 'cgt-1' }, source.files, source.records);
    const entry = (await store.read(FP))!;
    const out = join(dir, 'out');
    await mkdir(out);
    const clipKey = `${store.place.prefix}cd/${FP}/clip.${source.records.video.sha256}.mp4`;
    await putRaw(clipKey, 'half a clip');
    const damaged = await failure(store.restore(entry, out, { video: 'a.mp4', lastFrame: 'a.last.png' }));
    expect(isSeedanceError(damaged, 'store.damaged')).toBe(true);
    expect(damaged.message).toMatch(/damaged: its bytes are not the ones stored/);
    // The same size with one byte changed is caught too.
    const flipped = Buffer.from(source.bytes.video);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] as number) ^ 0xff;
    await putRaw(clipKey, flipped);
    expect((await failure(store.restore(entry, out, { video: 'a.mp4', lastFrame: 'a.last.png' }))).code).toBe('store.damaged');
    // An entry whose file is gone.
    const missing = { ...entry, video: { bytes: 5, sha256: 'e'.repeat(64) } };
    const gone = await failure(store.restore(missing, out, { video: 'b.mp4', lastFrame: 'b.last.png' }));
    expect(gone.code).toBe('store.damaged');
    expect(gone.message).toMatch(/is missing/);
    expect(await readdir(out)).toEqual([]);
    // A damaged entry.json is no entry.
    await putRaw(`${store.place.prefix}cd/${FP}/entry.json`, '{"version": 1, "fingerprint"');
    expect(await store.read(FP)).toBeUndefined();
    expect((await store.index()).size).toBe(0);
    await store.close();
  });

  it('reads a folder store copied into the bucket as it is (aws s3 sync)', async () => {
    const dir = await tempDir('seedance-s3-');
    const folder = new FolderStore(join(dir, 'store'));
    const source = await outputs(join(dir, 'in'), 'synced');
    await folder.put({ fingerprint: FP, taskId: 'cgt-9' }, source.files, source.records);
    const store = storeAt();
    for (const name of ['clip.mp4', 'last.png', 'entry.json']) await putRaw(`${store.place.prefix}cd/${FP}/${name}`, await readFile(join(folder.dir, 'cd', FP, name)));
    const entry = (await store.index()).get(FP);
    expect(entry?.taskId).toBe('cgt-9');
    const out = join(dir, 'out');
    await mkdir(out);
    await store.restore(entry!, out, { video: 'a.mp4', lastFrame: 'a.last.png' });
    expect((await readFile(join(out, 'a.mp4'))).equals(source.bytes.video)).toBe(true);
    await store.close();
  });

  it('several machines storing one fingerprint at once end with one whole entry, same clip or not', async () => {
    const dir = await tempDir('seedance-s3-');
    for (const kind of ['same', 'different'] as const) {
      const location = `s3://${s3.bucket}/race-${kind}/`;
      // Each writer has its own client, as separate machines do; each made the clip itself when different.
      const writers = await Promise.all(Array.from({ length: 6 }, (_, i) => outputs(join(dir, kind, `w${i}`), kind === 'same' ? 'same clip' : `clip ${i}`, 200_000)));
      const stores = writers.map(() => openStore(location, s3.env));
      await Promise.all(writers.map((w, i) => stores[i]!.put({ fingerprint: FP, taskId: `cgt-${i}` }, w.files, w.records)));
      const reader = openStore(location, s3.env);
      const index = await reader.index();
      expect([...index.keys()]).toEqual([FP]);
      const entry = index.get(FP)!;
      const out = join(dir, kind, 'out');
      await mkdir(out);
      const restored = await reader.restore(entry, out, { video: 'a.mp4', lastFrame: 'a.last.png' });
      const writer = writers[Number(entry.taskId.slice(4))]!;
      expect(restored.video.sha256).toBe(writer.records.video.sha256);
      expect((await readFile(join(out, 'a.mp4'))).equals(writer.bytes.video)).toBe(true);
      expect((await readFile(join(out, 'a.last.png'))).equals(writer.bytes.frame)).toBe(true);
      for (const store of [...stores, reader]) await store.close();
    }
  });

  it("takes credentials from the SDK's chain: a profile of a shared credentials file (AWS_PROFILE)", async () => {
    const dir = await tempDir('seedance-s3-');
    await writeFile(join(dir, 'credentials'), `[team]\naws_access_key_id = ${ACCESS_KEY_ID}\naws_secret_access_key = ${SECRET_ACCESS_KEY}\n`);
    // The SDK reads the file's path from the process's environment (this test worker's own).
    const saved = { AWS_SHARED_CREDENTIALS_FILE: process.env.AWS_SHARED_CREDENTIALS_FILE, AWS_CONFIG_FILE: process.env.AWS_CONFIG_FILE };
    process.env.AWS_SHARED_CREDENTIALS_FILE = join(dir, 'credentials');
    process.env.AWS_CONFIG_FILE = join(dir, 'config');
    const { AWS_ACCESS_KEY_ID: _id, AWS_SECRET_ACCESS_KEY: _secret, ...rest } = s3.env;
    const store = storeAt({ ...rest, AWS_PROFILE: 'team' });
    try {
      expect((await store.index()).size).toBe(0);
      const other = storeAt({ ...rest, AWS_PROFILE: 'nobody' });
      expect((await failure(other.index())).message).toMatch(/could not be listed: no AWS credentials were found/);
      await other.close();
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      await store.close();
    }
  });

  it('a missing bucket, a refused key and no network are store errors that say what to do, with no credential in them', async () => {
    const errors: SeedanceError[] = [];
    const expectError = async (store: S3Store, pattern: RegExp): Promise<void> => {
      const error = await failure(store.index());
      expect(error.code, error.message).toBe('store.unreachable');
      expect(error.message).toMatch(pattern);
      expect(error.hint).toBeTruthy();
      errors.push(error);
      await store.close();
    };
    await expectError(storeAt(s3.env, 'no-such-bucket'), /^The clip store s3:\/\/no-such-bucket\/t\d+\/ could not be listed: the bucket no-such-bucket does not exist at http:\/\/127\.0\.0\.1:\d+\.$/);
    await expectError(storeAt({ ...s3.env, AWS_ACCESS_KEY_ID: 'AKIASEEDANCEUNKNOWN1' }), /could not be listed: access was refused \(InvalidAccessKeyId, HTTP 403\)/);
    const closed = await freePort();
    await expectError(storeAt(s3Env(`http://127.0.0.1:${closed}`)), /could not be listed: the service at http:\/\/127\.0\.0\.1:\d+ could not be reached \(ECONNREFUSED\)/);
    expect(errors[1]!.hint).toMatch(/AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE/);
    const text = JSON.stringify(errors.map((e) => ({ message: e.message, hint: e.hint, cause: String(e.cause) })));
    for (const secret of [ACCESS_KEY_ID, 'AKIASEEDANCEUNKNOWN1', SECRET_ACCESS_KEY]) expect(text).not.toContain(secret);

    // put fails the same way (the runner turns it into a warning).
    const dir = await tempDir('seedance-s3-');
    const source = await outputs(dir, 'x');
    const nowhere = storeAt(s3.env, 'no-such-bucket');
    expect((await failure(nowhere.put({ fingerprint: FP, taskId: 'cgt-1' }, source.files, source.records))).code).toBe('store.unreachable');
    await nowhere.close();
  });
});

describe('choosing an S3 store', () => {
  it('SEEDANCE_STORE=s3://… picks a bucket; a manifest cannot; credentials never go in the URL', () => {
    expect(storeLocationFor({ dir: '/p' }, { SEEDANCE_STORE: 's3://team-clips/seedance/' })).toBe('s3://team-clips/seedance/');
    expect(openStore('s3://team-clips/seedance//', {}).location).toBe('s3://team-clips/seedance/');
    expect(openStore('s3://team-clips', {}).location).toBe('s3://team-clips/');
    // A manifest's store: is resolved as a path by the loader: at most a folder named s3: in the project.
    expect(openStore(storeLocationFor({ dir: '/p', store: '/p/s3:/bucket' }, {}), {}).kind).toBe('folder');
    const pasted = (() => {
      try {
        parseS3Url(`s3://${ACCESS_KEY_ID}:${SECRET_ACCESS_KEY}@team-clips/x`);
      } catch (error) {
        return error as SeedanceError;
      }
    })();
    expect(pasted?.code).toBe('usage');
    expect(`${pasted?.message} ${pasted?.hint}`).not.toMatch(/AKIA|secret-/);
    expect(() => parseS3Url('s3://Team_Clips/x')).toThrow(/not an S3 bucket name/);
  });

  it('takes the endpoint of an S3-compatible service, path-style, and a region for it', () => {
    expect(s3SettingsFrom({ AWS_ENDPOINT_URL: 'http://127.0.0.1:9000' })).toEqual({ endpoint: 'http://127.0.0.1:9000', region: 'us-east-1' });
    expect(s3SettingsFrom({ AWS_ENDPOINT_URL: 'http://a', AWS_ENDPOINT_URL_S3: 'http://b', AWS_REGION: 'eu-west-1', AWS_PROFILE: 'team' })).toEqual({ endpoint: 'http://b', region: 'eu-west-1', profile: 'team' });
    expect(s3SettingsFrom({})).toEqual({});
  });
});

/** The SeedanceError a promise is rejected with (a test failure when it is not). */
async function failure(promise: Promise<unknown>): Promise<SeedanceError> {
  const error = await promise.then(
    () => new Error('expected a SeedanceError, but it succeeded'),
    (e: unknown) => e,
  );
  if (!isSeedanceError(error)) throw error;
  return error;
}

/** A port nothing listens on: one the system gave and took back. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
