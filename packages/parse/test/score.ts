import type {NewsItem} from '@sironet/model'
import {countSet, f1, normalizeName, type Counts, type Gold, type GoldItem} from './gold.ts'

/** The fields scored against a gold file, as `fixtures/GOLD-GUIDELINES.md` describes. */
export const scoredFields = ['dates', 'places', 'countries', 'participants', 'themes', 'organizations', 'people'] as const

/** A scored field. */
export type ScoredField = (typeof scoredFields)[number]

/** The facts of one item, as scored. */
export interface ScoredFacts {
  date?: NewsItem['date']
  places: NewsItem['places']
  participants: NewsItem['participants']
  themes: string[]
  organizations: Array<{name: string}>
  people: Array<{name: string}>
}

/** Scores of one run: counts and F1 per field, and the items that differ. */
export interface Score {
  counts: Record<ScoredField, Counts>
  f1: Record<ScoredField, number>
  misses: string[]
}

const key = (value: unknown) => JSON.stringify(value)

/**
 * Score predicted facts against gold items, micro-averaged over items: dates as
 * exact (start, end, part) matches; places as city+country pairs and as
 * countries; participants as value+qualifier; themes verbatim; names
 * normalized (case, leading “the”, punctuation).
 */
export function scoreItems(gold: Gold, predicted: Array<ScoredFacts | undefined>, withDates: boolean): Score {
  const counts = Object.fromEntries(scoredFields.map((field) => [field, {tp: 0, fp: 0, fn: 0}])) as Record<ScoredField, Counts>
  const misses: string[] = []
  gold.items.forEach((item: GoldItem, index) => {
    const facts = predicted[index]
    const note = (field: string, got: unknown, want: unknown) => {
      if (key(got) !== key(want)) misses.push(`#${item.n} ${field}: got ${key(got)}, want ${key(want)}`)
    }
    if (withDates) {
      const date = facts?.date
      const got = date ? [{start: date.start, end: date.end ?? null, part: date.part ?? null}].map(key) : []
      const want = item.date ? [{start: item.date.start, end: item.date.end, part: item.date.part}].map(key) : []
      countSet(counts.dates, got, want)
      note('date', got, want)
    }
    const places = (facts?.places ?? []).map((place) => `${place.city ? normalizeName(place.city) : ''}|${place.country}`)
    const goldPlaces = item.places.map((place) => `${place.city ? normalizeName(place.city) : ''}|${place.country}`)
    countSet(counts.places, places, goldPlaces)
    note('places', places, goldPlaces)
    countSet(counts.countries, (facts?.places ?? []).map((place) => place.country), item.places.map((place) => place.country))
    const participants = facts?.participants ? [`${facts.participants.value}|${facts.participants.qualifier}`] : []
    const goldParticipants = item.participants ? [`${item.participants.value}|${item.participants.qualifier}`] : []
    countSet(counts.participants, participants, goldParticipants)
    note('participants', participants, goldParticipants)
    countSet(counts.themes, facts?.themes ?? [], item.themes)
    note('themes', facts?.themes ?? [], item.themes)
    const organizations = (facts?.organizations ?? []).map((org) => normalizeName(org.name))
    const goldOrganizations = item.organizations.map(normalizeName)
    countSet(counts.organizations, organizations, goldOrganizations)
    note('organizations', [...organizations].sort(), [...goldOrganizations].sort())
    const people = (facts?.people ?? []).map((person) => normalizeName(person.name))
    const goldPeople = item.people.map(normalizeName)
    countSet(counts.people, people, goldPeople)
    note('people', [...people].sort(), [...goldPeople].sort())
  })
  const scores = Object.fromEntries(scoredFields.map((field) => [field, f1(counts[field])])) as Record<ScoredField, number>
  return {counts, f1: scores, misses}
}

/** Format scores as a fixed-layout table, one line per field. */
export function formatScore(title: string, score: Score, fields: readonly ScoredField[] = scoredFields): string {
  const lines = [title, 'field          tp    fp    fn     F1']
  for (const field of fields) {
    const {tp, fp, fn} = score.counts[field]
    lines.push(`${field.padEnd(13)}${String(tp).padStart(4)}${String(fp).padStart(6)}${String(fn).padStart(6)}${score.f1[field].toFixed(3).padStart(7)}`)
  }
  return lines.join('\n')
}

/** Align parsed items with gold items by their first six words. */
export function alignItems<T extends {body: string}>(gold: Gold, items: T[]): Array<T | undefined> {
  const lead = (text: string) => text.replace(/\s+/g, ' ').trim().split(' ').slice(0, 6).join(' ')
  const byLead = new Map<string, T>()
  for (const item of items) if (!byLead.has(lead(item.body))) byLead.set(lead(item.body), item)
  return gold.items.map((item) => byLead.get(lead(item.lead)) ?? items[item.n - 1])
}
