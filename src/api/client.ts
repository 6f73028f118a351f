// The Seedance API client, the same for both wire formats: what differs between them is the
// adapter in `wire`. Creates are never repeated blindly: a create is retried at once only when the
// service surely did not create the task (429, connection refused); when the outcome is unknown,
// the format's list endpoint is searched for the task first.
import { SeedanceError, isSeedanceError } from '../core/errors.js';
import type { ApiFormat } from '../models.js';
import { findLostTask, wireFormat, type WireFormat } from '../wire/index.js';
import { downloadToFile } from './download.js';
import { createAgent, outcomeOf, requestJson, type JsonResponse } from './http.js';
import { httpError } from './http-error.js';
import { DEFAULT_RETRY, isRetryableStatus, parseRetryAfter, retrying, sleep, type Backoff, type Try } from './retry.js';
import type { ClientOptions, CreateResult, DownloadResult, LostTaskSearch, RetryPolicy, SeedanceClient, TaskInfo } from './types.js';

export function createClient(options: ClientOptions): SeedanceClient {
  return new HttpClient(options);
}

type Method = 'GET' | 'POST' | 'DELETE';

/** A failure no retry can help: not a network or protocol failure, or the run is stopping. */
/** A lost create that several listed tasks could have made. */
export function ambiguousCreate(ids: readonly string[]): SeedanceError {
  return new SeedanceError('task.ambiguous', `A create's answer was lost, and ${ids.length} tasks created on the account since it was sent could be the one it made (${ids.join(', ')}); they cannot be told apart, so none was adopted and nothing was sent again.`, {
    hint: 'Look at them in the provider\'s console, then take the right one with `seedance adopt <manifest> <shot> <task-id>`, or make the shot anew with `seedance run <manifest> --only <shot> --force` (a new task, billed).',
    taskIds: ids,
  });
}

function notRetryable(error: unknown, signal: AbortSignal | undefined): boolean {
  return !outcomeOf(error) || signal?.aborted === true || isSeedanceError(error, 'interrupted');
}

