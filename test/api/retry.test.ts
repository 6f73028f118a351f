import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, isRetryableStatus, parseRetryAfter, retryDelay } from '../../src/api/retry.js';

describe('retry policy', () => {
  it.each([
    [1, 0, 250],
    [1, 1, 500],
    [2, 1, 1000],
    [4, 1, 4000],
    [5, 1, 8000],
    [9, 1, 8000],
  ])('retry %i with random %d waits %i ms (min(0.5·2^n, 8) s, jittered)', (n, random, expected) => {
    expect(retryDelay(n, DEFAULT_RETRY, () => random)).toBe(expected);
  });

  it('honours Retry-After, capped', () => {
    expect(retryDelay(1, DEFAULT_RETRY, () => 1, 3000)).toBe(3000);
    expect(retryDelay(1, DEFAULT_RETRY, () => 1, 10 * 60_000)).toBe(DEFAULT_RETRY.maxRetryAfterMs);
  });

  it.each([
    [{ 'retry-after': '2' }, 2000],
    [{ 'retry-after-ms': '150' }, 150],
    [{ 'retry-after-ms': '150', 'retry-after': '9' }, 150],
    [{ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }, 5000],
    [{ 'retry-after': 'soon' }, undefined],
    [{}, undefined],
  ])('parses %j as %s ms', (headers, expected) => {
    expect(parseRetryAfter(headers, Date.parse('2026-01-01T00:00:00Z'))).toBe(expected);
  });

  it.each([
    [408, true], [429, true], [500, true], [502, true], [503, true],
    [400, false], [401, false], [403, false], [404, false],
  ])('status %i retryable: %s', (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected);
  });
});
