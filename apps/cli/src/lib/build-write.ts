import {randomBytes} from 'node:crypto'
import {mkdir, readdir, rename, rm, stat} from 'node:fs/promises'
import path from 'node:path'
import {createFileWriter, type FileWriter} from './file-writer.js'
import type {SiteFile} from './site-file.js'

/** Options for {@link writeSiteAtomically}. */
export interface WriteSiteOptions {
  /** Stop and remove the partial folder when aborted (optional). */
  signal?: AbortSignal | undefined
  /** Called after each file with how many were written (optional). */
  onFile?: ((written: number) => void) | undefined
}

/** The files of a site: given, or made for the temporary folder they are written into (for a thread that writes some itself). */
export type SiteFileSource = Iterable<SiteFile> | AsyncIterable<SiteFile> | ((folder: string) => Iterable<SiteFile> | AsyncIterable<SiteFile>)

/** What {@link writeSiteAtomically} wrote. */
export interface WriteSiteResult {
  /** Files written. */
  files: number
  /** Bytes written. */
  bytes: number
}

/** The name of the hidden sibling a build writes into before the swap. */
export function getTemporarySibling(out: string, purpose: 'building' | 'old'): string {
  return path.join(path.dirname(out), `.${path.basename(out)}.${purpose}-${process.pid}-${randomBytes(4).toString('hex')}`)
}

/**
 * Check that `out` may be replaced by a build: it does not exist, is empty,
 * or holds a site built before (it has a `feed.json`).
 *
 * @param out Absolute output folder.
 * @returns A reason to refuse, or `undefined` when it is fine.
 */
export async function checkOutputFolder(out: string): Promise<string | undefined> {
  const info = await stat(out).catch(() => undefined)
  if (!info) return undefined
  if (!info.isDirectory()) return `${out} exists and is not a folder`
  const entries = await readdir(out)
  if (entries.length === 0 || entries.includes('feed.json')) return undefined
  return `${out} is not empty and holds no site built before (no feed.json); pick a new or empty folder`
}

/**
 * Write files into a hidden temporary sibling of `out`, then swap it in: the
 * old folder is renamed away, the new one renamed into place, the old one
 * removed. On any error or abort the temporary folder is removed and `out` is
 * left as it was, so a half-finished site never appears.
 *
 * @param out Absolute output folder.
 * @param files The files, one at a time, or a function of the temporary folder that gives them.
 * @param options Abort signal and progress.
 */
export async function writeSiteAtomically(
  out: string,
  files: SiteFileSource,
  options: WriteSiteOptions = {}
): Promise<WriteSiteResult> {
  const temporary = getTemporarySibling(out, 'building')
  await mkdir(path.dirname(out), {recursive: true})
  const cleanup = () => rm(temporary, {recursive: true, force: true})
  try {
    await mkdir(temporary)
    const result = await writeAll(temporary, typeof files === 'function' ? files(temporary) : files, options)
    options.signal?.throwIfAborted()
    const exists = await stat(out).catch(() => undefined)
    if (exists) {
      const old = getTemporarySibling(out, 'old')
      await rename(out, old)
      try {
        await rename(temporary, out)
      } catch (error) {
        await rename(old, out)
        throw error
      }
      await rm(old, {recursive: true, force: true})
    } else {
      await rename(temporary, out)
    }
    return result
  } catch (error) {
    await cleanup()
    throw error
  }
}

async function writeAll(root: string, files: Iterable<SiteFile> | AsyncIterable<SiteFile>, options: WriteSiteOptions): Promise<WriteSiteResult> {
  const folders = new Set<string>([root])
  const seen = new Set<string>()
  let count = 0
  let bytes = 0
  // The main thread renders; another thread makes the folders and files, in order.
  const writer = createFileWriter()
  try {
    for await (const file of files) {
      options.signal?.throwIfAborted()
      if (seen.has(file.path)) throw new Error(`Two files of the site have the same path: ${file.path}`)
      seen.add(file.path)
      const target = path.join(root, ...file.path.split('/'))
      const folder = path.dirname(target)
      if (!folders.has(folder)) {
        await writer.makeFolder(folder)
        folders.add(folder)
      }
      await writeContent(writer, target, file.content)
      count++
      options.onFile?.(count)
      // Give the event loop a turn now and then, so Ctrl-C (an abort) is seen mid-build.
      if (count % 256 === 0) await new Promise((resolve) => setImmediate(resolve))
    }
    // The thread counts the bytes as it encodes them: no second pass over the text here.
    bytes = await writer.finish()
  } catch (error) {
    await writer.terminate()
    throw error
  }
  return {files: count, bytes}
}

const batchLength = 1 << 20

/** Hand text, bytes or text in pieces to the writer. */
async function writeContent(writer: FileWriter, target: string, content: SiteFile['content']): Promise<void> {
  if (typeof content === 'string' || content instanceof Uint8Array) {
    await writer.writeFile(target, content)
    return
  }
  await writer.open(target)
  // Pieces are small (a calendar event, a CSV row): handed over in batches of
  // about a megabyte, so a file of 100,000 pieces takes a hundred writes, not 100,000.
  let batch: string[] = []
  let length = 0
  for (const piece of content) {
    batch.push(piece)
    length += piece.length
    if (length >= batchLength) {
      await writer.append(batch)
      batch = []
      length = 0
    }
  }
  if (batch.length > 0) await writer.append(batch)
  await writer.close()
}
