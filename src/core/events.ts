// The events the core emits while it works. Reporters (pretty, plain, json) and the HTML report
// are built only on these; nothing below the CLI writes to stdout or stderr. Field names are
// stable: the json reporter prints them as they are (one event per line).
import type { Money } from './money.js';

/**
 * What a run does with a shot, decided by the shot planner before anything is sent:
 * `reuse` (fresh), `restore` (made before from these very inputs: copied from the clip store, no API
 * call), `resume` (a task is at the service, or may be), `refetch` (made, files missing),
 * `submit` (new or changed), `blocked` (an upstream shot cannot be made), `not-selected` (--only).
 */
export type ShotAction = 'reuse' | 'restore' | 'resume' | 'refetch' | 'submit' | 'blocked' | 'not-selected';

export interface PlannedShot {
  id: string;
  action: ShotAction;
  /** Why, in words: "fresh", "new", "prompt, seed changed", "forced", "upstream wake-up is made first"... */
  reason: string;
  /** For `submit` because inputs changed: which (prompt, seed, first_frame, ...). */
  changed?: string[];
  dependsOn: string[];
  estimatedTokens: number;
  /** With a price table: what the shot is expected to cost (0 when nothing is sent); absent when the table has no price for it. */
  estimatedCost?: Money;
  taskId?: string;
  /** The shot's prompt, for displays (absent for a shot made from a draft without one). */
  prompt?: string;
}

export type RunEvent =
  | { type: 'run-started'; manifest: string; api: 'native' | 'openai'; baseUrl: string; simulated: boolean; concurrency: number }
  /** `estimatedCost`, `budget`: with a price table (the sum of the priced shots; the run's --max-cost or budget: max). */
  | { type: 'plan-ready'; shots: PlannedShot[]; estimatedTokens: number; estimatedCost?: Money; budget?: Money }
  | { type: 'shot-reused'; shot: string; taskId?: string; seed?: number }
  /** A clip made before from the same inputs was taken from the clip store: nothing sent, nothing billed. */
  | { type: 'shot-restored'; shot: string; taskId: string; seed?: number; video: string }
  /** `resubmit`: why a shot already submitted in this run is sent again. */
  | { type: 'shot-submitting'; shot: string; attempt: number; resubmit?: 'failed' | 'refused' | 'expired' | 'vanished' }
  | { type: 'shot-submitted'; shot: string; taskId: string; attempt: number; recovered: boolean }
  | { type: 'shot-resumed'; shot: string; taskId: string }
  | { type: 'shot-progress'; shot: string; taskId: string; status: 'queued' | 'running'; progress: number }
  | { type: 'retrying'; shot?: string; operation: string; attempt: number; delayMs: number; reason: string }
  | { type: 'warning'; shot?: string; code: string; message: string }
  /** `cost`: with a price table that prices the shot, what its tokens cost. */
  | { type: 'shot-succeeded'; shot: string; taskId: string; seed?: number; model?: string; tokens?: number; cost?: Money }
  | { type: 'download-started'; shot: string; file: string }
  /** At most a few a second per file while bytes arrive; `total` when the server sent a length. */
  | { type: 'download-progress'; shot: string; file: string; bytes: number; total?: number }
  | { type: 'download-finished'; shot: string; file: string; bytes: number; sha256: string }
  | { type: 'shot-done'; shot: string; video: string; lastFrame?: string; seconds: number }
  | { type: 'shot-failed'; shot: string; taskId?: string; code: string; serviceCode?: string; message: string; hint?: string; willRetry: boolean }
  | { type: 'shot-skipped'; shot: string; because: string[] }
  /** No task was sent for the shot: the run stopped submitting first (see `stopping`). The next run makes it. */
  | { type: 'shot-stopped'; shot: string }
  | { type: 'assembly-started'; output: string; shots: string[] }
  /** While the film is joined, at most a few a second: 0..1 of the work done. */
  | { type: 'assembly-progress'; output: string; fraction: number }
  /** `loudness`: with concat.loudness, the target and the integrated loudness measured after levelling (LUFS); `subtitles`: the .srt/.vtt files written beside the film. */
  | { type: 'assembly-finished'; output: string; method: 'copy' | 'reencode'; durationSeconds: number; loudness?: { target: number; measured: number }; subtitles?: string[] }
  | { type: 'assembly-skipped'; output: string; reason: string }
  | { type: 'assembly-failed'; output: string; message: string; hint?: string }
  | { type: 'stopping'; reason: string }
  | {
      type: 'run-finished';
      /** `done`: every shot (and the film) made; `failed`: some shot or the film failed; `interrupted`: Ctrl-C. */
      result: 'done' | 'failed' | 'interrupted';
      made: number;
      reused: number;
      /** Shots taken from the clip store. */
      restored: number;
      failed: number;
      /** Shots skipped because shots they use failed, and shots stopped (counted in `stopped` too). */
      skipped: number;
      /** Of `skipped`, the shots never submitted because the run stopped submitting (absent when none). */
      stopped?: number;
      notSelected: number;
      tokens: number;
      /** With a price table: what this run's succeeded tasks cost. */
      cost?: Money;
      tasksCreated: number;
      possibleDuplicates: number;
      possibleDuplicateTokens: number;
      wallMs: number;
      /** Added by the CLI: the exit code it returns for this result. */
      exitCode?: number;
    }
  /** The CLI wrote the HTML report (after the film, before run-finished; a failed run too). */
  | { type: 'report-written'; file: string };

/** Every event carries the time it happened (ISO 8601). */
export type TimedEvent = RunEvent & { time: string };

export type EventSink = (event: TimedEvent) => void;

export function makeEmitter(sinks: EventSink[], now: () => Date = () => new Date()): (event: RunEvent) => void {
  return (event) => {
    const timed = { time: now().toISOString(), ...event } as TimedEvent;
    for (const sink of sinks) sink(timed);
  };
}
