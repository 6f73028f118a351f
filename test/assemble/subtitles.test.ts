// Subtitles from dialogue: one cue per line at the time its shot shows in the film (chapters carry
// the crossfades and trims), lines sharing a shot evenly unless timed, one track per language.
import { describe, expect, it } from 'vitest';
import { iso639_2, srtText, subtitleTracks, vttText } from '../../src/assemble/subtitles.js';

// Three 5 s clips with 0.5 s crossfades: they show from 0, 4.5 and 9 s; the film ends at 14 s.
const chapters = [
  { id: 'a', start: 0, end: 4.5 },
  { id: 'b', start: 4.5, end: 9 },
  { id: 'c', start: 9, end: 14 },
];

describe('subtitles', () => {
  it('times each line to its shot: an even share, or its own times moved by the shot\'s place and trim', () => {
    const [track] = subtitleTracks(chapters, [
      { id: 'a', trimStart: 0, dialogue: [{ line: 'Good morning' }, { line: 'Is the kettle on?', speaker: 'Anna' }] },
      { id: 'b', trimStart: 1, dialogue: [{ line: 'It is.', start: 2, end: 3.5 }] },
      { id: 'c', trimStart: 0, dialogue: [] },
    ]);
    expect(track?.cues).toEqual([
      { start: 0, end: 2.25, text: 'Good morning' },
      { start: 2.25, end: 4.5, text: 'Is the kettle on?', speaker: 'Anna' },
      // 2 s into a clip trimmed by 1 s that shows from 4.5 s: 5.5 s in the film.
      { start: 5.5, end: 7, text: 'It is.' },
    ]);
    expect(srtText(track!)).toBe('1\n00:00:00,000 --> 00:00:02,250\nGood morning\n\n2\n00:00:02,250 --> 00:00:04,500\nAnna: Is the kettle on?\n\n3\n00:00:05,500 --> 00:00:07,000\nIt is.\n');
    expect(vttText(track!)).toBe('WEBVTT\n\n00:00:00.000 --> 00:00:02.250\nGood morning\n\n00:00:02.250 --> 00:00:04.500\n<v Anna>Is the kettle on?\n\n00:00:05.500 --> 00:00:07.000\nIt is.\n');
  });

  it('keeps cues inside the shot, and gives each language a track of its own', () => {
    const tracks = subtitleTracks(chapters, [
      { id: 'a', trimStart: 0, dialogue: [{ line: 'Hello', language: 'en', start: 4, end: 9 }, { line: 'Bonjour', language: 'fr' }] },
      { id: 'b', trimStart: 0, dialogue: [{ line: 'Again' }] },
      { id: 'c', trimStart: 0, dialogue: [{ line: '<b>Bye</b> & go', language: 'fr' }] },
    ]);
    expect(tracks.map((t) => [t.language, t.cues.map((c) => [c.start, c.end, c.text])])).toEqual([
      ['en', [[4, 4.5, 'Hello'], [4.5, 9, 'Again']]],
      ['fr', [[2.25, 4.5, 'Bonjour'], [9, 14, '<b>Bye</b> & go']]],
    ]);
    expect(vttText(tracks[1]!)).toContain('Language: fr\n');
    expect(vttText(tracks[1]!)).toContain('&lt;b&gt;Bye&lt;/b&gt; &amp; go');
    expect([iso639_2('en'), iso639_2('pt-BR'), iso639_2('zh-Hans'), iso639_2('fil'), iso639_2('xx')]).toEqual(['eng', 'por', 'zho', 'fil', undefined]);
  });

  it('makes no track without dialogue', () => {
    expect(subtitleTracks(chapters, [{ id: 'a', trimStart: 0, dialogue: [] }])).toEqual([]);
  });
});
