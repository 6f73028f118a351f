// `seedance plan`: every shot in the order it can run, with its dependencies, its exact request
// and its estimated tokens. Nothing is sent. Local files become their real data URIs; outputs of
// other shots, unknown until the run, become readable placeholders.
import { shotMedia } from '../manifest/shot-media.js';
import type { MediaSlot, MediaSource, ResolvedManifest, ResolvedShot } from '../manifest/types.js';
import { dagOrder } from './dag.js';
import { fileDataUri } from './data-uri.js';
import { buildRequest, type TaskRequest } from './request.js';
import { estimateShotTokens } from './tokens.js';

export interface PlannedShot {
  id: string;
  dependsOn: string[];
  request: TaskRequest;
  estimatedTokens: number;
  /** Why an estimate is approximate (duration -1, unknown size or model). Not part of --json. */
  notes?: string[];
}

export interface Plan {
  shots: PlannedShot[];
  estimatedTokens: number;
}

function shotPlaceholder(source: Extract<MediaSource, { kind: 'shot' }>, slot: MediaSlot): string {
  return slot === 'reference_videos' ? `<video of shot ${source.shot}>` : `<last frame of shot ${source.shot}>`;
}

function draftPlaceholder(shotId: string): string {
  return `<task id of shot ${shotId}>`;
}

export async function planManifest(manifest: ResolvedManifest): Promise<Plan> {
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
  const shots: PlannedShot[] = [];
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
    total += estimate.tokens;
    const planned: PlannedShot = { id: shot.id, dependsOn: [...shot.dependsOn], request, estimatedTokens: estimate.tokens };
    if (estimate.notes.length > 0) planned.notes = estimate.notes;
    shots.push(planned);
  }
  return { shots, estimatedTokens: total };
}

/** The documented `seedance plan --json` document (notes left out). */
export function planToJson(plan: Plan): { shots: Omit<PlannedShot, 'notes'>[]; estimatedTokens: number } {
  return {
    shots: plan.shots.map((s) => ({ id: s.id, dependsOn: s.dependsOn, request: { method: s.request.method, path: s.request.path, body: s.request.body }, estimatedTokens: s.estimatedTokens })),
    estimatedTokens: plan.estimatedTokens,
  };
}
