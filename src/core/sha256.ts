// The one content hash of the project: lock records, fingerprints, caches and plan output all
// name bytes by their sha256 in hex.
import { createHash } from 'node:crypto';

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
