// Pure parts of the simulator: fault specs, option parsing, ffmpeg argument lists, image headers.
import { describe, expect, it } from 'vitest';
import { simulatorOptions, splitLatency } from '../../src/cli/commands/simulate.js';
import { parseFaultSpec, parseLatency } from '../../src/simulator/index.js';
import { imageInfo } from '../../src/simulator/image-info.js';
import { BITEXACT_ARGS, esc, fadeFrames, lastFrameArgs, renderArgs } from '../../src/simulator/render-args.js';
import { paletteFor, renderKey, wrapPrompt, type RenderSpec } from '../../src/simulator/render-spec.js';
import { parseRange } from '../../src/simulator/serve-file.js';
import { pngOf } from './helpers.js';

describe('--fault SPEC', () => {
  it.each([
    ['create:http-500:count=2', { kind: 'http-500', endpoint: 'create', count: 2 }],
    ['download:download-slow:bytesPerSecond=100000', { kind: 'download-slow', endpoint: 'download', bytesPerSecond: 100000 }],
    ['task-failed:promptIncludes=dragon,code=OutputVideoSensitiveContentDetected', { kind: 'task-failed', promptIncludes: 'dragon', code: 'OutputVideoSensitiveContentDetected' }],
    ['http-500:effect=created,count=1', { kind: 'http-500', effect: 'created', count: 1 }],
    ['any:stall:stallMs=5000,probability=0.1', { kind: 'stall', endpoint: 'any', stallMs: 5000, probability: 0.1 }],
    ['http-429:retryAfter=7,format=openai', { kind: 'http-429', retryAfter: 7, format: 'openai' }],
  ])('%s', (spec, rule) => {
    expect(parseFaultSpec(spec)).toEqual(rule);
  });

  it.each([
    ['nope', /unknown fault kind/],
    ['create:http-500:count', /expected key=value/],
    ['create:http-500:count=x', /count must be a number/],
    ['http-500:colour=red', /unknown key/],
    ['create:download-slow', /endpoint must be download/],
    ['stall:probability=2', /probability/],
  ])('refuses %s', (spec, message) => {
    expect(() => parseFaultSpec(spec)).toThrow(message);
  });
});

describe('command-line options', () => {
  it('maps flags to library options', () => {
    expect(
      simulatorOptions({ port: '8787', host: '0.0.0.0', latency: '1000-3000', 'api-key': 'k', 'url-ttl': '5', seed: '3', 'running-limit': '2', rpm: '30', fast: true, 'strict-media': true, 'state-dir': '/tmp/s', fault: ['create:http-500:count=1'] }),
    ).toEqual({
      port: 8787,
      host: '0.0.0.0',
      apiKey: 'k',
      urlTtlSeconds: 5,
      seed: 3,
      runningLimit: 2,
      createsPerMinute: 30,
      fast: true,
      strictMedia: true,
      stateDir: '/tmp/s',
      latency: { queuedMs: [250, 750], runningMs: [750, 2250] },
      faults: [{ kind: 'http-500', endpoint: 'create', count: 1 }],
    });
  });

  it('refuses bad numbers and latencies', () => {
    expect(() => simulatorOptions({ port: '70000' })).toThrow(/--port: expected an integer 0..65535/);
    expect(() => parseLatency('fast')).toThrow(/expected MS or MIN-MAX/);
    expect(parseLatency('2000')).toBe(2000);
    expect(splitLatency(2000)).toEqual({ queuedMs: 500, runningMs: 1500 });
  });
});

const spec: RenderSpec = { width: 864, height: 496, frames: 96, audio: true, prompt: 'a prompt', seed: 5, watermark: false };
const text = { font: '/fonts/Sans.ttf', prompt: '/t/prompt.txt', seed: '/t/seed.txt' };

