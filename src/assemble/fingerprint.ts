// A hash of everything that shapes the film, so a run can skip an assembly whose inputs are
// unchanged. Pure: the caller supplies the clips' (and the bed's) sha256, which the lock records.
import { sha256 } from '../core/sha256.js';
import { basename } from 'node:path';
import { SeedanceError } from '../core/errors.js';
import { canonicalJson } from '../core/canonical-json.js';
import { AUDIO_ENCODING, VIDEO_ENCODING } from './reencode-args.js';
import type { AssembleInput } from './types.js';

/** Raise when the recipe changes in a way that changes the film, so old fingerprints stop matching. */
export const ASSEMBLER_VERSION = 1;

/**
 * sha256 (hex) over the canonical input: clip order, ids (chapter titles), each clip's sha256 and
 * trim, the transition (its duration only for crossfades), the bed's sha256 and volume, the size,
 * the output's file name, and the encoder settings and recipe version.
 */
export function assemblyFingerprint(input: AssembleInput, clipHashes: Readonly<Record<string, string>>, bedHash?: string): string {
  const clips = input.clips.map((clip) => {
    const sha256 = clipHashes[clip.id];
    if (!sha256) throw new SeedanceError('internal', `assemblyFingerprint: no sha256 given for clip ${clip.id}.`);
    return { id: clip.id, sha256, trim: clip.trim, ...(clip.dialogue && clip.dialogue.length > 0 ? { dialogue: clip.dialogue } : {}) };
  });
  if (input.audio && !bedHash) throw new SeedanceError('internal', 'assemblyFingerprint: the music bed needs its sha256.');
  const transition = input.transition.type === 'crossfade' ? input.transition : { type: 'cut' };
  const canonical = canonicalJson({
    version: ASSEMBLER_VERSION,
    clips,
    transition,
    bed: input.audio ? { sha256: bedHash, volume: input.audio.volume } : undefined,
    size: input.size ? [...input.size] : undefined,
    loudness: input.loudness,
    output: basename(input.output),
    encoding: [...VIDEO_ENCODING, ...AUDIO_ENCODING],
  });
  return sha256(canonical);
}
