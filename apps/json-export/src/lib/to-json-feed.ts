import type {NewsItem} from '@sironet/model'
import {makeDisplayLabels, toLabelLanguages, type DisplayLabels} from './display-labels.js'
import {toRfc3339} from './event-time.js'
import {serializeFeedItem, type FeedItemFields} from './serialize-feed-item.js'
import {serializeJson} from './serialize-json.js'
import {defaultItemUrl, normalizeSiteUrl, type ItemUrlMaker} from './site-url.js'
import {sortNewest} from './sort-newest.js'

/** The JSON Feed 1.1 version URL. */
export const jsonFeedVersion = 'https://jsonfeed.org/version/1.1'

/** An author of a JSON Feed (at least one field). */
export interface JsonFeedAuthor {
  /** Name (example: `'SIRONET secretariat'`) (optional). */
  name?: string
  /** Home page (optional). */
  url?: string
  /** Square image URL (optional). */
  avatar?: string
}

/** One item of a JSON Feed, with the full record under `_sironet`. */
export interface JsonFeedItem {
  id: string
  url: string
  title: string
  summary: string
  content_text: string
  date_published?: string
  tags?: string[]
  language: string
  /** The full `NewsItem` record (a JSON Feed extension: keys starting with `_` are for publishers). */
  _sironet: NewsItem
}

/** A JSON Feed 1.1 document (one page). */
export interface JsonFeed {
  version: typeof jsonFeedVersion
  title: string
  home_page_url: string
  feed_url: string
  description?: string
  language?: string
  authors: JsonFeedAuthor[]
  next_url?: string
  /**
   * Says where the `_sironet` extension is documented; with the `labels` option, also the page's
   * dates and country names written out in those languages (see {@link DisplayLabels}).
   */
  _sironet: {about: string; version: 1; labels?: Record<string, DisplayLabels>}
  items: JsonFeedItem[]
}

/** Options for {@link toJsonFeed} and {@link toJsonFeedFiles}. */
export interface JsonFeedOptions {
  /** Absolute URL the site is published at; item links and page URLs resolve against it (example: `'https://example.org/news/'`). */
  siteUrl: string
  /** Title of the feed (optional, default `'SIRONET news'`). */
  title?: string
  /** URL of the first page of this feed (optional, default `<siteUrl>feed.json`); later pages sit beside it as `feed-2.json`, `feed-3.json`…. */
  feedUrl?: string
  /** Home page the feed belongs to (optional, default `siteUrl`). */
  homePageUrl?: string
  /** One sentence about the feed (optional). */
  description?: string
  /** BCP 47 language of the feed (optional, default `'en'`). */
  language?: string
  /** Authors of the feed (optional, default `[{name: title, url: siteUrl}]`). */
  authors?: JsonFeedAuthor[]
  /** Items per page, newest first (optional, default `50`). */
  feedSize?: number
  /** Page to return, 1-based (optional, default `1`; only for {@link toJsonFeed}). */
  page?: number
  /** Link of each item (optional, default `<siteUrl>items/<id>.html`). */
  itemUrl?: ItemUrlMaker
  /**
   * Whether the items already come newest first, as `sortItems(items, {order: 'newest'})` puts them
   * (optional, default `false`: they are sorted; only for {@link toJsonFeedFiles}). With `true`, any
   * iterable is read once, as given, one page at a time (example: records read back from disk).
   */
  sorted?: boolean
  /**
   * Languages to write the page's dates and country names in, under `_sironet.labels`, so a reader
   * such as the `<sironet-news>` widget shows them without formatting them itself (optional, default
   * none; `sironet build` passes `widgetLanguages`). With {@link toJsonFeedFiles}, only the first page
   * (`feed.json`, the one such readers fetch) has them. Example: `['en', 'fr']`.
   */
  labels?: readonly string[]
}

/** One file of a paged JSON Feed. */
export interface JsonFeedFile {
  /** File name relative to the first page’s folder (example: `'feed-2.json'`). */
  path: string
  /** The page. */
  feed: JsonFeed
  /** The page as JSON text, from {@link serializeJson}. */
  content: string
}

/** Where the `_sironet` extension is documented. */
const extensionAbout = 'https://github.com/sironet/news-kit/tree/main/apps/json-export#the-_sironet-extension'

interface Resolved {
  siteUrl: string
  feedUrl: string
  title: string
  homePageUrl: string
  description: string | undefined
  language: string
  authors: JsonFeedAuthor[]
  feedSize: number
  itemUrl: ItemUrlMaker
  labels: string[]
}

