// The Seedance API client for both wire formats. Creates are never repeated blindly: a create is
// retried at once only when the service surely did not create the task (429, connection refused);
// when the outcome is unknown, the native list endpoint is searched for the task first.
import { SeedanceError, isSeedanceError } from '../core/errors.js';
import type { ApiFormat } from '../models.js';
import { downloadToFile } from './download.js';
import { createAgent, outcomeOf, requestJson, type JsonResponse } from './http.js';
import { httpError } from './http-error.js';
import { NATIVE_LIST_MAX, NATIVE_TASKS_PATH, nativeListPath, nativeTaskPath, parseNativeCreated, parseNativeList, parseNativeTask } from './native-format.js';
import { OPENAI_VIDEOS_PATH, openAiContentPath, openAiVideoPath, parseOpenAiVideo } from './openai-format.js';
import { findLostTask } from './recover.js';
import { DEFAULT_RETRY, isRetryableStatus, parseRetryAfter, retryDelay, sleep } from './retry.js';
import type { ClientOptions, CreateResult, DownloadResult, RetryPolicy, SeedanceClient, TaskInfo } from './types.js';

export function createClient(options: ClientOptions): SeedanceClient {
  return new HttpClient(options);
}

type Method = 'GET' | 'POST' | 'DELETE';

/** The id in a create answer; an answer without one leaves the outcome unknown. */
function parseCreatedId(format: ApiFormat, json: unknown): string {
  try {
    return format === 'native' ? parseNativeCreated(json) : parseOpenAiVideo(json).id;
  } catch (error) {
    throw Object.assign(error as SeedanceError, { outcome: 'unknown' as const });
  }
}

class HttpClient implements SeedanceClient {
  readonly format: ApiFormat;
  private readonly base: string;
  private readonly agent;
  /** Downloads get their own connections, so creates and polls never queue behind file transfers. */
  private readonly downloadAgent;
  private readonly policy: RetryPolicy;
  private readonly random: () => number;
  private readonly claimed = new Set<string>();
  private createsInFlight = 0;

  constructor(private readonly options: ClientOptions) {
    this.format = options.format;
    this.base = options.baseUrl.replace(/\/+$/, '');
    this.policy = { ...DEFAULT_RETRY, ...options.retry };
    this.random = options.random ?? Math.random;
    const http = {
      connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
      responseTimeoutMs: options.responseTimeoutMs ?? 60_000,
      connections: options.connections ?? 16,
    };
    this.agent = createAgent(http);
    this.downloadAgent = createAgent(http);
  }

  claim(ids: Iterable<string>): void {
    for (const id of ids) this.claimed.add(id);
  }

  contentUrl(id: string): string | undefined {
    return this.format === 'openai' ? this.base + openAiContentPath(id) : undefined;
  }

