import {toFeeds} from '@sironet/feeds'
import {serializeJson, toJsonFeed, toJsonFeedFiles} from '@sironet/json-export'
import type {NewsItem} from '@sironet/model'
import type {SortedRecords} from './record-store.js'
import type {SiteFile} from './site-file.js'

/** Options for {@link renderFeedSet}. */
export interface FeedSetOptions {
  /** Absolute URL of the site, ending in `/` (example: `'https://example.org/news/'`). */
  siteUrl: string
  /** Folder of the feeds inside the site, empty or ending in `/` (example: `'countries/cn/'`). */
  folder: string
  /** Feed title (example: `'SIRONET news — China'`). */
  title: string
  /** One sentence about the feed (optional). */
  description?: string | undefined
  /** BCP 47 language of the feeds (example: `'en'`). */
  language: string
  /** Items per document (example: `50`). */
  feedSize: number
  /** Write RFC 5005 archive pages and JSON Feed pages for older items (optional, default `false`: newest `feedSize` only). */
  archive?: boolean
  /** With `archive`, render the archive pages here (optional, default `true`; `false` when another thread renders them with {@link renderArchivePage}: the feeds still link to them). */
  archivePages?: boolean | undefined
  /** Languages the first JSON Feed page (`feed.json`) writes its dates and country names in, under `_sironet.labels` (optional, default none; example: `['en', 'fr']`). */
  labels?: readonly string[] | undefined
  /** Path of the site root from the folder, for stylesheets (example: `'../../'`). */
  root: string
  /** Whether `feed.xsl` and `atom.xsl` are written at the root. */
  stylesheets: boolean
  /** Absolute URL of an item's page (optional, default `@sironet/feeds`’ `<siteUrl>items/<id>.html`; the build passes `<siteUrl>items/<month>.html#<id>`). */
  itemUrl?: ((item: NewsItem) => string) | undefined
}

/**
 * Render the RSS, Atom and JSON feeds of one list of items into a folder:
 * `feed.xml`, `atom.xml` and `feed.json` with the newest `feedSize` items and,
 * with `archive`, RFC 5005 archive pages (`archive/feed-N.xml`,
 * `archive/atom-N.xml`, numbered from the oldest so earlier pages never change)
 * and JSON Feed pages (`feed-2.json`…, linked by `next_url`). Archive pages are
 * read oldest first and JSON Feed pages newest first, one page at a time.
 *
 * @param records The items, sorted (newest first or oldest first, read as each file needs).
 * @param options Where and how to write them.
 * @returns The files, paths relative to the site root.
 */
export function* renderFeedSet(records: SortedRecords, options: FeedSetOptions): Generator<SiteFile, void, undefined> {
  const {siteUrl, folder, feedSize} = options
  const base = `${siteUrl}${folder}`
  const common = commonFeedOptions(options)
  const newest = [...records.newest(0, feedSize)]
  // Archive pages hold the older items from the oldest up, so a page, once full, never changes.
  const olderCount = options.archive ? Math.max(0, records.count - feedSize) : 0
  const pages = Math.ceil(olderCount / feedSize)
  const stylesheet = (prefix: string, name: string) => stylesheetOption(options, prefix, name)
  const feedUrl = {rss: `${base}feed.xml`, atom: `${base}atom.xml`}
  const pageUrl = (name: 'feed' | 'atom', page: number) => archivePageUrl(options, name, page)
  // RSS and Atom of the same items in one pass: each item's HTML and text are made once for both.
  const current = toFeeds(newest, {
    rss: {
      ...common,
      feedUrl: feedUrl.rss,
      ...stylesheet('', 'feed.xsl'),
      ...(pages > 0 ? {archive: {current: feedUrl.rss, prevArchive: pageUrl('feed', pages)}} : {}),
      complete: Boolean(options.archive) && pages === 0
    },
    atom: {
      ...common,
      feedUrl: feedUrl.atom,
      ...stylesheet('', 'atom.xsl'),
      ...(pages > 0 ? {archive: {current: feedUrl.atom, prevArchive: pageUrl('atom', pages)}} : {}),
      complete: Boolean(options.archive) && pages === 0
    }
  })
  yield {path: `${folder}feed.xml`, content: current.rss}
  yield {path: `${folder}atom.xml`, content: current.atom}
  if (pages > 0 && options.archivePages !== false) {
    let page = 1
    let list: NewsItem[] = []
    let taken = 0
    for (const item of records.oldest()) {
      list.push(item)
      taken++
      if (list.length === feedSize || taken === olderCount) {
        yield* renderArchivePage(list, page, pages, options)
        page++
        list = []
        if (taken === olderCount) break
      }
    }
  }
  const jsonOptions = {...common, feedUrl: `${base}feed.json`, feedSize, ...(options.labels === undefined ? {} : {labels: options.labels})}
  if (options.archive) {
    for (const file of toJsonFeedFiles(records.newest(), {...jsonOptions, sorted: true})) yield {path: `${folder}${file.path}`, content: file.content}
  } else {
    yield {path: `${folder}feed.json`, content: serializeJson(toJsonFeed(newest, jsonOptions))}
  }
}

