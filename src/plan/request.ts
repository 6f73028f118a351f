// The exact wire request of a shot's create, for the manifest's format (API.md sections 1 and 2).
// Pure and deterministic: the same manifest, shot and resolver give the same bytes, which is what
// lets the runner fingerprint a shot by hashing this body. The bodies themselves are src/wire's.
import type { ResolvedManifest, ResolvedShot } from '../manifest/types.js';
import { wireFormat, type InputResolver, type TaskRequest } from '../wire/index.js';

export { OPENAI_DEFAULT_SIZE, type InputResolver, type TaskRequest } from '../wire/index.js';

export function buildRequest(manifest: ResolvedManifest, shot: ResolvedShot, inputs: InputResolver): TaskRequest {
  const wire = wireFormat(manifest.api);
  return { method: 'POST', path: wire.createPath, body: wire.body(shot, inputs) };
}
