// What users see: run events and their reporters (plain lines, the live table, NDJSON docs),
// where each shot stands (`seedance status`), and the HTML report.
export { makeEmitter, type RunEvent, type TimedEvent, type EventSink, type ShotAction } from '../core/events.js';
export { EVENT_DOCS, COMMON_FIELDS, documentedFields, eventDocsMarkdown, type EventDocs } from './event-docs.js';
export { formatPlain, summaryLine } from './plain.js';
export { PrettyReporter, type PrettyOptions } from './live/pretty-reporter.js';
export { shotStates, describeState, type ShotState, type ShotStateKind } from './shot-state.js';
export { statusView, formatStatus, type StatusView, type StatusShot, type ServiceView } from './status-view.js';
export { buildReportHtml } from './html/build-html.js';
export { writeReport, REPORT_FILE, type WriteReportOptions } from './html/write-report.js';
export type { ReportData, ReportShot, ReportFilm, ReportInput, ReportChapter } from './html/report-data.js';
