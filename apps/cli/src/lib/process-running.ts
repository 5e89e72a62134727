/**
 * Whether a process with this id runs on this machine (signal 0 checks without
 * sending anything). A process of another user counts as running.
 *
 * @param pid Process id.
 * @returns `false` only when no such process exists.
 */
export function isProcessRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
