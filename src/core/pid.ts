// Whether a process of this machine is still running: files named after a pid (temp files, the
// writer lock) are only removed or taken over once their process is gone.

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as { code?: string }).code === 'EPERM';
  }
}
