// Checks a native create body (API.md section 1) the way the service does, using the capability
// table of src/models.ts, and turns it into a GenerationRequest. Media bytes are checked later
// (validate-media.ts), once they are fetched.
import { DEFAULT_RESOLUTION, DRAFT_RESOLUTION, EXECUTION_EXPIRES, FRAMES_RANGE, PRIORITY_RANGE, RESOLUTIONS, SAFETY_IDENTIFIER_MAX, SEED_RANGE, TOOL_TYPES, framesSeconds, validFrames, type ModelCapabilities, type Resolution } from '../models.js';
import { invalid, missing } from './api-error.js';
import type { GenerationRequest, MediaRef, MediaRole } from './request.js';
import { checkBoolean, checkInteger, checkUrl, lookupModel, rejectUnknownFields, withoutNulls } from './validate-common.js';

/** Every field of API.md's "Create body" table. */
export const NATIVE_FIELDS: ReadonlySet<string> = new Set([
  'model', 'content', 'duration', 'frames', 'resolution', 'ratio', 'seed', 'generate_audio', 'watermark',
  'return_last_frame', 'camera_fixed', 'service_tier', 'execution_expires_after', 'draft', 'callback_url',
  'priority', 'tools', 'safety_identifier',
]);
/** Fields of the OpenAI-compatible format: the brief says never to mix the two. */
const OPENAI_FIELDS = new Set(['prompt', 'size', 'images', 'videos', 'mode', 'seconds']);

const ROLES: Record<string, readonly (MediaRole | undefined)[]> = {
  image_url: [undefined, 'first_frame', 'last_frame', 'reference_image'],
  video_url: [undefined, 'reference_video'],
  audio_url: [undefined, 'reference_audio'],
};

export function validateNative(sent: Record<string, unknown>): GenerationRequest {
  const body = withoutNulls(sent);
  for (const field of Object.keys(body)) {
    if (OPENAI_FIELDS.has(field)) {
      throw invalid(field, `\`${field}\` belongs to the OpenAI-compatible format (/v1/videos); the native format takes content items, resolution and ratio. Do not mix the two formats.`);
    }
  }
  rejectUnknownFields(body, NATIVE_FIELDS);
  const model = lookupModel(body.model, 'native');
  const content = parseContent(body.content, model);
  const draft = checkBoolean(body, 'draft') ?? false;
  const draftTaskId = content.draftTaskId;
  const request: GenerationRequest = {
    format: 'native',
    modelName: body.model as string,
    model,
    prompt: content.prompt,
    media: content.media,
    duration: model.duration.default,
    generateAudio: checkBoolean(body, 'generate_audio') ?? model.audioDefault,
    watermark: checkBoolean(body, 'watermark') ?? false,
    returnLastFrame: checkBoolean(body, 'return_last_frame') ?? false,
    serviceTier: 'default',
    executionExpiresAfter: checkInteger(body, 'execution_expires_after', EXECUTION_EXPIRES.min, EXECUTION_EXPIRES.max) ?? EXECUTION_EXPIRES.default,
    draft,
  };
  if (draftTaskId !== undefined) request.draftTaskId = draftTaskId;
  checkTiming(body, model, request);
  request.resolution = checkResolution(body.resolution, model, draft);
  request.ratio = checkRatio(body.ratio, model, content.media);
  const seed = checkInteger(body, 'seed', SEED_RANGE.min, SEED_RANGE.max);
  if (seed !== undefined) request.seed = seed;
  if (request.generateAudio && !model.generateAudio) throw invalid('generate_audio', `${model.id} cannot generate audio; remove generate_audio or set it to false.`);
  const cameraFixed = checkBoolean(body, 'camera_fixed');
  if (cameraFixed !== undefined && !model.cameraFixed) throw invalid('camera_fixed', `${model.id} does not take camera_fixed; remove it.`);
  if (body.service_tier !== undefined) {
    if (body.service_tier !== 'default' && body.service_tier !== 'flex') throw invalid('service_tier', `service_tier must be \`default\` or \`flex\`, got ${JSON.stringify(body.service_tier)}.`);
    if (body.service_tier === 'flex' && !model.flexTier) throw invalid('service_tier', `${model.id} has no flex tier; use \`default\`.`);
    request.serviceTier = body.service_tier;
  }
  if (draft) {
    if (!model.draft) throw invalid('draft', `${model.id} cannot make drafts.`);
    if (request.resolution !== DRAFT_RESOLUTION) throw invalid('resolution', `A draft is rendered at ${DRAFT_RESOLUTION}; got ${request.resolution}.`);
    if (request.returnLastFrame) throw invalid('return_last_frame', 'A draft cannot return its last frame.');
    if (draftTaskId !== undefined) throw invalid('draft', 'A draft cannot be made from another draft.');
  }
  if (body.callback_url !== undefined) request.callbackUrl = checkUrl(body.callback_url, 'callback_url', ['http:', 'https:']);
  checkQueueFields(body, model, request);
  return request;
}

