// The processes ffmpeg and ffprobe run in, and who may stop them. A terminal sends Ctrl-C (and a
// closing terminal SIGHUP) to the whole foreground process group: a tool in our group would die
// mid-check, and a paid, complete clip would look like a bad file. So every tool runs in a process
// group (and session) of its own, and only this process decides when it stops (through the
// caller's AbortSignal). In exchange nothing stops the tools with us any more, so this module
// does: on exit it kills every tool still running, and for a death no exit handler sees (SIGKILL,
// a crash) a watchdog does it: a small `sh` in a session of its own that reads one line per tool
// started ("+pid") and ended ("-pid") from a pipe, and when the pipe closes (the kernel closes it
// when we die, however we die) kills the groups still listed, then leaves.
import { spawn, type ChildProcess } from 'node:child_process';

/** Windows has no process groups or POSIX signals: there tools stay attached (execa kills them on exit). */
const SEPARATE = process.platform !== 'win32';

/** Spread into execa's options: a process group of the tool's own. */
export const OWN_GROUP: { detached?: true } = SEPARATE ? { detached: true } : {};

const WATCHDOG = `live=' '
while IFS= read -r line; do
  case $line in
    +*) live="$live\${line#?} " ;;
    -*) p=\${line#?}; case $live in *" $p "*) live="\${live%%" $p "*} \${live#*" $p "}" ;; esac ;;
  esac
done
for p in $live; do kill -s KILL -- "-$p" 2>/dev/null || kill -s KILL "$p" 2>/dev/null; done
`;

const running = new Set<number>();
let watchdog: ChildProcess | undefined;
let watchdogFailed = false;
let exitHooked = false;

/**
 * Record a tool just started; call the returned function when it has ended. Until then it is
 * killed if this process exits or dies.
 */
export function trackTool(pid: number | undefined): () => void {
  if (!SEPARATE || pid === undefined) return () => undefined;
  running.add(pid);
  if (!exitHooked) {
    exitHooked = true;
    process.once('exit', killRunningTools);
  }
  tell(`+${pid}`);
  return () => {
    if (running.delete(pid)) tell(`-${pid}`);
  };
}

/** Kill every tool still running, at once (SIGKILL to its group). Used on exit. */
export function killRunningTools(): void {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  running.clear();
}

function tell(line: string): void {
  if (watchdog) watchdog.stdin?.write(line + '\n');
  // A new watchdog is told every tool running, this one included.
  else startWatchdog();
}

function startWatchdog(): ChildProcess | undefined {
  if (watchdogFailed) return undefined;
  let dog: ChildProcess;
  try {
    dog = spawn('/bin/sh', ['-c', WATCHDOG], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
  } catch {
    watchdogFailed = true;
    return undefined;
  }
  const gone = (): void => {
    if (watchdog === dog) watchdog = undefined;
  };
  dog.on('error', () => {
    // No /bin/sh: the exit handler still kills the tools on every exit but a SIGKILL.
    watchdogFailed = true;
    gone();
  });
  dog.on('exit', gone);
  dog.stdin?.on('error', gone);
  // Neither the watchdog nor its pipe keeps this process alive.
  dog.unref();
  (dog.stdin as { unref?: () => void } | null)?.unref?.();
  watchdog = dog;
  for (const pid of running) dog.stdin?.write(`+${pid}\n`);
  return dog;
}
