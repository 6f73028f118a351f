// The tasks the simulator knows, in creation order, optionally persisted to stateDir so a
// restarted simulator still answers for earlier task ids (and its signed URLs stay valid).
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SeedanceError } from '../core/errors.js';
import type { TaskRecord } from './task-record.js';

const STATE_VERSION = 1;

interface StateFile {
  version: number;
  secret: string;
  tasks: TaskRecord[];
}

export class TaskStore {
  private readonly tasks = new Map<string, TaskRecord>();
  private saveTimer: NodeJS.Timeout | undefined;
  private saving: Promise<void> = Promise.resolve();

  private constructor(private readonly stateDir: string | undefined, readonly secret: Buffer) {}

  /** A store, loaded from `stateDir/state.json` when there is one. */
  static async open(stateDir: string | undefined): Promise<TaskStore> {
    if (!stateDir) return new TaskStore(undefined, randomBytes(32));
    await mkdir(stateDir, { recursive: true });
    let state: StateFile | undefined;
    try {
      state = JSON.parse(await readFile(join(stateDir, 'state.json'), 'utf8')) as StateFile;
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENOENT') {
        throw new SeedanceError('lock.invalid', `The simulator state in ${stateDir} cannot be read: ${(error as Error).message}`, { hint: 'Delete that folder to start the simulator afresh.', cause: error });
      }
    }
    if (state && state.version !== STATE_VERSION) {
      throw new SeedanceError('lock.invalid', `The simulator state in ${stateDir} has version ${state.version}; expected ${STATE_VERSION}.`, { hint: 'Delete that folder to start the simulator afresh.' });
    }
    const store = new TaskStore(stateDir, state ? Buffer.from(state.secret, 'hex') : randomBytes(32));
    for (const task of state?.tasks ?? []) store.tasks.set(task.id, task);
    if (!state) store.changed();
    return store;
  }

  get(id: string): TaskRecord | undefined {
    return this.tasks.get(id);
  }

  has(id: string): boolean {
    return this.tasks.has(id);
  }

  add(task: TaskRecord): void {
    this.tasks.set(task.id, task);
    this.changed();
  }

  delete(id: string): void {
    this.tasks.delete(id);
    this.changed();
  }

  all(): IterableIterator<TaskRecord> {
    return this.tasks.values();
  }

  /** Something changed: write the state soon (coalescing bursts of changes into one write). */
  changed(): void {
    if (!this.stateDir || this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.saving = this.saving.then(() => this.write());
    }, 50);
  }

  /** Write any pending change now (on close). */
  async flush(): Promise<void> {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      this.saving = this.saving.then(() => this.write());
    }
    await this.saving;
  }

  private async write(): Promise<void> {
    if (!this.stateDir) return;
    const state: StateFile = { version: STATE_VERSION, secret: this.secret.toString('hex'), tasks: [...this.tasks.values()] };
    const path = join(this.stateDir, 'state.json');
    const temp = `${path}.${process.pid}.tmp`;
    try {
      await writeFile(temp, JSON.stringify(state));
      await rename(temp, path);
    } catch {
      // The state folder vanished or is not writable: keep serving from memory.
    }
  }
}
