// `dialogue:` as the service and the subtitles get it: quoted speech at the end of the prompt
// (speaker names where given), the lines kept as written, a final speaking its draft's lines.
import { describe, expect, it } from 'vitest';
import { buildRequest } from '../../src/plan/request.js';
import { loadYaml } from './helpers.js';

const STORY = `version: 1
shots:
  - id: kitchen
    prompt: A kitchen at dawn, a kettle on the stove
    generate_audio: true
    dialogue:
      - { speaker: Anna, line: Is the kettle on?, language: en, start: 1, end: 3 }
      - 'It is "nearly" boiling.'
  - id: only-words
    generate_audio: true
    dialogue: [Good morning]
`;

describe('dialogue', () => {
  it('goes into the prompt as quoted speech, and is kept as written for the subtitles', async () => {
    const { manifest } = await loadYaml(STORY);
    const [kitchen, words] = manifest?.shots ?? [];
    expect(kitchen?.prompt).toBe('A kitchen at dawn, a kettle on the stove Anna says: "Is the kettle on?" "It is \'nearly\' boiling."');
    expect(kitchen?.dialogue).toEqual([{ line: 'Is the kettle on?', speaker: 'Anna', language: 'en', start: 1, end: 3 }, { line: 'It is "nearly" boiling.' }]);
    // Lines alone are a prompt.
    expect(words?.prompt).toBe('"Good morning"');
    const body = buildRequest(manifest!, kitchen!, { media: () => '', draftTask: () => '' }).body as { content: { type: string; text?: string }[] };
    expect(body.content[0]).toEqual({ type: 'text', text: kitchen?.prompt });
  });

  it("a final made from a draft speaks the draft's lines and may not set its own", async () => {
    const draft = `version: 1
shots:
  - { id: rough, draft: true, prompt: A kitchen, generate_audio: true, dialogue: [Morning] }
  - { id: final, from_draft: rough }
`;
    const { manifest } = await loadYaml(draft);
    expect(manifest?.shots.find((s) => s.id === 'final')?.dialogue).toEqual([{ line: 'Morning' }]);
    const own = await loadYaml(draft.replace('from_draft: rough }', 'from_draft: rough, dialogue: [Evening] }'));
    expect(own.diagnostics.map((d) => d.code)).toContain('from-draft-exclusive');
  });
});
