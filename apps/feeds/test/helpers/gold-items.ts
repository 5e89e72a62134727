import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {assertNewsItem, makeSlug, type NewsItem} from '@sironet/model'

/** The repository's `fixtures/` folder. */
export const fixturesFolder = fileURLToPath(new URL('../../../../fixtures/', import.meta.url))

interface GoldItem {
  n: number
  lead: string
  date: {start: string; end: string | null; part: 'early' | 'mid' | 'late' | null} | null
  places: Array<{city: string | null; country: string}>
  participants: {value: number; qualifier: 'exact' | 'more-than' | 'over' | 'nearly' | 'about'} | null
  themes: string[]
  organizations: string[]
  people: string[]
}

const qualifierWords = {exact: '', 'more-than': 'more than ', over: 'over ', nearly: 'nearly ', about: 'about '}

function firstSentence(text: string): string {
  const match = /^.+?[.!?](?=\s|$)/.exec(text)
  return (match ? match[0] : text).trim()
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`
}

/**
 * Build realistic news items from the gold annotations of the 2018 bulletin,
 * with each item's paragraph of the bulletin as its body, so feed tests need
 * no parser. Every record is checked against the model.
 */
export function loadGoldItems(): NewsItem[] {
  const text = readFileSync(`${fixturesFolder}sironet-2018-h1.txt`, 'utf8')
  const gold = JSON.parse(readFileSync(`${fixturesFolder}sironet-2018-h1.gold.json`, 'utf8')) as {items: GoldItem[]}
  const seen = new Set<string>()
  return gold.items.map((entry) => {
    const offset = text.indexOf(entry.lead)
    if (offset < 0) throw new Error(`Gold item ${entry.n}: lead not found in the bulletin`)
    const end = text.indexOf('\n', offset)
    const body = text.slice(offset, end < 0 ? text.length : end).trimEnd()
    const before = text.slice(0, offset)
    const line = before.split('\n').length
    const column = offset - before.lastIndexOf('\n')
    const sentence = firstSentence(body)
    let id = makeSlug(`${entry.date?.start ?? 'undated'} ${sentence}`)
    while (seen.has(id)) id = `${id}-${entry.n}`
    seen.add(id)
    return assertNewsItem({
      id,
      date: entry.date && {
        start: entry.date.start,
        ...(entry.date.end ? {end: entry.date.end} : {}),
        ...(entry.date.part ? {part: entry.date.part} : {}),
        text: entry.lead.split(',')[0]
      },
      headline: clip(sentence, 140),
      summary: sentence,
      body,
      places: entry.places.map((place) => ({country: place.country, ...(place.city ? {city: place.city} : {})})),
      participants: entry.participants && {
        ...entry.participants,
        text: `${qualifierWords[entry.participants.qualifier]}${entry.participants.value} people`
      },
      themes: entry.themes,
      organizations: entry.organizations.map((name) => ({name})),
      people: entry.people.map((name) => ({name})),
      tags: [],
      language: 'en',
      source: {bulletin: 'sironet-2018-h1.txt', line, column, offset, length: body.length}
    })
  })
}

/** The hostile corpus shared by every output format (`fixtures/hostile/records.json`). */
export function loadHostileItems(): NewsItem[] {
  const records = JSON.parse(readFileSync(`${fixturesFolder}hostile/records.json`, 'utf8')) as unknown[]
  return records.map((record) => assertNewsItem(record))
}
