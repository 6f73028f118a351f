// The cut's arithmetic where formats.test.ts does not reach: a crossfade of an odd number of frames
// (its edit point cannot sit in the middle) and plain cuts, in every format; each must add up to the
// length planReencode gives the film.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCut, cutToEdl, cutToFcpxml, cutToMlt, cutToOtio, timecode, type Cut } from '../../src/export/index.js';
import { tempDir } from '../temp.js';
import { STORY, makeProject } from './project.js';
import { childrenNamed, findAll, parseXml } from './xml.js';

async function cutOf(transition: string): Promise<Cut> {
  const dir = await tempDir('seedance-export-timeline-');
  const story = STORY.replace('transition: { type: crossfade, duration: 0.5 }', `transition: ${transition}`).replace(/ {2}audio: .*\n/, '');
  const project = await makeProject(dir, story);
  return buildCut(project.manifest, project.manifest.concat!, project.lock, existsSync);
}

type Json = Record<string, unknown>;
const value = (t: unknown): number => (t as { value: number }).value;

function lengths(cut: Cut): Record<string, number> {
  const otio = JSON.parse(cutToOtio(cut)) as { tracks: { children: { children: Json[] }[] } };
  const v1 = otio.tracks.children[0]?.children ?? [];
  const fcp = parseXml(cutToFcpxml(cut));
  const spine = findAll(fcp, 'spine')[0]!;
  const seconds = (s = ''): number => { const [n, d = '1'] = s.replace(/s$/, '').split('/'); return Math.round((Number(n) / Number(d)) * 24); };
  const mlt = parseXml(cutToMlt(cut));
  const playlist = childrenNamed(mlt, 'playlist').find((p) => p.attrs.id === 'playlist0')!;
  const events = cutToEdl(cut).split('\n').filter((l) => /^\d{3} /.test(l));
  const lastOut = events.at(-1)?.split(' ').at(-1) ?? '';
  return {
    otio: v1.filter((i) => i.OTIO_SCHEMA === 'Clip.2').reduce((sum, c) => sum + value((c.source_range as Json).duration), 0),
    fcpxml: childrenNamed(spine, 'asset-clip').reduce((sum, c) => sum + seconds(c.attrs.duration), 0),
    mlt: childrenNamed(playlist, 'entry').reduce((sum, e) => sum + Number(e.attrs.out) - Number(e.attrs.in) + 1, 0),
    edl: lastOut === timecode(cut.totalFrames, 24) ? cut.totalFrames : -1,
  };
}

describe('the cut in every format', () => {
  it('a crossfade of 7 frames: 3 before the edit point, 4 after, and every format still adds up to the film', async () => {
    const cut = await cutOf('{ type: crossfade, duration: 0.3 }');
    expect(cut.crossfades.map((f) => [f.frames, f.inOffset, f.outOffset])).toEqual([[7, 3, 4], [7, 3, 4]]);
    expect(cut.totalFrames).toBe(48 + 48 + 36 - 2 * 7);
    expect(lengths(cut)).toEqual({ otio: cut.totalFrames, fcpxml: cut.totalFrames, mlt: cut.totalFrames, edl: cut.totalFrames });
    const otio = JSON.parse(cutToOtio(cut)) as { tracks: { children: { children: Json[] }[] } };
    const transition = otio.tracks.children[0]?.children[1] as Json;
    expect([value(transition.in_offset), value(transition.out_offset)]).toEqual([3, 4]);
  });

  it('plain cuts: no transitions anywhere, the clips end to end', async () => {
    const cut = await cutOf('{ type: cut }');
    expect(cut.crossfades).toEqual([]);
    expect(cut.totalFrames).toBe(48 + 48 + 36);
    expect(lengths(cut)).toEqual({ otio: cut.totalFrames, fcpxml: cut.totalFrames, mlt: cut.totalFrames, edl: cut.totalFrames });
    expect(cutToOtio(cut)).not.toContain('Transition.1');
    expect(cutToFcpxml(cut)).not.toContain('<transition');
    expect(cutToMlt(cut)).not.toContain('lumaMix');
    expect(cutToEdl(cut)).not.toMatch(/ D {4}\d{3} /);
    expect(cut.music).toBeUndefined();
    expect(cutToMlt(cut)).not.toContain('volume');
  });

  it('timecodes: HH:MM:SS:FF at 24 fps, non-drop', () => {
    expect([timecode(0, 24), timecode(23, 24), timecode(24, 24), timecode(24 * 3661 + 5, 24)]).toEqual(['00:00:00:00', '00:00:00:23', '00:00:01:00', '01:01:01:05']);
  });
});
