// A create request after validation, the same for both wire formats: what the task will make.
import type { ModelCapabilities, Resolution } from '../models.js';
import type { WireFormat } from './api-error.js';

export type MediaRole = 'first_frame' | 'last_frame' | 'reference_image' | 'reference_video' | 'reference_audio';
export type MediaKind = 'image' | 'video' | 'audio';

export interface MediaRef {
  kind: MediaKind;
  role: MediaRole;
  url: string;
  /** Where it was in the request body, for error messages (`content[1].image_url.url`). */
  param: string;
}

export interface GenerationRequest {
  format: WireFormat;
  /** The model name as sent, and its capabilities (`ep-...` ids act as official 2.0). */
  modelName: string;
  model: ModelCapabilities;
  prompt: string;
  media: MediaRef[];
  /** Native: resolution and ratio (`adaptive` is settled once the first frame is read). */
  resolution?: Resolution;
  ratio?: string;
  /** OpenAI: the size as sent. */
  size?: string;
  /** Seconds; -1 lets the model choose (settled from the seed). */
  duration: number;
  /** 1.0 series: an exact frame count instead of a duration. */
  frames?: number;
  /** Undefined or -1: a random seed is reported. */
  seed?: number;
  generateAudio: boolean;
  watermark: boolean;
  returnLastFrame: boolean;
  serviceTier: 'default' | 'flex';
  executionExpiresAfter: number;
  draft: boolean;
  /** A final made from a draft: the draft's id (its settings are taken from the draft task). */
  draftTaskId?: string;
  callbackUrl?: string;
  /** 0..9 (2.0 series): served first within the model's queue. */
  priority?: number;
  /** tools: [{ type: web_search }] was sent (2.0 series). */
  webSearch?: boolean;
  /** Echoed back in the task object. */
  safetyIdentifier?: string;
}

/** What the prompt is, for fault rules and the picture: the text item or the OpenAI prompt. */
export function promptOf(body: unknown): string {
  const raw = (body ?? {}) as { prompt?: unknown; content?: unknown };
  if (typeof raw.prompt === 'string') return raw.prompt;
  if (Array.isArray(raw.content)) {
    const text = (raw.content as { type?: unknown; text?: unknown }[]).find((item) => item?.type === 'text');
    if (typeof text?.text === 'string') return text.text;
  }
  return '';
}
