// Every media source of a shot with the slot it fills, in request order: one list for the
// dependency graph, the plan, and the run's inputs and fingerprints.
import type { MediaSlot, MediaSource, ResolvedShot } from './types.js';

export function shotMedia(shot: ResolvedShot): { slot: MediaSlot; source: MediaSource }[] {
  const out: { slot: MediaSlot; source: MediaSource }[] = [];
  if (shot.firstFrame) out.push({ slot: 'first_frame', source: shot.firstFrame });
  if (shot.lastFrame) out.push({ slot: 'last_frame', source: shot.lastFrame });
  for (const source of shot.referenceImages) out.push({ slot: 'reference_images', source });
  for (const source of shot.referenceVideos) out.push({ slot: 'reference_videos', source });
  for (const source of shot.referenceAudio) out.push({ slot: 'reference_audio', source });
  return out;
}
