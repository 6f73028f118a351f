// Collects diagnostics from every step. Rules report by data path; the collector turns paths into
// positions through the source map, and drops exact repeats (two rules seeing the same problem).
import type { Diagnostic, Finding, NodePath, RelatedPosition, Severity } from './diagnostic.js';
import type { SourceMap } from './source-map.js';

export interface ReportOptions {
  key?: boolean;
  related?: { message: string; path: NodePath; key?: boolean }[];
}

export class DiagnosticCollector {
  readonly diagnostics: Diagnostic[] = [];
  private readonly seen = new Set<string>();
  /** Spans the schema check flagged: a rule reporting the same value again adds nothing. */
  private readonly schemaSpans = new Set<string>();
  private phase: 'schema' | 'rules' = 'schema';
  /** Findings at a position in `defaults`, by position, severity and code. */
  private readonly fromDefaults = new Map<string, { at: number; message: string; shots: string[] }>();

  constructor(
    readonly file: string,
    readonly map: SourceMap,
  ) {}

  error(code: string, message: string, path: NodePath, options: ReportOptions = {}): void {
    this.report({ severity: 'error', code, message, path, ...options });
  }

  warning(code: string, message: string, path: NodePath, options: ReportOptions = {}): void {
    this.report({ severity: 'warning', code, message, path, ...options });
  }

  /** From now on, findings come from the semantic rules. */
  startRules(): void {
    this.phase = 'rules';
  }

  report(finding: Finding): void {
    const span = this.map.locate(finding.path, finding.key ?? false);
    const where = `${span.line}:${span.column}:${span.endLine}:${span.endColumn}`;
    if (this.phase === 'schema') this.schemaSpans.add(where);
    else if (finding.severity === 'error' && this.schemaSpans.has(where)) return;
    const related = finding.related?.map((r): RelatedPosition => {
      const at = this.map.locate(r.path, r.key ?? false);
      return { message: r.message, line: at.line, column: at.column };
    });
    if (finding.path[0] === 'defaults' && this.sameInDefaults(finding, where)) return;
    this.push(finding.severity, finding.code, finding.message, span.line, span.column, span.endLine, span.endColumn, related);
  }

  /** For problems found in the text itself (YAML errors), by character offsets. */
  reportOffsets(severity: Severity, code: string, message: string, start: number, end: number, related?: { message: string; start: number }[]): void {
    const span = this.map.span(start, end);
    const rel = related?.map((r) => {
      const at = this.map.span(r.start, r.start);
      return { message: r.message, line: at.line, column: at.column };
    });
    this.push(severity, code, message, span.line, span.column, span.endLine, span.endColumn, rel);
  }

  /**
   * A value in `defaults` reaches every shot, and the per-shot rules each report it: the first
   * finding at a defaults position stands for all of them with the same code, and names the shots.
   */
  private sameInDefaults(finding: Finding, where: string): boolean {
    const key = `${where}:${finding.severity}:${finding.code}`;
    const shot = /^Shot (`[^`]+`|#\S+?)[:,\s]/.exec(finding.message)?.[1];
    const earlier = this.fromDefaults.get(key);
    if (!earlier) {
      this.fromDefaults.set(key, { at: this.diagnostics.length, message: finding.message, shots: shot ? [shot] : [] });
      return false;
    }
    if (shot && !earlier.shots.includes(shot)) earlier.shots.push(shot);
    const diagnostic = this.diagnostics[earlier.at];
    if (diagnostic && earlier.shots.length > 1) {
      const setting = finding.path.slice(1).join('.');
      diagnostic.message = `${earlier.message} This comes from \`defaults.${setting}\`, so it holds for ${earlier.shots.length} shots (${listed(earlier.shots)}): fix it there, or set \`${setting}\` on the shots.`;
    }
    return true;
  }

  get errorCount(): number {
    return this.diagnostics.filter((d) => d.severity === 'error').length;
  }

  private push(severity: Severity, code: string, message: string, line: number, column: number, endLine: number, endColumn: number, related?: RelatedPosition[]): void {
    const id = `${line}:${column}:${code}:${message}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    const diagnostic: Diagnostic = { severity, code, message, file: this.file, line, column };
    if (endLine > line || endColumn > column) {
      diagnostic.endLine = endLine;
      diagnostic.endColumn = endColumn;
    }
    if (related && related.length > 0) diagnostic.related = related;
    this.diagnostics.push(diagnostic);
  }
}

/** `a`, `b` and `c`; more than six as the first five and how many more. */
function listed(items: string[]): string {
  const shown = items.length > 6 ? [...items.slice(0, 5), `${items.length - 5} more`] : items;
  return shown.length === 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`;
}
