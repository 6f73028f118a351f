// What validation reports: a problem at a position in the manifest, with a stable code. Problems
// are collected, never thrown, so a user sees every one of them in a single run.

export type Severity = 'error' | 'warning';

export interface RelatedPosition {
  message: string;
  line: number;
  column: number;
}

export interface Diagnostic {
  severity: Severity;
  /** Stable kebab-case code, e.g. `unknown-key`, `cycle`, `file-missing`. */
  code: string;
  /** What is wrong and what to do about it. */
  message: string;
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Where the marked text ends (exclusive column), when known. */
  endLine?: number;
  endColumn?: number;
  /** Other places that take part in the problem (the first of two duplicate ids, the edges of a cycle). */
  related?: RelatedPosition[];
}

/** A path into the manifest's data, as in `['shots', 2, 'first_frame']`. */
export type NodePath = readonly (string | number)[];

/** What a rule hands to `report`: a position by path, resolved to line and column later. */
export interface Finding {
  severity: Severity;
  code: string;
  message: string;
  path: NodePath;
  /** Point at the key of the last path segment instead of its value (unknown keys, duplicate ids). */
  key?: boolean;
  related?: { message: string; path: NodePath; key?: boolean }[];
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** In file order; problems at the same place keep the order the rules found them in. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.line - b.d.line || a.d.column - b.d.column || a.i - b.i)
    .map(({ d }) => d);
}
