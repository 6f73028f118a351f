// Issue 16, done when "the README's command table and docs match what --help says": every command
// is in the README's table and every row is a command; each option the table, the README or
// docs/*.md give a command is one it takes and its help describes; every help page has its exit
// codes and an example, and every command that takes --json says so in the table.
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../src/cli/command.js';
import { commands } from '../../src/cli/commands/index.js';

const root = new URL('../..', import.meta.url).pathname;
const loaded = new Map<string, Command>();
let readme: string;
let docs: { file: string; text: string }[];

beforeAll(async () => {
  for (const c of commands) loaded.set(c.name, await c.load());
  readme = await readFile(join(root, 'README.md'), 'utf8');
  const names = (await readdir(join(root, 'docs'))).filter((f) => f.endsWith('.md'));
  docs = [{ file: 'README.md', text: readme }, ...(await Promise.all(names.map(async (f) => ({ file: `docs/${f}`, text: await readFile(join(root, 'docs', f), 'utf8') }))))];
});

/** The rows of the README's command table: the command and the options its first cell names. */
function tableRows(): { name: string; cell: string; options: string[] }[] {
  const section = readme.slice(readme.indexOf('## Commands'), readme.indexOf('\n## ', readme.indexOf('## Commands') + 1));
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `seedance '))
    .map((line) => {
      const cell = line.split(/(?<!\\)\|/)[1] ?? '';
      const name = /`seedance (\S+)/.exec(cell)?.[1] ?? '';
      return { name, cell, options: [...cell.matchAll(/(?<![\w-])(--[a-z][\w-]*|-[a-zA-Z])(?![\w-])/g)].map((m) => m[1] as string) };
    });
}

/** The option's long name as parseArgs knows it (`-o` is `output`'s short form). */
function takes(command: Command, option: string): boolean {
  if (option === '--help' || option === '-h') return true;
  if (option.startsWith('--')) return option.slice(2) in command.options;
  return Object.values(command.options).some((o) => o.short === option.slice(1));
}

describe('README and docs against --help', () => {
  it('the table lists every command, and every row is a command', () => {
    const rows = tableRows();
    expect(rows.map((r) => r.name).sort()).toEqual(commands.map((c) => c.name).sort());
  });

  it('each option a row gives is one the command takes and its help names', () => {
    for (const row of tableRows()) {
      const command = loaded.get(row.name) as Command;
      for (const option of row.options) {
        expect(takes(command, option), `README table: seedance ${row.name} ${option}`).toBe(true);
        expect(command.help, `seedance ${row.name} --help names ${option}`).toMatch(new RegExp(`(^|[\\s\\[,])${option}\\b`, 'm'));
      }
    }
  });

  it('every command with --json says so in its row', () => {
    for (const row of tableRows()) {
      const command = loaded.get(row.name) as Command;
      if ('json' in command.options) expect(row.options, `README table row of ${row.name}`).toContain('--json');
    }
  });

  it('every command line in the README and docs uses options that command takes', () => {
    const names = commands.map((c) => c.name).join('|');
    const wrong: string[] = [];
    let checked = 0;
    for (const { file, text } of docs) {
      // A command line runs to the end of its code span, code line or table cell.
      for (const match of text.matchAll(new RegExp(`seedance (${names})\\b([^\`\\n|#]*)`, 'g'))) {
        const command = loaded.get(match[1] as string) as Command;
        for (const option of (match[2] ?? '').matchAll(/(?<![\w-])(--[a-z][\w-]*|-[a-zA-Z])(?=[\s\]=,]|$)/g)) {
          checked++;
          if (!takes(command, option[1] as string)) wrong.push(`${file}: seedance ${match[1]} ... ${option[1]}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });

  it('every help page lists its exit codes and an example, and starts with its usage line', () => {
    for (const [name, command] of loaded) {
      expect(command.help, name).toMatch(new RegExp(`^Usage: seedance ${name}\\b`));
      expect(command.help, name).toMatch(/\nExit codes: 0 /);
      expect(command.help, name).toMatch(/\nExamples?:\n {2}seedance /);
    }
  });

  it('every option a command takes is in its help', () => {
    for (const [name, command] of loaded) {
      for (const option of Object.keys(command.options)) expect(command.help, `seedance ${name} --help: --${option}`).toMatch(new RegExp(`--${option}\\b`));
    }
  });

  it("the README's exit codes are the ones of src/cli/exit-codes.ts", async () => {
    const { EXIT } = await import('../../src/cli/exit-codes.js');
    for (const code of Object.values(EXIT)) expect(readme).toMatch(new RegExp(`\\b${code} (done|all done|a shot|usage|a bug|interrupted)`));
  });

  it("report --help's example opens the report where `seedance report` writes it", async () => {
    const { loadManifest } = await import('../../src/manifest/index.js');
    const example = join(root, 'manifests/examples/kitten-morning.yaml');
    const manifest = (await loadManifest(example, { env: {}, cwd: root })).manifest;
    expect(manifest).toBeDefined();
    const help = (loaded.get('report') as Command).help;
    expect(help).toContain('seedance report manifests/examples/kitten-morning.yaml');
    expect(help).toContain(` ${relative(root, join(manifest?.output as string, 'report.html'))} `);
  });
});
