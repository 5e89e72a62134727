import {groupOrganizations} from '@sironet/json-export'
import type {NewsItem} from '@sironet/model'
import {listSortedRecords} from './record-store.js'
import {renderArchivePage, renderFeedSet} from './site-feeds.js'
import type {SiteFile} from './site-file.js'
import {organizationFeedOptions, rootFeedOptions, type SiteSettings} from './site-files.js'
import type {FeedGroupLink} from './site-pages.js'

/**
 * The files `renderSiteBody` leaves out with `shared`, from one read of the
 * records newest first: the root feed set's RFC 5005 archive pages (numbered
 * from the oldest, so each page's items are gathered newest first and
 * reversed; pages come newest first) and every organization's feeds. Same
 * files and bytes as `renderSiteFiles` makes of them; what stays in memory is
 * one page of items and the newest `feedSize` items of each organization.
 * Each file goes to `emit` as soon as it is made (the archive pages while the
 * records are read), not held.
 *
 * @param newestFirst The records, newest first: any iterable, read once.
 * @param count How many records there are.
 * @param site The settings from `makeSiteSettings`.
 * @param emit Takes each file (example: write it to disk).
 * @returns The organizations' links for the index page.
 */
export function renderSharedFiles(newestFirst: Iterable<NewsItem>, count: number, site: SiteSettings, emit: (file: SiteFile) => void): FeedGroupLink[] {
  const {feedSize} = site
  const root = rootFeedOptions(site)
  const olderCount = Math.max(0, count - feedSize)
  const pages = Math.ceil(olderCount / feedSize)
  let page: NewsItem[] = []
  let newestIndex = 0
  const organizations = groupOrganizations(
    (function* () {
      for (const item of newestFirst) {
        // The `oldest`-th record from the oldest (0-based): items before the newest `feedSize` are archived.
        const oldest = count - 1 - newestIndex++
        if (oldest < olderCount) {
          page.push(item)
          if (oldest % feedSize === 0) {
            for (const file of renderArchivePage(page.reverse(), oldest / feedSize + 1, pages, root)) emit(file)
            page = []
          }
        }
        yield item
      }
    })(),
    {limit: feedSize}
  )
  if (newestIndex !== count) throw new Error(`The records gave ${newestIndex} items, not ${count}`)
  const links: FeedGroupLink[] = []
  for (const group of organizations) {
    const feeds = organizationFeedOptions(site, group)
    links.push({folder: feeds.folder, name: group.name, total: group.total})
    for (const file of renderFeedSet(listSortedRecords(group.items), feeds)) emit(file)
  }
  return links
}
