// The clip store in an S3-compatible bucket (SEEDANCE_STORE=s3://bucket/prefix), so a team or a CI
// matrix shares clips across machines. An entry is `<prefix><fp[0..2]>/<fp>/entry.json` beside its
// clip and last frame, as in a folder store, except that their names carry their sha256
// (`clip.<sha256>.mp4`, `last.<sha256>.png`): a key only ever holds one content, so two machines
// storing one fingerprint at once never mix their files, whatever the server supports. Objects are
// whole once written (PutObject is atomic); the files go first and entry.json last, so a reader
// never sees an entry whose files are not there; entry.json is written with If-None-Match: *, so
// where the server supports it the first entry stays, and where it does not the last one does,
// both whole. Readers check size and sha256 of every byte on the way to the output folder.
// Credentials and region come from the AWS SDK's chain; the SDK is loaded only when a bucket is used.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type * as S3 from '@aws-sdk/client-s3';
import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import pLimit from 'p-limit';
import { SeedanceError } from '../core/errors.js';
import type { OutputRecord } from './lock.js';
import { CLIP, ENTRY, FRAME, checkStored, isFingerprint, newEntry, parseEntry, type ClipStore, type EntryRecord, type StoreEntry, type StoredFile } from './store.js';

export interface S3Place {
  bucket: string;
  /** '' or a key prefix ending in '/'. */
  prefix: string;
}

/** What the store takes from the environment; the SDK's own chain fills in whatever is not set. */
export interface S3Settings {
  region?: string;
  /** An S3-compatible service's URL (AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL); path-style when set. */
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  profile?: string;
}

export function isS3Url(text: string): boolean {
  return /^s3:\/\//i.test(text);
}

/** `s3://bucket/prefix` as a bucket and a key prefix. Never repeats the URL: it may hold a pasted key. */
export function parseS3Url(url: string): S3Place {
  const match = /^s3:\/\/([^/]*)(?:\/(.*))?$/i.exec(url.trim());
  const bucket = match?.[1] ?? '';
  if (bucket.includes('@') || bucket.includes(':')) {
    throw new SeedanceError('usage', 'SEEDANCE_STORE names an S3 store with something before the bucket (user:secret@); credentials never go in the URL, so it was not used.', {
      hint: 'Write it as s3://bucket/prefix; the AWS SDK takes credentials from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE.',
    });
  }
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new SeedanceError('usage', `SEEDANCE_STORE's bucket \`${bucket}\` is not an S3 bucket name (3 to 63 lower-case letters, digits, dots and hyphens).`, { hint: 'Write it as s3://bucket/prefix, e.g. s3://team-clips/seedance.' });
  }
  const prefix = (match?.[2] ?? '').replace(/^\/+|\/+$/g, '');
  return { bucket, prefix: prefix ? `${prefix}/` : '' };
}

/** Region, endpoint and credentials from `env` (the library's env option; the SDK's chain reads process.env). */
export function s3SettingsFrom(env: Readonly<Record<string, string | undefined>>): S3Settings {
  const get = (name: string): string | undefined => env[name]?.trim() || undefined;
  const endpoint = get('AWS_ENDPOINT_URL_S3') ?? get('AWS_ENDPOINT_URL');
  const region = get('AWS_REGION') ?? get('AWS_DEFAULT_REGION');
  const accessKeyId = get('AWS_ACCESS_KEY_ID');
  const secretAccessKey = get('AWS_SECRET_ACCESS_KEY');
  const sessionToken = get('AWS_SESSION_TOKEN');
  const profile = get('AWS_PROFILE');
  return {
    ...(endpoint ? { endpoint } : {}),
    // A service of one's own has no regions, but SigV4 signs with one.
    ...(region ? { region } : endpoint ? { region: 'us-east-1' } : {}),
    ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) } } : {}),
    ...(profile ? { profile } : {}),
  };
}

type Sdk = typeof S3;

