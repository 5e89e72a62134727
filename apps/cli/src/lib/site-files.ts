import {atomStylesheet, rssStylesheet, streamIcs} from '@sironet/feeds'
import {
  createOrganizationGrouper,
  normalizeSiteUrl,
  streamApiFiles,
  streamCsv,
  widgetLanguages,
  type SummaryStore
} from '@sironet/json-export'
import type {NewsItem} from '@sironet/model'
import {listSortedRecords, type SortedRecords} from './record-store.js'
import {renderFeedSet, type FeedSetOptions} from './site-feeds.js'
import type {SiteFile} from './site-file.js'
import {getItemPageName, renderIndexPage, siteStylesheet, streamItemsPage, type FeedGroupLink} from './site-pages.js'

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
  /** Languages the first page of each JSON Feed writes its dates and country names in, for the widget (optional, default `widgetLanguages` of `@sironet/json-export`, the six UN languages; `[]` for none). */
  labels?: readonly string[] | undefined
  /** The widget’s files, from `loadWidgetAssets` (optional; without them no `widget/` folder). */
  widget?: readonly SiteFile[] | undefined
  /** Where the API's summaries wait for its indexes (optional, default: memory; a build of many records passes one backed by a file). */
  summaries?: SummaryStore | undefined
  /** Whether to write each record's API file, `api/items/{id}.json` (optional, default `true`; `false` when the build wrote them as the records were read). */
  apiItemFiles?: boolean | undefined
}

/** `make`, remembering what it gave for each key in `cache`. */
function remember<K, V>(cache: {get(key: K): V | undefined; set(key: K, value: V): unknown}, make: (key: K) => V): (key: K) => V {
  return (key) => {
    let value = cache.get(key)
    if (value === undefined) {
      value = make(key)
      cache.set(key, value)
    }
    return value
  }
}

/** Yield each item as it passes, after showing it to `visit`: one read of the records serves several tallies. */
function* observe(items: Iterable<NewsItem>, visit: (item: NewsItem) => void): Generator<NewsItem, void, undefined> {
  for (const item of items) {
    visit(item)
    yield item
  }
}

/** What every part of the site is made with, from {@link SiteFilesOptions}: settings with their defaults, names and links. */
export interface SiteSettings {
  siteUrl: string
  title: string
  language: string
  feedSize: number
  labels: readonly string[]
  description: string
  countryName: (code: string) => string
  itemHref: (item: NewsItem) => string
  itemUrl: (item: NewsItem) => string
}

/**
 * The settings of a site with their defaults (on any thread: a rendering thread makes its own from the same options).
 *
 * @param options Site URL, title, language, feed size.
 * @returns The settings, with the shared helpers that name countries and link items.
 */
export function makeSiteSettings(options: SiteFilesOptions): SiteSettings {
  const siteUrl = normalizeSiteUrl(options.siteUrl, 'buildSite')
  const language = options.language ?? 'en'
  const regions = new Intl.DisplayNames([language, 'en'], {type: 'region', fallback: 'code'})
  // Items are on a page per month (`items/2018-01.html#<id>`), not a file
  // each: 100,000 items make a few hundred pages, not 100,000 small files.
  // Each link is made once per record object: records in memory get the same
  // string in every feed, page and API file (whose checks and look-ups then
  // hash it once); records read back from disk are new objects each time.
  const itemHref = remember(new WeakMap<NewsItem, string>(), (item: NewsItem) => `items/${getItemPageName(item)}.html#${item.id}`)
  return {
    siteUrl,
    title: options.title ?? 'SIRONET International Exchanges',
    language,
    feedSize: options.feedSize ?? 50,
    labels: options.labels ?? widgetLanguages,
    description: options.description ?? 'Latest news of SIRONET member organizations and their international exchanges.',
    // `Intl.DisplayNames#of` is slow, and every item of every page names countries.
    countryName: remember(new Map<string, string>(), (code: string) => regions.of(code) ?? code),
    itemHref,
    itemUrl: remember(new WeakMap<NewsItem, string>(), (item: NewsItem) => `${siteUrl}${itemHref(item)}`)
  }
}

