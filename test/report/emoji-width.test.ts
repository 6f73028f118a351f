// Issue 16: prompts with emoji tore the live table (⭐ and ✅ were measured as one cell, a family
// as five). Widths come from string-width; cuts never split a grapheme.
import { describe, expect, it } from 'vitest';
import { clipLine, displayWidth, fit, truncate } from '../../src/report/live/text.js';

const FAMILY = '👨‍👩‍👧';
const FLAG = '🇯🇵';
const THUMB = '👍🏽';

describe('emoji widths', () => {
  it.each([
    ['⭐', 2],
    ['✅', 2],
    [FAMILY, 2],
    [FLAG, 2],
    [THUMB, 2],
    ['中文', 4],
    ['é', 1],
    ['e\u0301', 1],
    ['\x1b[32m⭐ ok\x1b[39m', 5],
  ])('%s takes %i cells', (text, cells) => {
    expect(displayWidth(text)).toBe(cells);
  });

  it('truncate and fit keep to the width and never split a family, a flag or a skin tone', () => {
    const prompt = `⭐✅ ${FAMILY}${FLAG}${THUMB} A lighthouse at dusk`;
    for (let width = 1; width <= 30; width++) {
      const cut = truncate(prompt, width);
      expect(displayWidth(cut), `${width}: ${cut}`).toBeLessThanOrEqual(width);
      expect(displayWidth(fit(prompt, width)), `${width}`).toBe(width);
      for (const whole of [FAMILY, FLAG, THUMB]) {
        const first = whole.slice(0, 2);
        if (cut.includes(first)) expect(cut, `${width}: ${cut}`).toContain(whole);
      }
    }
    expect(truncate(`ab${FAMILY}cd`, 4)).toBe("ab…");
    expect(truncate(`ab${FAMILY}cd`, 5)).toBe(`ab${FAMILY}…`);
  });

  it('clipLine keeps colour codes, cuts at the width, and keeps graphemes whole', () => {
    const line = `\x1b[32m✓\x1b[39m s01 ⭐⭐ ${FAMILY} ${THUMB}${THUMB} the end`;
    for (let width = 2; width <= 30; width++) {
      const clipped = clipLine(line, width);
      expect(displayWidth(clipped), `${width}: ${clipped}`).toBeLessThanOrEqual(width);
      if (clipped.includes('\u200d')) expect(clipped).toContain(FAMILY);
    }
  });
});
