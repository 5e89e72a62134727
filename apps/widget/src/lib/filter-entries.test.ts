import {describe, expect, it} from 'vitest'
import {goldItems, goldNewsItems, goldTags} from '../../test/helpers/gold-feed.ts'
import {defaultLimit, filterEntries} from './filter-entries.js'
import {readFeed} from './read-feed.js'

const {entries} = readFeed(goldNewsItems)
const all = entries.length

describe('filterEntries', () => {
  it('should show the first ten by default and honour `limit`', () => {
    expect(filterEntries(entries)).toHaveLength(defaultLimit)
    expect(filterEntries(entries, {limit: 3})).toEqual(entries.slice(0, 3))
    expect(filterEntries(entries, {limit: 0})).toEqual([])
    expect(filterEntries(entries, {limit: Number.NaN})).toHaveLength(defaultLimit)
  })

  it('should keep the items held in a country, any of several', () => {
    const china = goldItems.filter((item) => item.places.some((place) => place.country === 'CN')).length
    const spainOrKorea = goldItems.filter((item) => item.places.some((place) => ['ES', 'KR'].includes(place.country))).length
    expect(china).toBeGreaterThan(5)
    expect(filterEntries(entries, {country: 'CN', limit: all})).toHaveLength(china)
    expect(filterEntries(entries, {country: 'es, kr', limit: all})).toHaveLength(spainOrKorea)
  })

  it('should keep the items of an organization, named in full in any case', () => {
    const name = 'All-China Youth Federation'
    const count = goldItems.filter((item) => item.organizations.includes(name)).length
    expect(count).toBeGreaterThan(1)
    expect(filterEntries(entries, {organization: name.toUpperCase(), limit: all})).toHaveLength(count)
    expect(filterEntries(entries, {organization: 'All-China', limit: all})).toEqual([])
  })

  it('should keep the items with a tag, and combine filters', () => {
    const tagged = goldItems.filter((item) => goldTags(item).length > 0)
    expect(filterEntries(entries, {tag: 'youth', limit: all})).toHaveLength(tagged.length)
    const both = tagged.filter((item) => item.places.some((place) => place.country === 'CN')).length
    expect(filterEntries(entries, {tag: 'youth', country: 'CN', limit: all})).toHaveLength(both)
  })
})
