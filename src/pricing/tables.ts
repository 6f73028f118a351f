// The built-in list prices (../shared/API.md "Tokens and price", docs/pricing.md): per million
// tokens, by model family and resolution, with and without reference video input. A figure no
// two sources confirm is left out, so its shots show no price instead of a guess.
import type { ModelFamily, Resolution } from '../models.js';

export interface PriceRow {
  family: ModelFamily;
  /** The resolutions this row prices; absent: all. */
  resolutions?: readonly Resolution[];
  /** Only tasks with (true) or without (false) a sound track; absent: both. */
  audio?: boolean;
  perMillion: number;
  /** With reference videos (2.0 bills their seconds too, at this rate); absent: not confirmed. */
  withVideoInput?: number;
}

export interface BuiltInTable {
  name: 'volcengine' | 'byteplus';
  currency: string;
  source: string;
  rows: readonly PriceRow[];
}

const SMALL: readonly Resolution[] = ['480p', '720p'];

export const BUILT_IN_TABLES: readonly BuiltInTable[] = [
  {
    name: 'volcengine',
    currency: 'CNY',
    source: 'Volcengine Ark list prices (the model pricing page as quoted by several third parties, updated 2026-09-24)',
    rows: [
      { family: '2.0', resolutions: SMALL, perMillion: 46, withVideoInput: 28 },
      { family: '2.0', resolutions: ['1080p'], perMillion: 51, withVideoInput: 31 },
      { family: '2.0', resolutions: ['4k'], perMillion: 26, withVideoInput: 16 },
      { family: '2.0-fast', perMillion: 37, withVideoInput: 22 },
      { family: '2.0-mini', perMillion: 23, withVideoInput: 14 },
      { family: '1.5-pro', audio: true, perMillion: 16 },
      { family: '1.5-pro', audio: false, perMillion: 8 },
      { family: '1.0-pro', perMillion: 15 },
    ],
  },
  {
    name: 'byteplus',
    currency: 'USD',
    source: 'BytePlus ModelArk (its Seedance 2.0 tutorial and gateways quoting it, 2026); other models and 1080p unconfirmed',
    rows: [{ family: '2.0', resolutions: SMALL, perMillion: 7.0 }],
  },
];

export const BUILT_IN_NAMES = BUILT_IN_TABLES.map((t) => t.name);
