// Seeded randomness. Each purpose (latencies, seeds, ids, faults) draws from its own stream, so
// adding a fault rule does not shift the latencies of later tasks under the same simulator seed.
import { createHash, randomInt } from 'node:crypto';
import type { Latency } from './types.js';

export type Random = () => number;

/** mulberry32: small, fast, good enough for test traffic; returns [0, 1). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomStreams {
  latency: Random;
  seeds: Random;
  ids: Random;
  faults: Random;
}

/** Independent streams derived from one seed; without a seed, from the system's randomness. */
export function randomStreams(seed: number | undefined): RandomStreams {
  const base = seed ?? randomInt(0, 2 ** 32 - 1);
  const derive = (purpose: string): Random => seededRandom(hashToUint32(`${base}:${purpose}`));
  return { latency: derive('latency'), seeds: derive('seeds'), ids: derive('ids'), faults: derive('faults') };
}

/** A stable 32-bit number for any text (seeds of pictures, colours, placeholder images). */
export function hashToUint32(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0);
}

/** A latency in ms: the fixed value, or a uniform draw from the inclusive range. */
export function sampleLatency(latency: Latency, random: Random): number {
  if (typeof latency === 'number') return Math.max(0, latency);
  const [low, high] = latency[0] <= latency[1] ? latency : [latency[1], latency[0]];
  return Math.max(0, Math.round(low + random() * (high - low)));
}

/** An integer in [min, max]. */
export function randomIntIn(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}
