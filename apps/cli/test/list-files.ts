import {readdir} from 'node:fs/promises'
import path from 'node:path'

/**
 * List every file under `root`, recursively, as sorted `/`-separated paths
 * relative to it, so tests can compare whole sites.
 *
 * @param root Folder to list.
 * @param prefix Sub-folder reached so far (optional; used by the recursion).
 */
export async function listFiles(root: string, prefix = ''): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(path.join(root, prefix), {withFileTypes: true})) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) found.push(...(await listFiles(root, relative)))
    else found.push(relative)
  }
  return found.sort()
}
