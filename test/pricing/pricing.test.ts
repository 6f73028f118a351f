// Price tables: the built-in list prices of API.md, a table of one's own (by model, versioned id
// or family; one figure or one per resolution; with video input), flex at half, SEEDANCE_PRICING.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/core/money.js';
import { findModel } from '../../src/models.js';
import { shotCost, type CostedShot } from '../../src/pricing/cost.js';
import { builtInTable, customTable } from '../../src/pricing/price-table.js';
import { pricingFromEnv } from '../../src/pricing/select.js';
import { tempDir } from '../temp.js';

function shot(model: string, resolution: CostedShot['settings']['resolution'], extra: { audio?: boolean; flex?: boolean; videos?: number } = {}): CostedShot {
  return {
    settings: { model, resolution, generateAudio: extra.audio ?? false, ...(extra.flex ? { serviceTier: 'flex' as const } : {}) },
    capabilities: findModel(model),
    referenceVideos: Array.from({ length: extra.videos ?? 0 }),
  };
}

const volcengine = builtInTable('volcengine')!;
const byteplus = builtInTable('byteplus')!;
const MILLION = 1_000_000;

describe('the built-in tables', () => {
  it('price 2.0 by resolution, with video input lower, and the other families as API.md lists them', () => {
    const rate = (s: CostedShot): number | undefined => shotCost(volcengine, s, MILLION)?.amount;
    expect(rate(shot('doubao-seedance-2.0', '720p'))).toBe(46);
    expect(rate(shot('doubao-seedance-2-0-260128', '480p'))).toBe(46);
    expect(rate(shot('doubao-seedance-2-0-260128', '1080p'))).toBe(51);
    expect(rate(shot('doubao-seedance-2-0-260128', '4k'))).toBe(26);
    expect(rate(shot('doubao-seedance-2-0-260128', '720p', { videos: 1 }))).toBe(28);
    expect(rate(shot('doubao-seedance-2-0-260128', '1080p', { videos: 2 }))).toBe(31);
    expect(rate(shot('doubao-seedance-2-fast', '720p'))).toBe(37);
    expect(rate(shot('doubao-seedance-2-0-mini-260615', '480p'))).toBe(23);
    expect(rate(shot('dreamina-seedance-2-0-mini-260615', '720p', { videos: 1 }))).toBe(14);
    expect(rate(shot('doubao-seedance-1-5-pro-251215', '720p', { audio: true }))).toBe(16);
    expect(rate(shot('doubao-seedance-1-5-pro-251215', '720p', { audio: false }))).toBe(8);
    expect(rate(shot('doubao-seedance-1-5-pro-251215', '720p', { audio: false, flex: true }))).toBe(4);
    expect(rate(shot('doubao-seedance-1-0-pro-250528', '1080p', { flex: true }))).toBe(7.5);
    expect(volcengine.currency).toBe('CNY');
  });

  it('leave out what no source confirms: byteplus knows only 2.0 at 480p and 720p', () => {
    expect(shotCost(byteplus, shot('dreamina-seedance-2-0-260128', '720p'), 108_900)).toEqual({ amount: 0.7623, currency: 'USD' });
    expect(shotCost(byteplus, shot('dreamina-seedance-2-0-260128', '1080p'), 108_900)).toBeUndefined();
    expect(shotCost(volcengine, shot('ep-20260101-abc', '720p'), 108_900)).toBeUndefined();
  });
});

describe('a table of your own', () => {
  const table = customTable({
    currency: 'EUR',
    per_million_tokens: { 'doubao-seedance-2.0': 6, '2.0-fast': { '480p': 3, '720p': 4 }, 'doubao-seedance-1-0-pro-250528': 10 },
    with_video_input: { 'doubao-seedance-2-0-260128': 2 },
  });
  it('is looked up by the model as written, then its versioned id, then its family', () => {
    expect(shotCost(table, shot('doubao-seedance-2.0', '720p'), MILLION)).toEqual({ amount: 6, currency: 'EUR' });
    expect(shotCost(table, shot('doubao-seedance-2-fast', '480p'), MILLION)?.amount).toBe(3);
    expect(shotCost(table, shot('doubao-seedance-2-0-fast-260128', '720p'), MILLION)?.amount).toBe(4);
    expect(shotCost(table, shot('doubao-seedance-2-0-fast-260128', '1080p'), MILLION)).toBeUndefined();
  });
  it('prices tasks with reference videos by with_video_input, else as any other', () => {
    expect(shotCost(table, shot('doubao-seedance-2.0', '720p', { videos: 1 }), MILLION)?.amount).toBe(2);
    expect(shotCost(table, shot('doubao-seedance-1-0-pro-250528', '720p', { videos: 1 }), MILLION)?.amount).toBe(10);
    expect(shotCost(table, shot('doubao-seedance-1-0-pro-250528', '720p', { flex: true }), MILLION)?.amount).toBe(5);
  });
});

describe('SEEDANCE_PRICING', () => {
  it('names a built-in table or a YAML or JSON file, with or without a pricing: key', async () => {
    expect(await pricingFromEnv({})).toBeUndefined();
    expect((await pricingFromEnv({ SEEDANCE_PRICING: 'byteplus' }))?.currency).toBe('USD');
    const dir = await tempDir('seedance-pricing-');
    const yamlFile = join(dir, 'contract.yaml');
    await writeFile(yamlFile, 'pricing:\n  currency: GBP\n  per_million_tokens: { "2.0": 5 }\n');
    const table = await pricingFromEnv({ SEEDANCE_PRICING: yamlFile });
    expect(table && shotCost(table, shot('doubao-seedance-2.0', '720p'), MILLION)).toEqual({ amount: 5, currency: 'GBP' });
    const jsonFile = join(dir, 'named.json');
    await writeFile(jsonFile, '"volcengine"');
    expect((await pricingFromEnv({ SEEDANCE_PRICING: jsonFile }))?.name).toBe('volcengine');
  });

  it('says what is wrong with a bad value and how to write one', async () => {
    await expect(pricingFromEnv({ SEEDANCE_PRICING: 'aws' })).rejects.toThrow(/neither a built-in table \(volcengine, byteplus\) nor a file that can be read \(ENOENT\)/);
    const dir = await tempDir('seedance-pricing-');
    const file = join(dir, 'bad.yaml');
    await writeFile(file, 'currency: usd\nper_million_tokens: { x: 1 }\n');
    await expect(pricingFromEnv({ SEEDANCE_PRICING: file })).rejects.toThrow(/its currency is not a three-letter code/);
    await writeFile(file, 'currency: USD\nper_million_tokens: { x: -1 }\n');
    await expect(pricingFromEnv({ SEEDANCE_PRICING: file })).rejects.toThrow(/the price of x under per_million_tokens is not a number of at least 0/);
  });
});

describe('amounts', () => {
  it('are shown to the cent, and below a cent with enough digits to see them', () => {
    expect(formatMoney({ amount: 6.988044, currency: 'CNY' })).toBe('6.99 CNY');
    expect(formatMoney({ amount: 0.0042, currency: 'USD' })).toBe('0.0042 USD');
    expect(formatMoney({ amount: 0, currency: 'USD' })).toBe('0.00 USD');
  });
});