/** priority, tools and safety_identifier (API.md): 2.0 series only for the first two. */
function checkQueueFields(body: Record<string, unknown>, model: ModelCapabilities, request: GenerationRequest): void {
  const priority = checkInteger(body, 'priority', PRIORITY_RANGE.min, PRIORITY_RANGE.max);
  if (priority !== undefined) {
    if (!model.priority) throw invalid('priority', `${model.id} does not take priority (2.0 series only); remove it.`);
    if (request.serviceTier === 'flex') throw invalid('priority', 'priority cannot be used with service_tier flex.');
    request.priority = priority;
  }
  if (body.tools !== undefined) {
    if (!Array.isArray(body.tools)) throw invalid('tools', 'tools must be an array of tools such as {"type":"web_search"}.');
    body.tools.forEach((tool: unknown, index) => {
      const type = tool && typeof tool === 'object' && !Array.isArray(tool) ? (tool as Record<string, unknown>).type : undefined;
      if (!(TOOL_TYPES as readonly unknown[]).includes(type)) throw invalid(`tools[${index}].type`, `tools[${index}].type must be ${TOOL_TYPES.join(' or ')}; got ${JSON.stringify(type)}.`);
    });
    if (body.tools.length > 0 && !model.tools) throw invalid('tools', `${model.id} does not take tools (2.0 series only); remove them.`);
    if (body.tools.length > 0) request.webSearch = true;
  }
  if (body.safety_identifier !== undefined) {
    const id = body.safety_identifier;
    if (typeof id !== 'string' || id === '') throw invalid('safety_identifier', 'safety_identifier must be a non-empty string.');
    if (id.length > SAFETY_IDENTIFIER_MAX) throw invalid('safety_identifier', `safety_identifier must be at most ${SAFETY_IDENTIFIER_MAX} characters; got ${id.length}.`);
    request.safetyIdentifier = id;
  }
}

function checkTiming(body: Record<string, unknown>, model: ModelCapabilities, request: GenerationRequest): void {
  const { min, max, auto } = model.duration;
  if (body.duration !== undefined && body.frames !== undefined) throw invalid('frames', 'Send either duration or frames, not both.');
  if (body.duration !== undefined) {
    const duration = checkInteger(body, 'duration', -1, 1000) as number;
    if (duration === -1 ? !auto : duration < min || duration > max) {
      throw invalid('duration', `duration for ${model.id} must be ${min}..${max} seconds${auto ? ' or -1 (the model chooses)' : ''}; got ${duration}.`);
    }
    request.duration = duration;
  }
  if (body.frames !== undefined) {
    if (!model.frames) throw invalid('frames', `${model.id} does not take frames; use duration.`);
    const frames = checkInteger(body, 'frames', FRAMES_RANGE.min, FRAMES_RANGE.max) as number;
    if (!validFrames(frames)) throw invalid('frames', `frames must be 25+4n between ${FRAMES_RANGE.min} and ${FRAMES_RANGE.max}; got ${frames}.`);
    request.frames = frames;
    // The whole seconds the task reports; the video lasts (frames - 1) / 24 s.
    request.duration = Math.round(framesSeconds(frames));
  }
}

function checkResolution(value: unknown, model: ModelCapabilities, draft: boolean): Resolution {
  if (value === undefined) return draft ? DRAFT_RESOLUTION : DEFAULT_RESOLUTION;
  if (typeof value !== 'string' || !RESOLUTIONS.includes(value as Resolution)) {
    throw invalid('resolution', `resolution must be one of ${RESOLUTIONS.join(', ')}; got ${JSON.stringify(value)}.`);
  }
  if (!model.resolutions.includes(value as Resolution)) {
    throw invalid('resolution', `${model.id} does not offer ${value}; it offers ${model.resolutions.join(', ')}.`);
  }
  return value as Resolution;
}

function checkRatio(value: unknown, model: ModelCapabilities, media: readonly MediaRef[]): string {
  if (value === undefined) {
    const firstFrame = media.some((m) => m.role === 'first_frame');
    return firstFrame && model.ratios.includes('adaptive') ? 'adaptive' : '16:9';
  }
  if (typeof value !== 'string' || !(model.ratios as readonly string[]).includes(value)) {
    throw invalid('ratio', `ratio for ${model.id} must be one of ${model.ratios.join(', ')}; got ${JSON.stringify(value)}.`);
  }
  return value;
}

interface ParsedContent {
  prompt: string;
  media: MediaRef[];
  draftTaskId?: string;
}