function resolveOptions(options: JsonFeedOptions, caller: string): Resolved {
  if (!options || typeof options !== 'object') {
    throw new TypeError(`Cannot call \`${caller}\` without options. Pass \`{siteUrl: 'https://example.org/news/'}\`.`)
  }
  const siteUrl = normalizeSiteUrl(options.siteUrl, caller)
  const feedSize = options.feedSize ?? 50
  if (!Number.isInteger(feedSize) || feedSize < 1) {
    throw new TypeError(`Cannot call \`${caller}\` with \`feedSize\` ${String(feedSize)}. Pass a whole number of at least 1 (example: \`50\`).`)
  }
  const title = options.title ?? 'SIRONET news'
  return {
    siteUrl,
    feedUrl: options.feedUrl === undefined ? `${siteUrl}feed.json` : new URL(options.feedUrl, siteUrl).href,
    title,
    homePageUrl: options.homePageUrl ?? siteUrl,
    description: options.description,
    language: options.language ?? 'en',
    authors: options.authors ?? [{name: title, url: siteUrl}],
    feedSize,
    itemUrl: options.itemUrl ?? defaultItemUrl,
    labels: toLabelLanguages(options.labels, caller)
  }
}

/** URL of page `page` (1-based) of a feed whose first page is at `feedUrl`. */
function pageUrl(feedUrl: string, page: number): string {
  if (page === 1) return feedUrl
  const url = new URL(feedUrl)
  url.pathname = url.pathname.replace(/(\.json)?$/, (extension) => `-${page}${extension}`)
  return url.href
}

/** An item's link and date as its JSON Feed item gives them. */
function feedItemFields(item: NewsItem, settings: Resolved): FeedItemFields {
  return {url: settings.itemUrl(item, settings.siteUrl), published: toRfc3339(item.date)}
}

function toFeedItem(item: NewsItem, settings: Resolved): JsonFeedItem {
  const {url, published} = feedItemFields(item, settings)
  return {
    id: url,
    url,
    title: item.headline,
    summary: item.summary,
    content_text: item.body,
    ...(published === undefined ? {} : {date_published: published}),
    ...(item.tags.length > 0 ? {tags: [...item.tags]} : {}),
    language: item.language,
    _sironet: item
  }
}

// Without `withItems`, the page's `items` is left empty (for pieces made one item at a time).
function makePage(sorted: readonly NewsItem[], settings: Resolved, page: number, withItems = true): JsonFeed {
  const start = (page - 1) * settings.feedSize
  const list = sorted.slice(start, start + settings.feedSize)
  return makePageOf(list, settings, page, start + settings.feedSize < sorted.length, withItems)
}

/**
 * Page `page` holding `list` (its items, newest first); `hasNext` says whether an older page follows.
 * `labelled` says whether the page carries the `labels` languages' labels.
 */
function makePageOf(list: readonly NewsItem[], settings: Resolved, page: number, hasNext: boolean, withItems = true, labelled = true): JsonFeed {
  const labels = labelled ? makeDisplayLabels(list, settings.labels) : undefined
  return {
    version: jsonFeedVersion,
    title: settings.title,
    home_page_url: settings.homePageUrl,
    feed_url: settings.feedUrl,
    ...(settings.description === undefined ? {} : {description: settings.description}),
    language: settings.language,
    authors: settings.authors,
    ...(hasNext ? {next_url: pageUrl(settings.feedUrl, page + 1)} : {}),
    _sironet: labels === undefined ? {about: extensionAbout, version: 1} : {about: extensionAbout, version: 1, labels},
    items: withItems ? list.map((item) => toFeedItem(item, settings)) : []
  }
}

/**
 * Make one page of a JSON Feed 1.1 from records, newest first: `feedSize`
 * items, `next_url` pointing at the next (older) page when there is one, and
 * each item's full record under the `_sironet` extension.
 *
 * @param items Records in any order; not changed.
 * @param options Site URL, title, language, page size and page (only `siteUrl` is required).
 * @returns The feed as a plain object; serialize it with {@link serializeJson}.
 * @example
 *   const feed = toJsonFeed(items, {siteUrl: 'https://example.org/news/', title: 'SIRONET news'})
 *   fs.writeFileSync('feed.json', serializeJson(feed))
 */
export function toJsonFeed(items: readonly NewsItem[], options: JsonFeedOptions): JsonFeed {
  if (!Array.isArray(items)) throw new TypeError('Cannot call `toJsonFeed` without `items`. Pass an array of `NewsItem` records.')
  const settings = resolveOptions(options, 'toJsonFeed')
  const page = options.page ?? 1
  if (!Number.isInteger(page) || page < 1) {
    throw new TypeError(`Cannot call \`toJsonFeed\` with \`page\` ${String(page)}. Pass a whole number of at least 1.`)
  }
  return makePage(sortNewest(items), settings, page)
}