  async create(body: Record<string, unknown>, options: { signal?: AbortSignal } = {}): Promise<CreateResult> {
    const path = this.format === 'native' ? NATIVE_TASKS_PATH : OPENAI_VIDEOS_PATH;
    const payload = JSON.stringify(body);
    let duplicateRisk = false;
    let unknownSince: number | undefined;
    for (let attempt = 1; ; attempt++) {
      const sentAt = Math.floor(Date.now() / 1000);
      let retryAfterMs: number | undefined;
      let reason: string;
      this.createsInFlight++;
      try {
        const response = await this.send('POST', path, payload, options.signal);
        if (response.status < 300) {
          const id = parseCreatedId(this.format, response.json);
          this.claimed.add(id);
          return { id, recovered: false, duplicateRisk };
        }
        const retryAfter = parseRetryAfter(response.headers);
        const error = httpError(response.status, response.json, 'POST', this.base + path, retryAfter);
        if (response.status === 429) {
          // Not created: safe to send again after the wait the service asks for.
          retryAfterMs = retryAfter;
          reason = error.message;
          if (attempt >= this.policy.maxAttempts) throw error;
        } else if (isRetryableStatus(response.status)) {
          unknownSince ??= sentAt;
          reason = error.message;
          if (attempt >= this.policy.maxAttempts) throw this.unsettled(error, duplicateRisk);
        } else {
          throw error;
        }
      } catch (error) {
        const outcome = outcomeOf(error);
        if (!outcome || options.signal?.aborted || isSeedanceError(error, 'interrupted')) throw error;
        if (outcome === 'unknown') unknownSince ??= sentAt;
        reason = (error as Error).message;
        if (attempt >= this.policy.maxAttempts) throw outcome === 'unknown' ? this.unsettled(error, duplicateRisk) : error;
      } finally {
        this.createsInFlight--;
      }
      if (unknownSince !== undefined) {
        this.options.onNotice?.({ type: 'create-unknown', reason });
        const settled = await this.settleUnknownCreate(body, unknownSince, options.signal);
        if (settled.id) return { id: settled.id, recovered: true, duplicateRisk };
        duplicateRisk ||= settled.duplicateRisk;
      }
      const delay = retryDelay(attempt, this.policy, this.random, retryAfterMs);
      this.options.onNotice?.({ type: 'retry', operation: 'create', attempt, delayMs: delay, reason });
      await sleep(delay, options.signal);
    }
  }

  /** After a create whose outcome is unknown: find the task it may have made, or say we cannot tell. */
  private async settleUnknownCreate(body: Record<string, unknown>, since: number, signal?: AbortSignal): Promise<{ id?: string; duplicateRisk: boolean }> {
    if (this.format !== 'native') {
      this.options.onNotice?.({ type: 'duplicate-risk', reason: 'the OpenAI-compatible format cannot list tasks, so a task made by the failed attempt cannot be found; sending again may create a duplicate' });
      return { duplicateRisk: true };
    }
    // Let our other creates finish first, so their tasks are claimed and not mistaken for this one.
    for (let waited = 0; this.createsInFlight > 0 && waited < 30_000; waited += 100) await sleep(100, signal);
    try {
      const recent = await this.listSince(since - 5, signal ? { signal } : {});
      const found = findLostTask(body, recent, this.claimed);
      if (found.kind === 'one') {
        this.claimed.add(found.id);
        this.options.onNotice?.({ type: 'create-recovered', taskId: found.id });
        return { id: found.id, duplicateRisk: false };
      }
      if (found.kind === 'none') return { duplicateRisk: false };
      this.options.onNotice?.({ type: 'duplicate-risk', reason: `${found.count} recent tasks match this request and none can be told apart; sending again may create a duplicate` });
      return { duplicateRisk: true };
    } catch (error) {
      if (signal?.aborted) throw error;
      this.options.onNotice?.({ type: 'duplicate-risk', reason: `listing recent tasks failed (${(error as Error).message}); sending again may create a duplicate` });
      return { duplicateRisk: true };
    }
  }

  private unsettled(error: unknown, duplicateRisk: boolean): SeedanceError {
    return new SeedanceError('api.duplicate-unknown', `Creating the task failed and the service's answer was lost: ${(error as Error).message}`, {
      hint: duplicateRisk
        ? 'A task may have been created and billed without the tool knowing its id; check the provider\'s console before running again.'
        : 'Run again later; the tool looks for a task the failed attempt may have made before sending a new one.',
      cause: error,
    });
  }

  async get(id: string, options: { signal?: AbortSignal } = {}): Promise<TaskInfo | undefined> {
    const path = this.format === 'native' ? nativeTaskPath(id) : openAiVideoPath(id);
    const response = await this.idempotent('GET', path, 'query', options.signal, [404]);
    if (response.status === 404) return undefined;
    return this.format === 'native' ? parseNativeTask(response.json) : parseOpenAiVideo(response.json);
  }

