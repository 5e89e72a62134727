import {readdir, rename, rm, stat} from 'node:fs/promises'
import path from 'node:path'
import {isProcessRunning} from './process-running.js'

/** A folder that a stopped build left beside the output folder, and what was done with it. */
export interface StaleBuildFolder {
  /** Absolute path of the folder as it was found. */
  path: string
  /** The process that made it (no longer running). */
  pid: number
  /** `restored`: it held the previous site and was renamed back to the output folder; `removed`: deleted. */
  action: 'restored' | 'removed'
}

// `.NAME.building-PID-HEX` and `.NAME.old-PID-HEX`, as `getTemporarySibling` names them.
const siblingPattern = /^\.(.+)\.(building|old)-(\d+)-[\da-f]{8}$/

/**
 * Clean up after builds into `out` that were killed before they could (out of
 * memory, `kill -9`, a power cut): hidden siblings `.NAME.building-…` and
 * `.NAME.old-…` whose process no longer runs. A build killed between its two
 * renames leaves no `out` and the previous site in `.NAME.old-…`: that folder
 * is renamed back to `out`, so the previous site is never lost; every other
 * such folder is removed. Folders of running processes (another build into the
 * same folder) are left alone.
 *
 * @param out Absolute output folder.
 * @returns What was found and done, sorted by name (empty when nothing was left behind).
 */
export async function recoverStaleBuildFolders(out: string): Promise<StaleBuildFolder[]> {
  const parent = path.dirname(out)
  const base = path.basename(out)
  const entries = await readdir(parent).catch(() => [] as string[])
  const stale: Array<{name: string; purpose: string; pid: number}> = []
  for (const name of entries.sort()) {
    const match = siblingPattern.exec(name)
    if (!match || match[1] !== base) continue
    const pid = Number(match[3])
    if (pid === process.pid || isProcessRunning(pid)) continue
    stale.push({name, purpose: match[2]!, pid})
  }
  const found: StaleBuildFolder[] = []
  // A previous site comes first: it is restored before the rest are removed.
  for (const {name, purpose, pid} of stale.sort((a, b) => Number(b.purpose === 'old') - Number(a.purpose === 'old'))) {
    const folder = path.join(parent, name)
    if (purpose === 'old' && !(await stat(out).catch(() => undefined))) {
      await rename(folder, out)
      found.push({path: folder, pid, action: 'restored'})
    } else {
      await rm(folder, {recursive: true, force: true})
      found.push({path: folder, pid, action: 'removed'})
    }
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}
