import {jsonSchemaNames, toJsonSchema, type NewsItem} from '@sironet/model'
import {listEventMonths} from './event-time.js'
import {createOrganizationIndex} from './organization-index.js'
import {serializeJson} from './serialize-json.js'
import {defaultItemUrl, normalizeSiteUrl} from './site-url.js'
import type {ApiItemSummary, ApiOptions} from './to-api-files.js'

/** Where {@link streamApiFiles} keeps each item's serialized summary until the index files that list it are written. */
export interface SummaryStore {
  /** Keep `text` and return a number that gets it back (the first is `0`, then `1`…). */
  add(text: string): number
  /** The text kept under `handle`. */
  get(handle: number): string
}

/** Options for {@link streamApiFiles}. */
export interface StreamApiOptions extends ApiOptions {
  /** How many items the iterable gives (the page files say it before the last item is read) (example: `70000`). */
  total: number
  /** Where summaries wait for the month, country and organization indexes (optional, default: an array in memory; a build of a huge corpus passes one backed by a file). */
  summaries?: SummaryStore | undefined
  /**
   * Whether to make each item's file, `api/items/{id}.json` (optional, default `true`). `false` is for a
   * caller that wrote them already with {@link toApiItemFile}, as the records arrived (a build does, while it
   * still parses bulletins).
   */
  itemFiles?: boolean | undefined
}

/** A file of the static API whose JSON text comes in pieces (joined, they are `serializeJson` of its value). */
export interface ApiFileStream {
  /** Path with `/` separators (example: `'api/countries/cn.json'`). */
  path: string
  /** The JSON text in pieces, made as they are read. */
  content: Iterable<string>
}

/**
 * The API file of one record, `api/items/{id}.json`: the record's JSON, as
 * {@link streamApiFiles} makes it. It depends on the record alone, so it can be
 * written as soon as the record is read.
 *
 * @param item A valid record.
 * @returns The file, its text in one piece.
 * @example
 *   toApiItemFile(item).path // 'api/items/2018-01-10-dialogue.json'
 */
export function toApiItemFile(item: NewsItem): ApiFileStream {
  return {path: `api/items/${item.id}.json`, content: [serializeJson(item)]}
}

/** Summaries kept in an array: the default store. */
function createMemoryStore(): SummaryStore {
  const texts: string[] = []
  return {
    add: (text) => texts.push(text) - 1,
    get: (handle) => texts[handle]!
  }
}

/** Handles of the summaries of each group, by group key. */
function addToGroup(groups: Map<string, number[]>, key: string, handle: number): void {
  const list = groups.get(key)
  if (list) list.push(handle)
  else groups.set(key, [handle])
}

/**
 * Make the same files as `toApiFiles` from items that already come newest
 * first, reading them once: each item's file and each index page are made as
 * the items come; the month, country and organization indexes, which list
 * summaries of items from anywhere in the corpus, are made at the end from the
 * summaries kept in `summaries` (and their text is handed out in pieces). With
 * a store backed by a file, what stays in memory is a few numbers per item.
 *
 * @param newestFirst Valid records with unique ids, newest first (as `sortItems(items, {order: 'newest'})` puts them): an array or any iterable, read once.
 * @param options Site URL, page size, how many items there are, where summaries wait.
 * @returns The files, each with its text in pieces.
 * @example
 *   for (const file of streamApiFiles(readNewestFirst(), {siteUrl, total})) {
 *     for (const piece of file.content) out.write(piece)
 *   }
 */
export function streamApiFiles(newestFirst: Iterable<NewsItem>, options: StreamApiOptions): Generator<ApiFileStream, void, undefined> {
  if (typeof (newestFirst as Partial<Iterable<NewsItem>> | null)?.[Symbol.iterator] !== 'function') {
    throw new TypeError('Cannot call `streamApiFiles` without items. Pass an array (or any iterable) of `NewsItem` records, newest first.')
  }
  return renderApiFiles('streamApiFiles', newestFirst, options)
}

/**
 * {@link streamApiFiles} for a caller named in errors (not exported from the
 * package; `toApiFiles` calls it too). Options are checked at once.
 */
export function renderApiFiles(caller: string, newestFirst: Iterable<NewsItem>, options: StreamApiOptions): Generator<ApiFileStream, void, undefined> {
  if (!options || typeof options !== 'object') {
    throw new TypeError(`Cannot call \`${caller}\` without options. Pass \`{siteUrl: 'https://example.org/news/'}\`.`)
  }
  const siteUrl = normalizeSiteUrl(options.siteUrl, caller)
  const pageSize = options.pageSize ?? 100
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new TypeError(`Cannot call \`${caller}\` with \`pageSize\` ${String(pageSize)}. Pass a whole number of at least 1 (example: \`100\`).`)
  }
  const total = options.total
  if (!Number.isInteger(total) || total < 0) {
    throw new TypeError(`Cannot call \`${caller}\` with \`total\` ${String(total)}. Pass how many items the iterable gives (example: \`items.length\`).`)
  }
  return renderFiles(caller, newestFirst, {...options, siteUrl, pageSize, total})
}

