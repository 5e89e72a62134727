import {availableParallelism} from 'node:os'
import path from 'node:path'
import {normalizeSiteUrl, toApiItemFile} from '@sironet/json-export'
import {sortItems, validateNewsItem, type NewsItem} from '@sironet/model'
import {findBulletinFiles} from './build-inputs.js'
import type {BuildMessage} from './build-messages.js'
import {readBulletins, type ParseBulletin} from './build-read.js'
import {checkOutputFolder, openSiteFolder} from './build-write.js'
import {recoverStaleBuildFolders} from './stale-build-folders.js'
import {createRecordStore, listSortedRecords, type SortedRecords} from './record-store.js'
import {startRenderThread, type RenderThread} from './render-thread.js'
import {renderSiteFiles, type SiteFilesOptions} from './site-files.js'
import {loadWidgetAssets} from './site-widget.js'

/** Where a build is, for progress displays. */
export interface BuildProgress {
  /** `'read'` while parsing bulletins, `'write'` while writing files. */
  phase: 'read' | 'write'
  /** Bulletins read or files written so far. */
  done: number
  /** Bulletins to read; unknown (`undefined`) while writing. */
  total?: number
}

/** Options for {@link buildSite}. */
export interface BuildSiteOptions {
  /** Output folder, replaced as a whole when the build succeeds (example: `'site'`). */
  out: string
  /** Absolute URL the site will be published at (example: `'https://example.org/news/'`). */
  siteUrl: string
  /** Bulletin files or folders, read recursively (optional, default: the bulletins directly in `fixtures/`; ignored when `items` is given). */
  inputs?: readonly string[] | undefined
  /** Records to publish instead of parsing bulletins (optional). */
  items?: readonly NewsItem[] | undefined
  /** Site and feed title (optional, default `'SIRONET International Exchanges'`). */
  title?: string | undefined
  /** One sentence about the site (optional). */
  description?: string | undefined
  /** BCP 47 language of the feeds and pages (optional, default `'en'`). */
  language?: string | undefined
  /** Items per feed document; older ones go to archive pages (optional, default `50`). */
  feedSize?: number | undefined
  /**
   * Languages the first page of each JSON Feed writes its dates and country names in, under `_sironet.labels`, so the
   * `<sironet-news>` widget shows them without its first `Intl` call (optional, default the six UN
   * languages, `['en', 'fr', 'es', 'ru', 'zh', 'ar']`; `[]` for none).
   */
  labels?: readonly string[] | undefined
  /** Write nothing when any bulletin has an error (optional, default `false`: publish every valid item). */
  strict?: boolean | undefined
  /** Folder relative paths are resolved against (optional, default `process.cwd()`). */
  cwd?: string | undefined
  /** Include the widget demo when `@sironet/widget` is built (optional, default `true`). */
  widget?: boolean | undefined
  /** The bulletin parser (optional, default `parseBulletin` of `@sironet/parse`). */
  parse?: ParseBulletin | undefined
  /**
   * Records read from bulletins that stay in memory; past that, they are sorted in runs on disk (in the
   * system's temporary folder) and read back page by page, so a corpus of any size builds in bounded
   * memory (optional, default `20000`, about 100 MB of records).
   */
  recordsInMemory?: number | undefined
  /**
   * Threads that parse bulletin files ahead of the main thread (optional, default `0`: parse on the
   * main thread; at most one per core). Same records and messages either way; it pays only with
   * cores to spare, and each thread adds its own memory (about 100 MB).
   */
  parseThreads?: number | undefined
  /**
   * Render the archive pages of the site's feeds and the feeds per country and organization on a
   * second thread while the main thread renders the rest (optional). Same files, same bytes either way.
   * It takes a few seconds off the main thread at 100,000 records, and its heap adds 100-150 MB to the
   * peak (see the cli's `bench/results.md`). The default is on when the records went to disk (more than
   * `recordsInMemory` read from bulletins) and the machine has two cores or more: the main thread then
   * holds few records, so the peak stays under 1 GB at 100,000 records; off when the records are in
   * memory. Falls back to the main thread when the thread cannot start.
   */
  renderThread?: boolean | undefined
  /** Stop and leave `out` as it was (optional). */
  signal?: AbortSignal | undefined
  /** Called with each message as soon as it is known (optional). */
  onMessage?: ((message: BuildMessage) => void) | undefined
  /** Called as bulletins are read and files written (optional). */
  onProgress?: ((progress: BuildProgress) => void) | undefined
}

