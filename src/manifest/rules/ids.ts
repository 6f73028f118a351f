// Shot ids name output files: they must be unique, and not names Windows reserves for devices.
import type { Rule } from './context.js';

const WINDOWS_DEVICES = new Set(['con', 'prn', 'aux', 'nul', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`com${n}`, `lpt${n}`])]);

export const uniqueIds: Rule = ({ manifest, out }) => {
  const first = new Map<string, number>();
  for (const shot of manifest.shots) {
    if (shot.id.startsWith('#')) continue; // no id: the schema said so
    const earlier = first.get(shot.id);
    if (earlier === undefined) {
      first.set(shot.id, shot.index);
      continue;
    }
    out.error(
      'duplicate-id',
      `Two shots have the id \`${shot.id}\`. Ids must be unique: they name the output files and are how other shots refer to a shot. Rename this one.`,
      ['shots', shot.index, 'id'],
      { related: [{ message: `the first \`${shot.id}\``, path: ['shots', earlier, 'id'] }] },
    );
  }
};

export const fileSafeIds: Rule = ({ manifest, out }) => {
  for (const shot of manifest.shots) {
    if (!WINDOWS_DEVICES.has(shot.id)) continue;
    out.error(
      'reserved-id',
      `Shot id \`${shot.id}\` is a device name on Windows (con, nul, aux, prn, com1-9, lpt1-9), so \`${shot.id}.mp4\` cannot be created there. Choose another id, such as \`${shot.id}-shot\`.`,
      ['shots', shot.index, 'id'],
    );
  }
};
