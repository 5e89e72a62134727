import {sortItems, type NewsItem} from '@sironet/model'
import {describe, expect, it} from 'vitest'
import {loadGoldItems} from '../../test/gold-items.ts'
import {makeHostileItem} from '../../test/hostile-item.ts'
import {sortNewest} from './sort-newest.js'

describe('sortNewest', () => {
  it('should give the order of sortItems newest first: same days, months against days, parts, ends, undated items and repeated ids', () => {
    const gold = loadGoldItems()
    const crowded: NewsItem[] = gold.flatMap((item, index) => [
      {...item, id: `id-${(index * 31) % 17}`},
      {...item, id: `id-${(index * 7) % 13}`, date: index % 4 === 0 ? null : {start: index % 3 === 0 ? '2018-03' : `2018-03-0${1 + (index % 3)}`, text: 'March'}},
      {...item, id: `late-${index % 5}`, date: {start: '2018-03', part: index % 2 === 0 ? 'late' : 'early', text: 'March'}},
      {...item, id: `range-${index % 3}`, date: {start: '2018-03-01', end: `2018-03-0${2 + (index % 5)}`, text: 'March'}}
    ])
    for (const items of [gold, [...gold].reverse(), [...gold, makeHostileItem()], crowded, [...crowded].reverse(), []]) {
      // Compared by position in the input, so records that look alike cannot swap unseen.
      const positions = (list: NewsItem[]) => list.map((item) => items.indexOf(item))
      expect(positions(sortNewest(items))).toEqual(positions(sortItems(items, {order: 'newest'})))
    }
  })

  it('should leave starts of another shape to sortItems', () => {
    const [first, second] = loadGoldItems()
    const items = [{...first!, date: {start: '2018-3-1', text: 'x'}}, second!]
    expect(sortNewest(items)).toEqual(sortItems(items, {order: 'newest'}))
  })
})
