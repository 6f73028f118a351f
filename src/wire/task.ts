// What the service says about a task, the same for both wire formats: the adapters map their own
// answers onto this.

/** Task states in the native vocabulary; the OpenAI format's are mapped onto them. */
export type TaskStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'expired' | 'cancelled';
export const TERMINAL_STATUSES: ReadonlySet<TaskStatus> = new Set(['succeeded', 'failed', 'expired', 'cancelled']);

export interface TaskInfo {
  id: string;
  status: TaskStatus;
  /** 0..100 where the service reports it (OpenAI format), else derived from the status. */
  progress?: number;
  /** The real versioned model. */
  model?: string;
  seed?: number;
  resolution?: string;
  ratio?: string;
  duration?: number;
  fps?: number;
  width?: number;
  height?: number;
  generateAudio?: boolean;
  draft?: boolean;
  draftTaskId?: string;
  serviceTier?: string;
  /** Seconds a task may wait and run before it expires. */
  executionExpiresAfter?: number;
  videoUrl?: string;
  lastFrameUrl?: string;
  /** Unix seconds when the download URL stops working, where known. */
  expiresAt?: number;
  tokens?: number;
  error?: { code: string; message: string };
  /** Unix seconds. */
  createdAt?: number;
  updatedAt?: number;
}
