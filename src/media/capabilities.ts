// What the found ffmpeg can do. The bundled 2018 build lacks newer filters (xfade, gradients), so
// the assembler asks here instead of assuming, and says clearly what is missing.
import { SeedanceError } from '../core/errors.js';
import { runFfmpeg } from './ffmpeg.js';
import { locateTools } from './locate.js';

export interface Capabilities {
  /** As ffmpeg prints it: `5.1.9-0+deb12u1`, `N-47683-g0e8eb07980-static`. */
  version: string;
  filters: Set<string>;
  encoders: Set<string>;
}

const cache = new Map<string, Promise<Capabilities>>();

/** The version, filters and encoders of the located ffmpeg; cached per binary. */
export function probeCapabilities(): Promise<Capabilities> {
  return locateTools().then((tools) => {
    let entry = cache.get(tools.ffmpeg);
    if (!entry) {
      entry = readCapabilities();
      cache.set(tools.ffmpeg, entry);
      entry.catch(() => cache.delete(tools.ffmpeg));
    }
    return entry;
  });
}

async function readCapabilities(): Promise<Capabilities> {
  const [version, filters, encoders] = await Promise.all([runFfmpeg(['-version']), runFfmpeg(['-filters']), runFfmpeg(['-encoders'])]);
  return { version: parseVersion(version.toString('utf8')), filters: parseFilters(filters.toString('utf8')), encoders: parseEncoders(encoders.toString('utf8')) };
}

export function parseVersion(text: string): string {
  return /version\s+(\S+)/.exec(text)?.[1] ?? 'unknown';
}

/** `-filters` lines look like ` T.C xfade             VV->V      Cross fade ...`. */
export function parseFilters(text: string): Set<string> {
  const names = new Set<string>();
  for (const line of text.split('\n')) {
    const m = /^\s*[A-Z.|]{2,3}\s+(\S+)\s+\S*->\S*/.exec(line);
    if (m?.[1]) names.add(m[1]);
  }
  return names;
}

/** `-encoders` lines look like ` V....D libx264              libx264 H.264 ...`. */
export function parseEncoders(text: string): Set<string> {
  const names = new Set<string>();
  for (const line of text.split('\n')) {
    const m = /^\s*[VAS][A-Z.]{5}\s+(\S+)\s/.exec(line);
    if (m?.[1] && m[1] !== '=') names.add(m[1]);
  }
  return names;
}

/** Throws ffmpeg.unsupported naming every missing filter or encoder and the fix. */
export function requireCapabilities(caps: Capabilities, needs: { filters?: readonly string[]; encoders?: readonly string[] }, purpose: string): void {
  const missing = [
    ...(needs.filters ?? []).filter((f) => !caps.filters.has(f)).map((f) => `filter ${f}`),
    ...(needs.encoders ?? []).filter((e) => !caps.encoders.has(e)).map((e) => `encoder ${e}`),
  ];
  if (missing.length === 0) return;
  throw new SeedanceError('ffmpeg.unsupported', `The ffmpeg found (version ${caps.version}) lacks ${missing.join(', ')}, needed for ${purpose}.`, {
    hint: 'Install a full ffmpeg build (e.g. Debian/Ubuntu `apt-get install ffmpeg`, or https://ffmpeg.org/download.html) and set FFMPEG_PATH and FFPROBE_PATH to it.',
  });
}
