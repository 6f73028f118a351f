// Classifying a media value as written: URL, asset id, data URI, local file, or another shot's
// output. Files are only named here; their facts (size, type) are filled in by the file rule.
import { isAbsolute, resolve } from 'node:path';
import type { DiagnosticCollector } from './collector.js';
import type { NodePath } from './diagnostic.js';
import { describePath, short } from './describe.js';
import { obj, str } from './raw.js';
import type { MediaSlot, MediaSource } from './types.js';

export interface MediaRef {
  path: NodePath;
  slot: MediaSlot;
  shotIndex: number;
}

const DATA_URI = /^data:([^;,]*)((?:;[^;,]*)*),(.*)$/s;

export function classifyMedia(value: unknown, dir: string, path: NodePath, data: unknown, out: DiagnosticCollector): MediaSource | undefined {
  const ref = obj(value);
  if (ref) {
    const shot = str(ref.shot);
    return shot ? { kind: 'shot', shot } : undefined;
  }
  const text = str(value);
  if (!text) return undefined;
  if (/^https?:\/\//i.test(text)) {
    if (!URL.canParse(text)) {
      out.error('invalid-url', `${describePath(path, data)} is not a valid URL: \`${short(text)}\`. Check it, or encode spaces and special characters.`, path);
      return undefined;
    }
    return { kind: 'url', url: text };
  }
  if (/^asset:\/\//i.test(text)) {
    if (text.length <= 'asset://'.length) {
      out.error('invalid-url', `${describePath(path, data)} has no asset id after \`asset://\`.`, path);
      return undefined;
    }
    return { kind: 'asset', url: text };
  }
  if (/^data:/i.test(text)) return dataUri(text, path, data, out);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  if (scheme) {
    out.error(
      'unsupported-scheme',
      `${describePath(path, data)} uses \`${scheme[1]}://\`, which the service cannot fetch. Use an http(s) URL, an \`asset://\` id, a \`data:\` URI, or a local file path${scheme[1]?.toLowerCase() === 'file' ? ' (write the path without `file://`)' : ''}.`,
      path,
    );
    return undefined;
  }
  return { kind: 'file', path: isAbsolute(text) ? text : resolve(dir, text), relative: text, mime: 'application/octet-stream', bytes: 0 };
}

function dataUri(text: string, path: NodePath, data: unknown, out: DiagnosticCollector): MediaSource | undefined {
  const match = DATA_URI.exec(text);
  const params = match?.[2] ?? '';
  if (!match || !/;base64$/i.test(params)) {
    out.error('invalid-data-uri', `${describePath(path, data)} is not a base64 data URI. Write \`data:<mime>;base64,<data>\`, or give a file path instead.`, path);
    return undefined;
  }
  const payload = (match[3] ?? '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(payload) || payload.length % 4 === 1) {
    out.error('invalid-data-uri', `${describePath(path, data)} has a data URI whose base64 payload is damaged. Encode the file again, or give its path instead.`, path);
    return undefined;
  }
  const padding = payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0;
  const bytes = Math.floor((payload.length * 3) / 4) - padding;
  return { kind: 'data', url: text, mime: (match[1] ?? '').toLowerCase() || 'application/octet-stream', bytes };
}
