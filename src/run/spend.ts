// What a run spends: the tokens and cost of the tasks that succeeded in it, the estimates of the
// tasks at the service, and the budget (--max-cost, `budget: max`). Before anything is sent the
// whole estimate must fit; then no task is submitted that would take billed plus in-flight
// estimates past it (takes, retries and resubmissions each count again). Every task's end is
// entered in the lock's ledger, so what a storyboard cost survives the run.
import { SeedanceError } from '../core/errors.js';
import { formatMoney, money, sumMoney, type Money } from '../core/money.js';
import type { ResolvedManifest, ResolvedShot } from '../manifest/types.js';
import type { ShotPlan } from '../plan/planner.js';
import { estimateShotTokens } from '../plan/tokens.js';
import { noPriceReason, shotCost } from '../pricing/cost.js';
import type { PriceTable } from '../pricing/price-table.js';
import type { LedgerEntry } from '../state/lock.js';
import type { LockStore } from '../state/lock-store.js';

/** The actions that put a task at the service during the run (and so may be billed in it). */
const SPENDING = new Set<ShotPlan['action']>(['submit', 'resume']);

export class Spend {
  /** Tokens of the tasks that succeeded in this run. */
  tokens = 0;
  private billed = 0;
  private readonly inFlight = new Map<string, number>();
  private readonly table: PriceTable | undefined;
  private readonly byId: ReadonlyMap<string, ResolvedShot>;

  constructor(
    manifest: ResolvedManifest,
    private readonly lock: LockStore,
    /** The budget, in the table's currency. */
    readonly max: number | undefined,
  ) {
    this.table = manifest.pricing;
    this.byId = new Map(manifest.shots.map((s) => [s.id, s]));
  }

  /** What this run's succeeded tasks cost (with a price table). */
  get cost(): Money | undefined {
    return this.table ? money(this.billed, this.table.currency) : undefined;
  }

  /**
   * Before anything is sent: a budget needs a price table that prices every shot to be sent, and
   * the plan's estimate must fit in it. Tasks already at the service (resume) are in flight from
   * the start.
   */
  checkPlan(plans: readonly ShotPlan[]): void {
    const spending = plans.filter((p) => SPENDING.has(p.action));
    if (this.max === undefined) return;
    const table = this.table;
    const fmt = (amount: number): string => formatMoney(money(amount, table?.currency ?? ''));
    if (!table) {
      throw new SeedanceError('usage', `A budget of ${this.max} is set (--max-cost or budget: max), but there is no price table to count it in; nothing was sent.`, {
        hint: 'Add `pricing: volcengine` (CNY) or `pricing: byteplus` (USD) or a table of your own to the manifest, or set SEEDANCE_PRICING; or drop the budget.',
      });
    }
    const unpriced = spending.filter((p) => !p.estimatedCost);
    if (unpriced.length > 0) {
      const [first] = unpriced as [ShotPlan];
      const shot = this.byId.get(first.id);
      throw new SeedanceError('budget.exceeded', `The budget of ${fmt(this.max)} cannot be kept: ${unpriced.map((p) => p.id).join(', ')} ${unpriced.length === 1 ? 'has' : 'have'} no price (${shot ? noPriceReason(table, shot) : 'unknown model'}); nothing was sent.`, {
        hint: 'Give the table a price for every model the run uses, or run without --max-cost / budget.',
      });
    }
    const estimate = sumMoney(spending.map((p) => p.estimatedCost), table.currency);
    if (estimate.amount > this.max) {
      const biggest = [...spending].sort((a, b) => (b.estimatedCost?.amount ?? 0) - (a.estimatedCost?.amount ?? 0)).slice(0, 3);
      throw new SeedanceError('budget.exceeded', `This run would send ${spending.length === 1 ? '1 task' : `${spending.length} tasks`} estimated at ${formatMoney(estimate)}, over the budget of ${fmt(this.max)}; nothing was sent.`, {
        hint: `The dearest: ${biggest.map((p) => `${p.id} ${formatMoney(p.estimatedCost as Money)}`).join(', ')}. Raise --max-cost (or budget: max), make fewer shots at once with --only, or lower resolution, duration or takes; \`seedance plan\` shows each shot's estimate.`,
      });
    }
    for (const plan of spending) if (plan.action === 'resume') this.inFlight.set(plan.id, plan.estimatedCost?.amount ?? 0);
  }

  /**
   * Before a create: whether the shot's task fits beside what was billed and what is in flight.
   * It is then in flight until its task ends. Undefined when it fits, else why not.
   */
  admit(shot: ResolvedShot): string | undefined {
    if (this.max === undefined || !this.table) return undefined;
    const amount = shotCost(this.table, shot, estimateShotTokens(shot, this.byId).tokens)?.amount ?? 0;
    let others = 0;
    for (const [id, value] of this.inFlight) if (id !== shot.id) others += value;
    const total = this.billed + others + amount;
    if (total > this.max + 1e-9) {
      const fmt = (value: number): string => formatMoney(money(value, (this.table as PriceTable).currency));
      return `${shot.id} (about ${fmt(amount)}) would take the run to ${fmt(total)} with ${fmt(this.billed)} billed and ${fmt(others)} at the service, over the budget of ${fmt(this.max)}`;
    }
    this.inFlight.set(shot.id, amount);
    return undefined;
  }

  /** A task of the shot ended at the service: billed if it succeeded, in the ledger either way. */
  async taskEnded(shot: ResolvedShot, taskId: string, status: LedgerEntry['status'], tokens: number): Promise<void> {
    this.inFlight.delete(shot.id);
    const billed = status === 'succeeded' ? tokens : 0;
    this.tokens += billed;
    const cost = this.table ? shotCost(this.table, shot, billed) : undefined;
    if (cost) this.billed += cost.amount;
    await this.lock.recordTask(taskId, { shot: shot.id, status, tokens: billed, ...(cost ? { cost } : {}) });
  }

  /** The shot's job ended: whatever it had in flight is not coming. */
  settled(shotId: string): void {
    this.inFlight.delete(shotId);
  }
}

/** The budget of a run: --max-cost, else the manifest's `budget: max`. */
export function budgetOf(manifest: ResolvedManifest, maxCost: number | undefined): number | undefined {
  return maxCost ?? manifest.budget?.max;
}
