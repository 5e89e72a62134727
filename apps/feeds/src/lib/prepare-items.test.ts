import {compareItems, type NewsItem} from '@sironet/model'
import {describe, expect, it} from 'vitest'
import {makeFuzzItems} from '../../test/helpers/fuzz-items.ts'
import {loadGoldItems, loadHostileItems} from '../../test/helpers/gold-items.ts'
import {getDateRange} from './date-range.js'
import {prepareItems} from './prepare-items.js'
import {resolveOptions} from './options.js'

const options = resolveOptions('test', {siteUrl: 'https://sironet.org/news/'}, 'feed.xml')

// The order by definition: newest first day first, undated last, ties by `compareItems`, one stable sort.
function reference(items: readonly NewsItem[]): NewsItem[] {
  const first = (item: NewsItem) => (item.date ? getDateRange(item.date).first : '')
  return [...items].sort((left, right) => {
    const a = first(left)
    const b = first(right)
    return a === b ? compareItems(right, left) : a < b ? 1 : -1
  })
}

describe('prepareItems', () => {
  it('should order items as one stable sort by first day and compareItems does, ties and undated items included', () => {
    const gold = loadGoldItems()
    const fuzz = makeFuzzItems(800)
    // Same days with other ids, the same id twice, months against their first day, no date.
    const crowded = fuzz.map((item, index) => ({...item, id: `id-${(index * 7919) % 97}`, date: index % 5 === 0 ? null : {start: index % 3 === 0 ? '2018-03' : `2018-03-0${1 + (index % 3)}`, text: 'March'}}))
    for (const items of [gold, [...gold].reverse(), loadHostileItems(), fuzz, crowded, [...crowded].reverse()]) {
      // Compared by position in the input, so records that look alike cannot swap unseen.
      const positions = (list: NewsItem[]) => list.map((item) => items.indexOf(item))
      expect(positions(prepareItems('test', items, options).items)).toEqual(positions(reference(items)))
    }
  })
})
