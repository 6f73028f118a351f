// `seedance status` as data (its --json) and as text: per shot its state, seed, model, tokens and
// output paths, the film, and, after --refresh, what the service says about tasks in flight.
import { join, relative } from 'node:path';
import type { TaskInfo } from '../api/index.js';
import { plural } from '../core/format.js';
import { formatMoney, money, type Money } from '../core/money.js';
import type { ResolvedManifest } from '../manifest/types.js';
import type { LockFile } from '../state/lock.js';
import { readWriterLock } from '../state/writer-lock.js';
import { describeState, filmOnDisk, staleFilmShots, type ShotState, type ShotStateKind } from './shot-state.js';

export interface ServiceView {
  /** `unknown` when the service no longer knows the task (the next run submits it anew). */
  status: TaskInfo['status'] | 'unknown';
  progress?: number;
  error?: { code: string; message: string };
}

export interface StatusShot {
  id: string;
  state: ShotStateKind;
  /** The state in words, e.g. "stale: prompt changed". */
  summary: string;
  /** What the next `seedance run` does with it (the run's plan): reuse, resume, refetch, submit or blocked. */
  action: ShotState['action'];
  reason: string;
  status?: string;
  taskId?: string;
  serviceCode?: string;
  error?: { code: string; message: string };
  seed?: number;
  model?: string;
  tokens?: number;
  /** What its task cost, as the ledger recorded it (with a price table then). */
  cost?: Money;
  /** Absolute paths of the files the lock records. */
  outputs: { video?: string; lastFrame?: string };
  /** After --refresh, for tasks in flight. */
  service?: ServiceView;
}

export interface StatusView {
  manifest: string;
  lock: string;
  output: string;
  shots: StatusShot[];
  film?: { output: string; state: 'made' | 'missing' | 'never-made'; stale: string[] };
  tokens: number;
  /** What the storyboard has cost across all runs, from the lock's ledger. */
  spent: Spent;
  /** A command working on the manifest now (it holds the writer lock): what is shown may change. */
  writer?: { command: string; pid: number; host: string; startedAt: string };
}

export interface Spent {
  /** Tasks whose end a run saw (failed and refused ones too, at 0). */
  tasks: number;
  tokens: number;
  /** The recorded costs summed, one amount per currency (a table changed between runs makes two). */
  costs: Money[];
  /** Tasks entered without a price (no price table at the time). */
  unpriced: number;
}

/** The ledger summed. */
export function spentOf(lock: Readonly<LockFile>): Spent {
  const entries = Object.values(lock.ledger ?? {});
  const byCurrency = new Map<string, number>();
  for (const entry of entries) if (entry.cost) byCurrency.set(entry.cost.currency, (byCurrency.get(entry.cost.currency) ?? 0) + entry.cost.amount);
  return {
    tasks: entries.length,
    tokens: entries.reduce((sum, e) => sum + e.tokens, 0),
    costs: [...byCurrency].map(([currency, amount]) => money(amount, currency)),
    unpriced: entries.filter((e) => !e.cost).length,
  };
}

export async function statusView(manifest: ResolvedManifest, lockPath: string, lock: Readonly<LockFile>, states: readonly ShotState[], live?: ReadonlyMap<string, TaskInfo>): Promise<StatusView> {
  const writer = await readWriterLock(lockPath);
  const shots = states.map((state): StatusShot => {
    const r = state.record;
    const taskId = r?.taskId;
    const info = taskId && live && atService(state) ? live.get(taskId) : undefined;
    return {
      id: state.id,
      state: state.kind,
      summary: describeState(state),
      action: state.action,
      reason: state.reason,
      ...(r ? { status: r.status } : {}),
      ...(taskId ? { taskId } : {}),
      ...(state.kind === 'failed' && r?.error ? { serviceCode: r.error.code, error: r.error } : {}),
      ...(r?.seed !== undefined ? { seed: r.seed } : {}),
      ...(r?.model !== undefined ? { model: r.model } : {}),
      ...(r?.tokens !== undefined ? { tokens: r.tokens } : {}),
      ...(taskId && lock.ledger?.[taskId]?.cost ? { cost: lock.ledger[taskId].cost } : {}),
      outputs: {
        ...(r?.outputs?.video ? { video: join(manifest.output, r.outputs.video.file) } : {}),
        ...(r?.outputs?.lastFrame ? { lastFrame: join(manifest.output, r.outputs.lastFrame.file) } : {}),
      },
      ...(live && taskId && atService(state) ? { service: serviceView(info) } : {}),
    };
  });
  let film: StatusView['film'];
  if (manifest.concat) {
    const concat = manifest.concat;
    const made = lock.concat ? ((await filmOnDisk(concat, lock)) ? 'made' : 'missing') : 'never-made';
    const stale = staleFilmShots(concat, states);
    film = { output: concat.output, state: made, stale };
  }
  return {
    manifest: manifest.file,
    lock: lockPath,
    output: manifest.output,
    shots,
    ...(film ? { film } : {}),
    tokens: shots.reduce((sum, s) => sum + (s.tokens ?? 0), 0),
    spent: spentOf(lock),
    ...(writer ? { writer: { command: writer.command, pid: writer.pid, host: writer.host, startedAt: writer.startedAt } } : {}),
  };
}

