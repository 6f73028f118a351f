// Whether output to a stream gets ANSI colours: decided here for every command (validate's and
// plan's diagnostics, the diagnostics a command prints before it stops, the live table).
//
// The common convention (Node itself, chalk/supports-color, force-color.org, no-color.org):
//   1. FORCE_COLOR=0 or false: no colours, even on a terminal.
//   2. FORCE_COLOR set to anything else (1, 2, 3, true, or empty): colours, even into a pipe or a
//      file, and over NO_COLOR and TERM=dumb; FORCE_COLOR is set for one command or one CI job,
//      NO_COLOR usually once for every program, so the more specific one wins (as in Node).
//   3. NO_COLOR set and not empty: no colours.
//   4. TERM=dumb: no colours.
//   5. Otherwise colours exactly when the stream is a terminal.

export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    const value = force.trim().toLowerCase();
    return value !== '0' && value !== 'false';
  }
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