function parseContent(value: unknown, model: ModelCapabilities): ParsedContent {
  if (value === undefined) throw missing('content');
  if (!Array.isArray(value) || value.length === 0) throw invalid('content', '`content` must be a non-empty array of typed items.');
  const parsed: ParsedContent = { prompt: '', media: [] };
  let texts = 0;
  const unroled: MediaRef[] = [];
  value.forEach((raw: unknown, index) => {
    const at = `content[${index}]`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw invalid(at, `${at} must be an object with a \`type\`.`);
    const item = raw as Record<string, unknown>;
    const type = item.type;
    if (type === 'text') {
      if (typeof item.text !== 'string' || item.text.trim() === '') throw invalid(`${at}.text`, `${at}.text must be a non-empty string.`);
      if (++texts > 1) throw invalid(at, 'Send the prompt as one text item.');
      parsed.prompt = item.text;
    } else if (type === 'draft_task') {
      const id = (item.draft_task as { id?: unknown } | undefined)?.id;
      if (typeof id !== 'string' || id === '') throw invalid(`${at}.draft_task.id`, `${at}.draft_task.id must be a task id.`);
      parsed.draftTaskId = id;
    } else if (type === 'image_url' || type === 'video_url' || type === 'audio_url') {
      const ref = parseMediaItem(item, type, at);
      if (item.role === undefined || item.role === null) unroled.push(ref);
      parsed.media.push(ref);
    } else {
      throw invalid(`${at}.type`, `${at}.type must be text, image_url, video_url, audio_url or draft_task; got ${JSON.stringify(type)}.`);
    }
  });
  if (parsed.draftTaskId !== undefined && value.length > 1) {
    throw invalid('content', 'A draft_task item must be alone: the final reuses the draft\'s prompt, images, seed, ratio, duration and audio setting.');
  }
  settleImageRoles(parsed.media, unroled);
  checkCombination(parsed.media, model);
  return parsed;
}

function parseMediaItem(item: Record<string, unknown>, type: 'image_url' | 'video_url' | 'audio_url', at: string): MediaRef {
  const kind = type === 'image_url' ? 'image' : type === 'video_url' ? 'video' : 'audio';
  const url = (item[type] as { url?: unknown } | undefined)?.url;
  const param = `${at}.${type}.url`;
  if (typeof url !== 'string' || url === '') throw invalid(param, `${param} must be a URL, a data URI or an asset:// id.`);
  checkUrl(url, param, ['http:', 'https:', 'asset:', ...(kind === 'video' ? [] : ['data:'])]);
  // A null role is no role, as a null field is absent.
  const role = (item.role ?? undefined) as MediaRole | undefined;
  if (!(ROLES[type] as readonly unknown[]).includes(role)) {
    throw invalid(`${at}.role`, `${at}.role for ${type} must be ${(ROLES[type] as readonly unknown[]).filter(Boolean).join(' or ')}; got ${JSON.stringify(role)}.`);
  }
  const defaultRole: MediaRole = kind === 'video' ? 'reference_video' : kind === 'audio' ? 'reference_audio' : 'first_frame';
  return { kind, role: role ?? defaultRole, url, param };
}

/** A single image with no role is a first frame; several images must each say their role. */
function settleImageRoles(media: MediaRef[], unroled: MediaRef[]): void {
  const images = media.filter((m) => m.kind === 'image');
  const unroledImage = unroled.find((m) => m.kind === 'image');
  if (unroledImage && images.length > 1) {
    throw invalid(unroledImage.param.replace(/\.image_url\.url$/, '.role'), 'With several images each needs a role: first_frame, last_frame or reference_image.');
  }
}

function checkCombination(media: readonly MediaRef[], model: ModelCapabilities): void {
  const count = (role: MediaRole): number => media.filter((m) => m.role === role).length;
  const first = count('first_frame');
  const last = count('last_frame');
  const refImages = count('reference_image');
  const videos = count('reference_video');
  const audio = count('reference_audio');
  if (first > 1) throw invalid('content', 'At most one first_frame image.');
  if (last > 1) throw invalid('content', 'At most one last_frame image.');
  if (last > 0 && first === 0) throw invalid('content', 'A last_frame image needs a first_frame image beside it.');
  if ((first > 0 || last > 0) && refImages + videos + audio > 0) {
    throw invalid('content', 'First-frame, first+last-frame and reference modes are mutually exclusive: do not mix first_frame/last_frame with reference images, videos or audio.');
  }
  if (first > 0 && !model.firstFrame) throw invalid('content', `${model.id} takes no first_frame image.`);
  if (last > 0 && !model.lastFrame) throw invalid('content', `${model.id} takes no last_frame image.`);
  if (refImages > model.referenceImages) {
    throw invalid('content', model.referenceImages === 0 ? `${model.id} takes no reference images.` : `${model.id} takes at most ${model.referenceImages} reference images; got ${refImages}.`);
  }
  if (videos > model.referenceVideos) {
    throw invalid('content', model.referenceVideos === 0 ? `${model.id} takes no reference videos.` : `At most ${model.referenceVideos} reference videos; got ${videos}.`);
  }
  if (audio > model.referenceAudio) {
    throw invalid('content', model.referenceAudio === 0 ? `${model.id} takes no reference audio.` : `At most ${model.referenceAudio} reference audio clips; got ${audio}.`);
  }
  if (audio > 0 && first + refImages + videos === 0) throw invalid('content', 'Reference audio needs an image or a video beside it.');
  if (model.textOnly && first + last + refImages > 0) throw invalid('content', `${model.id} is text-to-video only; remove the images.`);
  if (model.imageRequired && first + refImages === 0) throw invalid('content', `${model.id} needs an image (first_frame or reference_image).`);
}
