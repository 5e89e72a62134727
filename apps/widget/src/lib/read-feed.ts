import {toHttpUrl} from './to-http-url.js'

/** Part of a month, for month-precision dates (`'late'` for “late May 2018”). */
export type WidgetDatePart = 'early' | 'mid' | 'late'

/** The date of an item as the widget shows it (example: `{start: '2018-01-12', end: '2018-01-16'}`). */
export interface WidgetDate {
  /** First day (`2018-01-12`) or month (`2018-05`). */
  start: string
  /** Last day or month, for ranges (optional). */
  end?: string | undefined
  /** Part of the month, for month-precision dates (optional). */
  part?: WidgetDatePart | undefined
}

/** A venue of an item (example: `{country: 'CN', city: 'Beijing'}`). */
export interface WidgetPlace {
  /** ISO 3166-1 alpha-2 country code (example: `'CN'`). */
  country: string
  /** City as written in the bulletin (optional). */
  city?: string | undefined
}

/** An organization named in an item (example: `{name: 'World Health Organization', acronym: 'WHO'}`). */
export interface WidgetOrganization {
  /** Full name. */
  name: string
  /** Short form (optional). */
  acronym?: string | undefined
}

/** One item, read defensively from a JSON Feed item or a `NewsItem` record. */
export interface WidgetEntry {
  /** Headline, as plain text. */
  title: string
  /** Link to the full item; only `http:`/`https:` (optional). */
  url?: string | undefined
  /** When the event took place (optional). */
  date?: WidgetDate | undefined
  /** Venues, in order. */
  places: WidgetPlace[]
  /** Organizations, organizing body first. */
  organizations: WidgetOrganization[]
  /** Tags, from the feed item and the record. */
  tags: string[]
  /** BCP 47 language of the item’s text (optional, example: `'en'`). */
  language?: string | undefined
}

/** A feed, read defensively into what the widget shows. */
export interface WidgetFeed {
  /** The feed’s title (optional). */
  title?: string | undefined
  /** The site the feed belongs to; only `http:`/`https:` (optional). */
  homePageUrl?: string | undefined
  /** BCP 47 language of the feed (optional). */
  language?: string | undefined
  /** Items that have a headline, in feed order. */
  entries: WidgetEntry[]
  /** Dates and country names written out by language (`_sironet.labels`), as the feed gave them; read with {@link findLabel}. */
  labels?: unknown
}

type Fields = Record<string, unknown>

/** The parts of a month a month-precision date may name, in order. */
export const datePartNames: readonly WidgetDatePart[] = ['early', 'mid', 'late']

const datePattern = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/

const toText = (value: unknown): string | undefined => (typeof value === 'string' && value.trim()) || undefined

const toFields = (value: unknown): Fields => (value !== null && typeof value === 'object' ? value : {}) as Fields

const toList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

/**
 * Canonicalize a BCP 47 language tag, or drop it when it is not one.
 *
 * @param value Tag to check (example: `'EN-gb'` becomes `'en-GB'`).
 */
export function toLanguage(value: unknown): string | undefined {
  try {
    const text = toText(value)
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
  const end = toText(date.end)
  const part = date.part as WidgetDatePart
  return {
    start,
    end: end && datePattern.test(end) && end > start ? end : undefined,
    part: datePartNames.includes(part) ? part : undefined
  }
}

function readEntry(value: unknown, base: string | undefined, language: string | undefined): WidgetEntry {
  const item = toFields(value)
  // JSON Feed items carry the full record under `_sironet`; a bare `NewsItem` is its own record.
  const record = item._sironet === undefined ? item : toFields(item._sironet)
  return {
    title: toText(item.title) ?? toText(record.headline) ?? '',
    url: toHttpUrl(item.url ?? item.external_url, base),
    date: toDate(record, item),
    places: toList(record.places).flatMap((value) => {
      const place = toFields(value)
      const country = toText(place.country)?.toUpperCase()
      return country && /^[A-Z]{2}$/.test(country) ? [{country, city: toText(place.city)}] : []
    }),
    organizations: toList(record.organizations).flatMap((value) => {
      const fields = toFields(value)
      const name = toText(value) ?? toText(fields.name)
      return name ? [{name, acronym: toText(fields.acronym)}] : []
    }),
    tags: [...toList(item.tags), ...(record === item ? [] : toList(record.tags))].filter(
      (tag): tag is string => typeof tag === 'string'
    ),
    language: toLanguage(record.language) ?? toLanguage(item.language) ?? language
  }
}

/**
 * The key of a date among a feed's labels, as `toDateKey` of `@sironet/json-export` makes it.
 *
 * @param date The date (example: `{start: '2018-05', part: 'late'}`).
 * @returns The key (example: `'2018-05 late'`, `'2018-01-12/2018-01-16'`).
 */
export function toDateKey(date: WidgetDate): string {
  return (date.end ? date.start + '/' + date.end : date.start) + (date.part ? ' ' + date.part : '')
}

/**
 * The text a feed wrote out for a date or a country in a language, under
 * `_sironet.labels` (which `sironet build` writes in the six UN languages),
 * so it need not be formatted here: a browser’s first `Intl` formatter costs
 * tens of milliseconds. Anything but a non-empty string is no label.
 *
 * @param feed What {@link readFeed} read (optional).
 * @param language Canonical BCP 47 tag of the page (example: `'fr'`).
 * @param kind `'dates'` (key from {@link toDateKey}) or `'countries'` (ISO code).
 * @param key The date key or country code.
 * @returns The label, or `undefined` when the feed has none.
 * @example
 *   findLabel(feed, 'fr', 'countries', 'FI') // 'Finlande'
 */
export function findLabel(feed: WidgetFeed | undefined, language: string, kind: 'dates' | 'countries', key: string): string | undefined {
  return toText(toFields(toFields(toFields(feed?.labels)[language])[kind])[key])
}

/**
 * Read a JSON Feed 1.1 (with the `_sironet` extension), a list of its items or
 * a list of `NewsItem` records into what the widget shows. Nothing here
 * throws: fields of the wrong type are ignored, items without a headline are
 * dropped and links that are not `http:`/`https:` are removed. Missing
 * optional fields are `undefined`.
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
  return {
    title: toText(feed.title),
    homePageUrl: toHttpUrl(feed.home_page_url, base),
    language,
    labels: toFields(feed._sironet).labels,
    entries: toList(Array.isArray(input) ? input : feed.items)
      .map((item) => readEntry(item, base, language))
      .filter((entry) => entry.title)
  }
}
