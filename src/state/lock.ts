// The lock file: what was made, from which inputs, by which task, with which seed. Committed to git
// beside the manifest, so it holds no secret, no signed URL and no timestamp that churns.
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { SeedanceError } from '../core/errors.js';
import { writeFileAtomic } from '../core/atomic-write.js';
import { canonicalJson } from '../core/canonical-json.js';
import type { Money } from '../core/money.js';

export const LOCK_VERSION = 2;

export interface OutputRecord {
  /** File name inside the output folder. */
  file: string;
  bytes: number;
  sha256: string;
}

/**
 * A shot's place in its life, changed only by the typed transitions of lock-transitions.ts.
 * `submitting`: a create was sent and its answer not yet recorded (a crash here is settled by
 * listing the service's tasks before sending again). `created`: at the service, `taskId` known.
 * `succeeded`: the task finished, its files not saved yet. `saved`: its files are in the output
 * folder, `outputs` says which. `failed` (expired tasks too: `error.code` says which) and
 * `cancelled` end a task without a result.
 */
/** One create of the shot that ended without a clip (refused, failed, expired), oldest first. */
export interface AttemptRecord {
  /** 1, 2, ... counted over the creates sent for the shot in its run. */
  attempt: number;
  /** Absent when the create itself was refused. */
  taskId?: string;
  /** The service's error code, e.g. OutputVideoSensitiveContentDetected. */
  code: string;
  /** The input the service named (its error's `param`), when it named one. */
  param?: string;
  /** The seed the attempt used (the service's, else the one sent), when known. */
  seed?: number;
}

export const SHOT_STATUSES = ['submitting', 'created', 'succeeded', 'saved', 'failed', 'cancelled'] as const;
export type ShotLockStatus = (typeof SHOT_STATUSES)[number];

export interface ShotLock {
  fingerprint: string;
  /** Short hashes of each input (prompt, model, first_frame, ...), so a change can be named. */
  inputs?: Record<string, string>;
  status: ShotLockStatus;
  taskId?: string;
  /**
   * The account (accounts file, issue 17) the task was sent with: resume polls it with that
   * account's key. Absent for a run without an accounts file (one account, SEEDANCE_API_KEY).
   */
  account?: string;
  /** Unix seconds the pending create was sent; only while `submitting`. */
  submittedAt?: number;
  /** The seed the pending create was sent with when it is not the manifest's (after a refusal), so
   * a lost answer is still recognised; only while `submitting`. */
  submittedSeed?: number;
  /** The seed the service used. */
  seed?: number;
  /** The versioned model the service reported. */
  model?: string;
  tokens?: number;
  outputs?: { video?: OutputRecord; lastFrame?: OutputRecord };
  /** `hint`: what to do next, as the run printed it (`next:`). */
  error?: { code: string; message: string; hint?: string };
  /** A duplicate task may exist at the service (an answer was lost and could not be settled). */
  duplicateRisk?: boolean;
  /** The attempts of the shot's last run that ended without a clip, oldest first. */
  attempts?: AttemptRecord[];
}

export interface ConcatLock {
  fingerprint: string;
  method: 'copy' | 'reencode';
  output: OutputRecord;
  /** With concat.loudness: the film's integrated loudness measured after levelling, LUFS. */
  loudness?: number;
}

/**
 * What one task cost, kept for good by task id however the shot changes later: its billed tokens
 * and, with a price table, their cost then (0 for a failed, refused, expired or cancelled task:
 * only succeeded tasks are billed).
 */
export interface LedgerEntry {
  shot: string;
  status: 'succeeded' | 'failed' | 'expired' | 'cancelled';
  tokens: number;
  cost?: Money;
}

export interface LockFile {
  version: typeof LOCK_VERSION;
  /** The manifest's file name, for people reading the lock. */
  manifest: string;
  shots: Record<string, ShotLock>;
  concat?: ConcatLock;
  /** Every task whose end a run saw, by task id. */
  ledger?: Record<string, LedgerEntry>;
}

/** `storyboard.yaml` -> `storyboard.lock.json` beside it. */
export function lockPathFor(manifestFile: string): string {
  return join(dirname(manifestFile), `${basename(manifestFile, extname(manifestFile))}.lock.json`);
}

export function emptyLock(manifestFile: string): LockFile {
  return { version: LOCK_VERSION, manifest: basename(manifestFile), shots: {} };
}

