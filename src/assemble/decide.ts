// Stream copy or one re-encode? Copy only when the concat demuxer can join the files losslessly:
// the same codec setup everywhere, straight cuts, nothing to trim, mix or resize.
import type { MediaInfo } from '../media/probe.js';
import { videoSeconds } from '../media/probe.js';
import type { AssembleInput } from './types.js';

/** 'copy' when every clip matches and nothing asks for a re-encode; otherwise 'reencode'. */
export function decideMethod(infos: readonly MediaInfo[], input: AssembleInput): 'copy' | 'reencode' {
  return copyBlockers(infos, input).length === 0 ? 'copy' : 'reencode';
}

/** Pure: every reason the clips cannot be joined by stream copy (empty when they can). */
export function copyBlockers(infos: readonly MediaInfo[], input: AssembleInput): string[] {
  const reasons = inputBlockers(input);
  const first = infos[0];
  if (!first?.video) return [...reasons, 'a clip without video'];
  if (input.size && (input.size[0] !== first.video.width || input.size[1] !== first.video.height)) reasons.push('a size different from the clips');
  for (const [i, info] of infos.entries()) {
    const id = input.clips[i]?.id ?? String(i);
    if (!/\bmp4\b|\bmov\b/.test(info.formatName)) reasons.push(`${id}: container ${info.formatName}`);
    const differs = differences(first, info);
    if (differs.length > 0) reasons.push(`${id}: ${differs.join(', ')} differ from ${input.clips[0]?.id ?? 'the first clip'}`);
    if (info.video && info.audio?.durationSeconds !== undefined) {
      // The demuxer starts each file after the previous one's longest stream: a clip whose sound
      // outlasts its picture would leave a gap in the picture, and drift would add up.
      const gap = Math.abs(info.audio.durationSeconds - videoSeconds(info));
      if (gap > 1 / Math.max(info.video.fps, 1)) reasons.push(`${id}: sound and picture lengths differ by ${gap.toFixed(3)} s`);
    }
  }
  return reasons;
}

/** Pure: the reasons to re-encode that the input alone gives, whatever the clips are. */
export function inputBlockers(input: AssembleInput): string[] {
  const reasons: string[] = [];
  if (input.transition.type === 'crossfade' && input.clips.length > 1) reasons.push('crossfade transition');
  if (input.clips.some((c) => c.trim && (c.trim.start !== undefined || c.trim.end !== undefined))) reasons.push('trims');
  if (input.audio) reasons.push('music bed');
  return reasons;
}

function differences(a: MediaInfo, b: MediaInfo): string[] {
  const out: string[] = [];
  const va = a.video;
  const vb = b.video;
  if (!va || !vb) return ['video presence'];
  if (va.codec !== vb.codec || va.profile !== vb.profile) out.push('video codec');
  if (va.width !== vb.width || va.height !== vb.height) out.push('size');
  if (va.pixFmt !== vb.pixFmt) out.push('pixel format');
  if (va.frameRate !== vb.frameRate) out.push('frame rate');
  if (va.timeBase !== vb.timeBase) out.push('time base');
  // MP4 keeps one codec setup (SPS/PPS) for the whole track: the files' setups must be identical.
  if (va.extradataHash !== vb.extradataHash) out.push('video codec setup');
  const aa = a.audio;
  const ab = b.audio;
  if (!!aa !== !!ab) out.push('audio presence');
  else if (aa && ab) {
    if (aa.codec !== ab.codec || aa.profile !== ab.profile || aa.extradataHash !== ab.extradataHash) out.push('audio codec');
    if (aa.sampleRate !== ab.sampleRate) out.push('sample rate');
    if (aa.channels !== ab.channels || aa.channelLayout !== ab.channelLayout) out.push('audio layout');
  }
  return out;
}
