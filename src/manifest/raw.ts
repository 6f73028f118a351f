// Reading the parsed data defensively. Schema errors are already reported; the resolver and the
// rules still run on what is usable, so a typo and a cycle are reported together.
import type { EffectiveSettings } from './types.js';

export type Raw = Record<string, unknown>;

export const obj = (v: unknown): Raw | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Raw) : undefined);
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
export const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
export const int = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);
export const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const oneOf = <T extends string>(v: unknown, allowed: readonly T[]): T | undefined => (allowed.includes(v as T) ? (v as T) : undefined);

/** The manifest keys of the generation settings and their names in EffectiveSettings. */
export const SETTING_KEYS = {
  model: 'model',
  resolution: 'resolution',
  ratio: 'ratio',
  duration: 'duration',
  seed: 'seed',
  generate_audio: 'generateAudio',
  watermark: 'watermark',
  return_last_frame: 'returnLastFrame',
  camera_fixed: 'cameraFixed',
  service_tier: 'serviceTier',
  execution_expires_after: 'executionExpiresAfter',
  size: 'size',
  frames: 'frames',
  priority: 'priority',
  tools: 'tools',
  safety_identifier: 'safetyIdentifier',
  callback_url: 'callbackUrl',
} as const satisfies Record<string, keyof EffectiveSettings>;

export type SettingKey = keyof typeof SETTING_KEYS;

export const MEDIA_SLOTS = ['first_frame', 'last_frame', 'reference_images', 'reference_videos', 'reference_audio'] as const;
