// Which clip store a command uses, and opening it: a folder (the default, or any path) or an
// S3-compatible bucket. Only the user picks a bucket (SEEDANCE_STORE, or the library's store
// option): a manifest's `store:` is always a folder inside the project.
import { join, resolve } from 'node:path';
import { FolderStore } from './folder-store.js';
import { S3Store, isS3Url, parseS3Url, s3SettingsFrom } from './s3-store.js';
import { STORE_FOLDER, type ClipStore } from './store.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The store a manifest uses: SEEDANCE_STORE (the user's choice: a folder anywhere, or
 * s3://bucket/prefix), else the manifest's `store:` (resolved and checked against the project by
 * the manifest loader), else `.seedance/store/` beside the manifest, shared by every manifest in
 * that folder.
 */
export function storeLocationFor(manifest: { dir: string; store?: string }, env: Env): string {
  const chosen = env.SEEDANCE_STORE?.trim();
  if (chosen) return isS3Url(chosen) ? chosen : resolve(chosen);
  return manifest.store ?? join(manifest.dir, STORE_FOLDER);
}

/** The store at a location storeLocationFor gave (or the library's store option). */
export function openStore(location: string, env: Env): ClipStore {
  return isS3Url(location) ? new S3Store(parseS3Url(location), s3SettingsFrom(env)) : new FolderStore(location);
}