/** The lock records a task at the service for the shot (its result used or not). */
export function atService(state: ShotState): boolean {
  return state.record?.status === 'created' && state.record.taskId !== undefined;
}

function serviceView(info: TaskInfo | undefined): ServiceView {
  if (!info) return { status: 'unknown' };
  return { status: info.status, ...(info.progress !== undefined ? { progress: info.progress } : {}), ...(info.error ? { error: info.error } : {}) };
}

/** The text `seedance status` prints; paths relative to `cwd`. */
export function formatStatus(view: StatusView, cwd: string): string {
  const rel = (path: string): string => relative(cwd, path) || '.';
  const width = Math.max(...view.shots.map((s) => s.id.length), 4) + 2;
  const indent = ' '.repeat(width);
  const lines = [`${rel(view.manifest)} · lock ${rel(view.lock)} · output ${rel(view.output)}`, ''];
  if (view.writer) {
    const w = view.writer;
    lines.splice(1, 0, `${w.command} (pid ${w.pid} on ${w.host}, since ${w.startedAt}) is working on this manifest now: what follows may change as it goes.`);
  }
  for (const shot of view.shots) {
    lines.push(`${shot.id.padEnd(width)}${shot.summary}`);
    const facts = [
      shot.seed !== undefined ? `seed ${shot.seed}` : undefined,
      shot.model,
      shot.tokens !== undefined ? `${shot.tokens.toLocaleString('en-US')} tokens` : undefined,
      shot.cost ? formatMoney(shot.cost) : undefined,
      shot.taskId && shot.state !== 'in-flight' ? `task ${shot.taskId}` : undefined,
    ].filter((f): f is string => f !== undefined);
    if (facts.length > 0) lines.push(indent + facts.join(' · '));
    if (shot.error) lines.push(`${indent}error: ${shot.error.message}`);
    if (shot.service) lines.push(indent + describeService(shot.service));
    const files = [shot.outputs.video, shot.outputs.lastFrame].filter((f): f is string => f !== undefined).map(rel);
    if (files.length > 0) lines.push(indent + files.join(', '));
  }
  lines.push('');
  if (view.film) {
    const what = view.film.state === 'made' ? 'made' : view.film.state === 'missing' ? 'missing (the lock records it, the file is gone)' : 'not made yet';
    const stale = view.film.stale.length > 0 ? `; to join again after ${view.film.stale.join(', ')}` : '';
    lines.push(`film: ${rel(view.film.output)}: ${what}${stale}`);
  }
  const count = (kind: ShotStateKind): number => view.shots.filter((s) => s.state === kind).length;
  const parts = (['fresh', 'stale', 'in-flight', 'failed', 'blocked', 'never-made'] as const).filter((k) => count(k) > 0).map((k) => `${count(k)} ${k.replace('-', ' ')}`);
  lines.push(`${plural(view.shots.length, 'shot')}: ${parts.join(', ')}; ${view.tokens.toLocaleString('en-US')} tokens recorded`);
  const spent = view.spent;
  if (spent.tasks > 0) {
    const costs = spent.costs.map(formatMoney).join(' + ');
    const unpriced = spent.unpriced > 0 ? ` (${plural(spent.unpriced, 'task')} without a price)` : '';
    lines.push(`spent so far, every run: ${plural(spent.tasks, 'task')}, ${spent.tokens.toLocaleString('en-US')} tokens billed${costs ? `, ${costs}` : ''}${unpriced}`);
  }
  const todo = view.shots.some((s) => s.state !== 'fresh') || (view.film !== undefined && view.film.state !== 'made');
  if (todo && view.shots.length > 0) lines.push('`seedance run` makes what is not fresh; fresh shots are kept without any call to the service.');
  return lines.join('\n');
}

function describeService(service: ServiceView): string {
  if (service.status === 'unknown') return 'service: does not know this task any more; the next run submits the shot anew';
  if (service.status === 'queued' || service.status === 'running') {
    return `service: ${service.status}${service.progress ? ` ${service.progress}%` : ''}; the next run picks it up without paying again`;
  }
  if (service.status === 'succeeded') return 'service: succeeded; the next run downloads it without paying again';
  return `service: ${service.status}${service.error ? ` (${service.error.code}: ${service.error.message})` : ''}; the next run submits it anew`;
}
