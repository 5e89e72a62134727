import {toAtom, toRss} from '@sironet/feeds'
import {serializeJson, toJsonFeed, toJsonFeedFiles} from '@sironet/json-export'
import type {NewsItem} from '@sironet/model'
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
  /** Path of the site root from the folder, for stylesheets (example: `'../../'`). */
  root: string
  /** Whether `feed.xsl` and `atom.xsl` are written at the root. */
  stylesheets: boolean
}

/**
 * Render the RSS, Atom and JSON feeds of one list of items into a folder:
 * `feed.xml`, `atom.xml` and `feed.json` with the newest `feedSize` items and,
 * with `archive`, RFC 5005 archive pages (`archive/feed-N.xml`,
 * `archive/atom-N.xml`, numbered from the oldest so earlier pages never change)
 * and JSON Feed pages (`feed-2.json`…, linked by `next_url`).
 *
 * @param newestFirst Items sorted newest first.
 * @param options Where and how to write them.
 * @returns The files, paths relative to the site root.
 */
export function* renderFeedSet(newestFirst: readonly NewsItem[], options: FeedSetOptions): Generator<SiteFile, void, undefined> {
  const {siteUrl, folder, feedSize} = options
  const base = `${siteUrl}${folder}`
  const common = {
    siteUrl,
    title: options.title,
    language: options.language,
    ...(options.description === undefined ? {} : {description: options.description})
  }
  const current = newestFirst.slice(0, feedSize)
  // Archive pages hold the older items from the oldest up, so a page, once full, never changes.
  const older = options.archive ? newestFirst.slice(feedSize).reverse() : []
  const pages = Math.ceil(older.length / feedSize)
  const kinds = [
    {name: 'feed', render: toRss, stylesheet: 'feed.xsl'},
    {name: 'atom', render: toAtom, stylesheet: 'atom.xsl'}
  ] as const
  for (const kind of kinds) {
    const feedUrl = `${base}${kind.name}.xml`
    const pageUrl = (page: number) => `${base}archive/${kind.name}-${page}.xml`
    yield {
      path: `${folder}${kind.name}.xml`,
      content: kind.render(current, {
        ...common,
        feedUrl,
        ...(options.stylesheets ? {stylesheetHref: `${options.root}${kind.stylesheet}`} : {}),
        ...(pages > 0 ? {archive: {current: feedUrl, prevArchive: pageUrl(pages)}} : {}),
        complete: Boolean(options.archive) && pages === 0
      })
    }
    for (let page = 1; page <= pages; page++) {
      yield {
        path: `${folder}archive/${kind.name}-${page}.xml`,
        content: kind.render(older.slice((page - 1) * feedSize, page * feedSize), {
          ...common,
          feedUrl: pageUrl(page),
          ...(options.stylesheets ? {stylesheetHref: `../${options.root}${kind.stylesheet}`} : {}),
          archive: {
            current: feedUrl,
            ...(page > 1 ? {prevArchive: pageUrl(page - 1)} : {}),
            ...(page < pages ? {nextArchive: pageUrl(page + 1)} : {})
          }
        })
      }
    }
  }
  const jsonOptions = {...common, feedUrl: `${base}feed.json`, feedSize}
  if (options.archive) {
    for (const file of toJsonFeedFiles(newestFirst, jsonOptions)) yield {path: `${folder}${file.path}`, content: file.content}
  } else {
    yield {path: `${folder}feed.json`, content: serializeJson(toJsonFeed(current, jsonOptions))}
  }
}
