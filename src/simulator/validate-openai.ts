// Checks an OpenAI-compatible create body (API.md section 2, the brief's 000 page) and turns it
// into a GenerationRequest.
import { EXECUTION_EXPIRES, OPENAI_I2V_MAX_IMAGES, OPENAI_SIZES } from '../models.js';
import { invalid, missing } from './api-error.js';
import type { GenerationRequest, MediaRef } from './request.js';
import { checkInteger, checkUrl, lookupModel, rejectUnknownFields, withoutNulls } from './validate-common.js';
import { NATIVE_FIELDS } from './validate-native.js';

const OPENAI_FIELDS = new Set(['prompt', 'model', 'duration', 'size', 'mode', 'images', 'videos']);

export function validateOpenAi(sent: Record<string, unknown>): GenerationRequest {
  // `null` is absent, as for the native format.
  const body = withoutNulls(sent);
  for (const field of Object.keys(body)) {
    // Fields of the native format: the brief says never to mix the two.
    if (NATIVE_FIELDS.has(field) && !OPENAI_FIELDS.has(field)) {
      throw invalid(field, `\`${field}\` belongs to the native format (/api/v3/contents/generations/tasks); /v1/videos takes prompt, size, mode, images and videos. Do not mix the two formats.`);
    }
  }
  rejectUnknownFields(body, OPENAI_FIELDS);
  if (body.prompt === undefined) throw missing('prompt');
  if (typeof body.prompt !== 'string' || body.prompt.trim() === '') throw invalid('prompt', 'prompt must be a non-empty string.');
  const model = lookupModel(body.model, 'openai');
  const { min, max, default: defaultDuration } = model.duration;
  const duration = checkInteger(body, 'duration', min, max) ?? defaultDuration;
  const size = body.size ?? OPENAI_SIZES[0];
  if (typeof size !== 'string' || !(OPENAI_SIZES as readonly string[]).includes(size)) {
    throw invalid('size', `size must be one of ${OPENAI_SIZES.join(', ')}; got ${JSON.stringify(body.size)}.`);
  }
  const images = urlList(body, 'images', true);
  const videos = urlList(body, 'videos', false);
  return {
    format: 'openai',
    modelName: body.model as string,
    model,
    prompt: body.prompt,
    media: mediaFor(body.mode, images, videos, model.referenceImages, model.referenceVideos),
    size,
    duration,
    generateAudio: false,
    watermark: false,
    returnLastFrame: false,
    serviceTier: 'default',
    executionExpiresAfter: EXECUTION_EXPIRES.default,
    draft: false,
  };
}

function urlList(body: Record<string, unknown>, field: 'images' | 'videos', dataAllowed: boolean): string[] {
  const value = body[field];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalid(field, `${field} must be an array of URLs.`);
  return value.map((url: unknown, index) => checkUrl(url, `${field}[${index}]`, ['http:', 'https:', 'asset:', ...(dataAllowed ? ['data:'] : [])]));
}

function mediaFor(mode: unknown, images: string[], videos: string[], maxImages: number, maxVideos: number): MediaRef[] {
  const image = (url: string, index: number, role: MediaRef['role']): MediaRef => ({ kind: 'image', role, url, param: `images[${index}]` });
  const video = (url: string, index: number): MediaRef => ({ kind: 'video', role: 'reference_video', url, param: `videos[${index}]` });
  if (mode === undefined) {
    if (images.length + videos.length > 0) throw invalid('mode', 'images or videos need a mode: `i2v` (first and last frame) or `r2v` (references).');
    return [];
  }
  if (mode === 'i2v') {
    if (images.length === 0) throw invalid('images', 'mode i2v needs images[0], the first frame.');
    if (images.length > OPENAI_I2V_MAX_IMAGES) throw invalid('images', `mode i2v takes at most ${OPENAI_I2V_MAX_IMAGES} images (first and last frame); got ${images.length}.`);
    if (videos.length > 0) throw invalid('videos', 'mode i2v takes no videos; use r2v for reference videos.');
    return images.map((url, index) => image(url, index, index === 0 ? 'first_frame' : 'last_frame'));
  }
  if (mode === 'r2v') {
    if (images.length + videos.length === 0) throw invalid('mode', 'mode r2v needs at least one image or video.');
    if (images.length > maxImages) throw invalid('images', `mode r2v takes at most ${maxImages} images; got ${images.length}.`);
    if (videos.length > maxVideos) throw invalid('videos', `mode r2v takes at most ${maxVideos} videos; got ${videos.length}.`);
    return [...images.map((url, index) => image(url, index, 'reference_image')), ...videos.map(video)];
  }
  throw invalid('mode', `mode must be \`i2v\` or \`r2v\`; got ${JSON.stringify(mode)}.`);
}
