// What every event and field means, for `--reporter json` users. The types below make the compiler
// refuse an event type or a field that is not documented here, and the README's table is rendered
// from this object (eventDocsMarkdown), so the documentation cannot drift from the code.
import type { RunEvent } from '../core/events.js';

type EventType = RunEvent['type'];
type FieldsOf<T extends EventType> = Exclude<keyof Extract<RunEvent, { type: T }>, 'type'>;

export interface EventDoc<T extends EventType> {
  when: string;
  fields: { [K in FieldsOf<T>]-?: string };
}

export type EventDocs = { [T in EventType]: EventDoc<T> };

/** Fields every event carries. */
export const COMMON_FIELDS = {
  type: 'one of the types below',
  time: 'when it happened, ISO 8601 UTC',
} as const;

export const EVENT_DOCS: EventDocs = {
  'run-started': {
    when: 'first, once the manifest is valid',
    fields: { manifest: 'absolute path of the manifest', api: '`native` or `openai`', baseUrl: 'the service (or the simulator) asked', simulated: 'true with --simulate', concurrency: 'most tasks at the service at once' },
  },
  'plan-ready': {
    when: 'before anything is sent: what happens to each shot',
    fields: {
      shots: 'per shot `{ id, action, reason, changed?, dependsOn, estimatedTokens, estimatedCost?, taskId?, prompt? }` (`estimatedCost`: `{ amount, currency }` with a price table that prices the shot, 0 when nothing is sent); action is `reuse` (fresh), `restore` (made before from the same inputs: taken from the clip store, no API call), `resume` (a task at the service), `refetch` (made, files missing: fetched without paying), `submit` (new or changed; `changed` names the inputs), `blocked` (an upstream shot cannot be made) or `not-selected` (--only)',
      estimatedTokens: 'tokens the shots to make will cost, about',
      estimatedCost: 'with a price table: `{ amount, currency }`, the priced shots summed',
      budget: 'with --max-cost or `budget: max`: `{ amount, currency }`',
    },
  },
  'shot-reused': { when: 'a shot is fresh: kept, nothing sent', fields: { shot: 'shot id', taskId: 'the task that made it', seed: 'its seed' } },
  'shot-restored': { when: 'a clip made before from the same inputs is taken from the clip store: nothing sent, nothing billed', fields: { shot: 'shot id', taskId: 'the task that made it', seed: 'its seed', video: 'its file in the output folder' } },
  'shot-submitting': { when: 'a create is about to be sent', fields: { shot: 'shot id', attempt: '1, then 2... when a task is resubmitted', resubmit: 'on a resubmission, why: `failed` (within `retries:`), `refused` (a content-policy refusal, within `refusals:`, sent with a new seed), `expired` (once, not counted in `retries:`) or `vanished` (the service forgot the task; once)' } },
  'shot-submitted': {
    when: 'the service answered a create; the task id is in the lock already',
    fields: { shot: 'shot id', taskId: 'the task id', attempt: 'as in shot-submitting', recovered: 'true when the answer was lost and the task was found by listing' },
  },
  'shot-resumed': { when: 'a task submitted by an earlier run is polled instead of paid again', fields: { shot: 'shot id', taskId: 'the task id' } },
  'shot-progress': {
    when: 'a task changed state or progress at the service',
    fields: { shot: 'shot id', taskId: 'the task id', status: '`queued` or `running`', progress: '0..100 where the service reports it (OpenAI format), else 0' },
  },
  retrying: {
    when: 'a request failed and is tried again after a delay',
    fields: { shot: 'shot id, when known', operation: '`create`, `query`, `list`, `download`...', attempt: 'the retry number', delayMs: 'the wait before it', reason: 'what failed' },
  },
  warning: {
    when: 'something the user should know that did not stop the run',
    fields: { shot: 'shot id, when it concerns one', code: 'stable code, e.g. `duplicate-risk`, `task.vanished`, `poll-failed`, `manifest.changed`', message: 'what happened and what to do' },
  },
  'shot-succeeded': {
    when: 'the task finished; its files are fetched next',
    fields: { shot: 'shot id', taskId: 'the task id', seed: 'the seed the service used', model: 'the versioned model', tokens: 'tokens billed', cost: 'with a price table that prices the shot: `{ amount, currency }` its tokens cost' },
  },
  'download-started': { when: 'a file of the shot starts downloading', fields: { shot: 'shot id', file: 'file name in the output folder' } },
  'download-progress': {
    when: 'bytes arrive (a few a second at most)',
    fields: { shot: 'shot id', file: 'file name', bytes: 'bytes so far', total: 'bytes in all, when the server said' },
  },
  'download-finished': {
    when: 'a file is checked and in place',
    fields: { shot: 'shot id', file: 'file name', bytes: 'its size', sha256: 'its hash (also in the lock)' },
  },
  'shot-done': {
    when: 'a shot is made and its files are saved',
    fields: { shot: 'shot id', video: 'video file name', lastFrame: 'last frame file name', seconds: 'video length' },
  },
  'shot-failed': {
    when: 'a shot failed (`willRetry`: it is submitted again)',
    fields: {
      shot: 'shot id',
      taskId: 'the task id, when there was one',
      code: 'stable error code, e.g. `api.http`, `task.failed`, `task.expired`, `fs.write`',
      serviceCode: "the service's own code, e.g. `OutputVideoSensitiveContentDetected`",
      message: 'what happened and why',
      hint: 'what to do next',
      willRetry: 'true when the shot is resubmitted (retries, refusals, an expired task)',
    },
  },
  'shot-skipped': { when: 'a shot cannot run because shots it uses failed', fields: { shot: 'shot id', because: 'the ids of those shots' } },
  'shot-stopped': { when: 'the run stopped submitting (Ctrl-C, --fail-fast, a refused key, the budget; see `stopping`) before a task was sent for a shot, or while its task waited queued past the running limit (a primed extra, cancelled then), or a shot it uses was stopped so: the next run makes it', fields: { shot: 'shot id' } },
  'assembly-started': { when: 'the film is being joined', fields: { output: 'absolute path of the film', shots: 'the clips, in order' } },
  'assembly-progress': {
    when: 'while the film is joined (a few a second at most)',
    fields: { output: 'its path', fraction: '0..1 of the work done: on a re-encode in pieces, the pieces (and the sound) encoded so far' },
  },
  'assembly-finished': {
    when: 'the film is written',
    fields: {
      output: 'its path', method: '`copy` (stream copy) or `reencode`', durationSeconds: 'its length',
      loudness: 'with `concat.loudness`: `{ target, measured }`, the integrated loudness asked for and measured after levelling (LUFS, EBU R128)',
      subtitles: 'with `dialogue:` lines: the .srt and .vtt files written beside the film (the film carries the same tracks)',
    },
  },
  'assembly-skipped': { when: 'the film is not joined (unchanged, or shots missing)', fields: { output: 'its path', reason: 'why' } },
  'assembly-failed': { when: 'joining the film failed', fields: { output: 'its path', message: 'what happened', hint: 'what to do next' } },
  stopping: { when: 'no new task is submitted any more (Ctrl-C, --fail-fast, a refused key, the budget reached)', fields: { reason: 'why' } },
  'run-finished': {
    when: 'the run is over: the last event (missing only when the run broke off with an error, which goes to stderr)',
    fields: {
      result: '`done` (every shot and the film made), `failed` (a shot or the film failed) or `interrupted` (Ctrl-C)', made: 'shots made', reused: 'shots kept', restored: 'shots taken from the clip store', failed: 'shots failed', skipped: 'shots skipped or stopped', stopped: 'of those, the shots never submitted because the run stopped submitting (absent when none)', notSelected: 'shots left out by --only',
      tokens: 'tokens billed in this run', cost: 'with a price table: `{ amount, currency }` this run\'s succeeded tasks cost', tasksCreated: 'tasks this run created (a lost create found again counts once)',
      possibleDuplicates: 'creates sent again after an answer was lost where the format cannot look tasks up: each may be a second task, billed', possibleDuplicateTokens: 'their estimated tokens', wallMs: 'wall time in ms', exitCode: 'the exit code `seedance run` returns (0 done, 1 failed, 130 interrupted); absent in events of the library API',
    },
  },
  'report-written': { when: 'the HTML report is written, after the film and before run-finished (a failed run too)', fields: { file: 'absolute path of report.html' } },
};

/** The documented field names of an event type (common ones included). */
export function documentedFields(type: string): ReadonlySet<string> | undefined {
  const doc = (EVENT_DOCS as Record<string, { fields: Record<string, string> } | undefined>)[type];
  return doc ? new Set([...Object.keys(COMMON_FIELDS), ...Object.keys(doc.fields)]) : undefined;
}

/** The README's event table, in Markdown. */
export function eventDocsMarkdown(): string {
  const cell = (text: string): string => text.replace(/\|/g, '\\|');
  const rows = Object.entries(EVENT_DOCS as Record<string, { when: string; fields: Record<string, string> }>).map(([type, doc]) => {
    const fields = Object.entries(doc.fields).map(([name, meaning]) => `\`${name}\`: ${meaning}`).join('; ');
    return `| \`${type}\` | ${cell(doc.when)} | ${cell(fields)} |`;
  });
  const common = Object.entries(COMMON_FIELDS).map(([name, meaning]) => `\`${name}\` (${meaning})`).join(' and ');
  return [`Every line is one JSON object with ${common}, plus:`, '', '| type | when | fields |', '|---|---|---|', ...rows].join('\n');
}
