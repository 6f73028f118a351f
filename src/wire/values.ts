// Reading fields of the service's JSON answers, shared by both wire formats: a field of the wrong
// type counts as absent.
export type Raw = Record<string, unknown>;

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
export const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);

/** Tokens billed for a task, from its `usage` object. */
export function usageTokens(usage: unknown): number | undefined {
  const raw = (usage ?? {}) as Raw;
  return num(raw.total_tokens) ?? num(raw.completion_tokens);
}