export class S3Store implements ClipStore {
  readonly kind = 's3';
  readonly location: string;
  private sdk: Promise<{ sdk: Sdk; client: S3Client }> | undefined;

  constructor(
    readonly place: S3Place,
    private readonly settings: S3Settings,
    /** Keys a listing page asks for (S3's most, 1000, by default; tests ask for fewer to see pages). */
    private readonly pageSize?: number,
  ) {
    this.location = `s3://${place.bucket}/${place.prefix}`;
  }

  private key(fingerprint: string, name: string): string {
    return `${this.place.prefix}${fingerprint.slice(0, 2)}/${fingerprint}/${name}`;
  }

  /** A file's key: its name with its sha256 in it (see the top of this file). */
  private fileKey(fingerprint: string, name: typeof CLIP | typeof FRAME, file: StoredFile): string {
    if (!/^[0-9a-f]{64}$/.test(file.sha256)) throw new SeedanceError('internal', `a store file's sha256 is not one: ${file.sha256.slice(0, 80)}`);
    const dot = name.lastIndexOf('.');
    return this.key(fingerprint, `${name.slice(0, dot)}.${file.sha256}${name.slice(dot)}`);
  }

  async close(): Promise<void> {
    const open = this.sdk;
    this.sdk = undefined;
    (await open)?.client.destroy();
  }

  private connect(): Promise<{ sdk: Sdk; client: S3Client }> {
    this.sdk ??= import('@aws-sdk/client-s3').then((sdk) => {
      // The SDK warns on Node 20 about versions not yet published; the version pinned here runs on it.
      process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
      const { region, endpoint, credentials, profile } = this.settings;
      const config: S3ClientConfig = {
        ...(region ? { region } : {}),
        ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
        ...(credentials ? { credentials } : {}),
        ...(profile ? { profile } : {}),
        // Checksums only where S3 requires them: many S3-compatible services refuse the SDK's newer default ones.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        maxAttempts: 3,
        requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
      };
      return { sdk, client: new sdk.S3Client(config) };
    });
    return this.sdk;
  }

  async index(): Promise<Map<string, StoreEntry>> {
    const { sdk, client } = await this.connect();
    const names: string[] = [];
    const pattern = /^([0-9a-f]{2})\/([0-9a-f]{64})\/entry\.json$/;
    try {
      for await (const page of sdk.paginateListObjectsV2({ client, ...(this.pageSize ? { pageSize: this.pageSize } : {}) }, { Bucket: this.place.bucket, Prefix: this.place.prefix })) {
        for (const object of page.Contents ?? []) {
          const match = pattern.exec((object.Key ?? '').slice(this.place.prefix.length));
          if (match && match[2]?.startsWith(match[1] as string)) names.push(match[2]);
        }
      }
    } catch (error) {
      throw this.failed(error, 'listed');
    }
    const limit = pLimit(16);
    const entries = new Map<string, StoreEntry>();
    await Promise.all(
      names.map((fingerprint) =>
        limit(async () => {
          const entry = await this.read(fingerprint);
          if (entry) entries.set(fingerprint, entry);
        }),
      ),
    );
    return entries;
  }

  async read(fingerprint: string): Promise<StoreEntry | undefined> {
    if (!isFingerprint(fingerprint)) return undefined;
    const { sdk, client } = await this.connect();
    try {
      const answer = await client.send(new sdk.GetObjectCommand({ Bucket: this.place.bucket, Key: this.key(fingerprint, ENTRY) }));
      return parseEntry((await answer.Body?.transformToString('utf8')) ?? '', fingerprint);
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw this.failed(error, 'read');
    }
  }

