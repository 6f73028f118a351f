// Every command of the `seedance` CLI, in the order `seedance --help` lists them. Each is loaded
// only when it runs, so `seedance validate` does not pay for the HTTP client, the simulator and
// ffmpeg code at start-up.
import type { Command } from '../command.js';

export interface CommandEntry {
  name: string;
  /** One line for `seedance --help`. */
  summary: string;
  load: () => Promise<Command>;
}

export const commands: CommandEntry[] = [
  { name: 'run', summary: 'make the shots that need making, download them, join the film', load: async () => (await import('./run.js')).runCommand },
  { name: 'validate', summary: 'check manifests and print every problem with its position', load: async () => (await import('./validate.js')).validateCommand },
  { name: 'plan', summary: 'show the requests a run would send, in order, with estimated tokens (sends nothing)', load: async () => (await import('./plan.js')).planCommand },
  { name: 'status', summary: 'show where every shot stands: fresh, stale and why, in flight, failed, never made', load: async () => (await import('./status.js')).statusCommand },
  { name: 'report', summary: 'write the HTML contact sheet of the storyboard (report.html in the output folder)', load: async () => (await import('./report.js')).reportCommand },
  { name: 'concat', summary: 'join the made clips into the film again (no API calls)', load: async () => (await import('./concat.js')).concatCommand },
  { name: 'export', summary: 'write the cut as an editor project: MLT (Shotcut, Kdenlive), OTIO (Resolve), FCPXML, EDL', load: async () => (await import('./export.js')).exportCommand },
  { name: 'pin', summary: 'write the seed each shot used into the manifest, so it regenerates reproducibly', load: async () => (await import('./pin.js')).pinCommand },
  { name: 'pick', summary: 'pick the take of a shot the film and the shots after it use (writes take: K)', load: async () => (await import('./pick.js')).pickCommand },
  { name: 'review', summary: 'serve the report on 127.0.0.1 with buttons that pick takes; it reloads as the lock changes', load: async () => (await import('./review.js')).reviewCommand },
  { name: 'cancel', summary: 'cancel the tasks of the lock that are still queued', load: async () => (await import('./cancel.js')).cancelCommand },
  { name: 'adopt', summary: 'settle an ambiguous shot by hand: record which task is its own', load: async () => (await import('./adopt.js')).adoptCommand },
  { name: 'store', summary: 'show the clip store (every clip made, by its inputs), or collect what no lock uses', load: async () => (await import('./store.js')).storeCommand },
  { name: 'models', summary: 'print the capability table: models, resolutions, ratios, lengths, references, account limits', load: async () => (await import('./models.js')).modelsCommand },
  { name: 'simulate', summary: 'run a local Seedance-compatible server that makes real videos (no account needed)', load: async () => (await import('./simulate.js')).simulateCommand },
];
