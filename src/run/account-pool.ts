// The accounts of a run and their slots (issue 17). Each account has its own running limit (its
// slots), its own creates-a-minute window and its own client and poller. Whole chains (the
// connected components of the shot DAG: a shot, what it uses and what uses it) go to one
// account, because the service trusts an account's own outputs as inputs and drafts belong to
// one account. A chain is given an account when its first shot asks for a slot: the account with
// the most free slots among those whose `models:` allow every model of the chain. Waiting shots
// are served as the single-account Slots serves them: the one heading the longest chain still to
// come first, ties in the order of asking; a shot whose chain's account is full waits while others
// go to other accounts. A chain recorded in the lock on an account stays on it (its tasks are
// polled with that account's key). An account whose key is refused is set aside: its chains that
// are not at the service move to the others.
//
// Slots are per account and model (4k apart) when the account has the service's limits
// (slot-limits.ts), else one per account. A slot may hold up to `queueAhead` tasks beyond its
// running limit (queue priming): they wait queued at the service, which starts one the moment a
// running one finishes instead of waiting for our next poll and create. Never past the account's
// `queued` cap, and never a task whose expected wait could use up half its execution_expires_after.
import type { SeedanceClient } from '../api/index.js';
import type { Clock } from '../core/clock.js';
import { SeedanceError } from '../core/errors.js';
import type { ResolvedShot } from '../manifest/types.js';
import { EXECUTION_EXPIRES } from '../models.js';
import type { Poller } from './poller.js';
import { TIER_LIMITS, serviceSlot, type ServiceLimits, type SlotLimits } from './slot-limits.js';
import { chains } from '../plan/split.js';

export interface RunAccount {
  /** As in the accounts file; undefined for the one account of a run without one (not written to the lock). */
  name: string | undefined;
  client: SeedanceClient;
  /** Without `limits`: tasks at the service at once over all models, one slot (default 10). */
  running?: number;
  /** Without `limits`: creates a minute (none: not limited here; the client still honours 429). */
  rpm?: number;
  /** The service's own limits (an accounts file): a slot per model, 4k apart, each with its model's limits. */
  limits?: ServiceLimits;
  /** Only these models may be made on it. */
  models?: readonly string[];
  /** Tasks submitted beyond each slot's running limit (default 0; never more than that limit). */
  queueAhead?: number;
  /** Most tasks of this run queued at the service on this account at once (default: no cap). */
  queued?: number;
  /** The environment variable holding its key (never the key), for messages. */
  keyEnv?: string;
}

export interface PooledAccount extends RunAccount {
  poller: Poller;
}

/** A task queued beyond its slot's running limit, picked to be cancelled when the run stops. */
export interface Extra {
  shot: string;
  taskId: string;
  account: PooledAccount;
}

/** Before any task of the account finished, a task is taken to last this long (real ones take minutes). */
const UNKNOWN_TASK_MS = 10 * 60 * 1000;

type HolderStatus = 'submitting' | 'queued' | 'running';

interface Waiting {
  shot: string;
  priority: number;
  order: number;
  start: (holder: Holder) => void;
}

interface Holder {
  shot: string;
  account: AccountState;
  slot: Slot;
  status: HolderStatus;
  taskId?: string;
  /** Order of creation, for "newest first". */
  created?: number;
  /** Picked to be cancelled (the cancel is on its way). */
  withdrawing?: boolean;
  /** Picked once and not cancelled: never picked again. */
  kept?: boolean;
}

interface Slot {
  limits: SlotLimits;
  queueAhead: number;
  holders: Holder[];
  /** Times of this run's creates in the last minute. */
  creates: number[];
}

interface AccountState {
  account: PooledAccount;
  setAside: boolean;
  slots: Map<string, Slot>;
}

export class AccountPool {
  private readonly states: AccountState[];
  private readonly shots = new Map<string, ResolvedShot>();
  private readonly chainOf = new Map<string, number>();
  private readonly chainModels = new Map<number, Set<string>>();
  private readonly assigned = new Map<number, AccountState>();
  private readonly holding = new Map<string, Holder>();
  private readonly waiting: Waiting[] = [];
  private order = 0;
  private createdCount = 0;
  private active = 0;
  private stopped = false;

