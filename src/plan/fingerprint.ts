// A shot's fingerprint: a hash of every resolved input. The request is built with a resolver that
// puts content hashes where the wire body would carry file contents or another shot's output, so
// the fingerprint changes exactly when what the service would be asked changes. The parts are kept
// too, so `status` can say *what* changed. Pure: file hashes come in as facts gathered before.
import { canonicalJson } from '../core/canonical-json.js';
import { sha256 } from '../core/sha256.js';
import type { MediaSource, ResolvedManifest, ResolvedShot } from '../manifest/types.js';
import type { ShotLock } from '../state/lock.js';
import { NOT_FINGERPRINTED } from '../wire/index.js';
import { buildRequest } from './request.js';

/** A fingerprint's hex value: only fingerprintShot makes one, so a plain string cannot pass for it. */
export type FingerprintValue = string & { readonly __brand: 'Fingerprint' };

export interface Fingerprint {
  value: FingerprintValue;
  /** Short hashes of each input (prompt, model, first_frame, ...). */
  parts: Record<string, string>;
  /**
   * For a shot that uses another shot's output: the fingerprint as locks before the clip store
   * recorded it (the upstream shot named by its id), so those records still match.
   */
  legacy?: { value: FingerprintValue; parts: Record<string, string> };
}

/**
 * Fingerprint a shot. `upstream` holds the lock records of the shots it uses, which must be done
 * (the sha256 of their video is part of this shot's inputs, not their id, so renaming a shot or
 * using it from another manifest changes nothing); `fileHash` the sha256 of each local file the
 * shot names.
 */
export function fingerprintShot(
  manifest: ResolvedManifest,
  shot: ResolvedShot,
  upstream: (id: string) => Readonly<ShotLock> | undefined,
  fileHash: (path: string) => string | undefined,
): Fingerprint {
  const byContent = (id: string): string => `sha256:${upstream(id)?.outputs?.video?.sha256 ?? 'none'}`;
  const current = hashRequest(manifest, shot, byContent, fileHash);
  if (shot.dependsOn.length === 0) return current;
  const byId = (id: string): string => {
    const record = upstream(id);
    return `${id}@${record?.fingerprint ?? 'missing'}:${record?.outputs?.video?.sha256 ?? 'none'}`;
  };
  return { ...current, legacy: hashRequest(manifest, shot, byId, fileHash) };
}

function hashRequest(manifest: ResolvedManifest, shot: ResolvedShot, outputOf: (id: string) => string, fileHash: (path: string) => string | undefined): Omit<Fingerprint, 'legacy'> {
  const request = buildRequest(manifest, shot, {
    media: (source: MediaSource) => {
      switch (source.kind) {
        case 'file':
          return `file:sha256:${fileHash(source.path) ?? ''}`;
        case 'shot':
          return `shot:${outputOf(source.shot)}`;
        default:
          return source.url;
      }
    },
    draftTask: (id: string) => `draft:${outputOf(id)}`,
  }, { asWritten: true });
  const parts = requestParts(manifest.api, request.body);
  // Takes with random seeds send the same request: their number tells them apart (take 1 has none, as a shot without takes).
  if (shot.take && shot.take.number > 1) parts.take = String(shot.take.number);
  return { value: sha256(canonicalJson(parts)) as FingerprintValue, parts };
}

const CONTENT_PART: Record<string, string> = {
  text: 'prompt',
  first_frame: 'first_frame',
  last_frame: 'last_frame',
  reference_image: 'reference_images',
  reference_video: 'reference_videos',
  reference_audio: 'reference_audio',
  draft_task: 'from_draft',
};

/** Split a wire body into named inputs, each hashed short. */
function requestParts(format: string, body: Record<string, unknown>): Record<string, string> {
  const grouped: Record<string, unknown[]> = { format: [format] };
  for (const [key, value] of Object.entries(body)) {
    // priority, safety_identifier and callback_url do not change the video: changing them remakes nothing.
    if (key !== 'content' && !NOT_FINGERPRINTED.has(key)) grouped[key] = [value];
  }
  if (Array.isArray(body.content)) {
    for (const item of body.content as { type: string; role?: string }[]) {
      const name = CONTENT_PART[item.role ?? item.type] ?? (item.type === 'image_url' ? 'first_frame' : item.type);
      (grouped[name] ??= []).push(item);
    }
  }
  const parts: Record<string, string> = {};
  for (const [name, values] of Object.entries(grouped)) parts[name] = sha256(canonicalJson(values)).slice(0, 16);
  return parts;
}

/** The inputs that differ between two fingerprints, for "stale because ... changed". */
export function changedParts(before: Record<string, string> | undefined, after: Record<string, string>): string[] {
  if (!before) return [];
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]).sort();
}
