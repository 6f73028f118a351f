// Turning a create body into a task: validate, read the media, settle the seed, duration and
// ratio, decide how the task will end (faults, strict media), draw latencies, queue it.
import { FIXED_RATIOS, videoSize, type FixedRatio, type Resolution } from '../models.js';
import { invalid, type WireFormat } from './api-error.js';
import type { Engine } from './engine.js';
import type { FaultBook } from './faults.js';
import type { InputReader } from './inputs.js';
import { randomIntIn, sampleLatency, type RandomStreams } from './random.js';
import type { GenerationRequest } from './request.js';
import { buildTask, type PlannedEnd, type TaskDraft, type TaskRecord } from './task-record.js';
import type { TaskStore } from './task-store.js';
import type { Latency } from './types.js';
import { resolveMedia, type ResolvedMedia } from './validate-media.js';
import { validateNative } from './validate-native.js';
import { validateOpenAi } from './validate-openai.js';

/** The failure code of a task whose input could not be fetched (strict mode; unconfirmed name). */
const DOWNLOAD_FAILED_CODE = 'InvalidParameter.DownloadFailed';

export interface CreateDeps {
  store: TaskStore;
  engine: Engine;
  faults: FaultBook;
  random: RandomStreams;
  reader: InputReader;
  inputsDir: string;
  latency: { queuedMs: Latency; runningMs: Latency };
  strictMedia: boolean;
}

export async function createTask(body: unknown, format: WireFormat, deps: CreateDeps, now: () => number, owner?: string): Promise<TaskRecord> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalid('body', 'The request body must be a JSON object.');
  const request = format === 'native' ? validateNative(body as Record<string, unknown>) : validateOpenAi(body as Record<string, unknown>);
  const draft = request.draftTaskId !== undefined ? fromDraft(request, request.draftTaskId, deps.store) : await fresh(request, deps);
  const planned = plannedEnd(draft, deps, format);
  const { queuedMs, runningMs } = deps.latency;
  const task = buildTask(draft, {
    id: newId(format, deps),
    now: now(),
    queuedMs: sampleLatency(queuedMs, deps.random.latency),
    runningMs: sampleLatency(runningMs, deps.random.latency),
    planned,
  });
  if (owner !== undefined) task.owner = owner;
  deps.engine.add(task);
  return task;
}

async function fresh(request: GenerationRequest, deps: CreateDeps): Promise<TaskDraft> {
  const media = await resolveMedia(request.media, { reader: deps.reader, inputsDir: deps.inputsDir, gatewayLimits: request.model.gatewayLimits });
  const seed = request.seed === undefined || request.seed === -1 ? randomIntIn(deps.random.seeds, 0, 2 ** 31 - 1) : request.seed;
  const { min, max } = request.model.duration;
  // -1: the model chooses; here a choice fixed by the seed.
  const duration = request.duration === -1 ? min + (seed % (max - min + 1)) : request.duration;
  const draft: TaskDraft = { request, media, seed, duration };
  if (request.format === 'native') {
    draft.resolution = request.resolution as Resolution;
    draft.ratio = request.ratio === 'adaptive' ? adaptiveRatio(media, request.model.ratios) : (request.ratio ?? '16:9');
    if (!videoSize(request.model, draft.resolution, draft.ratio as FixedRatio)) {
      throw invalid('ratio', `${request.model.id} has no ${draft.resolution} ${draft.ratio} output size.`);
    }
  }
  return draft;
}

/** A final from a draft: the draft's prompt, images, seed, ratio, duration and audio, at its own resolution. */
function fromDraft(request: GenerationRequest, draftId: string, store: TaskStore): TaskDraft {
  const param = 'content[0].draft_task.id';
  const source = store.get(draftId);
  if (!source || source.format !== 'native') throw invalid(param, `There is no draft task ${draftId}.`);
  if (!source.draft) throw invalid(param, `Task ${draftId} is not a draft (it was not created with draft: true).`);
  if (source.status !== 'succeeded') throw invalid(param, `The draft task ${draftId} is ${source.status}; only a succeeded draft can be made final.`);
  const resolution = request.resolution as Resolution;
  const ratio = source.ratio as FixedRatio;
  if (!videoSize(request.model, resolution, ratio)) throw invalid('resolution', `${request.model.id} has no ${resolution} ${ratio} output size.`);
  const reused: GenerationRequest = { ...request, prompt: source.prompt, generateAudio: source.generateAudio };
  if (source.frames !== undefined) reused.frames = source.frames;
  return { request: reused, media: source.media, seed: source.seed, duration: source.duration, ratio, resolution };
}

/** The fixed ratio closest to the first frame's shape (16:9 without a readable first frame). */
function adaptiveRatio(media: readonly ResolvedMedia[], allowed: readonly string[]): string {
  const first = media.find((m) => m.role === 'first_frame');
  if (!first?.width || !first.height) return '16:9';
  const aspect = Math.log(first.width / first.height);
  const candidates = FIXED_RATIOS.filter((r) => allowed.includes(r) || allowed.includes('adaptive'));
  let best: FixedRatio = '16:9';
  let bestDistance = Infinity;
  for (const ratio of candidates) {
    const [w, h] = ratio.split(':').map(Number) as [number, number];
    const distance = Math.abs(Math.log(w / h) - aspect);
    if (distance < bestDistance) [best, bestDistance] = [ratio, distance];
  }
  return best;
}

function plannedEnd(draft: TaskDraft, deps: CreateDeps, format: WireFormat): PlannedEnd {
  const fault = deps.faults.pick('task', { endpoint: 'create', format, prompt: draft.request.prompt });
  if (fault?.kind === 'task-failed') {
    const code = fault.code ?? 'OutputVideoSensitiveContentDetected';
    return { kind: 'fail', code, message: `The generated video may contain sensitive content (simulated fault ${code}).` };
  }
  if (fault?.kind === 'task-expired') return { kind: 'expire' };
  const unreachable = draft.media.find((m) => m.source.kind === 'placeholder');
  if (deps.strictMedia && unreachable?.source.kind === 'placeholder') {
    return { kind: 'fail', code: DOWNLOAD_FAILED_CODE, message: `An input could not be downloaded: ${unreachable.source.reason}.` };
  }
  return { kind: 'succeed' };
}

/** Native ids look like the service's (`cgt-20260518175249-8x55h`); OpenAI ids like `video_...`. */
function newId(format: WireFormat, deps: CreateDeps): string {
  const random = deps.random.ids;
  for (;;) {
    const id = format === 'native'
      ? `cgt-${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}-${chars(random, 5, 36)}`
      : `video_${chars(random, 24, 16)}`;
    if (!deps.store.has(id)) return id;
  }
}

function chars(random: () => number, count: number, radix: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += Math.floor(random() * radix).toString(radix);
  return out;
}
