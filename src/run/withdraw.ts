// When the run stops submitting (first Ctrl-C, --fail-fast, the budget), the tasks it primed
// beyond a slot's running limit would still start and be billed: cancel them while they are
// queued (issue 17). A task is asked about first and cancelled only if queued right now: the
// native DELETE deletes the record of a finished task, which would lose a paid result. A cancel
// refused because the task started running leaves it to finish as any other. The OpenAI format
// cannot cancel (API.md): there a warning says so and the run waits for them.
import type { RunEvent } from '../core/events.js';
import type { AccountPool, Extra } from './account-pool.js';

export class Withdrawals {
  private readonly cancelled = new Set<string>();
  private readonly warned = new Set<string | undefined>();

  constructor(
    private readonly pool: AccountPool,
    private readonly emit: (event: RunEvent) => void,
    private readonly signal: AbortSignal,
  ) {}

  /** Whether this run cancelled the task (its shot then ends stopped, not failed). */
  has(taskId: string): boolean {
    return this.cancelled.has(taskId);
  }

  /** Cancel what the slots hold beyond their running limits now (called when the run stops, and on each create after). */
  sweep(): void {
    for (const extra of this.pool.takeExtras((account) => account.client.wire.cancelPath !== undefined)) void this.withdraw(extra);
    for (const { account, count } of this.pool.overLimit()) {
      if (account.client.wire.cancelPath !== undefined || this.warned.has(account.name)) continue;
      this.warned.add(account.name);
      this.emit({
        type: 'warning',
        code: 'queued.kept',
        message: `The run stopped submitting with ${count} task${count === 1 ? '' : 's'} queued beyond the running limit${account.name !== undefined ? ` of account ${account.name}` : ''}, and the OpenAI-compatible format has no way to cancel a queued task: they are left to run (and are billed when they succeed), and the run waits for them.`,
      });
    }
  }

  private async withdraw(extra: Extra): Promise<void> {
    const { client } = extra.account;
    try {
      const info = await client.get(extra.taskId, { signal: this.signal });
      if (info?.status !== 'queued') {
        // Picked before it was seen running (or before a newer task was created): take the next instead.
        this.pool.kept(extra.shot, info?.status === 'running' ? 'running' : undefined);
        this.sweep();
        return;
      }
      this.cancelled.add(extra.taskId);
      await client.cancel(extra.taskId, { signal: this.signal });
    } catch {
      // Refused (it started running) or not answered: it is waited for and used as any other task.
      // It stays in `cancelled`, which only counts if the service reports it cancelled after all.
      this.pool.kept(extra.shot);
      this.sweep();
    }
  }
}