/** Read a lock; a missing file is an empty lock, a damaged one a clear error (nothing is touched). */
export async function readLock(path: string, manifestFile: string): Promise<LockFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return emptyLock(manifestFile);
    throw new SeedanceError('lock.invalid', `Cannot read the lock file ${path}: ${(error as Error).message}.`, {
      hint: 'Check its permissions.',
      cause: error,
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw damaged(path, `it is not valid JSON (${(error as Error).message})`);
  }
  const version = (data as { version?: unknown } | null)?.version;
  if (version === 1) data = migrateV1(data as Record<string, unknown>);
  else if (version !== LOCK_VERSION) {
    throw new SeedanceError('lock.invalid', `The lock file ${path} has version ${JSON.stringify(version)}; this seedance-pipeline reads versions 1 and ${LOCK_VERSION}.`, {
      hint: version !== undefined && typeof version === 'number' && version > LOCK_VERSION
        ? 'It was written by a newer seedance-pipeline: upgrade the tool.'
        : 'Restore it from git (`git checkout -- <lock>`), or move it aside to start afresh (shots would be made, and paid, again).',
    });
  }
  const problem = shapeProblem(data as Record<string, unknown>);
  if (problem) throw damaged(path, problem);
  return data as LockFile;
}

/** The lock as it is written: sorted keys, two-space indent, a final newline. */
export function lockText(lock: LockFile): string {
  return Buffer.concat(lockParts(lock)).toString('utf8');
}

/**
 * The bytes of `canonicalJson(lock, 2) + '\n'` in pieces, one per entry of "ledger" and "shots",
 * so that a caller can cache the entries and write the pieces as they are: LockStore does, because
 * a 1000-shot lock is rewritten thousands of times in a run, and serializing it whole each time
 * made up half the runner's CPU.
 */
export function lockParts(lock: LockFile, entry: (section: LockSection, id: string, record: object) => Buffer = lockEntry): Buffer[] {
  const texts: Record<string, string> = {};
  for (const [key, value] of Object.entries(lock)) {
    if (value !== undefined) texts[key] = (SECTIONS as readonly string[]).includes(key) ? sectionMark(key) : indent(canonicalJson(value, 2), '  ');
  }
  const parts: Buffer[] = [];
  let rest = objectText(texts);
  // The sections come in sorted order, as objectText writes the keys.
  for (const section of SECTIONS) {
    const mark = sectionMark(section);
    const at = rest.indexOf(mark);
    const records = lock[section] as Record<string, object> | undefined;
    if (at === -1 || !records) continue;
    const ids = Object.keys(sortedKeys(records));
    const head = rest.slice(0, at);
    rest = rest.slice(at + mark.length);
    if (ids.length === 0) {
      parts.push(Buffer.from(`${head}{}`));
      continue;
    }
    parts.push(Buffer.from(`${head}{\n`));
    ids.forEach((id, i) => {
      if (i > 0) parts.push(ENTRY_SEPARATOR);
      parts.push(entry(section, id, records[id] as object));
    });
    parts.push(SECTION_END);
  }
  parts.push(Buffer.from(`${rest}\n`));
  return parts;
}

/** The parts of the lock written entry by entry. */
export type LockSection = 'ledger' | 'shots';
const SECTIONS: readonly LockSection[] = ['ledger', 'shots'];

/** One entry as it stands in its section: `    "id": { ... }`. */
export function lockEntry(_section: LockSection, id: string, record: object): Buffer {
  return Buffer.from(`    ${JSON.stringify(id)}: ${indent(canonicalJson(record, 2), '    ')}`);
}

/** JSON text holds no raw NUL, so a mark splits the rest of the lock exactly around its section. */
const sectionMark = (section: string): string => `\u0000${section}\u0000`;
const ENTRY_SEPARATOR = Buffer.from(',\n');
const SECTION_END = Buffer.from('\n  }');

/** The same keys, inserted sorted: enumerated as JSON.stringify writes them (integer-like keys first). */
function sortedKeys<T>(object: Record<string, T>): Record<string, T> {
  const sorted: Record<string, T> = {};
  for (const key of Object.keys(object).sort()) sorted[key] = object[key] as T;
  return sorted;
}

