import {readFileSync} from 'node:fs'
import {toJsonFeed, type JsonFeed} from '@sironet/json-export'
import type {NewsItem} from '@sironet/model'

/** One item of `fixtures/sironet-2018-h1.gold.json`. */
export interface GoldItem {
  n: number
  lead: string
  date: {start: string; end: string | null; part: 'early' | 'mid' | 'late' | null}
  places: Array<{city: string | null; country: string}>
  organizations: string[]
  people: string[]
  themes: string[]
}

/** The gold records of the 2018 H1 bulletin. */
export const goldItems: GoldItem[] = JSON.parse(
  readFileSync(new URL('../../../../fixtures/sironet-2018-h1.gold.json', import.meta.url), 'utf8')
).items

/** The tag the helper gives an item: `youth` when a youth organization took part (to test the tag filter). */
export function goldTags(item: GoldItem): string[] {
  return item.organizations.some((name) => /youth/i.test(name)) ? ['youth'] : []
}

/** Turn a gold record into a `NewsItem` (its lead stands in for the headline). */
export function toNewsItem(item: GoldItem): NewsItem {
  const date: NonNullable<NewsItem['date']> = {start: item.date.start, text: item.lead}
  if (item.date.end) date.end = item.date.end
  if (item.date.part) date.part = item.date.part
  return {
    id: `sironet-2018-h1-${String(item.n).padStart(2, '0')}`,
    date,
    headline: item.lead,
    summary: item.lead,
    body: item.lead,
    places: item.places.map((place) => (place.city ? {country: place.country, city: place.city} : {country: place.country})),
    participants: null,
    themes: item.themes,
    organizations: item.organizations.map((name) => ({name})),
    people: item.people.map((name) => ({name})),
    tags: goldTags(item),
    language: 'en',
    source: {bulletin: 'sironet-2018-h1', line: item.n, column: 1, offset: 0, length: item.lead.length}
  }
}

/** The gold records as `NewsItem`s, in bulletin order. */
export const goldNewsItems: NewsItem[] = goldItems.map(toNewsItem)

/** The site the test feeds pretend to be published at. */
export const siteUrl = 'https://news.example.org/'

/**
 * A JSON Feed 1.1 of every gold record, written by `@sironet/json-export` (newest first).
 *
 * @param options Languages to write date and country labels in (optional, default none).
 */
export function makeGoldFeed(options: {labels?: readonly string[]} = {}): JsonFeed {
  return toJsonFeed(goldNewsItems, {siteUrl, title: 'SIRONET news', language: 'en', feedSize: 100, ...options})
}
