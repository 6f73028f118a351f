// The `seedance` command: dispatch to a command, turn errors into messages and exit codes.
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { commands } from './commands/index.js';
import type { CliIO } from './command.js';
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
    'Run `seedance <command> --help` for a command\'s options.',
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
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(mainHelp() + '\n');
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(version() + '\n');
    return EXIT.ok;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr.write(`seedance: unknown command \`${name}\`. Commands: ${commands.map((c) => c.name).join(', ')}.\nRun \`seedance --help\` for usage.\n`);
    return EXIT.usage;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.help.trimEnd() + '\n');
    return EXIT.ok;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: command.allowPositionals, strict: true });
  } catch (error) {
    io.stderr.write(`seedance ${name}: ${(error as Error).message}\nRun \`seedance ${name} --help\` for usage.\n`);
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
