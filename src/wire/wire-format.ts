// One wire format of the service (API.md sections 1 and 2) as a plain object: its paths, the
// create body of a shot, how its answers read, and what it can do. The client, the poller and
// the runner ask it instead of naming a format. Pure: no I/O here.
import type { ApiFormat } from '../models.js';
import type { MediaSlot, MediaSource, ResolvedShot } from '../manifest/types.js';
import type { TaskInfo, TaskStatus } from './task.js';

/** Turns inputs into what the body carries: URLs, data URIs, placeholders, task ids. */
export interface InputResolver {
  media(source: MediaSource, slot: MediaSlot): string;
  /** The task id of a draft shot (for from_draft). */
  draftTask(shotId: string): string;
}

/** A shot's create request, exactly as sent. */
export interface TaskRequest {
  method: 'POST';
  path: string;
  body: Record<string, unknown>;
}

export interface ListQuery {
  pageNum: number;
  pageSize: number;
  taskIds?: readonly string[];
  status?: TaskStatus;
}

/** A list endpoint: many tasks in one request, and a way to find the task a lost create made. */
export interface TaskList {
  /** The largest page, and the most task ids one request may filter on. */
  readonly max: number;
  path(query: ListQuery): string;
  parse(json: unknown): { items: TaskInfo[]; total: number };
  /** Could this listed task be the one made by a create of `body` whose answer was lost? */
  matchesLost(body: Record<string, unknown>, task: TaskInfo): boolean;
}

export interface WireFormat {
  readonly name: ApiFormat;
  /** For messages: "the <label> format". */
  readonly label: string;
  readonly createPath: string;
  taskPath(id: string): string;
  /** The create body for a shot: deterministic, so the runner can fingerprint a shot by it. */
  body(shot: ResolvedShot, inputs: InputResolver): Record<string, unknown>;
  /** The task id in a create answer; SeedanceError 'api.protocol' when there is none. */
  parseCreated(json: unknown): string;
  /** A task object; SeedanceError 'api.protocol' without a valid id or status. */
  parseTask(json: unknown): TaskInfo;
  /** Absent where the format has no list endpoint (openai): tasks are asked about one by one, and a lost create cannot be found. */
  readonly list?: TaskList;
  /** Absent where the format cannot cancel (openai). */
  readonly cancelPath?: (id: string) => string;
  /** Where the API itself streams a task's video (openai); absent where the task carries a URL. */
  readonly contentPath?: (id: string) => string;
  /** The service can return a task's last frame as its own URL (native return_last_frame). */
  readonly returnsLastFrame: boolean;
}
