import {randomBytes} from 'node:crypto'
import {mkdir, readdir, rename, rm, stat} from 'node:fs/promises'
import path from 'node:path'
import {createFileWriter, type FileWriter} from './file-writer.js'
import type {SiteFile} from './site-file.js'

/** Options for {@link openSiteFolder}. */
export interface WriteSiteOptions {
  /** Refuse the next file once aborted, so the caller discards the partial folder (optional). */
  signal?: AbortSignal | undefined
  /** Called after each file with how many were written (optional). */
  onFile?: ((written: number) => void) | undefined
}

/** What {@link openSiteFolder}'s site holds once committed. */
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

/** A site being written into a hidden temporary sibling of its output folder, then swapped into place or discarded. */
export interface SiteFolder {
  /** The temporary folder (for a thread that writes some of the files itself). */
  readonly folder: string
  /** Write files in order (any number of calls); rejects on a write error, a path written twice or an abort. */
  write(files: Iterable<SiteFile> | AsyncIterable<SiteFile>): Promise<void>
  /** Write one file; waits only while the writing thread is behind. */
  writeFile(file: SiteFile): Promise<void>
  /** Wait until every file is written, then put the folder in place of `out` (the old one is renamed away, then removed). */
  commit(): Promise<WriteSiteResult>
  /** Stop writing and remove the temporary folder; `out` stays as it was (safe to call more than once). */
  discard(): Promise<void>
}

/**
 * Start writing a site: files go into a hidden temporary sibling of `out`
 * until {@link SiteFolder.commit} swaps it in. Until then `out` is left as it
 * was, and {@link SiteFolder.discard} removes the partial folder, so a
 * half-finished site never appears. Files may come in several calls, with
 * other work between them (a build writes each record's API file while it is
 * still parsing the next bulletins).
 *
 * @param out Absolute output folder.
 * @param options Abort signal and progress.
 */
export async function openSiteFolder(out: string, options: WriteSiteOptions = {}): Promise<SiteFolder> {
  const temporary = getTemporarySibling(out, 'building')
  await mkdir(path.dirname(out), {recursive: true})
  await mkdir(temporary)
  const folders = new Set<string>([temporary])
  const seen = new Set<string>()
  let count = 0
  // The caller renders; another thread makes the folders and files, in order.
  const writer = createFileWriter()
  let discarded = false

  const writeFile = async (file: SiteFile) => {
    options.signal?.throwIfAborted()
    if (seen.has(file.path)) throw new Error(`Two files of the site have the same path: ${file.path}`)
    seen.add(file.path)
    const target = path.join(temporary, ...file.path.split('/'))
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

  return {
    folder: temporary,
    writeFile,
    async write(files) {
      for await (const file of files) await writeFile(file)
    },
    async commit() {
      // The thread counts the bytes as it encodes them: no second pass over the text here.
      const bytes = await writer.finish()
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
      return {files: count, bytes}
    },
    async discard() {
      if (discarded) return
      discarded = true
      await writer.terminate()
      await rm(temporary, {recursive: true, force: true})
    }
  }
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
