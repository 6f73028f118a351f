// The cut as an MLT XML project, the format of Shotcut (and the engine of Kdenlive), which `melt`
// renders as it stands. The layout is Shotcut's own: one video track (a playlist) where each
// crossfade is a short tractor of its own between the clips' bodies, holding the outgoing clip's
// last frames and the incoming clip's first ones with a `luma` (picture) and a `mix` (sound)
// transition; the music bed on an audio track with a `volume` filter; a black background track;
// every track's sound summed onto it with `mix` transitions. Each clip carries its shot's note as
// `shotcut:comment` (and seedance:* properties), the film has one Shotcut marker per shot, and the
// other takes are producers in Shotcut's bin (the `main_bin` playlist), not on the timeline.
import { basename } from 'node:path';
import type { CutMedia, Cut } from './timeline.js';
import { noteText, type ShotNote } from './timeline.js';
import { xmlAttrs, xmlText } from './xml.js';

export function cutToMlt(cut: Cut): string {
  const out: string[] = [];
  const { rate, width, height, totalFrames } = cut;
  out.push('<?xml version="1.0" encoding="utf-8"?>');
  out.push(`<mlt${xmlAttrs({ LC_NUMERIC: 'C', version: '7.12.0', title: cut.name, producer: 'main_bin' })}>`);
  out.push(`  <profile${xmlAttrs({
    description: `${width}x${height} ${rate.num}/${rate.den} fps`,
    width, height, progressive: 1,
    sample_aspect_num: 1, sample_aspect_den: 1,
    display_aspect_num: width, display_aspect_den: height,
    frame_rate_num: rate.num, frame_rate_den: rate.den,
    // MLT takes untagged clips below 720 lines for BT.601 and converts them to the profile's
    // colorspace; the film keeps the clips' values, so the profile matches what MLT assumes.
    colorspace: height >= 720 ? 709 : 601,
  })}/>`);

  // One producer per media file, the bin's takes included; the timeline's entries cut them.
  const ids = new Map<string, string>();
  const lengths = new Map<string, number>();
  const producer = (media: CutMedia, note: ShotNote | undefined, extra: string[] = []): string => {
    const known = ids.get(media.path);
    if (known) return known;
    const id = `producer${ids.size}`;
    ids.set(media.path, id);
    lengths.set(id, media.frames);
    out.push(`  <producer${xmlAttrs({ id, in: 0, out: media.frames - 1 })}>`);
    out.push(property('length', media.frames));
    out.push(property('eof', 'pause'));
    out.push(property('resource', media.path));
    out.push(property('mlt_service', 'avformat'));
    out.push(property('seekable', 1));
    out.push(property('shotcut:caption', note?.id ?? basename(media.path)));
    if (note) {
      out.push(property('shotcut:comment', noteText(note)));
      out.push(property('kdenlive:clipname', note.id));
      out.push(property('seedance:shot', note.id));
      if (note.prompt !== undefined) out.push(property('seedance:prompt', note.prompt));
      if (note.seed !== undefined) out.push(property('seedance:seed', note.seed));
      if (note.taskId !== undefined) out.push(property('seedance:task_id', note.taskId));
      if (note.take) out.push(property('seedance:take', `${note.take.number}/${note.take.of}`));
    }
    out.push(...extra);
    out.push('  </producer>');
    return id;
  };
  const clipIds = cut.clips.map((clip) => producer(clip.media, clip.note));
  const binIds = cut.bin.map((take) => producer(take.media, take.note));
  const musicId = cut.music
    ? producer(cut.music.media, undefined, [
      `    <filter${xmlAttrs({ id: 'music_volume' })}>`,
      property('mlt_service', 'volume', 6),
      property('gain', cut.music.volume, 6),
      '    </filter>',
    ])
    : undefined;

  // Shotcut's bin: every clip of the project, the takes not in the film among them.
  out.push(`  <playlist${xmlAttrs({ id: 'main_bin' })}>`);
  out.push(property('xml_retain', 1));
  for (const id of new Set([...clipIds, ...binIds])) out.push(`    <entry${xmlAttrs({ producer: id, in: 0, out: (lengths.get(id) ?? 1) - 1 })}/>`);
  out.push('  </playlist>');

  out.push(`  <producer${xmlAttrs({ id: 'black', in: 0, out: totalFrames - 1 })}>`);
  out.push(property('length', totalFrames));
  out.push(property('eof', 'pause'));
  out.push(property('resource', '0'));
  out.push(property('mlt_service', 'color'));
  out.push(property('mlt_image_format', 'rgba'));
  out.push(property('set.test_audio', 0));
  out.push('  </producer>');
  out.push(`  <playlist${xmlAttrs({ id: 'background' })}>`);
  out.push(`    <entry${xmlAttrs({ producer: 'black', in: 0, out: totalFrames - 1 })}/>`);
  out.push('  </playlist>');

  // The crossfades, each a tractor of the two clips' overlapping frames.
  const fades = new Map<number, string>();
  for (const fade of cut.crossfades) {
    const a = cut.clips[fade.index - 1];
    const b = cut.clips[fade.index];
    if (!a || !b) continue;
    const id = `crossfade${fade.index}`;
    fades.set(fade.index, id);
    const last = fade.frames - 1;
    out.push(`  <tractor${xmlAttrs({ id, in: 0, out: last })}>`);
    out.push(property('shotcut:transition', 'lumaMix'));
    out.push(`    <track${xmlAttrs({ producer: clipIds[fade.index - 1], in: a.sourceIn + a.frames - fade.frames, out: a.sourceIn + a.frames - 1 })}/>`);
    out.push(`    <track${xmlAttrs({ producer: clipIds[fade.index], in: b.sourceIn, out: b.sourceIn + fade.frames - 1 })}/>`);
    out.push(`    <transition${xmlAttrs({ id: `${id}_luma`, in: 0, out: last })}>`);
    out.push(property('a_track', 0, 6), property('b_track', 1, 6), property('factory', 'loader', 6), property('mlt_service', 'luma', 6));
    out.push('    </transition>');
    out.push(`    <transition${xmlAttrs({ id: `${id}_mix`, in: 0, out: last })}>`);
    out.push(property('a_track', 0, 6), property('b_track', 1, 6), property('start', -1, 6), property('accepts_blanks', 1, 6), property('mlt_service', 'mix', 6));
    out.push('    </transition>');
    out.push('  </tractor>');
  }

  // V1: each clip's body (its kept part less the crossfades' frames), the crossfades between.
  out.push(`  <playlist${xmlAttrs({ id: 'playlist0' })}>`);
  out.push(property('shotcut:video', 1), property('shotcut:name', 'V1'));
  cut.clips.forEach((clip, i) => {
    const fadeIn = fades.get(i);
    if (fadeIn) out.push(`    <entry${xmlAttrs({ producer: fadeIn, in: 0, out: (cut.crossfades.find((f) => f.index === i)?.frames ?? 1) - 1 })}/>`);
    const head = i > 0 ? (cut.crossfades.find((f) => f.index === i)?.frames ?? 0) : 0;
    const tail = cut.crossfades.find((f) => f.index === i + 1)?.frames ?? 0;
    out.push(`    <entry${xmlAttrs({ producer: clipIds[i], in: clip.sourceIn + head, out: clip.sourceIn + clip.frames - tail - 1 })}/>`);
  });
  out.push('  </playlist>');

  if (musicId && cut.music) {
    out.push(`  <playlist${xmlAttrs({ id: 'playlist1' })}>`);
    out.push(property('shotcut:audio', 1), property('shotcut:name', 'A1'));
    out.push(`    <entry${xmlAttrs({ producer: musicId, in: 0, out: cut.music.frames - 1 })}/>`);
    out.push('  </playlist>');
  }

  out.push(`  <tractor${xmlAttrs({ id: 'tractor0', title: cut.name, in: 0, out: totalFrames - 1 })}>`);
  out.push(property('shotcut', 1));
  out.push(markers(cut));
  out.push(`    <track${xmlAttrs({ producer: 'background' })}/>`);
  out.push(`    <track${xmlAttrs({ producer: 'playlist0' })}/>`);
  if (musicId) out.push(`    <track${xmlAttrs({ producer: 'playlist1', hide: 'video' })}/>`);
  const tracks = musicId ? [1, 2] : [1];
  for (const b of tracks) {
    out.push(`    <transition${xmlAttrs({ id: `mix${b}` })}>`);
    out.push(property('a_track', 0, 6), property('b_track', b, 6), property('mlt_service', 'mix', 6), property('always_active', 1, 6), property('sum', 1, 6));
    out.push('    </transition>');
  }
  out.push('  </tractor>');
  out.push('</mlt>');
  return out.join('\n') + '\n';
}

function property(name: string, value: string | number, indent = 4): string {
  return `${' '.repeat(indent)}<property${xmlAttrs({ name })}>${xmlText(value)}</property>`;
}

/** Shotcut's markers: one per shot, from where it starts to show to where the next one does. */
function markers(cut: Cut): string {
  const lines = [`    <properties${xmlAttrs({ name: 'shotcut:markers' })}>`];
  cut.clips.forEach((clip, i) => {
    lines.push(`      <properties${xmlAttrs({ name: String(i) })}>`);
    lines.push(property('text', noteText(clip.note), 8));
    lines.push(property('start', clip.chapter.start, 8));
    lines.push(property('end', clip.chapter.end - 1, 8));
    lines.push(property('color', '#66ccff', 8));
    lines.push('      </properties>');
  });
  lines.push('    </properties>');
  return lines.join('\n');
}
