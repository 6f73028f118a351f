// Every command of the `seedance` CLI, in the order `seedance --help` lists them.
import type { Command } from '../command.js';

export const commands: Command[] = [];
