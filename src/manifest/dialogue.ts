// `dialogue:` on a shot: the lines a character speaks. They are sent as quoted speech at the end
// of the prompt (the service voices quoted lines when generate_audio is on) and become the film's
// subtitles (src/assemble/subtitles.ts times them to where the shot sits in the film).
import { num, obj, str } from './raw.js';
import type { DialogueLine } from './types.js';

/** The lines as written: a string is a line with nothing else known. */
export function dialogueOf(value: unknown): DialogueLine[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): DialogueLine[] => {
    const text = typeof item === 'string' ? str(item) : str(obj(item)?.line);
    if (!text) return [];
    const raw = obj(item) ?? {};
    const speaker = str(raw.speaker);
    const language = str(raw.language);
    const start = num(raw.start);
    const end = num(raw.end);
    return [{ line: text, ...(speaker ? { speaker } : {}), ...(language ? { language } : {}), ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) }];
  });
}

/** The prompt as sent: the written prompt, then each line as quoted speech (`Anna says: "…"`). */
export function spokenPrompt(prompt: string | undefined, lines: readonly DialogueLine[]): string | undefined {
  if (lines.length === 0) return prompt;
  // A double quote inside a line would end the quotation early: it becomes a single one.
  const quoted = lines.map((l) => `${l.speaker ? `${l.speaker} says: ` : ''}"${l.line.replaceAll('"', "'")}"`).join(' ');
  return prompt ? `${prompt.trimEnd()} ${quoted}` : quoted;
}
