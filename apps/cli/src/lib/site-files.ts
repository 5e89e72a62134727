import {atomStylesheet, rssStylesheet, streamIcs} from '@sironet/feeds'
import {groupOrganizations, normalizeSiteUrl, streamCsv, toApiFiles} from '@sironet/json-export'
import {sortItems, type NewsItem} from '@sironet/model'
import {renderFeedSet} from './site-feeds.js'
import type {SiteFile} from './site-file.js'
import {getItemPageName, renderIndexPage, renderItemsPage, siteStylesheet, type FeedGroupLink} from './site-pages.js'

/** Options for {@link renderSiteFiles}. */
export interface SiteFilesOptions {
  /** Absolute URL the site is published at (example: `'https://example.org/news/'`). */
  siteUrl: string
  /** Site and feed title (optional, default `'SIRONET International Exchanges'`). */
  title?: string | undefined
  /** One sentence about the site (optional). */
  description?: string | undefined
  /** BCP 47 language of the feeds and pages (optional, default `'en'`). */
  language?: string | undefined
  /** Items per feed document (optional, default `50`). */
  feedSize?: number | undefined
  /** The widget’s files, from `loadWidgetAssets` (optional; without them no `widget/` folder). */
  widget?: readonly SiteFile[] | undefined
}

/**
 * Render every file of the site from valid records with unique ids, one at a
 * time, in a fixed order: the feeds (RSS, Atom, JSON Feed, with archives), the
 * feeds per country and organization, `events.ics`, the static `api/`,
 * `items.csv`, the pages of items by month, `index.html`, `style.css` and the widget demo.
 *
 * @param items Records in any order.
 * @param options Site URL, title, language, feed size, widget files.
 * @returns The files, paths relative to the site root.
 */
export function* renderSiteFiles(items: readonly NewsItem[], options: SiteFilesOptions): Generator<SiteFile, void, undefined> {
  const siteUrl = normalizeSiteUrl(options.siteUrl, 'buildSite')
  const title = options.title ?? 'SIRONET International Exchanges'
  const language = options.language ?? 'en'
  const feedSize = options.feedSize ?? 50
  const description = options.description ?? 'Latest news of SIRONET member organizations and their international exchanges.'
  const newest = sortItems(items, {order: 'newest'})
  const regions = new Intl.DisplayNames([language, 'en'], {type: 'region', fallback: 'code'})
  // `Intl.DisplayNames#of` is slow, and every item of every page names countries.
  const countryNames = new Map<string, string>()
  const countryName = (code: string) => {
    let name = countryNames.get(code)
    if (name === undefined) {
      name = regions.of(code) ?? code
      countryNames.set(code, name)
    }
    return name
  }
  // Items are on a page per month (`items/2018-01.html#<id>`), not a file
  // each: 100,000 items make a few hundred pages, not 100,000 small files.
  // Each link is made once: the same string for every feed, page and API file
  // an item is in (whose checks and look-ups then hash it once).
  const hrefs = new Map<NewsItem, string>()
  const urls = new Map<NewsItem, string>()
  const pages = new Map<string, NewsItem[]>()
  for (const item of newest) {
    const name = getItemPageName(item)
    const href = `items/${name}.html#${item.id}`
    hrefs.set(item, href)
    urls.set(item, `${siteUrl}${href}`)
    const list = pages.get(name)
    if (list) list.push(item)
    else pages.set(name, [item])
  }
  const itemHref = (item: NewsItem) => hrefs.get(item) ?? `items/${getItemPageName(item)}.html#${item.id}`
  const itemUrl = (item: NewsItem) => urls.get(item) ?? `${siteUrl}${itemHref(item)}`
  const common = {siteUrl, language, feedSize, description, stylesheets: true, itemUrl}

  yield {path: 'feed.xsl', content: rssStylesheet}
  yield {path: 'atom.xsl', content: atomStylesheet}
  yield* renderFeedSet(newest, {...common, folder: '', root: '', title, archive: true})
  // A calendar holds every dated event: calendar apps show a range of dates, not the newest few.
  yield {path: 'events.ics', content: streamIcs(newest, {siteUrl, title, language, description, itemUrl})}

  const countries = new Map<string, NewsItem[]>()
  for (const item of newest) {
    for (const code of new Set(item.places.map((place) => place.country))) {
      const list = countries.get(code)
      if (list) list.push(item)
      else countries.set(code, [item])
    }
  }
  const countryLinks: FeedGroupLink[] = []
  for (const code of [...countries.keys()].sort()) {
    const list = countries.get(code)!
    const folder = `countries/${code.toLowerCase()}/`
    countryLinks.push({folder, name: `${countryName(code)} (${code})`, total: list.length})
    yield* renderFeedSet(list, {...common, folder, root: '../../', title: `${title}: ${countryName(code)}`})
  }

  const organizationLinks: FeedGroupLink[] = []
  for (const group of groupOrganizations(newest)) {
    const folder = `organizations/${group.key}/`
    organizationLinks.push({folder, name: group.name, total: group.items.length})
    yield* renderFeedSet(group.items, {...common, folder, root: '../../', title: `${title}: ${group.name}`})
  }

  yield* toApiFiles(newest, {siteUrl, itemUrl})
  yield {path: 'items.csv', content: streamCsv(sortItems(items))}

  const pageOptions = {title, language, countryName}
  for (const [name, list] of pages) yield {path: `items/${name}.html`, content: renderItemsPage(name, list, pageOptions)}

  const widget = options.widget ?? []
  yield* widget
  yield {path: 'style.css', content: siteStylesheet}
  yield {
    path: 'index.html',
    content: renderIndexPage({
      title,
      description,
      language,
      total: items.length,
      feedSize,
      latest: newest.slice(0, feedSize),
      itemHref,
      countries: countryLinks,
      organizations: organizationLinks,
      widget: widget.some((file) => file.path === 'widget/index.html'),
      calendar: true
    })
  }
}