describe('render arguments', () => {
  it('encode H.264 yuv420p at 24 fps, bit-exact, with AAC stereo only when asked', () => {
    const args = renderArgs(spec, '/out.tmp', text);
    const joined = args.join(' ');
    expect(joined).toContain('-c:v libx264');
    expect(joined).toContain('-pix_fmt yuv420p');
    expect(joined).toContain('-frames:v 96');
    expect(joined).toContain('-r 24');
    expect(joined).toContain('-c:a aac');
    expect(joined).toContain('-ac 2');
    expect(joined).toContain(BITEXACT_ARGS.join(' '));
    expect(joined).toContain('-threads 2');
    expect(args.at(-1)).toBe('/out.tmp');
    const silent = renderArgs({ ...spec, audio: false }, '/out.tmp', text).join(' ');
    expect(silent).not.toContain('aac');
    expect(silent).not.toContain('aevalsrc');
  });

  it('use only filters the 2018 bundled ffmpeg also has', () => {
    const graph = renderArgs({ ...spec, first: { kind: 'file', path: '/a.png', sha: 'a' }, last: { kind: 'placeholder', label: 'https://example.com/x.png' } }, '/o', { ...text, lastLabel: '/t/l.txt' }).join(' ');
    expect(graph).not.toMatch(/xfade|gradients/);
    expect(graph).toContain('life=');
    expect(graph).toContain('textfile=/t/prompt.txt');
    expect(graph).toContain('expansion=none');
  });

  it('begin on the first picture and end on the last', () => {
    const args = renderArgs({ ...spec, first: { kind: 'file', path: '/first.png', sha: 'f' }, last: { kind: 'file', path: '/last.png', sha: 'l' } }, '/o', undefined);
    expect(args.filter((a) => a === '-i')).toHaveLength(2);
    const graph = args[args.indexOf('-filter_complex') + 1] as string;
    expect(graph).toContain(`fade=t=out:s=1:n=${fadeFrames(96)}:alpha=1`);
    expect(graph).toContain(`fade=t=in:s=${96 - 3 - fadeFrames(96)}:n=${fadeFrames(96)}:alpha=1`);
    expect(graph).toContain('force_original_aspect_ratio=increase,crop=864:496');
    expect(graph).not.toContain('drawtext');
  });

  it('draw the watermark only when asked', () => {
    expect(renderArgs({ ...spec, watermark: true }, '/o', text).join(' ')).toContain('AI generated');
    expect(renderArgs(spec, '/o', text).join(' ')).not.toContain('AI generated');
  });

  it('extract the last frame from the MP4 as PNG', () => {
    expect(lastFrameArgs('/v.mp4', '/l.png')).toEqual(expect.arrayContaining(['-sseof', '-update', '1', '-c:v', 'png', '/l.png']));
  });

  it('escape paths for the filter graph', () => {
    expect(esc('/usr/share/fonts/a.ttf')).toBe('/usr/share/fonts/a.ttf');
    expect(esc('/tmp/we:ird,[x].ttf')).toBe('/tmp/we\\\\:ird\\,\\[x\\].ttf');
  });

  it('key renders by content, not by input path', () => {
    const a = renderKey({ ...spec, first: { kind: 'file', path: '/x/1.png', sha: 'same' } }, 'ffmpeg');
    const b = renderKey({ ...spec, first: { kind: 'file', path: '/y/2.png', sha: 'same' } }, 'ffmpeg');
    expect(a).toBe(b);
    expect(renderKey({ ...spec, seed: 6 }, 'ffmpeg')).not.toBe(renderKey(spec, 'ffmpeg'));
    expect(renderKey(spec, '/other/ffmpeg')).not.toBe(renderKey(spec, 'ffmpeg'));
  });

  it('derive different colours from different seeds', () => {
    expect(paletteFor(1)).not.toEqual(paletteFor(2));
    expect(paletteFor(1)).toEqual(paletteFor(1));
    expect(paletteFor(1).background).toMatch(/^0x[0-9a-f]{6}$/);
  });

  it('wrap prompts, including CJK text without spaces', () => {
    expect(wrapPrompt('one two three four', 9, 5)).toEqual(['one two', 'three', 'four']);
    expect(wrapPrompt('一只小猫在清晨阳光里伸懒腰', 5, 5)).toEqual(['一只小猫在', '清晨阳光里', '伸懒腰']);
    expect(wrapPrompt('a b c d e f', 1, 2)).toEqual(['a', '…']);
    expect(wrapPrompt('', 10, 2)).toEqual(['(no prompt)']);
  });
});

describe('image headers', () => {
  it.each(['png', 'mjpeg', 'gif', 'bmp', 'tiff', 'webp'])('reads the size of a %s', async (codec) => {
    const { runFfmpeg } = await import('../../src/media/ffmpeg.js');
    const formats: Record<string, string[]> = { png: ['-c:v', 'png'], mjpeg: ['-c:v', 'mjpeg', '-pix_fmt', 'yuvj420p'], gif: ['-c:v', 'gif'], bmp: ['-c:v', 'bmp'], tiff: ['-c:v', 'tiff'], webp: ['-c:v', 'libwebp'] };
    const bytes = await runFfmpeg(['-f', 'lavfi', '-i', 'testsrc2=s=640x360', '-frames:v', '1', ...(formats[codec] as string[]), '-f', 'image2pipe', 'pipe:1']).catch(() => undefined);
    if (!bytes) return; // this ffmpeg lacks the encoder
    expect(imageInfo(bytes)).toMatchObject({ width: 640, height: 360 });
  });

  it('says undefined for what is not an image', async () => {
    expect(imageInfo(Buffer.from('not an image at all, just text'))).toBeUndefined();
    expect(imageInfo((await pngOf(320, 300)).subarray(0, 10))).toBeUndefined();
  });
});

describe('Range headers', () => {
  it.each([
    ['bytes=0-9', { start: 0, end: 9 }],
    ['bytes=90-', { start: 90, end: 99 }],
    ['bytes=-10', { start: 90, end: 99 }],
    ['bytes=50-500', { start: 50, end: 99 }],
    ['bytes=100-', 'invalid'],
    ['bytes=9-3', 'invalid'],
    ['items=1-2', 'invalid'],
    [undefined, undefined],
  ] as const)('%s', (header, expected) => {
    expect(parseRange(header, 100)).toEqual(expected);
  });
});
