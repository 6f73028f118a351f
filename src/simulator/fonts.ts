// Fonts for drawtext, found at well-known paths (no subprocess: only src/media runs programs).
// SEEDANCE_SIMULATOR_FONT overrides the choice. Without a font the video has no text.
import { existsSync } from 'node:fs';

const LATIN = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/TTF/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf',
  '/Library/Fonts/Arial.ttf',
  '/System/Library/Fonts/Supplemental/Arial.ttf',
  '/System/Library/Fonts/Helvetica.ttc',
  'C:/Windows/Fonts/arial.ttf',
];

const CJK = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc',
  '/System/Library/Fonts/PingFang.ttc',
  '/System/Library/Fonts/STHeiti Medium.ttc',
  'C:/Windows/Fonts/msyh.ttc',
];

export interface Fonts {
  latin?: string;
  cjk?: string;
}

let found: Fonts | undefined;

function findFonts(): Fonts {
  if (!found) {
    const override = process.env.SEEDANCE_SIMULATOR_FONT;
    const latin = override && existsSync(override) ? override : LATIN.find((path) => existsSync(path));
    const cjk = CJK.find((path) => existsSync(path));
    found = { ...(latin ? { latin } : {}), ...(cjk ? { cjk } : {}) };
  }
  return found;
}

export function hasCjk(text: string): boolean {
  return /[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/u.test(text);
}

/** The font for a text: a CJK font when the text needs one and the machine has it. */
export function fontFor(text: string): string | undefined {
  const fonts = findFonts();
  return hasCjk(text) && fonts.cjk ? fonts.cjk : (fonts.latin ?? fonts.cjk);
}
