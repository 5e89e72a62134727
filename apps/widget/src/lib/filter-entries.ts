import type {WidgetEntry} from './read-feed.js'

/** Which entries to show; every field is optional and all given fields must match. */
export interface FilterOptions {
  /** Most entries to show; a negative number or `NaN` means the default (optional, default `10`; example: `5`). */
  limit?: number | undefined
  /** Country codes, separated by spaces or commas (optional, example: `'CN FR'`). */
  country?: string | undefined
  /** Organization name or acronym, matched whole and case-insensitively (optional, example: `'WHO'`). */
  organization?: string | undefined
  /** Tags, separated by spaces or commas (optional, example: `'belt-and-road'`). */
  tag?: string | undefined
}

/** How many entries are shown when no `limit` is given. */
export const defaultLimit = 10

const toWords = (value = ''): string[] => value.toLowerCase().split(/[\s,]+/).filter(Boolean)

// No wanted values matches everything; otherwise one value must be wanted.
const matches = (wanted: string[], values: string[]): boolean =>
  !wanted.length || values.some((value) => wanted.includes(value.toLowerCase()))

/**
 * Keep the entries that match a country, an organization and a tag, up to a limit.
 *
 * @param entries Entries from {@link readFeed}.
 * @param options Filters and limit (optional).
 * @returns The matching entries, in their order.
 * @example
 *   filterEntries(feed.entries, {country: 'CN', limit: 5})
 */
export function filterEntries(entries: readonly WidgetEntry[], options: FilterOptions = {}): WidgetEntry[] {
  const countries = toWords(options.country)
  const tags = toWords(options.tag)
  const organization = options.organization?.trim().toLowerCase()
  const limit = options.limit!
  return entries
    .filter(
      (entry) =>
        matches(countries, entry.places.map((place) => place.country)) &&
        matches(tags, entry.tags) &&
        matches(
          organization ? [organization] : [],
          entry.organizations.flatMap((item) => [item.name, item.acronym ?? ''])
        )
    )
    .slice(0, limit >= 0 ? limit : defaultLimit)
}
