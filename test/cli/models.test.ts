// `seedance models [--json]`: the capability table as the validator and the simulator know it.
import { describe, expect, it } from 'vitest';
import { MODELS } from '../../src/models.js';
import { formatModels, modelRows, type ModelRow } from '../../src/cli/commands/models.js';
import { runCli } from './capture.js';

describe('seedance models', () => {
  it('--json lists every model of the table with its limits, and a null price while no table is set', async () => {
    const out = await runCli(['models', '--json'], process.cwd());
    expect(out.code, out.stderr).toBe(0);
    const { models } = JSON.parse(out.stdout) as { models: ModelRow[] };
    expect(models.map((m) => m.id)).toEqual(MODELS.map((m) => m.id));
    const mini = models.find((m) => m.id === 'doubao-seedance-2-0-mini-260615');
    expect(mini).toMatchObject({ format: 'native', family: '2.0-mini', resolutions: ['480p', '720p'], duration: { min: 4, max: 15, modelChooses: true }, frames: null, references: { images: 9, videos: 3, audio: 3 }, priority: true, tools: true, pricePer5s: null });
    const official = models.find((m) => m.id === 'doubao-seedance-2-0-260128');
    expect(official?.codec).toEqual({ '480p': 'h264', '720p': 'h264', '1080p': 'h264', '4k': 'hevc' });
    expect(official?.limits).toEqual({ runningTasks: 10, createsPerMinute: 600, personal: { runningTasks: 3, createsPerMinute: 180 }, byResolution: { '4k': { runningTasks: 1, createsPerMinute: 15 } } });
    expect(models.find((m) => m.id === 'doubao-seedance-1-0-pro-250528')?.frames).toEqual({ min: 29, max: 289, step: 4, fps: 24 });
    expect(models.find((m) => m.id === 'doubao-seedance-2')?.format).toBe('openai');
  });

  it('prints one line a model with its format, resolutions, lengths, references and limits, and no prices', async () => {
    const out = await runCli(['models'], process.cwd());
    expect(out.code, out.stderr).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines[0]).toMatch(/^model\s+format\s+family\s+resolutions\s+ratios\s+seconds\s+frames\s+refs img\/vid\/aud\s+running\s+creates\/min$/);
    for (const m of MODELS) expect(lines.some((l) => l.startsWith(`${m.id} `)), m.id).toBe(true);
    const line = (id: string): string => lines.find((l) => l.startsWith(`${id} `)) as string;
    expect(line('doubao-seedance-2-0-260128')).toMatch(/native\s+2\.0\s+480p 720p 1080p 4k\s+all 6 \+ adaptive\s+4\.\.15 or -1\s+-\s+9\/3\/3\s+10, 4k: 1\s+600, 4k: 15$/);
    expect(line('dreamina-seedance-2-0-mini-260615')).toMatch(/native\s+2\.0-mini\s+480p 720p\s/);
    expect(line('doubao-seedance-1-0-pro-250528')).toMatch(/\s2\.\.12\s+25\+4n 29\.\.289\s+0\/0\/0\s/);
    expect(line('doubao-seedance-2')).toMatch(/openai\s+2\.0\s+720p 1080p\s+16:9 9:16\s+4\.\.15\s/);
    expect(out.stdout).toMatch(/10-bit H\.265/);
    expect(out.stdout).not.toMatch(/price/i);
  });

  it('has a place for the price of 5 s at each resolution, filled only when a price source is given', () => {
    const rows = modelRows((model, resolution) => (model.id === 'doubao-seedance-2.0' ? { amount: resolution === '480p' ? 1 : 2, currency: 'USD' } : undefined));
    expect(rows.find((r) => r.id === 'doubao-seedance-2.0')?.pricePer5s).toEqual({ '480p': { amount: 1, currency: 'USD' }, '720p': { amount: 2, currency: 'USD' }, '1080p': { amount: 2, currency: 'USD' } });
    expect(rows.find((r) => r.id === 'doubao-seedance-2-fast')?.pricePer5s).toEqual({});
    const text = formatModels(rows);
    expect(text.split('\n')[0]).toMatch(/price \/ 5 s$/);
    expect(text).toMatch(/^doubao-seedance-2\.0 .*480p 1.00 USD, 720p 2.00 USD, 1080p 2.00 USD$/m);
  });

  it('--pricing (or SEEDANCE_PRICING) prices 5 s at each resolution by the table: 720p 16:9 on 2.0 is 108,900 tokens', async () => {
    const out = await runCli(['models', '--pricing', 'volcengine', '--json'], process.cwd());
    const rows = (JSON.parse(out.stdout) as { models: ModelRow[] }).models;
    expect(rows.find((r) => r.id === 'doubao-seedance-2-0-260128')?.pricePer5s).toEqual({
      '480p': { amount: 2.329348, currency: 'CNY' }, // 50,638 tokens at 46 a million
      '720p': { amount: 5.0094, currency: 'CNY' }, // 108,900 at 46
      '1080p': { amount: 12.496275, currency: 'CNY' }, // 245,025 at 51
      '4k': { amount: 25.4826, currency: 'CNY' }, // 980,100 at 26
    });
    expect(rows.find((r) => r.id === 'doubao-seedance-1-0-lite-t2v-250428')?.pricePer5s).toEqual({});
    const text = await runCli(['models'], process.cwd(), { SEEDANCE_PRICING: 'byteplus' });
    expect(text.stdout).toMatch(/^dreamina-seedance-2-0-260128 .*480p 0.35 USD, 720p 0.76 USD$/m);
    const bad = await runCli(['models', '--pricing', 'nope'], process.cwd());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--pricing is "nope", which is neither a built-in table');
  });

  it('is listed in seedance --help and has its own help', async () => {
    expect((await runCli(['--help'], process.cwd())).stdout).toMatch(/^\s+models\s+print the capability table/m);
    const help = await runCli(['models', '--help'], process.cwd());
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: seedance models \[--pricing TABLE\] \[--json\]/);
  });
});
