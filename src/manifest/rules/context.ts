// What every semantic rule receives. A rule is a small function that looks at one concern and
// reports through `out`; rules never throw for a problem in the manifest.
import type { DiagnosticCollector } from '../collector.js';
import type { NodePath } from '../diagnostic.js';
import type { FileProbe } from '../file-probe.js';
import type { Roots } from '../project.js';
import { obj, type Raw, type SettingKey } from '../raw.js';
import type { MediaRef } from '../resolve-media.js';
import type { MediaSource, ResolvedManifest, ResolvedShot } from '../types.js';

export interface RuleContext {
  /** The parsed data as written. */
  data: unknown;
  manifest: ResolvedManifest;
  out: DiagnosticCollector;
  /** Where each media source was written. */
  media: ReadonlyMap<MediaSource, MediaRef>;
  /** The first shot with each id. */
  byId: ReadonlyMap<string, ResolvedShot>;
  files: FileProbe;
  /** Where files may be read from and outputs written: the project and the allowed folders. */
  roots: Roots;
  /** Local files found outside those (absolute paths as written): reported, and never read. */
  outside: Set<string>;
}

export type Rule = (ctx: RuleContext) => void | Promise<void>;

export function rawShot(ctx: RuleContext, shot: ResolvedShot): Raw {
  const shots = obj(ctx.data)?.shots;
  return (Array.isArray(shots) ? obj(shots[shot.index]) : undefined) ?? {};
}

export function rawDefaults(ctx: RuleContext): Raw {
  return obj(obj(ctx.data)?.defaults) ?? {};
}

/** Where a setting of a shot was written: on the shot, in defaults, or (a built-in default) the shot's id. */
export function settingPath(ctx: RuleContext, shot: ResolvedShot, key: SettingKey): NodePath {
  if (rawShot(ctx, shot)[key] !== undefined) return ['shots', shot.index, key];
  if (rawDefaults(ctx)[key] !== undefined && !(key === 'resolution' && shot.draft)) return ['defaults', key];
  return shotPath(shot);
}

export function shotPath(shot: ResolvedShot): NodePath {
  return ['shots', shot.index, 'id'];
}

/** Whether the setting was written on the shot itself (not inherited from defaults). */
export function writtenOnShot(ctx: RuleContext, shot: ResolvedShot, key: string): boolean {
  return rawShot(ctx, shot)[key] !== undefined;
}

export function shotLabel(shot: ResolvedShot): string {
  return shot.id.startsWith('#') ? `shot ${shot.id}` : `shot \`${shot.id}\``;
}

/** shotLabel at the start of a sentence. */
export function shotTitle(shot: ResolvedShot): string {
  const label = shotLabel(shot);
  return label.charAt(0).toUpperCase() + label.slice(1);
}
