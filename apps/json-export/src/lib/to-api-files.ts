import {sortItems, type NewsItem} from '@sironet/model'
import {createOrganizationIndex} from './organization-index.js'
import type {ItemUrlMaker} from './site-url.js'
import {renderApiFiles} from './stream-api-files.js'

/** A file of the static API: a path relative to the output folder and its JSON text. */
export interface ApiFile {
  /** Path with `/` separators (example: `'api/items/2018-01-10-dialogue.json'`). */
  path: string
  /** JSON text from {@link serializeJson}. */
  content: string
}

/** The short form of a record in lists: the `NewsItem` fields a list shows, plus links. */
export interface ApiItemSummary extends Pick<NewsItem, 'id' | 'date' | 'headline' | 'summary' | 'places' | 'tags' | 'language'> {
  /** The item's page (example: `'https://example.org/news/items/x.html'`). */
  url: string
  /** The full record in the API (example: `'https://example.org/news/api/items/x.json'`). */
  href: string
}

/** Options for {@link toApiFiles}. */
export interface ApiOptions {
  /** Absolute URL the site is published at; every link in the API is absolute (example: `'https://example.org/news/'`). */
  siteUrl: string
  /** Summaries per page of `api/index.json`, `api/pages/N.json` (optional, default `100`). */
  pageSize?: number
  /** Link of each item's page (optional, default `<siteUrl>items/<id>.html`). */
  itemUrl?: ItemUrlMaker
}

/**
 * Make the files of a static JSON API over records, newest first:
 *
 * - `api/index.json`, `api/pages/2.json`… — paged summaries with `total`, `page`, `pages`, `next`, `prev`;
 * - `api/items/<id>.json` — each full `NewsItem`;
 * - `api/months.json`, `api/months/<YYYY-MM>.json` — items by the months their event touches;
 * - `api/countries.json`, `api/countries/<cc>.json` — by venue country (lower-case code);
 * - `api/organizations.json`, `api/organizations/<slug>.json` — by organization;
 * - `api/schema/<name>.json` — the JSON Schemas of `@sironet/model`.
 *
 * Files come one at a time so a large corpus never sits in memory as text.
 *
 * @param items Valid records with unique ids, in any order; not changed.
 * @param options Site URL and page size.
 * @returns The files, in a fixed order: each item's file, newest first, with each index page once its items are
 *   done, then the month, country and organization indexes, then the schemas.
 * @example
 *   for (const file of toApiFiles(items, {siteUrl: 'https://example.org/news/'})) {
 *     await writeFile(path.join(out, file.path), file.content)
 *   }
 */
export function* toApiFiles(items: readonly NewsItem[], options: ApiOptions): Generator<ApiFile, void, undefined> {
  if (!Array.isArray(items)) throw new TypeError('Cannot call `toApiFiles` without `items`. Pass an array of `NewsItem` records.')
  const sorted = sortItems(items, {order: 'newest'})
  for (const file of renderApiFiles('toApiFiles', sorted, {...options, total: sorted.length})) {
    yield {path: file.path, content: [...file.content].join('')}
  }
}

/** An organization index: its slug, the name shown (the first in sort order) and its items (records, or any objects with their `organizations`). */
export interface OrganizationGroup<T extends Pick<NewsItem, 'organizations'> = NewsItem> {
  /** `makeSlug` of the name (example: `'all-china-youth-federation'`). */
  key: string
  /** Name as written in the first item that names it (newest first). */
  name: string
  /** Acronym, when an item gives one. */
  acronym: string | undefined
  /** Items naming the organization, in the order given (newest first in the API); at most `limit`. */
  items: T[]
  /** How many items name the organization (more than `items.length` when `limit` cut the list). */
  total: number
}

/** Options for {@link groupOrganizations}. */
export interface GroupOrganizationsOptions {
  /** Items kept per group, the first ones given (optional, default: all; example: `50` for the newest 50 of a feed). */
  limit?: number | undefined
}

/**
 * Group records by organization, keyed by the slug of the name (names that
 * differ only in case or punctuation share a slug and a group), sorted by slug.
 *
 * @param items Records (or any objects with their `organizations`, as a record's JSON text beside them): an array or any iterable, read once; each group keeps their order.
 * @param options How many items to keep per group (optional).
 * @returns The groups.
 * @example
 *   groupOrganizations(sortItems(items, {order: 'newest'}), {limit: 50}) // the newest 50 of each, with totals
 */
export function groupOrganizations<T extends Pick<NewsItem, 'organizations'> = NewsItem>(
  items: readonly T[] | Iterable<T>,
  options: GroupOrganizationsOptions = {}
): Array<OrganizationGroup<T>> {
  const grouper = createOrganizationGrouper<T>(options, 'groupOrganizations')
  for (const item of items) grouper.add(item)
  return grouper.list()
}

/** The groups of {@link groupOrganizations}, filled one item at a time. */
export interface OrganizationGrouper<T extends Pick<NewsItem, 'organizations'> = NewsItem> {
  /** Count the next item (in the order the groups keep: newest first in the API) in the group of each body it names. */
  add(item: T): void
  /** The groups so far, sorted by slug. */
  list(): Array<OrganizationGroup<T>>
}

/**
 * Make the groups of {@link groupOrganizations} one item at a time, for a
 * caller that reads the items for something else at the same time (a site
 * build groups them during the API's pass, not in a pass of their own).
 *
 * @param options How many items to keep per group (optional).
 * @param caller The function named in errors (not for users; default `createOrganizationGrouper`).
 * @returns The grouper.
 * @example
 *   const grouper = createOrganizationGrouper({limit: 50})
 *   for (const item of newestFirst) grouper.add(item)
 *   grouper.list() // the same as groupOrganizations(newestFirst, {limit: 50})
 */
export function createOrganizationGrouper<T extends Pick<NewsItem, 'organizations'> = NewsItem>(
  options: GroupOrganizationsOptions = {},
  caller = 'createOrganizationGrouper'
): OrganizationGrouper<T> {
  const limit = options.limit ?? Number.POSITIVE_INFINITY
  if (!(limit >= 1) || (limit !== Number.POSITIVE_INFINITY && !Number.isInteger(limit))) {
    throw new TypeError(`Cannot call \`${caller}\` with \`limit\` ${String(options.limit)}. Pass a whole number of at least 1 (example: \`50\`).`)
  }
  const index = createOrganizationIndex()
  const lists = new Map<string, T[]>()
  return {
    add(item) {
      for (const key of index.add(item)) {
        const list = lists.get(key)
        if (!list) lists.set(key, [item])
        else if (list.length < limit) list.push(item)
      }
    },
    list: () => index.list().map((entry) => ({key: entry.key, name: entry.name, acronym: entry.acronym, items: lists.get(entry.key)!, total: entry.total}))
  }
}
