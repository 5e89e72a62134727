import {jsonSchemaNames, makeSlug, sortItems, toJsonSchema, type NewsItem} from '@sironet/model'
import {listEventMonths} from './event-time.js'
import {serializeJson} from './serialize-json.js'
import {defaultItemUrl, normalizeSiteUrl, type ItemUrlMaker} from './site-url.js'

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

interface Group {
  key: string
  items: NewsItem[]
}

function groupBy(items: readonly NewsItem[], keysOf: (item: NewsItem) => Iterable<string>): Group[] {
  const groups = new Map<string, NewsItem[]>()
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const list = groups.get(key)
      if (list) list.push(item)
      else groups.set(key, [item])
    }
  }
  return [...groups.keys()].sort().map((key) => ({key, items: groups.get(key)!}))
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
 * @returns The files, in a fixed order.
 * @example
 *   for (const file of toApiFiles(items, {siteUrl: 'https://example.org/news/'})) {
 *     await writeFile(path.join(out, file.path), file.content)
 *   }
 */
export function* toApiFiles(items: readonly NewsItem[], options: ApiOptions): Generator<ApiFile, void, undefined> {
  if (!Array.isArray(items)) throw new TypeError('Cannot call `toApiFiles` without `items`. Pass an array of `NewsItem` records.')
  if (!options || typeof options !== 'object') {
    throw new TypeError("Cannot call `toApiFiles` without options. Pass `{siteUrl: 'https://example.org/news/'}`.")
  }
  const siteUrl = normalizeSiteUrl(options.siteUrl, 'toApiFiles')
  const pageSize = options.pageSize ?? 100
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new TypeError(`Cannot call \`toApiFiles\` with \`pageSize\` ${String(pageSize)}. Pass a whole number of at least 1 (example: \`100\`).`)
  }
  const itemUrl = options.itemUrl ?? defaultItemUrl
  const api = `${siteUrl}api/`
  const sorted = sortItems(items, {order: 'newest'})

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

  // Each summary appears in a page and in every month, country and organization
  // index of its item: serialized once, while the API is made, and spliced in.
  const summaries = new Map<NewsItem, string>()
  const serializeSummary = (item: NewsItem): string => {
    let text = summaries.get(item)
    if (text === undefined) {
      text = serializeJson(summarize(item)).slice(0, -1)
      summaries.set(item, text)
    }
    return text
  }
  /** `serializeJson({...head, items: list.map(summarize)})`, from the summaries serialized once. */
  const serializeList = (head: Record<string, unknown>, list: readonly NewsItem[]): string => {
    const empty = serializeJson({...head, items: []})
    const parts = list.map(serializeSummary)
    return `${empty.slice(0, -'[]}\n'.length)}[${parts.join(',')}]}\n`
  }

  const pages = Math.max(1, Math.ceil(sorted.length / pageSize))
  const pagePath = (page: number) => (page === 1 ? 'api/index.json' : `api/pages/${page}.json`)
  for (let page = 1; page <= pages; page++) {
    const start = (page - 1) * pageSize
    yield {
      path: pagePath(page),
      content: serializeList(
        {
          total: sorted.length,
          page,
          pages,
          next: page < pages ? siteUrl + pagePath(page + 1) : null,
          prev: page > 1 ? siteUrl + pagePath(page - 1) : null,
          links: {months: `${api}months.json`, countries: `${api}countries.json`, organizations: `${api}organizations.json`}
        },
        sorted.slice(start, start + pageSize)
      )
    }
  }

  for (const item of sorted) yield {path: `api/items/${item.id}.json`, content: serializeJson(item)}

  // Indexes: a list file naming every group, then one file per group.
  const months = groupBy(sorted, (item) => listEventMonths(item.date))
  yield {
    path: 'api/months.json',
    content: serializeJson({
      total: months.length,
      items: months.map((group) => ({month: group.key, total: group.items.length, href: `${api}months/${group.key}.json`}))
    })
  }
  for (const group of months) {
    yield {path: `api/months/${group.key}.json`, content: serializeList({month: group.key, total: group.items.length}, group.items)}
  }

  const countries = groupBy(sorted, (item) => item.places.map((place) => place.country))
  yield {
    path: 'api/countries.json',
    content: serializeJson({
      total: countries.length,
      items: countries.map((group) => ({
        country: group.key,
        total: group.items.length,
        href: `${api}countries/${group.key.toLowerCase()}.json`
      }))
    })
  }
  for (const group of countries) {
    yield {
      path: `api/countries/${group.key.toLowerCase()}.json`,
      content: serializeList({country: group.key, total: group.items.length}, group.items)
    }
  }

  const organizations = groupOrganizations(sorted)
  yield {
    path: 'api/organizations.json',
    content: serializeJson({
      total: organizations.length,
      items: organizations.map((group) => ({
        slug: group.key,
        name: group.name,
        total: group.items.length,
        href: `${api}organizations/${group.key}.json`
      }))
    })
  }
  for (const group of organizations) {
    yield {
      path: `api/organizations/${group.key}.json`,
      content: serializeList(
        {
          slug: group.key,
          name: group.name,
          ...(group.acronym === undefined ? {} : {acronym: group.acronym}),
          total: group.items.length
        },
        group.items
      )
    }
  }

  for (const name of jsonSchemaNames) {
    yield {path: `api/schema/${name}`, content: serializeJson(toJsonSchema(name))}
  }
}

/** An organization index: its slug, the name shown (the first in sort order) and its items. */
export interface OrganizationGroup {
  /** `makeSlug` of the name (example: `'all-china-youth-federation'`). */
  key: string
  /** Name as written in the first item that names it (newest first). */
  name: string
  /** Acronym, when an item gives one. */
  acronym: string | undefined
  /** Items naming the organization, newest first. */
  items: NewsItem[]
}

/**
 * Group records by organization, keyed by the slug of the name (names that
 * differ only in case or punctuation share a slug and a group), sorted by slug.
 *
 * @param items Records; each group keeps their order.
 * @returns The groups.
 */
export function groupOrganizations(items: readonly NewsItem[]): OrganizationGroup[] {
  const groups = new Map<string, OrganizationGroup>()
  // Corpora name the same organizations again and again: each name is slugged once.
  const slugs = new Map<string, string>()
  for (const item of items) {
    const seen = new Set<string>()
    for (const organization of item.organizations) {
      let key = slugs.get(organization.name)
      if (key === undefined) {
        key = makeSlug(organization.name)
        slugs.set(organization.name, key)
      }
      if (seen.has(key)) continue
      seen.add(key)
      const group = groups.get(key)
      if (group) {
        group.items.push(item)
        group.acronym ??= organization.acronym
      } else groups.set(key, {key, name: organization.name, acronym: organization.acronym, items: [item]})
    }
  }
  return [...groups.keys()].sort().map((key) => groups.get(key)!)
}
