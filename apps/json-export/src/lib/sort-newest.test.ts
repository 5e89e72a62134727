import {sortItems, type NewsItem} from '@sironet/model'
import {describe, expect, it} from 'vitest'
import {loadGoldItems} from '../../test/gold-items.ts'
import {sortNewestFirst} from './sort-newest.js'

describe('sortNewestFirst', () => {
  it('should give the order of sortItems newest first, with months, parts, ranges, ties and undated items', () => {
    const gold = loadGoldItems()
    const [first] = gold
    const starts: Array<NewsItem['date']> = [
      null,
      {start: '2018-05', text: 'May'},
      {start: '2018-05', part: 'late', text: 'Late May'},
      {start: '2018-05', part: 'early', text: 'Early May'},
      {start: '2018-05-01', text: 'May 1'},
      {start: '2018-05-01', end: '2018-05-03', text: 'May 1–3'},
      {start: '2018-04-30', end: '2018-05-02', text: 'April 30 – May 2'},
      {start: '2017-12', end: '2018-01', text: 'December–January'}
    ]
    const made = starts.flatMap((date, index) => [
      {...first!, id: `z-${index}`, date},
      {...first!, id: `a-${index}`, date}
    ])
    const items = [...made, ...gold, ...made.toReversed()]
    expect(sortNewestFirst(items)).toEqual(sortItems(items, {order: 'newest'}))
    expect(sortNewestFirst(items).map((item) => item.id)).toEqual(sortItems(items, {order: 'newest'}).map((item) => item.id))
  })

  it('should fall back to sortItems for a start of another shape', () => {
    const [first, second] = loadGoldItems()
    const items = [{...first!, date: {start: '18-5', text: ''}}, second!]
    expect(sortNewestFirst(items)).toEqual(sortItems(items, {order: 'newest'}))
  })
})