  constructor(
    accounts: readonly PooledAccount[],
    shots: readonly ResolvedShot[],
    private readonly clock: Clock,
    /** The most tasks at once over all accounts, queued extras included (default: no cap beyond theirs). */
    private readonly cap = Infinity,
  ) {
    if (accounts.length === 0) throw new SeedanceError('internal', 'a run needs at least one account');
    this.states = accounts.map((account) => ({ account, setAside: false, slots: new Map() }));
    for (const shot of shots) this.shots.set(shot.id, shot);
    for (const [index, members] of chains(shots).entries()) {
      const models = new Set<string>();
      for (const shot of members) {
        this.chainOf.set(shot.id, index);
        models.add(shot.settings.model);
      }
      this.chainModels.set(index, models);
      if (this.allowedFor(index, true).length === 0) {
        throw new SeedanceError('usage', `No account of the accounts file may make ${[...models].join(', ')} (shots ${members.map((s) => s.id).join(', ')}): each account's models: list leaves one of them out; nothing was sent.`, {
          hint: 'Add the model to an account\'s models: list, or drop models: from one account so it may make any model.',
        });
      }
    }
  }

  get accounts(): readonly PooledAccount[] {
    return this.states.map((s) => s.account);
  }

  /** Keep a chain on the account the lock records for one of its shots (unknown names are ignored). */
  pin(shotId: string, name: string | undefined): boolean {
    const chain = this.chainOf.get(shotId);
    const state = this.states.find((s) => s.account.name === name);
    if (chain === undefined || !state || this.assigned.has(chain)) return state !== undefined;
    this.assigned.set(chain, state);
    return true;
  }

  /** The account a shot's chain is on, given one now if it has none yet. */
  accountOf(shotId: string): PooledAccount {
    const held = this.holding.get(shotId);
    if (held) return held.account.account;
    const chain = this.chainOf.get(shotId);
    if (chain === undefined) return (this.states.find((s) => !s.setAside) ?? (this.states[0] as AccountState)).account;
    const state = this.assigned.get(chain) ?? this.mostFree(this.allowedFor(chain, false), shotId, false);
    if (!state) return (this.states[0] as AccountState).account;
    this.assigned.set(chain, state);
    return state.account;
  }

  /** The limits of the slot the shot takes (or would take) on its account. */
  slotLimits(shotId: string): SlotLimits {
    return (this.holding.get(shotId)?.slot ?? this.slotOf(this.stateOf(this.accountOf(shotId)), shotId)).limits;
  }

  /** Wait for a slot on the shot's chain's account; the returned function gives back whatever slot the shot holds then (once). */
  acquire(shotId: string, priority: number): Promise<() => void> {
    return new Promise((resolve) => {
      const start = (holder: Holder): void => {
        this.holding.set(shotId, holder);
        resolve(() => this.release(shotId));
      };
      this.waiting.splice(this.indexFor(priority, this.order), 0, { shot: shotId, priority, order: this.order++, start });
      this.pump();
    });
  }

  /**
   * The shot's account refused its key: give back its slot and wait for one on another account
   * (its chain moves too). Resolves false, holding nothing, when no account is left.
   */
  async move(shotId: string, priority: number): Promise<boolean> {
    this.release(shotId);
    if (this.usable().length === 0) return false;
    await new Promise<void>((resolve) => {
      this.waiting.splice(this.indexFor(priority, -1), 0, { shot: shotId, priority, order: -1, start: (holder) => (this.holding.set(shotId, holder), resolve()) });
      this.pump();
    });
    return true;
  }

  /** Set an account aside; true the first time. Its chains not at the service move to the others. */
  setAside(name: string | undefined): boolean {
    const state = this.states.find((s) => s.account.name === name);
    if (!state || state.setAside) return false;
    state.setAside = true;
    for (const [chain, on] of [...this.assigned]) if (on === state) this.assigned.delete(chain);
    this.pump();
    return true;
  }

  usable(): PooledAccount[] {
    return this.states.filter((s) => !s.setAside).map((s) => s.account);
  }

  /** Wait until the shot's slot may create another task within its creates a minute, and count the create. */
  async createPermit(shotId: string): Promise<void> {
    const slot = this.holding.get(shotId)?.slot;
    const rpm = slot?.limits.rpm;
    if (!slot || rpm === undefined) return;
    for (;;) {
      const now = this.clock.now();
      while (slot.creates.length > 0 && (slot.creates[0] as number) <= now - 60_000) slot.creates.shift();
      if (slot.creates.length < rpm) {
        slot.creates.push(now);
        return;
      }
      const wait = (slot.creates[0] as number) + 60_000 - now;
      await new Promise<void>((resolve) => this.clock.setTimer(resolve, Math.max(1, wait)));
    }
  }

