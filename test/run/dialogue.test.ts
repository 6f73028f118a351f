// A storyboard with dialogue and a loudness target, run on the simulator: the film carries a
// subtitle track, <film>.srt and .vtt lie beside it with one cue per line at its shot's place in
// the film, recorded as seedance's own, and the film's loudness is the one asked for.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFfprobe } from '../../src/media/index.js';
import type { Simulator } from '../../src/simulator/index.js';
import { OWNED_FILE } from '../../src/state/output-owner.js';
import { eventsOf, run, startSim, tempDir, writeStoryboard } from './harness.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(() => sim.close());

const STORY = `version: 1
name: talk
defaults: { resolution: 480p, duration: 5, generate_audio: true }
shots:
  - id: hello
    prompt: Two friends meet at a bus stop
    dialogue: [{ speaker: Anna, line: Hello! }, { speaker: Ben, line: Hi Anna. }]
  - id: bus
    prompt: The bus arrives
    first_frame: { shot: hello }
    dialogue: [{ line: Here it is., start: 1, end: 3 }]
concat:
  transition: { type: crossfade, duration: 0.5 }
  loudness: -16
`;

describe('dialogue and loudness in a run', () => {
  it('writes the subtitles beside the film and into it, and levels the film', async () => {
    const dir = await tempDir('seedance-dialogue-');
    const file = await writeStoryboard(dir, STORY);
    const { summary, events } = await run(file, sim);
    expect(summary.result).toBe('done');
    const out = join(dir, 'out', 'talk');
    const finished = eventsOf(events, 'assembly-finished')[0];
    expect(finished?.subtitles).toEqual([join(out, 'final.srt'), join(out, 'final.vtt')]);
    expect(Math.abs((finished?.loudness?.measured ?? 0) + 16)).toBeLessThanOrEqual(1);
    // hello shows 0..4.5 s (two lines share it), bus from 4.5 s; bus's line is 1..3 s into its clip.
    expect(await readFile(join(out, 'final.srt'), 'utf8')).toBe(
      '1\n00:00:00,000 --> 00:00:02,250\nAnna: Hello!\n\n2\n00:00:02,250 --> 00:00:04,500\nBen: Hi Anna.\n\n3\n00:00:05,500 --> 00:00:07,500\nHere it is.\n',
    );
    expect(await readFile(join(out, 'final.vtt'), 'utf8')).toContain('<v Ben>Hi Anna.');
    const streams = JSON.parse((await runFfprobe(['-v', 'error', '-show_streams', '-of', 'json', join(out, 'final.mp4')])).toString()) as { streams: { codec_type: string }[] };
    expect(streams.streams.filter((s) => s.codec_type === 'subtitle')).toHaveLength(1);
    const owned = JSON.parse(await readFile(join(out, OWNED_FILE), 'utf8')) as { files: Record<string, unknown> };
    expect(Object.keys(owned.files)).toEqual(expect.arrayContaining(['final.mp4', 'final.srt', 'final.vtt']));
  }, 120_000);
});