class HttpClient implements SeedanceClient {
  readonly format: ApiFormat;
  readonly wire: WireFormat;
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
    this.wire = wireFormat(options.format);
    this.base = options.baseUrl.replace(/\/+$/, '');
    this.policy = { ...DEFAULT_RETRY, ...options.retry };
    this.random = options.random ?? Math.random;
    const http = {
      connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
      responseTimeoutMs: options.responseTimeoutMs ?? 60_000,
      connections: options.connections ?? 16,
      requestTimeoutMs: options.requestTimeoutMs,
      downloadMinRate: options.downloadMinRate,
    };
    this.agent = createAgent(http);
    this.downloadAgent = createAgent(http);
  }

  claim(ids: Iterable<string>): void {
    for (const id of ids) this.claimed.add(id);
  }

  contentUrl(id: string): string | undefined {
    return this.wire.contentPath ? this.base + this.wire.contentPath(id) : undefined;
  }

  async create(body: Record<string, unknown>, options: { signal?: AbortSignal } = {}): Promise<CreateResult> {
    const path = this.wire.createPath;
    const payload = JSON.stringify(body);
    let duplicateRisk = false;
    /** When the first attempt whose outcome is unknown was sent. */
    let unknownSince: number | undefined;
    /** The latest attempt may have created a task. */
    let unsure = false;
    const once = async (): Promise<Try<CreateResult>> => {
      const sentAt = Math.floor(Date.now() / 1000);
      unsure = false;
      this.createsInFlight++;
      try {
        const response = await this.send('POST', path, payload, options.signal);
        if (response.status < 300) {
          const id = this.parseCreated(response.json);
          this.claimed.add(id);
          return { value: { id, recovered: false, duplicateRisk } };
        }
        const retryAfter = parseRetryAfter(response.headers);
        const error = httpError(response.status, response.json, 'POST', this.base + path, retryAfter);
        // 429: not created, so safe to send again after the wait the service asks for.
        if (response.status === 429) return { failure: error, retryAfterMs: retryAfter };
        if (!isRetryableStatus(response.status)) throw error;
        unsure = true;
        unknownSince ??= sentAt;
        return { failure: error };
      } catch (error) {
        if (notRetryable(error, options.signal)) throw error;
        if (outcomeOf(error) === 'unknown') {
          unsure = true;
          unknownSince ??= sentAt;
        }
        return { failure: error as Error };
      } finally {
        this.createsInFlight--;
      }
    };
    return retrying({
      ...this.loop('create', options.signal),
      // Before sending again after an unknown outcome: the task may exist already.
      beforeRetry: async (failure) => {
        if (unknownSince === undefined) return undefined;
        this.options.onNotice?.({ type: 'create-unknown', reason: failure.message });
        const settled = await this.settleUnknownCreate(body, unknownSince, options.signal);
        if (settled.id) return { id: settled.id, recovered: true, duplicateRisk };
        duplicateRisk ||= settled.duplicateRisk;
        return undefined;
      },
      giveUp: (failure) => (unsure ? this.unsettled(failure, duplicateRisk) : failure),
    }, once);
  }

  /** The id in a create answer; an answer without one leaves the outcome unknown. */
  private parseCreated(json: unknown): string {
    try {
      return this.wire.parseCreated(json);
    } catch (error) {
      throw Object.assign(error as SeedanceError, { outcome: 'unknown' as const });
    }
  }

  async findLost(body: Record<string, unknown>, since: number, claimed: ReadonlySet<string>, options: { signal?: AbortSignal } = {}): Promise<LostTaskSearch> {
    const list = this.wire.list;
    if (!list) return { kind: 'unsupported' };
    return findLostTask(list, body, await this.listSince(since, options), claimed);
  }

  /** After a create whose outcome is unknown: find the task it may have made, or say we cannot tell. */
  private async settleUnknownCreate(body: Record<string, unknown>, since: number, signal?: AbortSignal): Promise<{ id?: string; duplicateRisk: boolean }> {
    // Let our other creates finish first, so their tasks are claimed and not mistaken for this one.
    if (this.wire.list) for (let waited = 0; this.createsInFlight > 0 && waited < 30_000; waited += 100) await sleep(100, signal);
    let found: LostTaskSearch;
    try {
      // Only tasks created after the request was sent can be the one it made.
      found = await this.findLost(body, since, this.claimed, signal ? { signal } : {});
    } catch (error) {
      if (signal?.aborted) throw error;
      this.options.onNotice?.({ type: 'duplicate-risk', reason: `listing recent tasks failed (${(error as Error).message}); sending again may create a duplicate` });
      return { duplicateRisk: true };
    }
    switch (found.kind) {
      case 'one':
        this.claimed.add(found.id);
        this.options.onNotice?.({ type: 'create-recovered', taskId: found.id });
        return { id: found.id, duplicateRisk: false };
      case 'none':
        return { duplicateRisk: false };
      case 'many':
        // One of them may be ours, or none: adopting one could take a stranger's video, sending
        // again could pay twice. Nothing is done; the user settles it (seedance adopt).
        throw ambiguousCreate(found.ids);
      case 'unsupported':
        this.options.onNotice?.({ type: 'duplicate-risk', reason: `the ${this.wire.label} format cannot list tasks, so a task made by the failed attempt cannot be found; sending again may create a duplicate` });
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
    const response = await this.idempotent('GET', this.wire.taskPath(id), 'query', options.signal, [404]);
    if (response.status === 404) return undefined;
    return this.wire.parseTask(response.json);
  }

  async getMany(ids: readonly string[], options: { signal?: AbortSignal } = {}): Promise<Map<string, TaskInfo>> {
    const found = new Map<string, TaskInfo>();
    const list = this.wire.list;
    if (!list) {
      for (const id of ids) {
        const task = await this.get(id, options);
        if (task) found.set(id, task);
      }
      return found;
    }
    for (let i = 0; i < ids.length; i += list.max) {
      const chunk = ids.slice(i, i + list.max);
      const response = await this.idempotent('GET', list.path({ pageNum: 1, pageSize: list.max, taskIds: chunk }), 'list', options.signal);
      for (const task of list.parse(response.json).items) found.set(task.id, task);
    }
    return found;
  }

  async listSince(since: number, options: { signal?: AbortSignal } = {}): Promise<TaskInfo[]> {
    const list = this.wire.list;
    if (!list) throw new SeedanceError('internal', `listSince: the ${this.wire.label} format cannot list tasks`);
    const tasks: TaskInfo[] = [];
    for (let page = 1; page <= 20; page++) {
      const response = await this.idempotent('GET', list.path({ pageNum: page, pageSize: 100 }), 'list', options.signal);
      const { items } = list.parse(response.json);
      for (const task of items) if ((task.createdAt ?? Infinity) >= since) tasks.push(task);
      const oldest = items.at(-1)?.createdAt;
      if (items.length < 100 || (oldest !== undefined && oldest < since)) break;
    }
    return tasks;
  }

  async cancel(id: string, options: { signal?: AbortSignal } = {}): Promise<void> {
    if (!this.wire.cancelPath) {
      throw new SeedanceError('usage', `The ${this.wire.label} format has no way to cancel a task.`, { hint: 'Let it finish, or use api: native.' });
    }
    const path = this.wire.cancelPath(id);
    const response = await this.idempotent('DELETE', path, 'cancel', options.signal, [400, 404, 409]);
    if (response.status >= 400) throw httpError(response.status, response.json, 'DELETE', this.base + path);
  }

  download(url: string, dest: string, options: { signal?: AbortSignal; onProgress?: (bytes: number, total?: number) => void; maxBytes?: number } = {}): Promise<DownloadResult> {
    // The key goes only to the service itself, never to a storage host that serves signed URLs.
    const sameOrigin = new URL(url).origin === new URL(this.base).origin;
    return downloadToFile(url, dest, {
      agent: this.downloadAgent,
      headers: sameOrigin ? { authorization: `Bearer ${this.options.apiKey}` } : {},
      ...this.loop('download', options.signal),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      maxBytes: options.maxBytes,
    });
  }

  async close(): Promise<void> {
    await Promise.all([this.agent.close(), this.downloadAgent.close()]);
  }

  /** A request that is safe to repeat: retried on 408/429/5xx, network errors and garbled answers. */
  private idempotent(method: Method, path: string, operation: string, signal: AbortSignal | undefined, accept: number[] = []): Promise<JsonResponse> {
    return retrying(this.loop(operation, signal), async (): Promise<Try<JsonResponse>> => {
      try {
        const response = await this.send(method, path, undefined, signal);
        if (response.status < 300 || accept.includes(response.status)) return { value: response };
        const retryAfterMs = parseRetryAfter(response.headers);
        const failure = httpError(response.status, response.json, method, this.base + path, retryAfterMs);
        if (!isRetryableStatus(response.status)) throw failure;
        return { failure, retryAfterMs };
      } catch (error) {
        if (notRetryable(error, signal)) throw error;
        return { failure: error as Error };
      }
    });
  }

  /** The retry policy of this client, with retries reported as notices. */
  private loop(operation: string, signal: AbortSignal | undefined): Backoff {
    return {
      policy: this.policy,
      random: this.random,
      signal,
      onRetry: (attempt, delayMs, reason) => this.options.onNotice?.({ type: 'retry', operation, attempt, delayMs, reason }),
    };
  }

  private send(method: Method, path: string, body: string | undefined, signal: AbortSignal | undefined): Promise<JsonResponse> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.options.apiKey}`, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    return requestJson(this.agent, method, this.base + path, headers, body, signal);
  }
}