/**
 * Make the same text as `serializeJson(toJsonFeed(items, options))` in pieces
 * (the feed's head, then each item, then the end), so a large feed can be
 * written to a file without ever holding its whole JSON text in memory.
 *
 * @param items Records in any order; not changed.
 * @param options As for {@link toJsonFeed}.
 * @returns An iterable of strings whose concatenation is the compact JSON text, ending in `\n`.
 * @example
 *   const file = fs.createWriteStream('feed.json')
 *   for (const chunk of streamJsonFeed(items, {siteUrl, feedSize: items.length})) file.write(chunk)
 */
export function streamJsonFeed(items: readonly NewsItem[], options: JsonFeedOptions): Iterable<string> {
  // Checked at once, not when the first piece is asked for.
  if (!Array.isArray(items)) throw new TypeError('Cannot call `streamJsonFeed` without `items`. Pass an array of `NewsItem` records.')
  const settings = resolveOptions(options, 'streamJsonFeed')
  const page = options.page ?? 1
  if (!Number.isInteger(page) || page < 1) {
    throw new TypeError(`Cannot call \`streamJsonFeed\` with \`page\` ${String(page)}. Pass a whole number of at least 1.`)
  }
  const sorted = sortNewest(items)
  const start = (page - 1) * settings.feedSize
  // The page without its items: each item is made and serialized only when its piece is asked for.
  const head = makePage(sorted, settings, page, false)
  return (function* () {
    // `items` is the page's last key: cut its empty array after `[`.
    yield serializeJson(head).slice(0, -3)
    const end = Math.min(sorted.length, start + settings.feedSize)
    for (let index = start; index < end; index++) {
      const item = sorted[index]!
      const text = serializeFeedItem(item, feedItemFields(item, settings))
      yield index === start ? text : `,${text}`
    }
    yield ']}\n'
  })()
}

/**
 * Make every page of a paged JSON Feed: `feed.json` with the newest `feedSize`
 * items, then `feed-2.json`, `feed-3.json`… with older ones, linked by `next_url`.
 * The file names follow the last part of `feedUrl`.
 *
 * @param items Records in any order (or, with `sorted: true`, any iterable of them newest first); not changed.
 * @param options As for {@link toJsonFeed} (`page` is ignored).
 * @returns One entry per page, first page first, each with its JSON text; made
 *   one at a time, so a large corpus never sits in memory as text.
 * @example
 *   for (const file of toJsonFeedFiles(items, {siteUrl})) fs.writeFileSync(file.path, file.content)
 */
export function* toJsonFeedFiles(items: readonly NewsItem[] | Iterable<NewsItem>, options: JsonFeedOptions): Generator<JsonFeedFile, void, undefined> {
  const sorted = options?.sorted === true
  if (sorted ? typeof (items as Partial<Iterable<NewsItem>> | null)?.[Symbol.iterator] !== 'function' : !Array.isArray(items)) {
    throw new TypeError(
      `Cannot call \`toJsonFeedFiles\` without \`items\`. Pass an array of \`NewsItem\` records${sorted ? ', or any iterable of them with `sorted: true`' : ''}.`
    )
  }
  const settings = resolveOptions(options, 'toJsonFeedFiles')
  const name = new URL(settings.feedUrl).pathname.split('/').pop() || 'feed.json'
  const file = (list: readonly NewsItem[], page: number, hasNext: boolean): JsonFeedFile => {
    // Only the first page is what readers such as the widget fetch: older pages are for feed readers catching up.
    const feed = makePageOf(list, settings, page, hasNext, true, page === 1)
    const path = page === 1 ? name : name.replace(/(\.json)?$/, (extension) => `-${page}${extension}`)
    // The text of `serializeJson(feed)`, each item serialized as `streamJsonFeed` does (its text fields made
    // into JSON once), from the link and date its page item already holds.
    const items = feed.items.map((entry, index) => serializeFeedItem(list[index]!, {url: entry.url, published: entry.date_published}))
    return {path, feed, content: `${serializeJson({...feed, items: []}).slice(0, -3)}${items.join(',')}]}\n`}
  }
  // One page at a time, newest first: a page is written once the first item of the next is seen (or the items end).
  const ordered = sorted ? items : sortNewest(items as readonly NewsItem[])
  let list: NewsItem[] = []
  let page = 1
  for (const item of ordered) {
    if (list.length === settings.feedSize) {
      yield file(list, page++, true)
      list = []
    }
    list.push(item)
  }
  yield file(list, page, false)
}
