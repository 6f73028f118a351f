// The live table on a real terminal: `seedance run` inside tmux (a private tmux server), the pane
// captured while it runs. The table is redrawn in place (one header on screen, never a stack of
// frames), rows move through their states, colours appear only without NO_COLOR. The two runs go
// side by side (each in its own tmux session): most of their time is the simulated tasks' latency.
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

const STORY = `version: 1
defaults: { resolution: 480p, duration: 5 }
shots:
  - { id: wake-up, prompt: A ginger kitten stretches in warm morning light on a quilt, seed: 1 }
  - { id: window, prompt: The kitten hops onto the windowsill, first_frame: { shot: wake-up } }
  - { id: garden, prompt: The kitten chases a butterfly through the dewy grass }
`;

const socket = `seedance-test-${process.pid}`;
const tmux = (...args: string[]): string => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let sim: Simulator;
beforeAll(async () => {
  // Long enough that 100 ms captures see a row queued or running (the table redraws at 10 fps).
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

/** Runs the CLI in a 100x30 tmux pane; returns every distinct screen seen, the last one last. */
async function capture(session: string, env: Record<string, string>, onFinished: (fn: () => Promise<void>) => void): Promise<string[]> {
  const dir = await tempDir('seedance-tmux-', onFinished);
  await writeStoryboard(dir, STORY);
  const bin = new URL('../../dist/cli/bin.js', import.meta.url).pathname;
  const vars = Object.entries({ SEEDANCE_API_KEY: 'k', SEEDANCE_BASE_URL: sim.url, ...env }).map(([k, v]) => `${k}=${v}`);
  const command = ['env', ...vars, process.execPath, bin, 'run', join(dir, 'story.yaml'), '--poll-interval', '100'].map((a) => `'${a}'`).join(' ');
  tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '30', `${command}; echo EXIT=$?; sleep 60`);
  const screens: string[] = [];
  for (let i = 0; i < 300; i++) {
    const screen = tmux('capture-pane', '-p', '-e', '-t', session);
    if (screens.at(-1) !== screen) screens.push(screen);
    if (/EXIT=\d+/.test(screen)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  tmux('kill-session', '-t', session);
  return screens;
}

// eslint-disable-next-line no-control-regex
const plain = (screen: string): string => screen.replace(/\x1b\[[0-9;]*m/g, '');

describe.skipIf(!hasTmux)('the live table in tmux', () => {
  it.concurrent('redraws in place while shots move, and ends with one table and the summary', async ({ expect, onTestFinished }) => {
    const screens = await capture('colour', {}, onTestFinished);
    const last = plain(screens.at(-1) ?? '');
    expect(last).toContain('EXIT=0');
    for (const screen of screens.map(plain)) {
      expect(screen.split('\n').filter((l) => /^ SHOT\s+STATE/.test(l)).length, screen).toBeLessThanOrEqual(1);
    }
    expect(screens.map(plain).some((s) => /wake-up\s+● running/.test(s) || /wake-up\s+○ queued/.test(s))).toBe(true);
    expect(screens.map(plain).some((s) => /window\s+· waiting .* waits for wake-up/.test(s))).toBe(true);
    expect(last).toMatch(/wake-up\s+✓ done\s+██████████ 100%/);
    expect(last).toMatch(/done: 3 made, 0 reused, 0 failed, 0 skipped; 151,914 tokens/);
    expect(last).toMatch(/report: .*report\.html/);
    expect(screens.some((s) => s.includes('\x1b[32m'))).toBe(true);
    console.log(`a frame of the live table:\n${plain(screens[Math.floor(screens.length / 2)] ?? '')}`);
  });

  it.concurrent('honours NO_COLOR', async ({ expect, onTestFinished }) => {
    const screens = await capture('nocolor', { NO_COLOR: '1' }, onTestFinished);
    expect(plain(screens.at(-1) ?? '')).toContain('EXIT=0');
    expect(screens.some((s) => new RegExp(String.raw`\x1b\[3\dm`).test(s))).toBe(false);
  });
});
