import {readFileSync} from 'node:fs'
import type {NewsItem} from '@sironet/model'
import {makeSlug} from '@sironet/model'

/** One item of the annotated gold file, as GOLD-GUIDELINES.md describes it. */
export interface GoldItem {
  n: number
  lead: string
  date: {start: string; end: string | null; part: 'early' | 'mid' | 'late' | null} | null
  places: Array<{city: string | null; country: string}>
  participants: {value: number; qualifier: string} | null
  themes: string[]
  organizations: string[]
  people: string[]
}

/** The gold annotations of the real fixture bulletin. */
export const gold = JSON.parse(
  readFileSync(new URL('../../../fixtures/sironet-2018-h1.gold.json', import.meta.url), 'utf8')
) as {source: string; year: number; items: GoldItem[]}

/**
 * Build a full `NewsItem` carrying every fact of one gold item, so schemas can
 * be checked against what a careful reader takes from the real bulletin.
 */
export function toNewsItem(item: GoldItem): NewsItem {
  const record = {
    id: makeSlug(`${item.date?.start ?? 'undated'} ${item.lead}`),
    date: item.date && {
      start: item.date.start,
      ...(item.date.end ? {end: item.date.end} : {}),
      ...(item.date.part ? {part: item.date.part} : {}),
      text: item.lead
    },
    headline: item.lead,
    summary: item.lead,
    body: item.lead,
    places: item.places.map((place) => ({country: place.country, ...(place.city ? {city: place.city} : {})})),
    participants: item.participants && {...item.participants, text: String(item.participants.value)},
    themes: item.themes,
    organizations: item.organizations.map((name) => ({name})),
    people: item.people.map((name) => ({name})),
    tags: [],
    language: 'en',
    source: {bulletin: gold.source, line: 1, column: 1, offset: 0, length: item.lead.length}
  }
  return record as NewsItem
}
