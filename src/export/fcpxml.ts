// The cut as Final Cut Pro XML (FCPXML 1.10, `.fcpxml`), which Final Cut Pro imports (File >
// Import > XML) and DaVinci Resolve reads too. Resources: one format (the film's frame size and
// rate), an asset per clip file with its media-rep file URL, the Cross Dissolve effect. The
// library's event holds the project, whose sequence spine has the film's shots as asset-clips
// from edit point to edit point with a Cross Dissolve transition across each crossfade (its
// frames beyond the edit points are the clips' handles) and a marker per shot; the music bed is a
// connected clip under the first shot at its volume; the other takes are clips of the event, not
// in the project. Times are rational seconds (`114/24s`), whole frames of the film's rate.
import { basename } from 'node:path';
import type { Cut, CutMedia, ShotNote } from './timeline.js';
import { noteText } from './timeline.js';
import { fileUrl, xmlAttrs, xmlText } from './xml.js';

/** Final Cut's Cross Dissolve. */
const CROSS_DISSOLVE_UID = 'FxPlug:4731E73A-8DAC-4113-9A30-AE85B1761265';

export function cutToFcpxml(cut: Cut): string {
  const { num, den } = cut.rate;
  const t = (frames: number): string => (frames === 0 ? '0s' : `${frames * den}/${num}s`);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<!DOCTYPE fcpxml>', '<fcpxml version="1.10">', '  <resources>'];
  out.push(`    <format${xmlAttrs({ id: 'r1', frameDuration: t(1), width: cut.width, height: cut.height, colorSpace: cut.height >= 720 ? '1-1-1 (Rec. 709)' : '6-1-6 (Rec. 601 (NTSC))' })}/>`);
  out.push(`    <effect${xmlAttrs({ id: 'r2', name: 'Cross Dissolve', uid: CROSS_DISSOLVE_UID })}/>`);
  const assets = new Map<string, string>();
  const asset = (media: CutMedia, name: string): string => {
    const known = assets.get(media.path);
    if (known) return known;
    const id = `r${assets.size + 3}`;
    assets.set(media.path, id);
    out.push(`    <asset${xmlAttrs({
      id, name, uid: undefined, start: '0s', duration: t(media.frames),
      hasVideo: media.hasVideo ? 1 : undefined, format: media.hasVideo ? 'r1' : undefined, videoSources: media.hasVideo ? 1 : undefined,
      hasAudio: media.hasAudio ? 1 : undefined, audioSources: media.hasAudio ? 1 : undefined,
      audioChannels: media.audio?.channels, audioRate: media.audio?.sampleRate,
    })}>`);
    out.push(`      <media-rep${xmlAttrs({ kind: 'original-media', src: fileUrl(media.path) })}/>`);
    out.push('    </asset>');
    return id;
  };
  const clipRefs = cut.clips.map((c) => asset(c.media, c.note.id));
  const binRefs = cut.bin.map((b) => asset(b.media, b.note.id));
  const musicRef = cut.music ? asset(cut.music.media, basename(cut.music.media.path)) : undefined;
  out.push('  </resources>');

  out.push('  <library>');
  out.push(`    <event${xmlAttrs({ name: cut.name })}>`);
  // The other takes: in the event (Final Cut's bin), not in the project.
  cut.bin.forEach((take, i) => {
    out.push(`      <asset-clip${xmlAttrs({ ref: binRefs[i], name: take.note.id, start: '0s', duration: t(take.media.frames), format: 'r1', tcFormat: 'NDF' })}>`);
    out.push(`        <note>${xmlText(noteText(take.note))}</note>`);
    out.push(marker('0s', t(1), take.note, 8));
    out.push('      </asset-clip>');
  });
  out.push(`      <project${xmlAttrs({ name: cut.name })}>`);
  out.push(`        <sequence${xmlAttrs({ format: 'r1', duration: t(cut.totalFrames), tcStart: '0s', tcFormat: 'NDF', audioLayout: 'stereo', audioRate: '48k' })}>`);
  out.push('          <spine>');
  const fades = new Map(cut.crossfades.map((f) => [f.index, f]));
  cut.clips.forEach((clip, i) => {
    const fade = fades.get(i);
    if (fade) {
      out.push(`            <transition${xmlAttrs({ name: 'Cross Dissolve', offset: t(fade.start), duration: t(fade.frames) })}>`);
      out.push(`              <filter-video${xmlAttrs({ ref: 'r2', name: 'Cross Dissolve' })}/>`);
      out.push('            </transition>');
    }
    out.push(`            <asset-clip${xmlAttrs({ ref: clipRefs[i], offset: t(clip.cutStart), name: clip.note.id, start: t(clip.cutSourceIn), duration: t(clip.cutFrames), format: 'r1', tcFormat: 'NDF' })}>`);
    out.push(`              <note>${xmlText(noteText(clip.note))}</note>`);
    if (i === 0 && cut.music && musicRef) {
      // Connected below the first shot, from the film's start; its offset is in the shot's own time.
      out.push(`              <asset-clip${xmlAttrs({ ref: musicRef, lane: -1, offset: t(clip.cutSourceIn), name: 'music', start: '0s', duration: t(cut.music.frames), audioRole: 'music' })}>`);
      out.push(`                <adjust-volume${xmlAttrs({ amount: `${decibels(cut.music.volume)}dB` })}/>`);
      out.push('              </asset-clip>');
    }
    out.push(marker(t(clip.cutSourceIn), t(1), clip.note, 14));
    out.push('            </asset-clip>');
  });
  out.push('          </spine>');
  out.push('        </sequence>');
  out.push('      </project>');
  out.push('    </event>');
  out.push('  </library>');
  out.push('</fcpxml>');
  return out.join('\n') + '\n';
}

function marker(start: string, duration: string, note: ShotNote, indent: number): string {
  return `${' '.repeat(indent)}<marker${xmlAttrs({ start, duration, value: note.id, note: noteText(note) })}/>`;
}

/** A gain factor in dB (FCPXML's adjust-volume), to two decimals; silence as -96 dB. */
export function decibels(volume: number): string {
  return volume <= 0 ? '-96' : (20 * Math.log10(volume)).toFixed(2);
}
