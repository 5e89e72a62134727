import {readdirSync, rmSync} from 'node:fs'
import path from 'node:path'
import {isProcessRunning} from './process-running.js'

/** The start of the name of the folder a record store sorts into, before its process id. */
export const recordFolderPrefix = 'sironet-records-'

// `sironet-records-PID-XXXXXX`, as `mkdtemp` completes `recordFolderPrefix` + PID + `-`.
const recordFolderPattern = /^sironet-records-(\d+)-[\w]{6}$/

/**
 * Remove the record folders that builds killed before their clean-up (out of
 * memory, `kill -9`) left in `directory`: `sironet-records-PID-…` folders whose
 * process no longer runs. Folders of running processes are left alone.
 *
 * @param directory The folder record stores write into (the system's temporary folder by default).
 * @returns Absolute paths of the folders removed, sorted.
 */
export function removeStaleRecordFolders(directory: string): string[] {
  let entries: string[]
  try {
    entries = readdirSync(directory)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of entries.sort()) {
    const match = recordFolderPattern.exec(name)
    if (!match) continue
    const pid = Number(match[1])
    if (pid === process.pid || isProcessRunning(pid)) continue
    const folder = path.join(directory, name)
    rmSync(folder, {recursive: true, force: true})
    removed.push(folder)
  }
  return removed
}
