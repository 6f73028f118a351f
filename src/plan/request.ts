// The exact wire request of a shot's create, for the manifest's format (API.md sections 1 and 2).
// Pure and deterministic: the same manifest, shot and resolver give the same bytes, which is what
// lets the runner fingerprint a shot by hashing this body. The bodies themselves are src/wire's.
import type { ResolvedManifest, ResolvedShot } from '../manifest/types.js';
import { wireFormat, type InputResolver, type TaskRequest } from '../wire/index.js';

export { OPENAI_DEFAULT_SIZE, type InputResolver, type TaskRequest } from '../wire/index.js';

/**
 * The shot as sent with the scheduler's queue priority (issue 17): only where the service takes
 * one (the native format, a model with `priority`, not service_tier flex) and the manifest sets
 * none. It orders the account's queue and never changes the video, so fingerprints leave it out.
 */
export function withPriority(manifest: ResolvedManifest, shot: ResolvedShot, priority: number): ResolvedShot {
  const takes = manifest.api === 'native' && shot.capabilities?.priority === true && shot.settings.serviceTier !== 'flex';
  if (!takes || shot.settings.priority !== undefined) return shot;
  return { ...shot, settings: { ...shot.settings, priority } };
}

export interface RequestOptions {
  /**
   * The request as the manifest asks for it, without what seedance adds on its own that leaves
   * the video as it is (return_last_frame): what a fingerprint hashes, so adding it remade nothing.
   */
  asWritten?: boolean;
}

export function buildRequest(manifest: ResolvedManifest, shot: ResolvedShot, inputs: InputResolver, options: RequestOptions = {}): TaskRequest {
  const wire = wireFormat(manifest.api);
  const body = wire.body(shot, inputs);
  if (!options.asWritten && wantsLastFrame(shot, wire.returnsLastFrame)) body.return_last_frame = true;
  return { method: 'POST', path: wire.createPath, body };
}

/**
 * The service's last frame is free (a PNG of the video's size) and spares decoding the clip, so
 * every task that may return one asks for it: not a draft (the service refuses it there), and not
 * where the manifest says `return_last_frame: false`.
 */
function wantsLastFrame(shot: ResolvedShot, formatReturnsIt: boolean): boolean {
  const refused = shot.explicit.has('returnLastFrame') && !shot.settings.returnLastFrame;
  return formatReturnsIt && !shot.draft && !refused;
}