  /** The shot's task is at the service (created now, or picked up from an earlier run): queued until seen running. */
  created(shotId: string, taskId: string): void {
    const holder = this.holding.get(shotId);
    if (!holder || holder.taskId === taskId) return;
    holder.taskId = taskId;
    holder.status = 'queued';
    holder.created = this.createdCount++;
  }

  /** A poll saw the shot's task queued or running (one running no longer counts toward the queued cap). */
  seen(shotId: string, status: 'queued' | 'running'): void {
    const holder = this.holding.get(shotId);
    if (holder?.taskId === undefined || holder.status === status) return;
    holder.status = status;
    if (status === 'running') this.pump();
  }

  /** The run stops submitting: nothing more is primed. */
  stop(): void {
    this.stopped = true;
  }

  /**
   * For each slot holding more tasks than its running limit, that many of its tasks last seen
   * queued, newest first, on the accounts `canCancel` accepts; each is marked as being withdrawn
   * and picked once (one `kept` gives back is not picked again, and makes room for another).
   */
  takeExtras(canCancel: (account: PooledAccount) => boolean): Extra[] {
    const picked: Extra[] = [];
    for (const state of this.states) {
      if (!canCancel(state.account)) continue;
      for (const slot of state.slots.values()) {
        const over = slot.holders.length - slot.limits.running - slot.holders.filter((h) => h.withdrawing).length;
        if (over <= 0) continue;
        const queued = slot.holders.filter((h) => h.status === 'queued' && h.taskId !== undefined && !h.withdrawing && !h.kept).sort((a, b) => (b.created ?? 0) - (a.created ?? 0));
        for (const holder of queued.slice(0, over)) {
          holder.withdrawing = true;
          picked.push({ shot: holder.shot, taskId: holder.taskId as string, account: state.account });
        }
      }
    }
    return picked;
  }

  /** Tasks beyond their slots' running limits, per account. */
  overLimit(): { account: PooledAccount; count: number }[] {
    return this.states
      .map((state) => ({ account: state.account, count: [...state.slots.values()].reduce((sum, slot) => sum + Math.max(0, slot.holders.length - slot.limits.running), 0) }))
      .filter((entry) => entry.count > 0);
  }

  /** A task picked by takeExtras was not cancelled (it started running, say): it is waited for as any other, and never picked again. */
  kept(shotId: string, status?: 'queued' | 'running'): void {
    const holder = this.holding.get(shotId);
    if (!holder) return;
    holder.withdrawing = false;
    holder.kept = true;
    if (status) holder.status = status;
  }

  private release(shotId: string): void {
    const holder = this.holding.get(shotId);
    if (!holder) return;
    this.holding.delete(shotId);
    holder.slot.holders.splice(holder.slot.holders.indexOf(holder), 1);
    this.active--;
    this.pump();
  }

  private indexFor(priority: number, order: number): number {
    const at = this.waiting.findIndex((w) => w.priority < priority || (w.priority === priority && w.order > order));
    return at === -1 ? this.waiting.length : at;
  }

  /** Start every waiting shot, best first, that has room on its chain's account (or on one it may be given). */
  private pump(): void {
    for (let i = 0; i < this.waiting.length && this.active < this.cap; ) {
      const entry = this.waiting[i] as Waiting;
      const state = this.placeFor(entry.shot);
      if (!state || !this.hasRoom(state, entry.shot)) {
        i++;
        continue;
      }
      const chain = this.chainOf.get(entry.shot);
      if (chain !== undefined) this.assigned.set(chain, state);
      this.waiting.splice(i, 1);
      const slot = this.slotOf(state, entry.shot);
      const holder: Holder = { shot: entry.shot, account: state, slot, status: 'submitting' };
      slot.holders.push(holder);
      this.active++;
      entry.start(holder);
    }
  }