  async put(record: EntryRecord, files: { video: string; lastFrame: string }, outputs: { video: OutputRecord; lastFrame: OutputRecord }): Promise<void> {
    const fingerprint = record.fingerprint;
    if (await this.read(fingerprint)) return;
    const { sdk, client } = await this.connect();
    const entry = newEntry(record, outputs);
    const uploads = [
      { key: this.fileKey(fingerprint, CLIP, entry.video), path: files.video, bytes: entry.video.bytes, type: 'video/mp4' },
      { key: this.fileKey(fingerprint, FRAME, entry.lastFrame), path: files.lastFrame, bytes: entry.lastFrame.bytes, type: 'image/png' },
    ];
    try {
      // Streamed from the file: a clip is never held whole in memory.
      for (const upload of uploads) {
        await client.send(new sdk.PutObjectCommand({ Bucket: this.place.bucket, Key: upload.key, Body: createReadStream(upload.path), ContentLength: upload.bytes, ContentType: upload.type }));
      }
      const body = JSON.stringify(entry, null, 2) + '\n';
      const putEntry = (condition: boolean) =>
        client.send(new sdk.PutObjectCommand({ Bucket: this.place.bucket, Key: this.key(fingerprint, ENTRY), Body: body, ContentType: 'application/json', ...(condition ? { IfNoneMatch: '*' } : {}) }));
      await putEntry(true).catch(async (error: unknown) => {
        // A server that does not know conditional writes: the last entry written stays, whole too.
        if (nameOf(error) === 'NotImplemented') return putEntry(false);
        throw error;
      });
    } catch (error) {
      // Another machine stored this fingerprint a moment ago: its entry stays, and our files go unless they are its.
      if (!isTaken(error)) throw this.failed(error, 'written');
      const theirs = await this.read(fingerprint);
      const kept = new Set(theirs ? [this.fileKey(fingerprint, CLIP, theirs.video), this.fileKey(fingerprint, FRAME, theirs.lastFrame)] : []);
      for (const { key } of uploads) if (theirs && !kept.has(key)) await this.deleteKey(key).catch(() => undefined);
    }
  }

  async restore(entry: StoreEntry, outputDir: string, names: { video: string; lastFrame: string }): Promise<{ video: OutputRecord; lastFrame: OutputRecord }> {
    const video = await this.restoreFile(entry.fingerprint, CLIP, entry.video, outputDir, names.video);
    const lastFrame = await this.restoreFile(entry.fingerprint, FRAME, entry.lastFrame, outputDir, names.lastFrame);
    return { video, lastFrame };
  }

  /** Removes the entry first (readers stop seeing it), then every object under its fingerprint. */
  async remove(fingerprint: string): Promise<void> {
    if (!isFingerprint(fingerprint)) return;
    const { sdk, client } = await this.connect();
    try {
      await this.deleteKey(this.key(fingerprint, ENTRY));
      for await (const page of sdk.paginateListObjectsV2({ client, ...(this.pageSize ? { pageSize: this.pageSize } : {}) }, { Bucket: this.place.bucket, Prefix: this.key(fingerprint, '') })) {
        for (const object of page.Contents ?? []) if (object.Key) await this.deleteKey(object.Key);
      }
    } catch (error) {
      throw this.failed(error, 'cleared');
    }
  }

  /** One object at a time: DeleteObjects needs a checksum many S3-compatible services refuse. */
  private async deleteKey(key: string): Promise<void> {
    const { sdk, client } = await this.connect();
    await client.send(new sdk.DeleteObjectCommand({ Bucket: this.place.bucket, Key: key }));
  }

  private async restoreFile(fingerprint: string, name: typeof CLIP | typeof FRAME, want: StoredFile, outputDir: string, as: string): Promise<OutputRecord> {
    const { sdk, client } = await this.connect();
    const get = (key: string) => client.send(new sdk.GetObjectCommand({ Bucket: this.place.bucket, Key: key }));
    const part = join(outputDir, `.${as}.${process.pid}-${randomBytes(4).toString('hex')}.part`);
    try {
      let answer;
      try {
        // A folder store copied into the bucket as it is (aws s3 sync) has the plain names.
        answer = await get(this.fileKey(fingerprint, name, want)).catch((error: unknown) => (isMissing(error) ? get(this.key(fingerprint, name)) : Promise.reject(error)));
      } catch (error) {
        if (isMissing(error)) checkStored(undefined, want, as, fingerprint);
        throw this.failed(error, 'read');
      }
      const got = await saveBody(answer.Body as Readable, part, want.bytes).catch((error: unknown) => {
        throw this.failed(error, 'read');
      });
      checkStored(got, want, as, fingerprint);
      await rename(part, join(outputDir, as));
    } finally {
      await rm(part, { force: true });
    }
    return { file: as, bytes: want.bytes, sha256: want.sha256 };
  }

