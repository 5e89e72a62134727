import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {assertNewsItem, makeSlug, type NewsItem} from '@sironet/model'

/**
 * Real records for tests, built from the fixture bulletin and its gold
 * annotations (the facts a careful human reader takes from each item), so the
 * exporters can be tested on real text before and apart from the parser.
 */

const fixtures = new URL('../../../fixtures/', import.meta.url)

interface GoldItem {
  n: number
  lead: string
  date: {start: string; end: string | null; part: 'early' | 'mid' | 'late' | null} | null
  places: Array<{city: string | null; country: string}>
  participants: {value: number; qualifier: string} | null
  themes: string[]
  organizations: string[]
  people: string[]
}

/** The path of the fixture bulletin text. */
export const fixtureTextPath = fileURLToPath(new URL('sironet-2018-h1.txt', fixtures))

/**
 * Build the 74 records of `fixtures/sironet-2018-h1.txt` from its gold file;
 * every record is checked with `assertNewsItem`.
 */
export function loadGoldItems(): NewsItem[] {
  const text = readFileSync(fixtureTextPath, 'utf8')
  const gold = JSON.parse(readFileSync(new URL('sironet-2018-h1.gold.json', fixtures), 'utf8')) as {items: GoldItem[]}
  const seen = new Set<string>()
  return gold.items.map((entry) => {
    const offset = text.indexOf(entry.lead)
    if (offset < 0) throw new Error(`Gold lead not found: ${entry.lead}`)
    const end = text.indexOf('\n', offset)
    const body = text.slice(offset, end < 0 ? undefined : end).trimEnd()
    const before = text.slice(0, offset)
    const line = before.split('\n').length
    const column = offset - before.lastIndexOf('\n')
    const sentence = /^.*?[.!?](?=\s|$)/s.exec(body)?.[0] ?? body
    const headline = sentence.length > 140 ? sentence.slice(0, 139) + '…' : sentence
    let id = makeSlug(`${entry.date?.start ?? 'undated'} ${body}`, 60)
    while (seen.has(id)) id += '-2'
    seen.add(id)
    return assertNewsItem({
      id,
      date: entry.date
        ? {
            start: entry.date.start,
            ...(entry.date.end ? {end: entry.date.end} : {}),
            ...(entry.date.part ? {part: entry.date.part} : {}),
            text: body.split(',')[0] ?? ''
          }
        : null,
      headline,
      summary: sentence,
      body,
      places: entry.places.map((place) => (place.city ? {country: place.country, city: place.city} : {country: place.country})),
      participants: entry.participants
        ? {...entry.participants, text: String(entry.participants.value)}
        : null,
      themes: entry.themes,
      organizations: entry.organizations.map((name) => ({name})),
      people: entry.people.map((name) => ({name})),
      tags: /belt and road/i.test(body) ? ['belt-and-road'] : [],
      language: 'en',
      source: {bulletin: 'sironet-2018-h1.txt', line, column, offset, length: body.length}
    })
  })
}
