// `dialogue:` lines: the prompt they make stays within the service's limit, lines that will not be
// voiced say so, and a line's own times lie within its clip, start before end.
import { spokenPrompt } from '../dialogue.js';
import { shotTitle, writtenOnShot, type Rule } from './context.js';

/** The service's prompt limit (the schema's maxLength of prompt). */
const MAX_PROMPT = 5000;

export const dialogueRules: Rule = (ctx) => {
  for (const shot of ctx.manifest.shots) {
    if (shot.dialogue.length === 0 || shot.fromDraft !== undefined || !writtenOnShot(ctx, shot, 'dialogue')) continue;
    const at = ['shots', shot.index, 'dialogue'];
    const sent = spokenPrompt(undefined, shot.dialogue)?.length ?? 0;
    const total = shot.prompt?.length ?? 0;
    if (total > MAX_PROMPT) {
      ctx.out.error('dialogue-too-long', `${shotTitle(shot)}: its prompt with the dialogue quoted at its end is ${total} characters (the lines make ${sent}); the service takes at most ${MAX_PROMPT}. Shorten the prompt or the lines.`, at);
    }
    const caps = shot.capabilities;
    if (ctx.manifest.api === 'native' && caps && !caps.generateAudio) {
      ctx.out.warning('dialogue-silent', `${shotTitle(shot)} has dialogue, but ${caps.id} makes no sound: the lines will be in the subtitles, not spoken. A 2.0 model speaks them (with generate_audio: true).`, at);
    } else if (ctx.manifest.api === 'native' && caps && !shot.settings.generateAudio) {
      ctx.out.warning('dialogue-silent', `${shotTitle(shot)} has dialogue, but generate_audio is off: the lines will be in the subtitles, not spoken. Set \`generate_audio: true\` to hear them.`, at);
    }
    const length = shot.settings.duration > 0 ? shot.settings.duration : undefined;
    shot.dialogue.forEach((line, i) => {
      const where = [...at, i];
      if (line.start !== undefined && line.end !== undefined && line.start >= line.end) {
        ctx.out.error('dialogue-timing', `${shotTitle(shot)}: dialogue line ${i + 1} starts at ${line.start} s and ends at ${line.end} s; its start must come before its end.`, [...where, 'start']);
      }
      for (const key of ['start', 'end'] as const) {
        const t = line[key];
        if (t !== undefined && length !== undefined && t > length) {
          ctx.out.error('dialogue-timing', `${shotTitle(shot)}: dialogue line ${i + 1} ${key === 'start' ? 'starts' : 'ends'} at ${t} s, past the end of its ${Number(length.toFixed(2))} s clip. Times are seconds within the clip, before any trim.`, [...where, key]);
        }
      }
    });
  }
};
