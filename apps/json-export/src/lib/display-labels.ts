import {formatEventDate, type EventDate, type NewsItem} from '@sironet/model'

/**
 * What a page of items shows in one language, written ahead so a reader need
 * not format it: each date (by {@link toDateKey}) and each country (by its ISO
 * code). Example: `{dates: {'2018-01-12/2018-01-16': '12–16 janv. 2018'}, countries: {FI: 'Finlande'}}`.
 */
export interface DisplayLabels {
  /** Date text by date key, as `formatEventDate(date, language, {month: 'short'})` writes it. */
  dates: Record<string, string>
  /** Country names by ISO 3166-1 alpha-2 code, as `Intl.DisplayNames` names them. */
  countries: Record<string, string>
}

/** The languages the `<sironet-news>` widget has words for (the six UN languages), in which `sironet build` writes labels. */
export const widgetLanguages: readonly string[] = ['en', 'fr', 'es', 'ru', 'zh', 'ar']

/**
 * The key of a date in {@link DisplayLabels}: its start, `/` and its end when
 * it ends later, and a space and its part of the month when it has one.
 *
 * @param date The event date.
 * @returns The key (example: `'2018-01-12/2018-01-16'`, `'2018-05 late'`).
 * @example
 *   toDateKey({start: '2018-05', part: 'late', text: 'Late May'}) // '2018-05 late'
 */
export function toDateKey(date: Pick<EventDate, 'start' | 'end' | 'part'>): string {
  const {start, end, part} = date
  return (end !== undefined && end > start ? `${start}/${end}` : start) + (part === undefined ? '' : ` ${part}`)
}

/**
 * Check the languages to write labels in and put them in canonical form.
 *
 * @param languages BCP 47 tags (example: `['en', 'fr']`).
 * @param caller The function named in the error.
 * @returns The canonical tags, each once, in the order given.
 */
export function toLabelLanguages(languages: readonly string[] | undefined, caller: string): string[] {
  if (languages === undefined) return []
  if (!Array.isArray(languages)) {
    throw new TypeError(`Cannot call \`${caller}\` with \`labels\` ${String(languages)}. Pass an array of BCP 47 tags (example: \`['en', 'fr']\`).`)
  }
  const canonical: string[] = []
  for (const language of languages) {
    let tag: string | undefined
    try {
      tag = typeof language === 'string' ? Intl.getCanonicalLocales(language)[0] : undefined
    } catch {
      tag = undefined
    }
    if (tag === undefined) {
      throw new RangeError(`Cannot call \`${caller}\` with the label language ${JSON.stringify(language)}. Pass a BCP 47 tag (example: \`'fr'\`).`)
    }
    if (!canonical.includes(tag)) canonical.push(tag)
  }
  return canonical
}

// Labels by language and key, made once per process: a site's feeds (the
// whole feed, each country's and each organization's) show the same dates and
// the same few dozen countries again and again. A language's dates are
// forgotten past `remembered` of them, so memory stays bounded.
const countryNames = new Map<string, Map<string, string>>()
const dateTexts = new Map<string, Map<string, string>>()
const remembered = 50_000

function getCache(caches: Map<string, Map<string, string>>, language: string): Map<string, string> {
  let cache = caches.get(language)
  if (cache === undefined || cache.size >= remembered) caches.set(language, (cache = new Map()))
  return cache
}

function nameCountry(code: string, names: Map<string, string>, language: string): string {
  let name = names.get(code)
  if (name === undefined) {
    name = new Intl.DisplayNames(language, {type: 'region', fallback: 'code'}).of(code) ?? code
    names.set(code, name)
  }
  return name
}

function writeDate(key: string, date: Pick<EventDate, 'start' | 'end' | 'part'>, texts: Map<string, string>, language: string): string {
  let text = texts.get(key)
  if (text === undefined) {
    text = formatEventDate(date, language, {month: 'short'})
    texts.set(key, text)
  }
  return text
}

/**
 * Write the labels of a page of items in each language: the text of every
 * date and the name of every country its items show, each once, in the order
 * the items first show them.
 *
 * @param items The page's records.
 * @param languages Canonical BCP 47 tags (from {@link toLabelLanguages}).
 * @returns The labels by language, or `undefined` when no language is asked for.
 * @example
 *   makeDisplayLabels(items, ['fr']) // {fr: {dates: {'2018-05 late': 'fin mai 2018'}, countries: {CN: 'Chine'}}}
 */
export function makeDisplayLabels(items: readonly NewsItem[], languages: readonly string[]): Record<string, DisplayLabels> | undefined {
  if (languages.length === 0) return undefined
  const dates = new Map<string, NonNullable<NewsItem['date']>>()
  const codes = new Set<string>()
  for (const item of items) {
    if (item.date) {
      const key = toDateKey(item.date)
      if (!dates.has(key)) dates.set(key, item.date)
    }
    for (const place of item.places) codes.add(place.country)
  }
  const labels: Record<string, DisplayLabels> = {}
  for (const language of languages) {
    const shown: DisplayLabels = {dates: {}, countries: {}}
    const texts = getCache(dateTexts, language)
    const names = getCache(countryNames, language)
    for (const [key, date] of dates) shown.dates[key] = writeDate(key, date, texts, language)
    for (const code of codes) shown.countries[code] = nameCountry(code, names, language)
    labels[language] = shown
  }
  return labels
}