/** The options every feed set of a site shares. */
function commonFeedOptions(site: SiteSettings) {
  return {
    siteUrl: site.siteUrl,
    language: site.language,
    feedSize: site.feedSize,
    labels: site.labels,
    description: site.description,
    stylesheets: true,
    itemUrl: site.itemUrl
  }
}

/** The root feed set's options (the site's own feeds, with archive pages). */
export function rootFeedOptions(site: SiteSettings): FeedSetOptions {
  return {...commonFeedOptions(site), folder: '', root: '', title: site.title, archive: true}
}

/** The feed set options of one organization. */
export function organizationFeedOptions(site: SiteSettings, group: {key: string; name: string}): FeedSetOptions {
  return {...commonFeedOptions(site), folder: `organizations/${group.key}/`, root: '../../', title: `${site.title}: ${group.name}`}
}

/**
 * Render every file of the site from valid records with unique ids, one at a
 * time, in a fixed order: the feeds (RSS, Atom, JSON Feed, with archives),
 * `events.ics`, the static `api/` (whose pass also groups the records by month,
 * country and organization), the feeds per country and organization,
 * `items.csv`, the pages of items by month, the widget demo, `style.css` and
 * `index.html`. The records are read several times, each time in order (newest
 * or oldest first), and never all at once: with records on disk, what stays in
 * memory is one page of items, the newest `feedSize` items of each country and
 * organization, and a few numbers per record.
 *
 * @param records The records, sorted.
 * @param options Site URL, title, language, feed size, widget files.
 * @returns The files, paths relative to the site root.
 */
export function* renderSiteFiles(records: SortedRecords, options: SiteFilesOptions): Generator<SiteFile, void, undefined> {
  const site = makeSiteSettings(options)
  const body = yield* renderSiteBody(records, site, options, {shared: false})
  yield renderSiteIndex(records, site, body, body)
}

/** The newest `feedSize` items (records, or what stands for them) and the count of items of each venue country, by country code. */
export type CountryGroups<T extends Pick<NewsItem, 'places'> = NewsItem> = Map<string, {items: T[]; total: number}>

/**
 * Count `item` in the group of each country it takes place in (once per country), keeping it among the group's items while it has fewer than `feedSize`.
 *
 * @param countries The groups, filled as items come newest first.
 * @param item The next record.
 * @param feedSize Items kept per group.
 */
export function addToCountries<T extends Pick<NewsItem, 'places'>>(countries: CountryGroups<T>, item: T, feedSize: number): void {
  for (const code of new Set(item.places.map((place) => place.country))) {
    const group = countries.get(code)
    if (!group) countries.set(code, {items: [item], total: 1})
    else {
      group.total++
      if (group.items.length < feedSize) group.items.push(item)
    }
  }
}

/**
 * The feeds of each country (`countries/<code>/`), by country code.
 *
 * @param countries The groups from {@link addToCountries}.
 * @param site The settings from {@link makeSiteSettings}.
 * @param toItem The record of a group's item (optional, default: the item itself).
 * @returns The files; returns the links for the index page.
 */
export function* renderCountryFeeds<T extends Pick<NewsItem, 'places'>>(
  countries: CountryGroups<T>,
  site: SiteSettings,
  toItem: (item: T) => NewsItem = (item) => item as unknown as NewsItem
): Generator<SiteFile, FeedGroupLink[], undefined> {
  const links: FeedGroupLink[] = []
  for (const code of [...countries.keys()].sort()) {
    const group = countries.get(code)!
    const folder = `countries/${code.toLowerCase()}/`
    links.push({folder, name: `${site.countryName(code)} (${code})`, total: group.total})
    yield* renderFeedSet(listSortedRecords(group.items.map(toItem)), {...commonFeedOptions(site), folder, root: '../../', title: `${site.title}: ${site.countryName(code)}`})
  }
  return links
}

/** The links of the feeds per country and per organization, for the index page. */
export interface SharedLinks {
  /** Feeds per country, sorted. */
  countries: readonly FeedGroupLink[]
  /** Feeds per organization, sorted. */
  organizations: readonly FeedGroupLink[]
}

