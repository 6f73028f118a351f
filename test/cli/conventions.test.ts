// Issue 16, conventions of well-loved CLIs: `help <command>`, -V, no arguments, colours
// (FORCE_COLOR beside NO_COLOR), "did you mean" for unknown options and commands.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { useColor } from '../../src/cli/color.js';
import { commands } from '../../src/cli/commands/index.js';
import { main } from '../../src/cli/main.js';
import { tempDir, writeStoryboard } from '../run/harness.js';
import { runCli, type Captured } from './capture.js';

/** main() with stdout and stderr that say they are (or are not) terminals. */
async function runOn(argv: string[], cwd: string, env: NodeJS.ProcessEnv, tty: boolean): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void): Writable & { isTTY: boolean; columns: number } =>
    Object.assign(
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          append(chunk.toString());
          done();
        },
      }),
      { isTTY: tty, columns: 100 },
    );
  const code = await main(argv, { stdout: sink((t) => (stdout += t)), stderr: sink((t) => (stderr += t)), env, cwd });
  return { code, stdout, stderr };
}

const ESC = '\x1b[';
const cwd = process.cwd();

describe('seedance help, --version, no arguments', () => {
  it('`seedance help <command>` prints that command\'s help, the same as `<command> --help`', async () => {
    for (const name of ['run', 'pin', 'concat', 'models']) {
      const viaHelp = await runCli(['help', name], cwd);
      const viaFlag = await runCli([name, '--help'], cwd);
      expect(viaHelp.code).toBe(0);
      expect(viaHelp.stdout).toBe(viaFlag.stdout);
      expect(viaHelp.stdout).toMatch(new RegExp(`^Usage: seedance ${name}\\b`));
    }
  });

  it('`seedance help` alone and `seedance --help` print the general help, exit 0', async () => {
    const alone = await runCli(['help'], cwd);
    expect(alone.code).toBe(0);
    expect(alone.stdout).toContain('Usage: seedance <command> [options]');
    expect(alone.stdout).toContain('seedance help <command>');
    for (const c of commands) expect(alone.stdout).toContain(`  ${c.name} `);
    expect((await runCli(['--help'], cwd)).stdout).toBe(alone.stdout);
  });

  it('`seedance help` of an unknown command exits 2 with the nearest name', async () => {
    const result = await runCli(['help', 'cancle'], cwd);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('unknown command `cancle`; did you mean `cancel`?');
  });

  it('an unknown command gets the nearest one too', async () => {
    const result = await runCli(['valdiate', 'x.yaml'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command `valdiate`; did you mean `validate`?');
    expect((await runCli(['frobnicate'], cwd)).stderr).not.toContain('did you mean');
  });

  it('-V and --version print the version', async () => {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default as { version: string };
    for (const flag of ['-V', '--version']) {
      const result = await runCli([flag], cwd);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`${version}\n`);
    }
  });

  it('no arguments: the general help on stderr and exit 2, on a terminal or not', async () => {
    for (const tty of [true, false]) {
      const result = await runOn([], cwd, {}, tty);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('Usage: seedance <command> [options]');
    }
  });
});

describe('unknown options: "did you mean" and the usage line, exit 2', () => {
  it('names the nearest option of that command and its usage line, not Node\'s message', async () => {
    const result = await runCli(['run', 'story.yaml', '--forse'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('seedance run: unknown option --forse; did you mean --force?\nUsage: seedance run <manifest> [options]\nRun `seedance run --help` for the options.\n');
    expect(result.stderr).not.toContain('positional argument');
  });

  it('takes the options of that command only', async () => {
    // --dry-run is pin's; concat's nearest to --dry-rn is none of its own.
    expect((await runCli(['pin', 'x.yaml', '--dry-rn'], cwd)).stderr).toContain('did you mean --dry-run?');
    const concat = await runCli(['concat', 'x.yaml', '--dry-rn'], cwd);
    expect(concat.code).toBe(2);
    expect(concat.stderr).toContain('seedance concat: unknown option --dry-rn.\nUsage: seedance concat <manifest>');
  });

  it('a single dash before a long name, --name=value, and a value left out', async () => {
    expect((await runCli(['status', 'x.yaml', '-refresh'], cwd)).stderr).toContain('unknown option -refresh; did you mean --refresh?');
    expect((await runCli(['run', 'x.yaml', '--simulte=1'], cwd)).stderr).toContain('unknown option --simulte; did you mean --simulate?');
    const missing = await runCli(['run', 'x.yaml', '--base-url'], cwd);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('seedance run: --base-url needs a value.\nUsage: seedance run');
    const extra = await runCli(['models', 'extra'], cwd);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('seedance models: takes no arguments; got `extra`.\nUsage: seedance models');
  });
});

describe('colours: one decision, FORCE_COLOR beside NO_COLOR', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  it('a terminal gets colours, a pipe none', () => {
    expect(useColor(tty, {})).toBe(true);
    expect(useColor(pipe, {})).toBe(false);
    expect(useColor({}, {})).toBe(false);
  });
  it('NO_COLOR (not empty) and TERM=dumb turn them off', () => {
    expect(useColor(tty, { NO_COLOR: '1' })).toBe(false);
    expect(useColor(tty, { NO_COLOR: '' })).toBe(true);
    expect(useColor(tty, { TERM: 'dumb' })).toBe(false);
  });
  it('FORCE_COLOR=0/false turns them off on a terminal; 1/2/3/true/empty turn them on in a pipe, over NO_COLOR', () => {
    for (const off of ['0', 'false', 'FALSE']) expect(useColor(tty, { FORCE_COLOR: off })).toBe(false);
    for (const on of ['1', '2', '3', 'true', '']) {
      expect(useColor(pipe, { FORCE_COLOR: on })).toBe(true);
      expect(useColor(pipe, { FORCE_COLOR: on, NO_COLOR: '1' })).toBe(true);
      expect(useColor(pipe, { FORCE_COLOR: on, TERM: 'dumb' })).toBe(true);
    }
  });

  it('validate, plan and the diagnostics of the other commands follow it', async () => {
    const dir = await tempDir('seedance-conv-');
    await writeStoryboard(dir, 'version: 1\nshots:\n  - id: a\n    promt: typo\n');
    const cases: [NodeJS.ProcessEnv, boolean, boolean][] = [
      [{}, false, false],
      [{}, true, true],
      [{ NO_COLOR: '1' }, true, false],
      [{ FORCE_COLOR: '1' }, false, true],
      [{ FORCE_COLOR: '0' }, true, false],
      [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    ];
    for (const [env, isTTY, coloured] of cases) {
      const validate = await runOn(['validate', 'story.yaml'], dir, env, isTTY);
      expect(validate.code).toBe(2);
      expect(validate.stdout.includes(ESC), `validate ${JSON.stringify(env)} tty=${isTTY}`).toBe(coloured);
      const plan = await runOn(['plan', 'story.yaml'], dir, env, isTTY);
      expect(plan.stderr.includes(ESC), `plan ${JSON.stringify(env)} tty=${isTTY}`).toBe(coloured);
      const status = await runOn(['status', 'story.yaml'], dir, env, isTTY);
      expect(status.stderr).toContain('promt');
      expect(status.stderr.includes(ESC), `status ${JSON.stringify(env)} tty=${isTTY}`).toBe(coloured);
    }
  });

  it('the live table of `seedance run` on a terminal follows it too', async () => {
    const dir = await tempDir('seedance-conv-');
    await writeStoryboard(dir, 'version: 1\ndefaults: { resolution: 480p, duration: 5 }\nshots:\n  - { id: a, prompt: A lighthouse at dusk }\n');
    // eslint-disable-next-line no-control-regex
    const SGR_COLOUR = /\x1b\[(3[1-6]|2|1)m/;
    const plain = await runOn(['run', 'story.yaml', '--simulate'], dir, { NO_COLOR: '1' }, true);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toContain(ESC); // the table is drawn in place
    expect(plain.stdout).not.toMatch(SGR_COLOUR);
    const forced = await runOn(['run', 'story.yaml', '--simulate'], dir, { NO_COLOR: '1', FORCE_COLOR: '1' }, true);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(SGR_COLOUR);
  });
});