function* renderFiles(
  caller: string,
  newestFirst: Iterable<NewsItem>,
  options: StreamApiOptions & {pageSize: number}
): Generator<ApiFileStream, void, undefined> {
  const {siteUrl, pageSize, total} = options
  const itemFiles = options.itemFiles ?? true
  const itemUrl = options.itemUrl ?? defaultItemUrl
  const store = options.summaries ?? createMemoryStore()
  const api = `${siteUrl}api/`

  const summarize = (item: NewsItem): ApiItemSummary => ({
    id: item.id,
    date: item.date,
    headline: item.headline,
    summary: item.summary,
    places: item.places,
    tags: item.tags,
    language: item.language,
    url: itemUrl(item, siteUrl),
    href: `${api}items/${item.id}.json`
  })
  /** `serializeJson({...head, items: [...]})` in pieces, the summaries spliced in as they were serialized once. */
  function* serializeList(head: Record<string, unknown>, summaries: Iterable<string>): Generator<string, void, undefined> {
    const empty = serializeJson({...head, items: []})
    let first = true
    for (const text of summaries) {
      yield first ? `${empty.slice(0, -']}\n'.length)}${text}` : `,${text}`
      first = false
    }
    yield first ? empty : ']}\n'
  }
  const readSummaries = function* (handles: readonly number[]) {
    for (const handle of handles) yield store.get(handle)
  }

  const pages = Math.max(1, Math.ceil(total / pageSize))
  const pagePath = (page: number) => (page === 1 ? 'api/index.json' : `api/pages/${page}.json`)
  const pageFile = (page: number, summaries: readonly string[]): ApiFileStream => ({
    path: pagePath(page),
    content: serializeList(
      {
        total,
        page,
        pages,
        next: page < pages ? siteUrl + pagePath(page + 1) : null,
        prev: page > 1 ? siteUrl + pagePath(page - 1) : null,
        links: {months: `${api}months.json`, countries: `${api}countries.json`, organizations: `${api}organizations.json`}
      },
      summaries
    )
  })

  const months = new Map<string, number[]>()
  const countries = new Map<string, number[]>()
  const organizations = new Map<string, number[]>()
  const organizationIndex = createOrganizationIndex()
  let page: string[] = []
  let pageNumber = 1
  let count = 0
  for (const item of newestFirst) {
    count++
    const summary = serializeJson(summarize(item)).slice(0, -1)
    const handle = store.add(summary)
    if (itemFiles) yield toApiItemFile(item)
    page.push(summary)
    if (page.length === pageSize && pageNumber < pages) {
      yield pageFile(pageNumber++, page)
      page = []
    }
    for (const month of new Set(listEventMonths(item.date))) addToGroup(months, month, handle)
    for (const code of new Set(item.places.map((place) => place.country))) addToGroup(countries, code, handle)
    for (const key of organizationIndex.add(item)) addToGroup(organizations, key, handle)
  }
  if (count !== total) {
    throw new TypeError(`Cannot call \`${caller}\` with \`total\` ${total}: the items gave ${count}. Pass how many items the iterable gives.`)
  }
  yield pageFile(pageNumber, page)

  // Indexes: a list file naming every group, then one file per group.
  /** The list file of one kind of index (each group's `entry` and link), then each group's file (its `head` and summaries). */
  const index = function* (
    kind: string,
    groups: ReadonlyArray<{file: string; entry?: Record<string, unknown>; head: Record<string, unknown>; handles: readonly number[]}>
  ) {
    yield {
      path: `api/${kind}.json`,
      content: [serializeJson({total: groups.length, items: groups.map((group) => ({...(group.entry ?? group.head), href: `${api}${kind}/${group.file}.json`}))})]
    }
    for (const group of groups) yield {path: `api/${kind}/${group.file}.json`, content: serializeList(group.head, readSummaries(group.handles))}
  }
  yield* index(
    'months',
    [...months.keys()].sort().map((month) => ({file: month, head: {month, total: months.get(month)!.length}, handles: months.get(month)!}))
  )
  yield* index(
    'countries',
    [...countries.keys()].sort().map((country) => ({file: country.toLowerCase(), head: {country, total: countries.get(country)!.length}, handles: countries.get(country)!}))
  )
  yield* index(
    'organizations',
    organizationIndex.list().map((group) => ({
      file: group.key,
      entry: {slug: group.key, name: group.name, total: group.total},
      head: {slug: group.key, name: group.name, ...(group.acronym === undefined ? {} : {acronym: group.acronym}), total: group.total},
      handles: organizations.get(group.key)!
    }))
  )

  for (const name of jsonSchemaNames) {
    yield {path: `api/schema/${name}`, content: [serializeJson(toJsonSchema(name))]}
  }
}