/** What {@link buildSite} did. */
export interface BuildReport {
  /** Absolute output folder. */
  out: string
  /** Whether the site was written (`false` after a `strict` failure). */
  written: boolean
  /** Bulletins read. */
  bulletins: number
  /** Items published. */
  items: number
  /** Files written. */
  files: number
  /** Bytes written. */
  bytes: number
  /** Messages about the inputs, in input order. */
  messages: BuildMessage[]
  /** Problems that are not about an input (example: the widget is not built). */
  warnings: string[]
  /** Whether any message is an error. */
  failed: boolean
}

/**
 * Build the whole site: read and validate bulletins (or take records), then
 * write the RSS, Atom and JSON feeds with archive pages, per-country and
 * per-organization feeds, `events.ics` when available, the static JSON API,
 * `items.csv`, pages of items by month, `index.html` and the widget demo into `out`,
 * atomically. Output is the same, byte for byte, for the same inputs.
 *
 * @param options Inputs, output folder, site URL and settings.
 * @returns What was read and written; problems with inputs are messages, not exceptions.
 * @example
 *   const report = await buildSite({inputs: ['fixtures'], out: 'site', siteUrl: 'https://example.org/news/'})
 *   for (const message of report.messages) console.error(formatBuildMessage(message))
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuildReport> {
  if (!options || typeof options.out !== 'string' || options.out === '') {
    throw new TypeError("Cannot call `buildSite` without `out`. Pass the output folder (example: `{out: 'site', siteUrl: 'https://example.org/news/'}`).")
  }
  // Checked before anything is read or written; throws a TypeError naming `siteUrl`.
  normalizeSiteUrl(options.siteUrl, 'buildSite')
  const feedSize = options.feedSize ?? 50
  if (!Number.isInteger(feedSize) || feedSize < 1) {
    throw new TypeError(`Cannot call \`buildSite\` with \`feedSize\` ${String(feedSize)}. Pass a whole number of at least 1 (example: \`50\`).`)
  }
  const cwd = options.cwd ?? process.cwd()
  const out = path.resolve(cwd, options.out)
  const report: BuildReport = {out, written: false, bulletins: 0, items: 0, files: 0, bytes: 0, messages: [], warnings: [], failed: false}
  const note = (message: BuildMessage) => {
    report.messages.push(message)
    options.onMessage?.(message)
    if (message.severity === 'error') report.failed = true
  }

  for (const stale of await recoverStaleBuildFolders(out)) {
    report.warnings.push(
      stale.action === 'restored'
        ? `${stale.path} held the previous site of a build that was stopped (process ${stale.pid} no longer runs) before it put the new one in place; renamed back to ${out}`
        : `removed ${stale.path}, left by a build that was stopped (process ${stale.pid} no longer runs)`
    )
  }
  const refusal = await checkOutputFolder(out)
  if (refusal) throw new TypeError(`Cannot call \`buildSite\` with \`out\` ${JSON.stringify(options.out)}: ${refusal}.`)

  const recordsInMemory = options.recordsInMemory ?? 20_000
  if (!Number.isInteger(recordsInMemory) || recordsInMemory < 1) {
    throw new TypeError(`Cannot call \`buildSite\` with \`recordsInMemory\` ${String(recordsInMemory)}. Pass a whole number of at least 1 (example: \`20000\`).`)
  }
  if (options.parseThreads !== undefined && (!Number.isInteger(options.parseThreads) || options.parseThreads < 0)) {
    throw new TypeError(`Cannot call \`buildSite\` with \`parseThreads\` ${String(options.parseThreads)}. Pass a whole number of at least 0 (example: \`2\`, or \`0\` to parse on the main thread).`)
  }
  const store = createRecordStore({limit: recordsInMemory})
  let thread: RenderThread | undefined
  // The site goes into a temporary folder from the start: while bulletins are read, each valid
  // record's API file is written at once (the writing thread would be idle), the rest once all are read.
  let reading = true
  const site = await openSiteFolder(out, {
    signal: options.signal,
    onFile: (done) => {
      if (!reading) options.onProgress?.({phase: 'write', done: done + (thread?.written() ?? 0)})
    }
  })
  try {
    let records: SortedRecords
    if (options.items) {
      const items: NewsItem[] = []
      for (const [index, candidate] of options.items.entries()) {
        const checked = validateNewsItem(candidate)
        // The caller keeps its records; publishing them instead of the validated
        // copy, when that copy is the same value with keys in the same order,
        // saves holding every record twice (300 MB at 100,000 items).
        if (checked.ok) items.push(isSameValue(candidate, checked.value) ? (candidate as NewsItem) : checked.value)
        else {
          note({file: '<items>', line: 1, column: 1, severity: 'error', ruleId: 'invalid-item', reason: `items[${index}] is not a valid record: ${checked.issues.join('; ')}`})
        }
      }
      // Records the caller holds anyway are not copied to disk.
      records = listSortedRecords(sortItems(items, {order: 'newest'}))
    } else {
      const given = options.inputs !== undefined && options.inputs.length > 0 ? options.inputs : undefined
      // Without inputs, read the bulletins directly in `fixtures/`: its subfolders hold
      // test corpora (`fixtures/hostile/`), which are not news to publish.
      const found = await findBulletinFiles(given ?? ['fixtures'], cwd, {recursive: given !== undefined})
      for (const input of found.missing) {
        note({file: input, line: 1, column: 1, severity: 'error', ruleId: 'missing-input', reason: 'No such file or folder'})
      }
      const read = await readBulletins(found.files, {
        cwd,
        parse: options.parse,
        strict: options.strict,
        parseThreads: options.parseThreads,
        signal: options.signal,
        onItem: (item) => {
          store.add(item)
          return site.writeFile(toApiItemFile(item))
        },
        onFile: (done, total) => options.onProgress?.({phase: 'read', done, total})
      })
      for (const message of read.messages) note(message)
      report.bulletins = read.bulletins
      records = store.finish()
    }
    reading = false
    if (options.strict && report.failed) {
      await site.discard()
      return report
    }

    const widget = options.widget === false ? {files: []} : await loadWidgetAssets()
    if (widget.warning) report.warnings.push(widget.warning)
    const summaries = store.spilled ? store.openFile('summaries.ndjson') : undefined
    const siteOptions: SiteFilesOptions = {
      siteUrl: options.siteUrl,
      title: options.title,
      description: options.description,
      language: options.language,
      feedSize,
      labels: options.labels,
      widget: widget.files,
      summaries: summaries && {add: (text) => summaries.append(text), get: (handle) => summaries.get(handle)},
      apiItemFiles: Boolean(options.items)
    }
    const renderThread = options.renderThread ?? (store.spilled && availableParallelism() >= 2)
    thread = renderThread ? await startRenderThread(records, siteOptions) : undefined
    await site.write(thread ? thread.render(site.folder) : renderSiteFiles(records, siteOptions))
    const written = await site.commit()
    const shared = thread?.result() ?? {files: 0, bytes: 0}
    report.written = true
    report.items = records.count
    report.files = written.files + shared.files
    report.bytes = written.bytes + shared.bytes
    return report
  } catch (error) {
    await site.discard()
    throw error
  } finally {
    await thread?.stop()
    store.close()
  }
}

/** Whether two JSON-like values are equal, with the keys of every object in the same order (so they serialize the same). */
function isSameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let index = 0; index < a.length; index++) if (!isSameValue(a[index], b[index])) return false
    return true
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false
  const keys = Object.keys(a)
  const other = Object.keys(b)
  if (keys.length !== other.length) return false
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!
    if (key !== other[index] || !isSameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false
  }
  return true
}
