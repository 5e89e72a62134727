import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'

const bulletinExtension = /\.(?:txt|html?)$/i

/**
 * Find the bulletin files among inputs: files as given, and in folders every
 * `*.txt`, `*.html` and `*.htm` file, recursively (hidden folders and
 * `node_modules` skipped), each folder's files sorted by path so every run
 * reads them in the same order. A file named twice is read once.
 *
 * @param inputs Files or folders, relative to `cwd` or absolute (example: `['fixtures']`).
 * @param cwd Folder relative inputs are resolved against.
 * @param options `recursive: false` reads only the files directly in each folder (optional, default `true`).
 * @returns Absolute paths of the bulletins; inputs that cannot be read are in `missing`.
 */
export async function findBulletinFiles(
  inputs: readonly string[],
  cwd: string,
  options: {recursive?: boolean} = {}
): Promise<{files: string[]; missing: string[]}> {
  const recursive = options.recursive ?? true
  const files: string[] = []
  const missing: string[] = []
  const seen = new Set<string>()
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file)
      files.push(file)
    }
  }
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input)
    const info = await stat(absolute).catch(() => undefined)
    if (!info) missing.push(input)
    else if (info.isDirectory()) for (const file of await walk(absolute, recursive)) add(file)
    else add(absolute)
  }
  return {files, missing}
}

async function walk(folder: string, recursive: boolean): Promise<string[]> {
  const entries = await readdir(folder, {withFileTypes: true})
  const found: string[] = []
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) {
      if (recursive) found.push(...(await walk(full, recursive)))
    }
    else if (entry.isFile() && bulletinExtension.test(entry.name)) found.push(full)
  }
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
