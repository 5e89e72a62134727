import {toHttpUrl} from './to-http-url.js'

/** Part of a month, for month-precision dates (`'late'` for “late May 2018”). */
export type WidgetDatePart = 'early' | 'mid' | 'late'

/** The date of an item as the widget shows it (example: `{start: '2018-01-12', end: '2018-01-16'}`). */
export interface WidgetDate {
  /** First day (`2018-01-12`) or month (`2018-05`). */
  start: string
  /** Last day or month, for ranges (optional). */
  end?: string
  /** Part of the month, for month-precision dates (optional). */
  part?: WidgetDatePart
}

/** A venue of an item (example: `{country: 'CN', city: 'Beijing'}`). */
export interface WidgetPlace {
  /** ISO 3166-1 alpha-2 country code (example: `'CN'`). */
  country: string
  /** City as written in the bulletin (optional). */
  city?: string
}

/** An organization named in an item (example: `{name: 'World Health Organization', acronym: 'WHO'}`). */
export interface WidgetOrganization {
  /** Full name. */
  name: string
  /** Short form (optional). */
  acronym?: string
}

/** One item, read defensively from a JSON Feed item or a `NewsItem` record. */
export interface WidgetEntry {
  /** Headline, as plain text. */
  title: string
  /** Link to the full item; only `http:`/`https:` (optional). */
  url?: string
  /** When the event took place (optional). */
  date?: WidgetDate
  /** Venues, in order. */
  places: WidgetPlace[]
  /** Organizations, organizing body first. */
  organizations: WidgetOrganization[]
  /** Tags, from the feed item and the record. */
  tags: string[]
  /** BCP 47 language of the item’s text (optional, example: `'en'`). */
  language?: string
}

/** A feed, read defensively into what the widget shows. */
export interface WidgetFeed {
  /** The feed’s title (optional). */
  title?: string
  /** The site the feed belongs to; only `http:`/`https:` (optional). */
  homePageUrl?: string
  /** BCP 47 language of the feed (optional). */
  language?: string
  /** Items that have a headline, in feed order. */
  entries: WidgetEntry[]
}

type Fields = Record<string, unknown>

const datePattern = /^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/

function toText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

function toFields(value: unknown): Fields {
  return value !== null && typeof value === 'object' ? (value as Fields) : {}
}

function toList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

/**
 * Canonicalize a BCP 47 language tag, or drop it when it is not one.
 *
 * @param value Tag to check (example: `'EN-gb'` becomes `'en-GB'`).
 */
export function toLanguage(value: unknown): string | undefined {
  const text = toText(value)
  try {
    return text && Intl.getCanonicalLocales(text)[0]
  } catch {
    return undefined
  }
}

function toDate(record: Fields, item: Fields): WidgetDate | undefined {
  const date = toFields(record.date)
  // A feed without the `_sironet` record still has `date_published` (an RFC 3339 date-time).
  const start = toText(date.start) ?? toText(item.date_published)?.slice(0, 10)
  if (!start || !datePattern.test(start)) return undefined
  const result: WidgetDate = {start}
  const end = toText(date.end)
  if (end && datePattern.test(end) && end > start) result.end = end
  const part = date.part
  if (part === 'early' || part === 'mid' || part === 'late') result.part = part
  return result
}

function readEntry(value: unknown, base: string | undefined, language: string | undefined) {
  const item = toFields(value)
  // JSON Feed items carry the full record under `_sironet`; a bare `NewsItem` is its own record.
  const record = item._sironet === undefined ? item : toFields(item._sironet)
  const entry: WidgetEntry = {
    title: toText(item.title) ?? toText(record.headline) ?? '',
    places: [],
    organizations: [],
    tags: [...toList(item.tags), ...(record === item ? [] : toList(record.tags))].filter(
      (tag): tag is string => typeof tag === 'string'
    )
  }
  const url = toHttpUrl(item.url ?? item.external_url, base)
  if (url) entry.url = url
  const date = toDate(record, item)
  if (date) entry.date = date
  for (const place of toList(record.places).map(toFields)) {
    const country = toText(place.country)?.toUpperCase()
    if (!country || !/^[A-Z]{2}$/.test(country)) continue
    const city = toText(place.city)
    entry.places.push(city ? {country, city} : {country})
  }
  for (const organization of toList(record.organizations)) {
    const fields = toFields(organization)
    const name = toText(organization) ?? toText(fields.name)
    if (!name) continue
    const acronym = toText(fields.acronym)
    entry.organizations.push(acronym ? {name, acronym} : {name})
  }
  const itemLanguage = toLanguage(record.language) ?? toLanguage(item.language) ?? language
  if (itemLanguage) entry.language = itemLanguage
  return entry
}

/**
 * Read a JSON Feed 1.1 (with the `_sironet` extension), a list of its items or
 * a list of `NewsItem` records into what the widget shows. Nothing here
 * throws: fields of the wrong type are ignored, items without a headline are
 * dropped and links that are not `http:`/`https:` are removed.
 *
 * @param input Parsed JSON: a feed object, an array of feed items or an array of `NewsItem` records.
 * @param base URL that relative links resolve against (optional, example: the feed’s URL).
 * @returns The feed’s title, home page, language and entries.
 * @example
 *   readFeed({version: 'https://jsonfeed.org/version/1.1', title: 'News', items: []}).title // 'News'
 */
export function readFeed(input: unknown, base?: string): WidgetFeed {
  const feed = toFields(input)
  const language = toLanguage(feed.language)
  const result: WidgetFeed = {
    entries: toList(Array.isArray(input) ? input : feed.items)
      .map((item) => readEntry(item, base, language))
      .filter((entry) => entry.title !== '')
  }
  const title = toText(feed.title)
  if (title) result.title = title
  const homePageUrl = toHttpUrl(feed.home_page_url, base)
  if (homePageUrl) result.homePageUrl = homePageUrl
  if (language) result.language = language
  return result
}
