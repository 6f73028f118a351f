// The cut as a CMX3600 edit decision list (`.edl`), the plain-text list nearly every editor and
// conform tool reads. One event per shot on the one track CMX3600 has, picture and the clip's
// own sound together (`AA/V`, or `V` for a clip without sound): a cut (`C`) to the first shot,
// then for each crossfade a dissolve (`D` with its length in frames) from the outgoing clip,
// whose zero-length line marks where it leaves, to the incoming one. Record times run without a
// gap from 00:00:00:00 to the film's end; source times are the clips' own (they carry no timecode,
// so they start at 00:00:00:00). Every clip is reel AX (an auxiliary source: CMX3600 reels are 8
// characters) and named by `* FROM CLIP NAME:` and `* SOURCE FILE:` comments; the shot's note is a
// `* LOC:` locator and a comment. CMX3600 has no second track, so the music bed is only named in
// a comment, and there is no bin for the other takes.
import { basename } from 'node:path';
import type { Cut } from './timeline.js';
import { noteText } from './timeline.js';

const REEL = 'AX';

export function cutToEdl(cut: Cut): string {
  const fps = Math.round(cut.rate.num / cut.rate.den);
  const tc = (frames: number): string => timecode(frames, fps);
  const lines = [`TITLE: ${oneLine(cut.name).toUpperCase().slice(0, 70)}`, 'FCM: NON-DROP FRAME', ''];
  const event = (n: number, channel: string, type: string, length: string, srcIn: number, srcOut: number, recIn: number, recOut: number): string =>
    `${String(n).padStart(3, '0')}  ${REEL.padEnd(8)} ${channel.padEnd(5)} ${type.padEnd(4)} ${length.padStart(3)} ${tc(srcIn)} ${tc(srcOut)} ${tc(recIn)} ${tc(recOut)}`;
  const fades = new Map(cut.crossfades.map((f) => [f.index, f]));
  cut.clips.forEach((clip, i) => {
    const n = i + 1;
    const channel = clip.media.hasAudio ? 'AA/V' : 'V';
    const next = cut.clips[i + 1];
    const recIn = clip.filmStart;
    // Shown until the next clip starts to come in (its dissolve, or its cut), or the film's end.
    const recOut = next ? next.filmStart : cut.totalFrames;
    const fade = fades.get(i);
    const previous = cut.clips[i - 1];
    if (fade && previous) {
      // The outgoing clip at the frame where the dissolve starts, then the incoming clip.
      const from = previous.sourceIn + previous.frames - fade.frames;
      lines.push(event(n, previous.media.hasAudio ? 'AA/V' : 'V', 'C', '', from, from, recIn, recIn));
      lines.push(event(n, channel, 'D', String(fade.frames).padStart(3, '0'), clip.sourceIn, clip.sourceIn + (recOut - recIn), recIn, recOut));
      lines.push(`* FROM CLIP NAME: ${basename(previous.media.path)}`);
      lines.push(`* TO CLIP NAME: ${basename(clip.media.path)}`);
    } else {
      lines.push(event(n, channel, 'C', '', clip.sourceIn, clip.sourceIn + (recOut - recIn), recIn, recOut));
      lines.push(`* FROM CLIP NAME: ${basename(clip.media.path)}`);
    }
    lines.push(`* SOURCE FILE: ${clip.media.path}`);
    lines.push(`* LOC: ${tc(clip.chapter.start)} CYAN    ${oneLine(clip.note.id)}`);
    lines.push(`* COMMENT: ${oneLine(noteText(clip.note))}`);
    lines.push('');
  });
  if (cut.music) lines.push(`* MUSIC BED (not in this list, CMX3600 has one track): ${cut.music.media.path} at volume ${cut.music.volume}, from ${tc(0)} for ${tc(cut.music.frames)}`);
  for (const take of cut.bin) lines.push(`* OTHER TAKE (not in the cut): ${take.media.path} ${oneLine(noteText(take.note))}`);
  return lines.join('\n').replace(/\n*$/, '\n');
}

/** HH:MM:SS:FF at a whole rate, non-drop. */
export function timecode(frames: number, fps: number): string {
  const f = frames % fps;
  const seconds = Math.floor(frames / fps);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}:${two(f)}`;
}

/** Comments are one line each; CMX3600 readers expect plain ASCII. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[^\x20-\x7e]/g, '?').trim();
}
