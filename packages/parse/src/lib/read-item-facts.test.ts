import {describe, expect, it} from 'vitest'
import {quickCopies} from './read-item-facts.js'

// Values near every rule of the schemas: valid ones, and ones that break a rule by a little.
const texts: unknown[] = ['Beijing', '', ' ', 'É', 0, null, undefined, ['x'], {}]
const codes: unknown[] = ['CN', 'cn', 'XX', 'CHN', '', 1, undefined]
const counts: unknown[] = [1, 150, 0, -5, 2.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '150', undefined]
const qualifiers: unknown[] = ['exact', 'more-than', 'over', 'nearly', 'about', 'roughly', '', undefined]

function* places(): Generator<unknown> {
  for (const country of codes) for (const city of texts) for (const region of [undefined, 'Fujian', '']) yield {country, city, region}
  yield {country: 'CN', city: 'Beijing', extra: 'kept?'}
  yield {city: 'Beijing', country: 'CN'}
  yield 'CN'
  yield null
}

function* organizations(): Generator<unknown> {
  for (const name of texts) for (const acronym of [undefined, 'CNIE', '']) for (const role of [undefined, 'organizer', '', 3]) yield {name, acronym, role}
  yield {acronym: 'UN', name: 'United Nations', extra: 1}
  yield ['United Nations']
}

function* people(): Generator<unknown> {
  const titles: unknown[] = [undefined, [], ['Vice President'], [''], ['President', 2], 'President']
  for (const name of texts) for (const title of titles) for (const organization of [undefined, 'CNIE', '']) yield {name, titles: title, organization}
  yield {organization: 'CNIE', name: 'Wang Hongyan', titles: ['President']}
}

function* participants(): Generator<unknown> {
  for (const value of counts) for (const qualifier of qualifiers) for (const text of ['150 people', '', undefined, 150]) yield {value, qualifier, text}
  yield {text: '150 people', qualifier: 'over', value: 150, extra: true}
}

const cases = {
  place: [...places()],
  organization: [...organizations()],
  person: [...people()],
  participants: [...participants()],
  theme: [...texts, 'new start, new opportunities'],
  tag: ['belt-and-road', 'sco', 'Belt-and-Road', 'belt and road', '-sco', 'sco-', 'a--b', '', 7, undefined]
} as const

describe('quick copies of extracted facts', () => {
  for (const [name, [schema, copy]] of Object.entries(quickCopies)) {
    it(`should accept a ${name} only when its schema does, giving the schema’s own value`, () => {
      let accepted = 0
      for (const value of cases[name as keyof typeof cases]) {
        const quick = copy(value)
        if (quick === undefined) continue
        accepted++
        const result = schema.safeParse(value)
        expect(result.success, `${name} ${JSON.stringify(value)}`).toBe(true)
        // The same value with its keys in the same order: the records stay byte for byte what zod gives.
        expect(JSON.stringify(quick), `${name} ${JSON.stringify(value)}`).toBe(JSON.stringify(result.success ? result.data : undefined))
      }
      expect(accepted).toBeGreaterThan(0)
    })
  }
})