/** `{ "key": <text>, ... }`, the texts already indented to their place. */
function objectText(texts: Record<string, string>): string {
  const entries = Object.entries(sortedKeys(texts));
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, text]) => `  ${JSON.stringify(key)}: ${text}`).join(',\n')}\n}`;
}

/** JSON text never holds a raw newline inside a string, so every newline starts a line. */
function indent(text: string, pad: string): string {
  return text.replaceAll('\n', `\n${pad}`);
}

export async function writeLock(path: string, lock: LockFile): Promise<void> {
  await writeFileAtomic(path, lockParts(lock));
}

function damaged(path: string, why: string): SeedanceError {
  return new SeedanceError('lock.invalid', `The lock file ${path} is damaged: ${why}.`, {
    hint: 'Nothing was changed and no clip was deleted. Restore the lock from git (`git checkout -- <lock>`), or fix it by hand; moving it aside starts afresh (shots would be made, and paid, again).',
  });
}

const STATUSES: ReadonlySet<string> = new Set(SHOT_STATUSES);

/**
 * Version 1 (before typed transitions) had `queued`/`running` for a task at the service,
 * `succeeded` for a shot whose files were saved or not, and `expired` beside `failed`. The shots
 * keep their fingerprints, so a committed version 1 lock makes nothing again; it is written as
 * version 2 at the next change.
 */
function migrateV1(data: Record<string, unknown>): Record<string, unknown> {
  const shots = data.shots;
  if (!shots || typeof shots !== 'object' || Array.isArray(shots)) return { ...data, version: LOCK_VERSION };
  const migrated: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(shots as Record<string, Record<string, unknown> | null>)) {
    if (!value || typeof value !== 'object') {
      migrated[id] = value;
      continue;
    }
    const record = { ...value };
    const outputs = record.outputs as ShotLock['outputs'] | undefined;
    if (record.status === 'queued' || record.status === 'running') record.status = 'created';
    else if (record.status === 'succeeded' && outputs?.video) record.status = 'saved';
    else if (record.status === 'expired') {
      record.status = 'failed';
      record.error ??= { code: 'Expired', message: 'the task expired at the service' };
    }
    migrated[id] = record;
  }
  return { ...data, version: LOCK_VERSION, shots: migrated };
}

function shapeProblem(data: Record<string, unknown>): string | undefined {
  const ledger = ledgerProblem(data.ledger);
  if (ledger) return ledger;
  const shots = data.shots;
  if (!shots || typeof shots !== 'object' || Array.isArray(shots)) return '"shots" is not an object';
  for (const [id, value] of Object.entries(shots as Record<string, unknown>)) {
    const shot = value as Partial<ShotLock> | null;
    if (!shot || typeof shot !== 'object') return `shot "${id}" is not an object`;
    if (typeof shot.fingerprint !== 'string') return `shot "${id}" has no fingerprint`;
    if (typeof shot.status !== 'string' || !STATUSES.has(shot.status)) return `shot "${id}" has an unknown status ${JSON.stringify(shot.status)}`;
    if (shot.taskId !== undefined && typeof shot.taskId !== 'string') return `shot "${id}" has a task id that is not a string`;
    if (shot.account !== undefined && (typeof shot.account !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(shot.account))) return `shot "${id}" has an account that is not an account name`;
    if (shot.submittedSeed !== undefined && (!Number.isInteger(shot.submittedSeed) || shot.submittedSeed < 0)) return `shot "${id}" has a submittedSeed that is not a seed`;
    const attempts = attemptsProblem(shot.attempts);
    if (attempts) return `shot "${id}" has ${attempts}`;
    for (const key of ['video', 'lastFrame'] as const) {
      const output = shot.outputs?.[key];
      if (output && (typeof output.file !== 'string' || typeof output.sha256 !== 'string' || typeof output.bytes !== 'number')) {
        return `shot "${id}" has a damaged ${key} output record`;
      }
      // Output names are plain file names inside the output folder, never paths that climb out.
      if (output && (/[/\\]/.test(output.file) || output.file.startsWith('.'))) return `shot "${id}" names an output outside the output folder`;
    }
  }
  return undefined;
}

const LEDGER_STATUSES: ReadonlySet<string> = new Set(['succeeded', 'failed', 'expired', 'cancelled']);

function ledgerProblem(ledger: unknown): string | undefined {
  if (ledger === undefined) return undefined;
  if (!ledger || typeof ledger !== 'object' || Array.isArray(ledger)) return '"ledger" is not an object';
  for (const [task, value] of Object.entries(ledger as Record<string, unknown>)) {
    const e = value as Partial<Record<keyof LedgerEntry, unknown>> | null;
    const cost = e?.cost as Partial<Money> | undefined;
    if (!e || typeof e !== 'object' || typeof e.shot !== 'string' || typeof e.status !== 'string' || !LEDGER_STATUSES.has(e.status)
      || typeof e.tokens !== 'number' || !(e.tokens >= 0) || (cost !== undefined && (typeof cost?.amount !== 'number' || typeof cost.currency !== 'string'))) {
      return `a damaged ledger entry of task ${JSON.stringify(task)}`;
    }
  }
  return undefined;
}

function attemptsProblem(attempts: unknown): string | undefined {
  if (attempts === undefined) return undefined;
  if (!Array.isArray(attempts)) return 'an "attempts" entry that is not a list';
  for (const [i, value] of attempts.entries()) {
    const a = value as Partial<Record<keyof AttemptRecord, unknown>> | null;
    const whole = (n: unknown): boolean => typeof n === 'number' && Number.isInteger(n) && n >= 0;
    if (!a || typeof a !== 'object' || !whole(a.attempt) || typeof a.code !== 'string'
      || (a.taskId !== undefined && typeof a.taskId !== 'string') || (a.param !== undefined && typeof a.param !== 'string') || (a.seed !== undefined && !whole(a.seed))) {
      return `a damaged attempt record (attempts[${i}])`;
    }
  }
  return undefined;
}
