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
import type { SeedanceClient } from '../api/index.js';
import type { Clock } from '../core/clock.js';
import { SeedanceError } from '../core/errors.js';
import type { ResolvedShot } from '../manifest/types.js';
import type { Poller } from './poller.js';

export interface RunAccount {
  /** As in the accounts file; undefined for the one account of a run without one (not written to the lock). */
  name: string | undefined;
  client: SeedanceClient;
  /** Tasks at the service at once. */
  running: number;
  /** Creates a minute (none: not limited here; the client still honours 429). */
  rpm?: number;
  /** Only these models may be made on it. */
  models?: readonly string[];
}

export interface PooledAccount extends RunAccount {
  poller: Poller;
}

interface Waiting {
  shot: string;
  priority: number;
  order: number;
  start: (account: Held) => void;
}

interface Held {
  account: AccountState;
}

interface AccountState {
  account: PooledAccount;
  active: number;
  setAside: boolean;
  /** Times of this run's creates in the last minute. */
  creates: number[];
}

export class AccountPool {
  private readonly states: AccountState[];
  private readonly chainOf = new Map<string, number>();
  private readonly chainModels = new Map<number, Set<string>>();
  private readonly assigned = new Map<number, AccountState>();
  private readonly holding = new Map<string, Held>();
  private readonly waiting: Waiting[] = [];
  private order = 0;
  private active = 0;

  constructor(
    accounts: readonly PooledAccount[],
    shots: readonly ResolvedShot[],
    private readonly clock: Clock,
    /** The most tasks at once over all accounts (default: no cap beyond theirs). */
    private readonly cap = Infinity,
  ) {
    if (accounts.length === 0) throw new SeedanceError('internal', 'a run needs at least one account');
    this.states = accounts.map((account) => ({ account, active: 0, setAside: false, creates: [] }));
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
    const state = this.assigned.get(chain) ?? this.choose(chain);
    if (!state) return (this.states[0] as AccountState).account;
    this.assigned.set(chain, state);
    return state.account;
  }

  /** Wait for a slot on the shot's chain's account; the returned function gives back whatever slot the shot holds then (once). */
  acquire(shotId: string, priority: number): Promise<() => void> {
    return new Promise((resolve) => {
      const start = (held: Held): void => {
        this.holding.set(shotId, held);
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
      this.waiting.splice(this.indexFor(priority, -1), 0, { shot: shotId, priority, order: -1, start: (held) => (this.holding.set(shotId, held), resolve()) });
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

  /** Wait until the account may create another task within its creates a minute, and count the create. */
  async createPermit(account: PooledAccount): Promise<void> {
    const state = this.states.find((s) => s.account === account);
    if (!state || account.rpm === undefined) return;
    for (;;) {
      const now = this.clock.now();
      while (state.creates.length > 0 && (state.creates[0] as number) <= now - 60_000) state.creates.shift();
      if (state.creates.length < account.rpm) {
        state.creates.push(now);
        return;
      }
      const wait = (state.creates[0] as number) + 60_000 - now;
      await new Promise<void>((resolve) => this.clock.setTimer(resolve, Math.max(1, wait)));
    }
  }

  private release(shotId: string): void {
    const held = this.holding.get(shotId);
    if (!held) return;
    this.holding.delete(shotId);
    held.account.active--;
    this.active--;
    this.pump();
  }

  private indexFor(priority: number, order: number): number {
    const at = this.waiting.findIndex((w) => w.priority < priority || (w.priority === priority && w.order > order));
    return at === -1 ? this.waiting.length : at;
  }

  /** Start every waiting shot, best first, that has a free slot on its chain's account (or on one it may be given). */
  private pump(): void {
    for (let i = 0; i < this.waiting.length && this.active < this.cap; ) {
      const entry = this.waiting[i] as Waiting;
      const chain = this.chainOf.get(entry.shot);
      let state = chain === undefined ? this.mostFree(this.states.filter((s) => !s.setAside)) : this.assigned.get(chain);
      if (state?.setAside && chain !== undefined) {
        this.assigned.delete(chain);
        state = undefined;
      }
      // An unplaced chain takes a free slot wherever one is (the most free first), else waits for any.
      if (!state && chain !== undefined) state = this.mostFree(this.allowedFor(chain, false).filter((s) => s.active < s.account.running));
      if (!state || state.active >= state.account.running) {
        i++;
        continue;
      }
      if (chain !== undefined) this.assigned.set(chain, state);
      this.waiting.splice(i, 1);
      state.active++;
      this.active++;
      entry.start({ account: state });
    }
  }

  /** The account with the most free slots that may make every model of the chain. */
  private choose(chain: number): AccountState | undefined {
    return this.mostFree(this.allowedFor(chain, false));
  }

  private allowedFor(chain: number, evenSetAside: boolean): AccountState[] {
    const models = this.chainModels.get(chain) ?? new Set<string>();
    return this.states.filter((s) => (evenSetAside || !s.setAside) && (!s.account.models || [...models].every((m) => s.account.models?.includes(m))));
  }

  private mostFree(states: readonly AccountState[]): AccountState | undefined {
    let best: AccountState | undefined;
    for (const state of states) {
      const free = state.account.running - state.active - this.chainsWaitingOn(state);
      const bestFree = best ? best.account.running - best.active - this.chainsWaitingOn(best) : -Infinity;
      if (free > bestFree) best = state;
    }
    return best;
  }

  /** Chains given to the account whose shots wait for a slot there: load not yet in `active`. */
  private chainsWaitingOn(state: AccountState): number {
    let count = 0;
    for (const entry of this.waiting) {
      const chain = this.chainOf.get(entry.shot);
      if (chain !== undefined && this.assigned.get(chain) === state) count++;
    }
    return count;
  }
}

/** The connected components of the shot DAG (dependsOn, both ways), each in manifest order. */
export function chains(shots: readonly ResolvedShot[]): ResolvedShot[][] {
  const parent = new Map<string, string>(shots.map((s) => [s.id, s.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root && parent.has(root)) root = parent.get(root) as string;
    parent.set(id, root);
    return root;
  };
  for (const shot of shots) for (const dep of shot.dependsOn) if (parent.has(dep)) parent.set(find(shot.id), find(dep));
  const groups = new Map<string, ResolvedShot[]>();
  for (const shot of shots) {
    const root = find(shot.id);
    groups.set(root, [...(groups.get(root) ?? []), shot]);
  }
  return [...groups.values()];
}
