import {groupOrganizations} from '@sironet/json-export'
import type {NewsItem} from '@sironet/model'
import {listSortedRecords} from './record-store.js'
import {renderArchivePage, renderFeedSet} from './site-feeds.js'
import type {SiteFile} from './site-file.js'
import {addToCountries, organizationFeedOptions, renderCountryFeeds, rootFeedOptions, type CountryGroups, type SharedLinks, type SiteSettings} from './site-files.js'
import type {FeedGroupLink} from './site-pages.js'

/** A record with its JSON text (`JSON.stringify` of it, or the same text read back from disk). */
export interface SharedRecord {
  /** The record. */
  item: NewsItem
  /** Its JSON text. */
  text: string
}

/** What a group keeps of a record until its feeds are made: the fields groups are made by, and the JSON text (a fraction of the parsed record's memory). */
interface KeptRecord {
  organizations: NewsItem['organizations']
  places: NewsItem['places']
  text: string
}

const parseKept = (kept: KeptRecord) => JSON.parse(kept.text) as NewsItem

/**
 * The files `renderSiteBody` leaves out with `shared`, from one read of the
 * records newest first: the root feed set's RFC 5005 archive pages (numbered
 * from the oldest, so each page's items are gathered newest first and
 * reversed; pages come newest first) and the feeds of every country and organization. Same
 * files and bytes as `renderSiteFiles` makes of them; what stays in memory is
 * one page of items and the JSON text of the newest `feedSize` items of each
 * country and organization.
 * Each file goes to `emit` as soon as it is made (the archive pages while the
 * records are read), not held.
 *
 * @param newestFirst The records with their JSON text, newest first: any iterable, read once.
 * @param count How many records there are.
 * @param site The settings from `makeSiteSettings`.
 * @param emit Takes each file (example: write it to disk).
 * @returns The countries' and organizations' links for the index page.
 */
export function renderSharedFiles(newestFirst: Iterable<SharedRecord>, count: number, site: SiteSettings, emit: (file: SiteFile) => void): SharedLinks {
  const {feedSize} = site
  const root = rootFeedOptions(site)
  const olderCount = Math.max(0, count - feedSize)
  const pages = Math.ceil(olderCount / feedSize)
  let page: NewsItem[] = []
  const countries: CountryGroups<KeptRecord> = new Map()
  let newestIndex = 0
  const organizations = groupOrganizations(
    (function* () {
      for (const {item, text} of newestFirst) {
        const kept: KeptRecord = {organizations: item.organizations, places: item.places, text}
        addToCountries(countries, kept, feedSize)
        // The `oldest`-th record from the oldest (0-based): items before the newest `feedSize` are archived.
        const oldest = count - 1 - newestIndex++
        if (oldest < olderCount) {
          page.push(item)
          if (oldest % feedSize === 0) {
            for (const file of renderArchivePage(page.reverse(), oldest / feedSize + 1, pages, root)) emit(file)
            page = []
          }
        }
        yield kept
      }
    })(),
    {limit: feedSize}
  )
  if (newestIndex !== count) throw new Error(`The records gave ${newestIndex} items, not ${count}`)
  const countryFeeds = renderCountryFeeds(countries, site, parseKept)
  let step = countryFeeds.next()
  for (; !step.done; step = countryFeeds.next()) emit(step.value)
  const links: FeedGroupLink[] = []
  for (const group of organizations) {
    const feeds = organizationFeedOptions(site, group)
    links.push({folder: feeds.folder, name: group.name, total: group.total})
    for (const file of renderFeedSet(listSortedRecords(group.items.map(parseKept)), feeds)) emit(file)
  }
  return {countries: step.value, organizations: links}
}