  /** An SDK error as a store error that says what failed and what to do, with no credential in it. */
  private failed(error: unknown, what: 'listed' | 'read' | 'written' | 'cleared'): SeedanceError {
    if (error instanceof SeedanceError) return error;
    const name = nameOf(error);
    const status = (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
    const code = (error as { code?: string })?.code;
    const where = this.settings.endpoint ? ` at ${origin(this.settings.endpoint)}` : '';
    const [why, hint] =
      name === 'NoSuchBucket'
        ? [`the bucket ${this.place.bucket} does not exist${where}`, 'Create the bucket, or point SEEDANCE_STORE at one that exists (s3://bucket/prefix).']
        : name === 'CredentialsProviderError'
          ? ['no AWS credentials were found', 'Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, for an account that may use the bucket.']
          : /region is missing/i.test(String((error as Error)?.message))
            ? ['no AWS region is set', 'Set AWS_REGION to the bucket\'s region (e.g. eu-west-1).']
            : status === 401 || status === 403 || /AccessDenied|InvalidAccessKeyId|SignatureDoesNotMatch|ExpiredToken|InvalidToken/.test(name)
              ? [`access was refused (${name}${status ? `, HTTP ${status}` : ''})`, `Check the credentials the AWS SDK finds (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE) and that they may list, read, write and delete under ${this.location}.`]
              : (code !== undefined && /^E[A-Z]+$/.test(code)) || /Timeout|TimedOut|NetworkingError/i.test(name)
                ? [`the service${where || ' (AWS S3)'} could not be reached (${code ?? name})`, 'Check the network, and AWS_ENDPOINT_URL_S3 (or AWS_ENDPOINT_URL) when the bucket is on an S3-compatible service of your own.']
                : [`the service answered ${name}${status ? ` (HTTP ${status})` : ''}`, 'Try again; if it persists, check the bucket with the AWS CLI (aws s3 ls).'];
    return new SeedanceError('store.unreachable', `The clip store ${this.location} could not be ${what}: ${why}.`, { hint, ...(status ? { status } : {}) });
  }
}

function nameOf(error: unknown): string {
  return String((error as { name?: unknown; Code?: unknown })?.name ?? (error as { Code?: unknown })?.Code ?? 'Error');
}

function isMissing(error: unknown): boolean {
  return nameOf(error) === 'NoSuchKey' || (nameOf(error) === 'NotFound' && (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404);
}

/** If-None-Match lost: the entry is there already (412), or being written by another at this moment (409). */
function isTaken(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
  return nameOf(error) === 'PreconditionFailed' || nameOf(error) === 'ConditionalRequestConflict' || status === 412;
}

/** A URL's scheme, host and port only: no user, password, path or query. */
function origin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'the endpoint set (not a URL)';
  }
}

/** Stream an object to a file, counting and hashing it on the way; no more than `most` bytes are taken. */
async function saveBody(body: Readable, path: string, most: number): Promise<StoredFile> {
  const hash = createHash('sha256');
  let bytes = 0;
  const tally = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      if (bytes > most) return callback(new SeedanceError('store.damaged', 'the object is larger than its entry records'));
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  try {
    await pipeline(body, tally, createWriteStream(path, { flags: 'wx' }));
  } catch (error) {
    // More bytes than recorded is damage, not a network failure.
    if (error instanceof SeedanceError) return { bytes, sha256: '' };
    throw error;
  }
  return { bytes, sha256: hash.digest('hex') };
}
