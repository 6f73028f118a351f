// Issue 16: prompts with emoji under a real terminal (tmux): every line of the live table fits the
// pane (a line one cell too wide wraps, and the redraw then climbs too few lines and tears the
// table), and the frame is redrawn in place. tmux 3.3 draws a skin tone as two emoji (4 cells) and
// splits ZWJ families, unlike string-width and current terminals: those are tested in
// emoji-width.test.ts; here ⭐, ✅ and flags, which every terminal draws as 2 cells.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { startSim, writeStoryboard } from '../run/harness.js';
import { tempDir } from '../temp.js';

const hasTmux = ((): boolean => {
  try {
    execFileSync('tmux', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const STAR = '⭐'.repeat(30);
const STORY = `version: 1
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: stars, prompt: "${STAR} a night sky full of stars over the harbour" }
  - { id: checks, prompt: "✅ ✅ ✅ ✅ ✅ ✅ ✅ ✅ ✅ ✅ ✅ ✅ ✅ ✅ ✅ ✅ ✅ ✅ ✅ ✅ ✅ ✅ ✅ ✅ ✅ ✅ ✅ the list is done" }
  - { id: flags, prompt: "🇯🇵🇫🇷🇧🇷🇳🇴🇯🇵🇫🇷🇧🇷🇳🇴🇯🇵🇫🇷🇧🇷🇳🇴🇯🇵🇫🇷🇧🇷🇳🇴🇯🇵🇫🇷🇧🇷🇳🇴🇯🇵🇫🇷🇧🇷🇳🇴 flags on the quay", first_frame: { shot: stars } }
`;
const IDS = ['stars', 'checks', 'flags'];
const WIDTH = 80;

const socket = `seedance-emoji-${process.pid}`;
const tmux = (...args: string[]): string => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let sim: Simulator;
beforeAll(async () => {
  sim = await startSim({ latency: { queuedMs: 200, runningMs: [700, 900] } });
});
afterAll(async () => {
  try {
    tmux('kill-server');
  } catch {
    // No server was started.
  }
  await sim?.close();
});

describe.skipIf(!hasTmux)('emoji prompts in tmux', () => {
  it('every line fits the pane and the table is redrawn in place', async ({ expect, onTestFinished }) => {
    const dir = await tempDir('seedance-tmux-emoji-', onTestFinished);
    await writeStoryboard(dir, STORY);
    const bin = process.env.SEEDANCE_TEST_BIN ?? new URL('../../dist/cli/bin.js', import.meta.url).pathname;
    const vars = Object.entries({ SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url, NO_COLOR: '1' }).map(([k, v]) => `${k}=${v}`);
    const command = ['env', ...vars, process.execPath, bin, 'run', join(dir, 'story.yaml'), '--poll-interval', '100'].map((a) => `'${a}'`).join(' ');
    tmux('new-session', '-d', '-s', 'emoji', '-x', String(WIDTH), '-y', '30', `${command}; echo EXIT=$?; sleep 60`);
    const screens: string[] = [];
    for (let i = 0; i < 300; i++) {
      // -J would join wrapped lines; without it a wrapped line shows as two.
      const screen = tmux('capture-pane', '-p', '-t', 'emoji');
      if (screens.at(-1) !== screen) screens.push(screen);
      if (/EXIT=\d+/.test(screen)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    tmux('kill-session', '-t', 'emoji');
    const last = screens.at(-1) ?? '';
    expect(last).toContain('EXIT=0');
    expect(screens.length).toBeGreaterThan(2);
    for (const screen of screens) {
      const lines = screen.split('\n');
      expect(lines.filter((l) => /^ SHOT\s+STATE/.test(l)).length, screen).toBeLessThanOrEqual(1);
      // One row per shot; a row that wrapped leaves its tail on a line of its own (no id, no indent).
      for (const id of IDS) expect(lines.filter((l) => new RegExp(`^ ${id}\\s`).test(l)).length, screen).toBeLessThanOrEqual(1);
      const header = lines.findIndex((l) => /^ SHOT\s+STATE/.test(l));
      if (header === -1) continue;
      // Up to the rule under the table: rows only.
      const end = lines.findIndex((l, i) => i > header && (l.startsWith('─') || l.trim() === ''));
      for (const row of lines.slice(header + 1, end)) expect(row, screen).toMatch(new RegExp(`^ (${IDS.join('|')})\\s`));
    }
    for (const id of IDS) expect(last).toMatch(new RegExp(`^ ${id}\\s+✓ done`, 'm'));
    console.log(`the last screen:\n${last}`);
  });
});
