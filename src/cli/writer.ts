// The commands that change a manifest's files (run, pin, concat, cancel) hold its writer lock
// (state/writer-lock.ts) while they work; --wait waits for another holder, --force-unlock takes
// over a lock left on another host.
import { lockPathFor } from '../state/lock.js';
import { acquireWriterLock, type WriterInfo } from '../state/writer-lock.js';
import type { CliIO } from './command.js';

/** The options every such command takes (each help text describes them). */
export const WRITER_OPTIONS = { wait: { type: 'boolean' }, 'force-unlock': { type: 'boolean' } } as const;
export function waitingFor(holder: WriterInfo): string {
  return `Waiting: ${holder.command} (pid ${holder.pid} on ${holder.host}, since ${holder.startedAt}) is working on this manifest; this command starts when it is done.`;
}

export async function withWriterLock<T>(manifestFile: string, command: string, values: Record<string, unknown>, io: CliIO, work: () => Promise<T>): Promise<T> {
  const writer = await acquireWriterLock(lockPathFor(manifestFile), {
    command,
    wait: values.wait === true,
    forceUnlock: values['force-unlock'] === true,
    onWait: (holder) => void io.stderr.write(waitingFor(holder) + '\n'),
  });
  try {
    return await work();
  } finally {
    await writer.release();
  }
}
