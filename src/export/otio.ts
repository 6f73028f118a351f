// The cut as an OpenTimelineIO timeline (JSON, `.otio`), the interchange format DaVinci Resolve
// imports. Written to the serialized schema of OpenTimelineIO v0.17.0 (Timeline.1, Stack.1,
// Track.1, Clip.2, ExternalReference.1, Transition.1, Gap.1, Marker.2, RationalTime.1,
// TimeRange.1), which newer OTIO versions read and upgrade. OTIO puts a transition between two
// abutting clips: each clip runs from edit point to edit point and the dissolve uses the frames
// beyond them as handles (`in_offset` before the edit point, `out_offset` after it), so the items
// of a track add up to the film's length. Tracks: V1 the picture, A1 the clips' own sound (a gap
// where a clip has none), A2 the music bed (its volume in metadata: OTIO has no standard volume).
// OTIO has no bin: the other takes are listed in the timeline's metadata.
import type { Cut, CutClip, CutMedia, ShotNote } from './timeline.js';
import { noteText } from './timeline.js';
import { fileUrl } from './xml.js';

type Json = Record<string, unknown>;

export function cutToOtio(cut: Cut): string {
  const rate = cut.rate.num / cut.rate.den;
  const time = (frames: number): Json => ({ OTIO_SCHEMA: 'RationalTime.1', rate, value: frames });
  const range = (start: number, duration: number): Json => ({ OTIO_SCHEMA: 'TimeRange.1', duration: time(duration), start_time: time(start) });
  const reference = (media: CutMedia): Json => ({
    OTIO_SCHEMA: 'ExternalReference.1',
    available_image_bounds: null,
    available_range: range(0, media.frames),
    metadata: {},
    name: media.path.split('/').pop() ?? media.path,
    target_url: fileUrl(media.path),
  });
  const clip = (name: string, media: CutMedia, start: number, duration: number, metadata: Json, markers: Json[] = []): Json => ({
    OTIO_SCHEMA: 'Clip.2',
    active_media_reference_key: 'DEFAULT_MEDIA',
    effects: [],
    enabled: true,
    markers,
    media_references: { DEFAULT_MEDIA: reference(media) },
    metadata,
    name,
    source_range: range(start, duration),
  });
  const marker = (c: CutClip): Json => ({
    OTIO_SCHEMA: 'Marker.2',
    color: 'CYAN',
    comment: noteText(c.note),
    marked_range: range(c.cutSourceIn, 0),
    metadata: { seedance: noteMetadata(c.note) },
    name: c.note.id,
  });
  const transitions = new Map(cut.crossfades.map((f) => [f.index, f]));
  const transition = (index: number): Json | undefined => {
    const fade = transitions.get(index);
    return fade
      ? { OTIO_SCHEMA: 'Transition.1', in_offset: time(fade.inOffset), metadata: {}, name: 'Cross Dissolve', out_offset: time(fade.outOffset), transition_type: 'SMPTE_Dissolve' }
      : undefined;
  };
  const track = (name: string, kind: 'Video' | 'Audio', children: Json[]): Json => ({
    OTIO_SCHEMA: 'Track.1',
    children,
    effects: [],
    enabled: true,
    kind,
    markers: [],
    metadata: {},
    name,
    source_range: null,
  });
  const withTransitions = (item: (c: CutClip) => Json): Json[] =>
    cut.clips.flatMap((c, i) => {
      const fade = transition(i);
      return fade ? [fade, item(c)] : [item(c)];
    });

  const picture = track('V1', 'Video', withTransitions((c) => clip(c.note.id, c.media, c.cutSourceIn, c.cutFrames, { seedance: noteMetadata(c.note) }, [marker(c)])));
  const sound = track('A1', 'Audio', withTransitions((c) => (c.media.hasAudio
    ? clip(c.note.id, c.media, c.cutSourceIn, c.cutFrames, { seedance: noteMetadata(c.note) })
    : { OTIO_SCHEMA: 'Gap.1', effects: [], enabled: true, markers: [], metadata: {}, name: `${c.note.id} (no sound)`, source_range: range(0, c.cutFrames) })));
  const tracks = [picture];
  if (cut.clips.some((c) => c.media.hasAudio)) tracks.push(sound);
  if (cut.music) tracks.push(track('A2', 'Audio', [clip('music', cut.music.media, 0, cut.music.frames, { seedance: { music_bed: true, volume: cut.music.volume } })]));

  const timeline = {
    OTIO_SCHEMA: 'Timeline.1',
    global_start_time: time(0),
    metadata: {
      seedance: {
        film: fileUrl(cut.film),
        frames: cut.totalFrames,
        size: [cut.width, cut.height],
        other_takes: cut.bin.map((take) => ({ ...noteMetadata(take.note), target_url: fileUrl(take.media.path), frames: take.media.frames })),
      },
    },
    name: cut.name,
    tracks: {
      OTIO_SCHEMA: 'Stack.1',
      children: tracks,
      effects: [],
      enabled: true,
      markers: [],
      metadata: {},
      name: 'tracks',
      source_range: null,
    },
  };
  return JSON.stringify(timeline, null, 2) + '\n';
}

function noteMetadata(note: ShotNote): Json {
  return {
    shot: note.id,
    ...(note.prompt !== undefined ? { prompt: note.prompt } : {}),
    ...(note.seed !== undefined ? { seed: note.seed } : {}),
    ...(note.taskId !== undefined ? { task_id: note.taskId } : {}),
    ...(note.take ? { take: note.take.number, takes: note.take.of } : {}),
  };
}