/** What {@link renderSiteBody} learned for the index page. */
export interface SiteBody {
  /** Feeds per country, sorted (empty when another thread renders them). */
  countries: FeedGroupLink[]
  /** Feeds per organization, sorted (empty when another thread renders them). */
  organizations: FeedGroupLink[]
  /** Whether the widget demo was written. */
  widget: boolean
}

/**
 * Every file of the site but `index.html`, in the order of {@link renderSiteFiles}.
 * With `shared`, the root archive pages and the feeds per country and per
 * organization are left out: another thread renders them (`renderSharedFiles`)
 * and gives their links.
 *
 * @param records The records, sorted.
 * @param site The settings from {@link makeSiteSettings}.
 * @param options The widget files and where the API's summaries wait.
 * @param split Whether another thread renders the root archive pages and the country and organization feeds.
 * @returns The files; returns the links for the index page.
 */
export function* renderSiteBody(
  records: SortedRecords,
  site: SiteSettings,
  options: SiteFilesOptions,
  split: {shared: boolean}
): Generator<SiteFile, SiteBody, undefined> {
  const {siteUrl, title, language, feedSize, description, countryName, itemUrl} = site

  yield {path: 'feed.xsl', content: rssStylesheet}
  yield {path: 'atom.xsl', content: atomStylesheet}
  yield* renderFeedSet(records, {...rootFeedOptions(site), archivePages: !split.shared})
  // A calendar holds every dated event: calendar apps show a range of dates, not the newest few.
  yield {path: 'events.ics', content: streamIcs(records.oldest(), {siteUrl, title, language, description, itemUrl, sorted: true})}

  // The API's read, newest first, also gives the months' spans, the countries and the organizations (one pass over the
  // records, which on disk are read and parsed at each pass).
  const months: Array<{name: string; start: number; end: number}> = []
  const countries: CountryGroups = new Map()
  const organizations = split.shared ? undefined : createOrganizationGrouper({limit: feedSize})
  let index = 0
  const tally = observe(records.newest(), (item) => {
    const name = getItemPageName(item)
    const last = months.at(-1)
    if (last?.name === name) last.end = index + 1
    else months.push({name, start: index, end: index + 1})
    index++
    if (organizations) {
      addToCountries(countries, item, feedSize)
      organizations.add(item)
    }
  })
  yield* streamApiFiles(tally, {siteUrl, itemUrl, total: records.count, summaries: options.summaries, itemFiles: options.apiItemFiles})

  const countryLinks = yield* renderCountryFeeds(countries, site)
  const organizationLinks: FeedGroupLink[] = []
  for (const group of organizations?.list() ?? []) {
    const feeds = organizationFeedOptions(site, group)
    organizationLinks.push({folder: feeds.folder, name: group.name, total: group.total})
    yield* renderFeedSet(listSortedRecords(group.items), feeds)
  }

  yield {path: 'items.csv', content: streamCsv(records.oldest())}

  const pageOptions = {title, language, countryName}
  for (const month of months) {
    yield {path: `items/${month.name}.html`, content: streamItemsPage(month.name, records.newest(month.start, month.end), pageOptions)}
  }

  const widget = options.widget ?? []
  yield* widget
  yield {path: 'style.css', content: siteStylesheet}
  return {countries: countryLinks, organizations: organizationLinks, widget: widget.some((file) => file.path === 'widget/index.html')}
}

/**
 * The site's `index.html`, last of {@link renderSiteFiles}.
 *
 * @param records The records, sorted.
 * @param site The settings from {@link makeSiteSettings}.
 * @param body What {@link renderSiteBody} returned.
 * @param groups The country and organization feed links (from the body, or from the thread that rendered them).
 * @returns The file.
 */
export function renderSiteIndex(records: SortedRecords, site: SiteSettings, body: SiteBody, groups: SharedLinks): SiteFile {
  return {
    path: 'index.html',
    content: renderIndexPage({
      title: site.title,
      description: site.description,
      language: site.language,
      total: records.count,
      feedSize: site.feedSize,
      latest: [...records.newest(0, site.feedSize)],
      itemHref: site.itemHref,
      countries: groups.countries,
      organizations: groups.organizations,
      widget: body.widget,
      calendar: true
    })
  }
}
