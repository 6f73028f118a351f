// `seedance plan`: every shot in the order it can run, with what the next run does with it (the
// shot planner's action and reason), its dependencies, its exact request and its estimated tokens.
// Nothing is sent. Local files become their real data URIs; outputs of other shots, unknown until
// the run, become readable placeholders.
import { shotMedia } from '../manifest/shot-media.js';
import type { MediaSlot, MediaSource, ResolvedManifest, ResolvedShot } from '../manifest/types.js';
import { SeedanceError } from '../core/errors.js';
import { money, sumMoney, type Money } from '../core/money.js';
import type { ShotAction } from '../core/events.js';
import { dagOrder } from './dag.js';
import type { ShotPlan } from './planner.js';
import { fileDataUri } from './data-uri.js';
import { buildRequest, type TaskRequest } from './request.js';
import { estimateShotTokens } from './tokens.js';

export interface PlannedRequest {
  id: string;
  /** What the next run does with the shot, and why (from planShots). */
  action: ShotAction;
  reason: string;
  dependsOn: string[];
  request: TaskRequest;
  estimatedTokens: number;
  /** With a price table, when it prices the shot: tokens times its rate. */
  estimatedCost?: Money;
  /** Why an estimate is approximate (duration -1, unknown size or model). Not part of --json. */
  notes?: string[];
}

export interface Plan {
  shots: PlannedRequest[];
  estimatedTokens: number;
  /** With a price table: the priced shots' costs summed. */
  estimatedCost?: Money;
  /** With a price table: the shots to submit it has no price for (not in estimatedCost). */
  unpriced?: string[];
  /** The manifest's `budget: max`, in the table's currency. */
  budget?: Money;
}

function shotPlaceholder(source: Extract<MediaSource, { kind: 'shot' }>, slot: MediaSlot): string {
  return slot === 'reference_videos' ? `<video of shot ${source.shot}>` : `<last frame of shot ${source.shot}>`;
}

function draftPlaceholder(shotId: string): string {
  return `<task id of shot ${shotId}>`;
}

/** `decided`: the shot planner's answer for the manifest and its lock (planShots). */
export async function planManifest(manifest: ResolvedManifest, decided: readonly ShotPlan[]): Promise<Plan> {
  const decisions = new Map(decided.map((d) => [d.id, d]));
  const byId = new Map<string, ResolvedShot>();
  for (const shot of manifest.shots) if (!byId.has(shot.id)) byId.set(shot.id, shot);
  // Each local file is read once, however many shots use it.
  const dataUris = new Map<string, Promise<string>>();
  const uriOf = (path: string, mime: string): Promise<string> => {
    let uri = dataUris.get(path);
    if (!uri) {
      uri = fileDataUri(path, mime);
      dataUris.set(path, uri);
    }
    return uri;
  };
  const shots: PlannedRequest[] = [];
  let total = 0;
  for (const shot of dagOrder(manifest.shots)) {
    const files = new Map<string, string>();
    for (const { source } of shotMedia(shot)) {
      if (source.kind === 'file' && !files.has(source.path)) files.set(source.path, await uriOf(source.path, source.mime));
    }
    const request = buildRequest(manifest, shot, {
      media: (source, slot) => (source.kind === 'file' ? (files.get(source.path) ?? '') : source.kind === 'shot' ? shotPlaceholder(source, slot) : source.url),
      draftTask: draftPlaceholder,
    });
    const estimate = estimateShotTokens(shot, byId);
    const decision = decisions.get(shot.id);
    if (!decision) throw new SeedanceError('internal', `planManifest: no plan for shot ${shot.id}`);
    total += decision.estimatedTokens;
    const planned: PlannedRequest = { id: shot.id, action: decision.action, reason: decision.reason, dependsOn: [...shot.dependsOn], request, estimatedTokens: decision.estimatedTokens };
    if (decision.estimatedCost) planned.estimatedCost = decision.estimatedCost;
    if (estimate.notes.length > 0) planned.notes = estimate.notes;
    shots.push(planned);
  }
  const plan: Plan = { shots, estimatedTokens: total };
  if (manifest.pricing) {
    plan.estimatedCost = sumMoney(shots.map((s) => s.estimatedCost), manifest.pricing.currency);
    const unpriced = shots.filter((s) => !s.estimatedCost).map((s) => s.id);
    if (unpriced.length > 0) plan.unpriced = unpriced;
    if (manifest.budget) plan.budget = money(manifest.budget.max, manifest.pricing.currency);
  }
  return plan;
}

/** The documented `seedance plan --json` document (notes left out; costs only with a price table). */
export function planToJson(plan: Plan): Omit<Plan, 'shots'> & { shots: Omit<PlannedRequest, 'notes'>[] } {
  return {
    shots: plan.shots.map((s) => ({
      id: s.id, action: s.action, reason: s.reason, dependsOn: s.dependsOn, request: { method: s.request.method, path: s.request.path, body: s.request.body }, estimatedTokens: s.estimatedTokens,
      ...(s.estimatedCost ? { estimatedCost: s.estimatedCost } : {}),
    })),
    estimatedTokens: plan.estimatedTokens,
    ...(plan.estimatedCost ? { estimatedCost: plan.estimatedCost } : {}),
    ...(plan.unpriced ? { unpriced: plan.unpriced } : {}),
    ...(plan.budget ? { budget: plan.budget } : {}),
  };
}