  /** The shot's chain's account; an unplaced chain takes a free slot wherever one is (the most free first), else room in a primed queue. */
  private placeFor(shotId: string): AccountState | undefined {
    const chain = this.chainOf.get(shotId);
    if (chain === undefined) {
      const usable = this.states.filter((s) => !s.setAside);
      return this.mostFree(usable, shotId, false) ?? this.mostFree(usable, shotId, true);
    }
    const on = this.assigned.get(chain);
    if (on && !on.setAside) return on;
    if (on) this.assigned.delete(chain);
    const allowed = this.allowedFor(chain, false);
    const running = allowed.filter((s) => this.slotOf(s, shotId).holders.length < this.slotOf(s, shotId).limits.running);
    return this.mostFree(running, shotId, false) ?? this.mostFree(allowed.filter((s) => this.hasRoom(s, shotId)), shotId, true);
  }

  private hasRoom(state: AccountState, shotId: string): boolean {
    const slot = this.slotOf(state, shotId);
    return slot.holders.length < slot.limits.running || this.mayPrime(state, slot, shotId);
  }

  /**
   * One more task beyond the slot's running limit: within queueAhead and the account's queued cap,
   * and only while its expected wait (the extras ahead of it and itself, each a running task's
   * finish away: the account's average task time so far / running) is under half of its
   * execution_expires_after, so priming never risks a task expiring in the queue.
   */
  private mayPrime(state: AccountState, slot: Slot, shotId: string): boolean {
    const extras = slot.holders.length - slot.limits.running;
    if (this.stopped || extras < 0 || extras >= slot.queueAhead) return false;
    if (this.queuedOn(state) >= (state.account.queued ?? Infinity)) return false;
    const expiresMs = (this.shots.get(shotId)?.settings.executionExpiresAfter ?? EXECUTION_EXPIRES.default) * 1000;
    return ((extras + 1) * averageTaskMs(state.account.poller)) / slot.limits.running < expiresMs / 2;
  }

  /** Tasks of this run on the account not yet seen running (queued, or being created). */
  private queuedOn(state: AccountState): number {
    let count = 0;
    for (const slot of state.slots.values()) for (const holder of slot.holders) if (holder.status !== 'running') count++;
    return count;
  }

  private slotOf(state: AccountState, shotId: string): Slot {
    const shot = this.shots.get(shotId);
    const { account } = state;
    const limits: SlotLimits = account.limits && shot ? serviceSlot(account.limits, shot) : { key: '*', running: account.running ?? TIER_LIMITS.default.running, ...(account.rpm !== undefined ? { rpm: account.rpm } : {}) };
    let slot = state.slots.get(limits.key);
    if (!slot) {
      slot = { limits, queueAhead: Math.max(0, Math.min(account.queueAhead ?? 0, limits.running)), holders: [], creates: [] };
      state.slots.set(limits.key, slot);
    }
    return slot;
  }

  private stateOf(account: PooledAccount): AccountState {
    return this.states.find((s) => s.account === account) as AccountState;
  }

  private allowedFor(chain: number, evenSetAside: boolean): AccountState[] {
    const models = this.chainModels.get(chain) ?? new Set<string>();
    return this.states.filter((s) => (evenSetAside || !s.setAside) && (!s.account.models || [...models].every((m) => s.account.models?.includes(m))));
  }

  /** Free running slots for the shot's slot on the account, less the chains given to it that wait there. */
  private free(state: AccountState, shotId: string, primed = false): number {
    const slot = this.slotOf(state, shotId);
    return slot.limits.running + (primed ? slot.queueAhead : 0) - slot.holders.length - this.chainsWaitingOn(state);
  }

  /** The account with the most free slots for the shot (counting primed room with `primed`). */
  private mostFree(states: readonly AccountState[], shotId: string, primed: boolean): AccountState | undefined {
    let best: AccountState | undefined;
    let bestFree = -Infinity;
    for (const state of states) {
      const free = this.free(state, shotId, primed);
      if (free > bestFree) [best, bestFree] = [state, free];
    }
    return best;
  }

  /** Chains given to the account whose shots wait for a slot there: load not yet held. */
  private chainsWaitingOn(state: AccountState): number {
    let count = 0;
    for (const entry of this.waiting) {
      const chain = this.chainOf.get(entry.shot);
      if (chain !== undefined && this.assigned.get(chain) === state) count++;
    }
    return count;
  }
}

/** The mean running time of the account's tasks seen so far in this run (a guess before any finished). */
function averageTaskMs(poller: Poller): number {
  const times = poller.learnedTaskTimes();
  return times.length === 0 ? UNKNOWN_TASK_MS : times.reduce((a, b) => a + b, 0) / times.length;
}
