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