  async getMany(ids: readonly string[], options: { signal?: AbortSignal } = {}): Promise<Map<string, TaskInfo>> {
    const found = new Map<string, TaskInfo>();
    if (this.format === 'openai') {
      for (const id of ids) {
        const task = await this.get(id, options);
        if (task) found.set(id, task);
      }
      return found;
    }
    for (let i = 0; i < ids.length; i += NATIVE_LIST_MAX) {
      const chunk = ids.slice(i, i + NATIVE_LIST_MAX);
      const response = await this.idempotent('GET', nativeListPath({ pageNum: 1, pageSize: NATIVE_LIST_MAX, taskIds: chunk }), 'list', options.signal);
      for (const task of parseNativeList(response.json).items) found.set(task.id, task);
    }
    return found;
  }

  async listSince(since: number, options: { signal?: AbortSignal } = {}): Promise<TaskInfo[]> {
    if (this.format !== 'native') throw new SeedanceError('internal', 'listSince is native-only');
    const tasks: TaskInfo[] = [];
    for (let page = 1; page <= 20; page++) {
      const response = await this.idempotent('GET', nativeListPath({ pageNum: page, pageSize: 100 }), 'list', options.signal);
      const { items } = parseNativeList(response.json);
      for (const task of items) if ((task.createdAt ?? Infinity) >= since) tasks.push(task);
      const oldest = items.at(-1)?.createdAt;
      if (items.length < 100 || (oldest !== undefined && oldest < since)) break;
    }
    return tasks;
  }

  async cancel(id: string, options: { signal?: AbortSignal } = {}): Promise<void> {
    if (this.format !== 'native') {
      throw new SeedanceError('usage', 'The OpenAI-compatible format has no way to cancel a task.', { hint: 'Let it finish, or use api: native.' });
    }
    const response = await this.idempotent('DELETE', nativeTaskPath(id), 'cancel', options.signal, [400, 404, 409]);
    if (response.status >= 400) throw httpError(response.status, response.json, 'DELETE', this.base + nativeTaskPath(id));
  }

  download(url: string, dest: string, options: { signal?: AbortSignal; onProgress?: (bytes: number, total?: number) => void } = {}): Promise<DownloadResult> {
    // The key goes only to the service itself, never to a storage host that serves signed URLs.
    const sameOrigin = new URL(url).origin === new URL(this.base).origin;
    return downloadToFile(url, dest, {
      agent: this.downloadAgent,
      headers: sameOrigin ? { authorization: `Bearer ${this.options.apiKey}` } : {},
      policy: this.policy,
      random: this.random,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      onRetry: (attempt, delayMs, reason) => this.options.onNotice?.({ type: 'retry', operation: 'download', attempt, delayMs, reason }),
    });
  }

  async close(): Promise<void> {
    await Promise.all([this.agent.close(), this.downloadAgent.close()]);
  }

  /** A request that is safe to repeat: retried on 408/429/5xx, network errors and garbled answers. */
  private async idempotent(method: Method, path: string, operation: string, signal: AbortSignal | undefined, accept: number[] = []): Promise<JsonResponse> {
    for (let attempt = 1; ; attempt++) {
      let retryAfterMs: number | undefined;
      let failure: Error;
      try {
        const response = await this.send(method, path, undefined, signal);
        if (response.status < 300 || accept.includes(response.status)) return response;
        retryAfterMs = parseRetryAfter(response.headers);
        failure = httpError(response.status, response.json, method, this.base + path, retryAfterMs);
        if (!isRetryableStatus(response.status)) throw failure;
      } catch (error) {
        if (!outcomeOf(error) || signal?.aborted || isSeedanceError(error, 'interrupted')) throw error;
        failure = error as Error;
      }
      if (attempt >= this.policy.maxAttempts) throw failure;
      const delay = retryDelay(attempt, this.policy, this.random, retryAfterMs);
      this.options.onNotice?.({ type: 'retry', operation, attempt, delayMs: delay, reason: failure.message });
      await sleep(delay, signal);
    }
  }

  private send(method: Method, path: string, body: string | undefined, signal: AbortSignal | undefined): Promise<JsonResponse> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.options.apiKey}`, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    return requestJson(this.agent, method, this.base + path, headers, body, signal);
  }
}
