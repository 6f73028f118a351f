// Words for places and values in messages: "`duration` in shot `wake-up`", "got `5.5` (a number)".
import type { NodePath } from './diagnostic.js';

/** "`reference_images[2]` in shot `tea-ad`", "`concat.transition.type`", "shot `x`", "`version`". */
export function describePath(path: NodePath, data: unknown): string {
  if (path[0] === 'shots' && typeof path[1] === 'number') {
    const shot = shotName(data, path[1]);
    const sub = joinPath(path.slice(2));
    return sub ? `\`${sub}\` in ${shot}` : shot;
  }
  if (path.length === 0) return 'the manifest';
  return `\`${joinPath(path)}\``;
}

/** "shot `wake-up`", or "shot #3" when the shot has no usable id. */
export function shotName(data: unknown, index: number): string {
  const id = (data as { shots?: { id?: unknown }[] } | undefined)?.shots?.[index]?.id;
  return typeof id === 'string' && id.length > 0 ? `shot \`${id}\`` : `shot #${index + 1}`;
}

export function joinPath(path: NodePath): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out ? `.${segment}` : segment;
  return out;
}

/** "`5.5` (a number)", "an empty value", "a list". */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `\`${short(value)}\` (a string)`;
  if (typeof value === 'number') return `\`${value}\` (${Number.isInteger(value) ? 'a whole number' : 'a number'})`;
  return `\`${String(value)}\``;
}

export function short(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "a, b or c" */
/** Seconds for a message: whole numbers as they are, a `frames` length to two decimals (2.33). */
export function secondsText(seconds: number): string {
  return Number.isInteger(seconds) ? String(seconds) : String(Math.round(seconds * 100) / 100);
}

export function listOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping (key: value lines)',
  array: 'a list',
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: 'empty',
};
