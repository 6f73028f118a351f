#!/usr/bin/env node
// The executable behind `seedance` (package.json bin).
import { main } from './main.js';

// Under a file-size limit (ulimit -f) a write past it raises SIGXFSZ. Node ignores that signal so
// the write fails with EFBIG and the run reports it; but execa's exit hook (signal-exit) listens
// for it and, as the only listener, re-raises it and kills the process. A listener of our own
// keeps it ignored.
process.on('SIGXFSZ', () => undefined);

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`seedance: internal error (a bug; please report it): ${String(error)}\n`);
    process.exitCode = 70;
  },
);
