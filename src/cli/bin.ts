#!/usr/bin/env node
// The executable behind `seedance` (package.json bin).
import { main } from './main.js';

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`seedance: internal error (a bug; please report it): ${String(error)}\n`);
    process.exitCode = 70;
  },
);
