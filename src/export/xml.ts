// XML text for the MLT and FCPXML projects: escaping and file URLs, in one place.
import { pathToFileURL } from 'node:url';

/** Text for an attribute value or element content: & < > " ' escaped, control characters dropped. */
export function xmlText(value: string | number): string {
  return String(value)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** `name="value"` pairs, in order; undefined values left out. */
export function xmlAttrs(attrs: Record<string, string | number | undefined>): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${xmlText(value)}"`)
    .join('');
}

/** An absolute path as a file:// URL (spaces and non-ASCII percent-encoded). */
export function fileUrl(path: string): string {
  return pathToFileURL(path).href;
}
