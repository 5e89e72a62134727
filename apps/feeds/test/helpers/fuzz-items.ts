import {readFileSync} from 'node:fs'
import {uniformFloat64} from 'pure-rand/distribution/uniformFloat64'
import {xoroshiro128plus} from 'pure-rand/generator/xoroshiro128plus'
import type {NewsItem} from '@sironet/model'
import {fixturesFolder, loadGoldItems} from './gold-items.ts'

/** Seeded numbers in [0, 1) (pure-rand's xoroshiro128+): the same seed gives the same records. */
function random(seed: number): () => number {
  const generator = xoroshiro128plus(seed)
  return () => uniformFloat64(generator)
}

/**
 * Make `count` records from the gold items with hostile payloads
 * (`fixtures/hostile/strings.json`) and edge cases (empty text, text that
 * cleaning empties, `]]>`, line breaks, no categories, no date) put into
 * their text fields at random, seeded, for byte-equality tests of fast paths
 * against the tree serializers. The records are not checked by the model:
 * the writers must give the same bytes either way.
 */
export function makeFuzzItems(count: number, seed = 2018): NewsItem[] {
  const next = random(seed)
  const payloads = (JSON.parse(readFileSync(`${fixturesFolder}hostile/strings.json`, 'utf8')) as {payloads: Array<{value: string}>}).payloads.map(
    (payload) => payload.value
  )
  const edges = ['', '\u0001', '\u0000\uFFFE', ']]>', 'a]]>b]]>', ' \n\n  \n', 'a\n\nb', '&<>"\'', '\uD800', '\u2028\u2029', 'x'.repeat(300)]
  const strings = [...payloads, ...edges]
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const text = (base: string): string => {
    const roll = next()
    return roll < 0.3 ? base : roll < 0.6 ? `${base}${pick(strings)}` : roll < 0.8 ? `${pick(strings)} ${base}` : pick(strings)
  }
  const gold = loadGoldItems()
  const items: NewsItem[] = []
  for (let index = 0; index < count; index++) {
    const base = gold[index % gold.length]!
    items.push({
      ...base,
      id: `${base.id}-${index}`,
      date: next() < 0.1 ? null : base.date,
      headline: text(base.headline),
      summary: text(base.summary),
      body: text(base.body),
      places: next() < 0.1 ? [] : base.places.map((place) => ({...place, ...(place.city ? {city: text(place.city)} : {})})),
      organizations: next() < 0.1 ? [] : base.organizations.map((org) => ({...org, name: text(org.name), ...(next() < 0.2 ? {acronym: text('ACR')} : {})})),
      people: base.people.map((person) => ({...person, name: text(person.name), ...(next() < 0.2 ? {titles: [text('Director'), 'Chair']} : {})})),
      themes: base.themes.map((theme) => text(theme)),
      participants: next() < 0.3 ? {value: Math.floor(next() * 1000), qualifier: 'about', text: next() < 0.5 ? '' : text('about 50 people')} : base.participants,
      tags: next() < 0.3 ? [text('tag')] : base.tags
    })
  }
  return items
}
