// The `seedance` command: dispatch to a command, turn errors into messages and exit codes.
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { commands, type CommandEntry } from './commands/index.js';
import type { CliIO, Command } from './command.js';
import { nearest } from '../manifest/nearest.js';
import { EXIT } from './exit-codes.js';
import { formatError } from './format-error.js';

/** Read only when asked: every other command starts without it. */
function version(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'seedance: turn a YAML storyboard into a film with the Seedance video API.',
    '',
    'Usage: seedance <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `seedance help <command>` (or `seedance <command> --help`) for a command\'s options.',
    'Options: -h, --help  this help; -V, --version  the version.',
    'Quick start: seedance run manifests/examples/kitten-morning.yaml --simulate',
  ].join('\n');
}

/** Write errors that only mean nobody reads any more: the reader left (`| head`), the terminal closed. */
const READER_GONE = new Set(['EPIPE', 'EIO', 'ECONNRESET', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);
const guarded = new WeakSet<object>();

/**
 * Output is for watching: a stream that cannot be written any more ends its output quietly
 * (the reporters see it closed and stop writing to it; a run goes on to its end) instead of an
 * unhandled 'error' event crashing the process half-way, with a stack trace and tasks in flight.
 * A write error other than a reader gone (a full disk under `> file`) is said once on `other`.
 */
function endQuietlyWhenClosed(stream: NodeJS.WritableStream, name: string, other?: NodeJS.WritableStream): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  let said = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (said || !other || READER_GONE.has(error.code ?? '')) return;
    said = true;
    const open = (other as { writable?: boolean; destroyed?: boolean }).writable !== false && (other as { destroyed?: boolean }).destroyed !== true;
    if (open) other.write(`seedance: cannot write to ${name} (${error.code ?? error.message}); its output stops here.\n`);
  });
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  endQuietlyWhenClosed(io.stdout, 'stdout', io.stderr);
  endQuietlyWhenClosed(io.stderr, 'stderr');
  const [name, ...rest] = argv;
  // No command at all: the help goes to stderr with exit 2, as a usage error, so that a script
  // calling `seedance $COMMAND` with an empty variable fails instead of passing.
  if (name === undefined) {
    io.stderr.write(mainHelp() + '\n');
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h') {
    io.stdout.write(mainHelp() + '\n');
    return EXIT.ok;
  }
  if (name === 'help') return help(rest, io);
  if (name === '--version' || name === '-V' || name === '-v') {
    io.stdout.write(version() + '\n');
    return EXIT.ok;
  }
  const entry = findCommand(name, io);
  if (!entry) return EXIT.usage;
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.help.trimEnd() + '\n');
    return EXIT.ok;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: command.allowPositionals, strict: true });
  } catch (error) {
    io.stderr.write(`${usageError(command, error, rest)}\n`);
    return EXIT.usage;
  }
  try {
    return await command.run({ values: parsed.values as Record<string, unknown>, positionals: parsed.positionals }, io);
  } catch (error) {
    const { text, exitCode } = formatError(error);
    io.stderr.write(text + '\n');
    return exitCode;
  }
}

/** `seedance help [<command>]`: the general help, or the help of one command. */
async function help(rest: string[], io: CliIO): Promise<number> {
  const [topic, ...extra] = rest;
  if (topic === undefined) {
    io.stdout.write(mainHelp() + '\n');
    return EXIT.ok;
  }
  if (extra.length > 0) {
    io.stderr.write(`seedance help takes one command; got ${rest.length}.\nRun \`seedance help <command>\`, e.g. \`seedance help run\`.\n`);
    return EXIT.usage;
  }
  const entry = findCommand(topic, io);
  if (!entry) return EXIT.usage;
  io.stdout.write((await entry.load()).help.trimEnd() + '\n');
  return EXIT.ok;
}

/** The command of that name; else says so on stderr (with the nearest name) and returns undefined. */
function findCommand(name: string, io: CliIO): CommandEntry | undefined {
  const entry = commands.find((c) => c.name === name);
  if (entry) return entry;
  const names = commands.map((c) => c.name);
  const guess = name.startsWith('-') ? undefined : nearest(name, names);
  const what = name.startsWith('-') ? `unknown option \`${name}\`` : `unknown command \`${name}\``;
  io.stderr.write(`seedance: ${what}${guess ? `; did you mean \`${guess}\`?` : '.'} Commands: ${names.join(', ')}.\nRun \`seedance --help\` for usage.\n`);
  return undefined;
}

/** The usage line(s) of a command: its help up to the first empty line. */
function usageOf(command: Command): string {
  const end = command.help.indexOf('\n\n');
  return (end === -1 ? command.help : command.help.slice(0, end)).trimEnd();
}

/**
 * What parseArgs refused, in words: an unknown option gets the nearest option of that command
 * ("did you mean --force?"), and every refusal the command's usage line, instead of Node's raw
 * message about positionals that start with '-'.
 */
export function usageError(command: Command, error: unknown, args: readonly string[]): string {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message ?? String(error);
  const longNames = ['help', ...Object.keys(command.options)].map((o) => `--${o}`);
  let what: string;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /Unknown option '([^']+)'/.exec(message)?.[1] ?? '';
    // `-forse` reaches parseArgs as the short options -f -o -r...: look at what was typed.
    const typed = option.startsWith('--') ? option : (args.find((a) => a.startsWith(option) && !a.startsWith('--')) ?? option);
    const bare = typed.replace(/=.*$/, '');
    const guess = bare.startsWith('--') ? nearest(bare, longNames) : bare.length > 2 ? nearest(`-${bare}`, longNames) : undefined;
    what = `unknown option ${bare}${guess ? `; did you mean ${guess}?` : '.'}`;
  } else if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const arg = /Unexpected argument '([^']+)'/.exec(message)?.[1];
    what = `takes no arguments${arg ? `; got \`${arg}\`` : ''}.`;
  } else if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const inside = /Option '([^']+)'/.exec(message)?.[1] ?? '';
    const option = /--[\w-]+/.exec(inside)?.[0] ?? inside.split(' ')[0];
    what = / argument missing/.test(message) && option ? `${option} needs a value.` : `${message.replace(/\.$/, '')}.`;
  } else {
    what = `${message.replace(/\.$/, '')}.`;
  }
  return `seedance ${command.name}: ${what}\n${usageOf(command)}\nRun \`seedance ${command.name} --help\` for the options.`;
}
