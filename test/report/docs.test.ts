// docs/reporting.md shows the event table generated from src/report/event-docs.ts; this keeps them equal.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventDocsMarkdown } from '../../src/report/event-docs.js';

describe('the documented NDJSON events', () => {
  it('match the event docs the compiler checks', () => {
    const page = readFileSync(new URL('../../docs/reporting.md', import.meta.url), 'utf8');
    const between = /<!-- events:begin -->\n([\s\S]*?)<!-- events:end -->/.exec(page)?.[1] ?? '';
    expect(between.trim(), 'regenerate the table in docs/reporting.md from eventDocsMarkdown()').toBe(eventDocsMarkdown().trim());
  });
});