/** What every feed document of a set says: site, title, language, description, item links. */
function commonFeedOptions(options: FeedSetOptions) {
  return {
    siteUrl: options.siteUrl,
    title: options.title,
    language: options.language,
    ...(options.description === undefined ? {} : {description: options.description}),
    ...(options.itemUrl === undefined ? {} : {itemUrl: options.itemUrl})
  }
}

function stylesheetOption(options: FeedSetOptions, prefix: string, name: string): {stylesheetHref?: string} {
  return options.stylesheets ? {stylesheetHref: `${prefix}${options.root}${name}`} : {}
}

function archivePageUrl(options: FeedSetOptions, name: 'feed' | 'atom', page: number): string {
  return `${options.siteUrl}${options.folder}archive/${name}-${page}.xml`
}

/**
 * Render one RFC 5005 archive page of a feed set, RSS and Atom
 * (`archive/feed-N.xml`, `archive/atom-N.xml`), as {@link renderFeedSet} does
 * with `archive`: pages are numbered from the oldest, each links to the
 * current feed and its neighbours.
 *
 * @param list The page's items, oldest first (`feedSize` of them, fewer on the newest page).
 * @param page The page number, from `1` (the oldest items).
 * @param pages How many archive pages the set has.
 * @param options The feed set's options, as given to {@link renderFeedSet}.
 * @returns The two files, paths relative to the site root.
 * @example
 *   const [rss, atom] = renderArchivePage(oldestFifty, 1, 20, options)
 */
export function renderArchivePage(list: readonly NewsItem[], page: number, pages: number, options: FeedSetOptions): [SiteFile, SiteFile] {
  const common = commonFeedOptions(options)
  const base = `${options.siteUrl}${options.folder}`
  const pageOptions = (name: 'feed' | 'atom') => ({
    ...common,
    feedUrl: archivePageUrl(options, name, page),
    ...stylesheetOption(options, '../', name === 'feed' ? 'feed.xsl' : 'atom.xsl'),
    archive: {
      current: name === 'feed' ? `${base}feed.xml` : `${base}atom.xml`,
      ...(page > 1 ? {prevArchive: archivePageUrl(options, name, page - 1)} : {}),
      ...(page < pages ? {nextArchive: archivePageUrl(options, name, page + 1)} : {})
    }
  })
  const documents = toFeeds(list, {rss: pageOptions('feed'), atom: pageOptions('atom')})
  return [
    {path: `${options.folder}archive/feed-${page}.xml`, content: documents.rss},
    {path: `${options.folder}archive/atom-${page}.xml`, content: documents.atom}
  ]
}
