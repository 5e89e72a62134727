import {describe, expect, it} from 'vitest'
import {makeBaseId, makeItemIds, type ItemIdInput} from './make-item-ids.js'
import {ItemIdPlanner, toPlannedId} from './plan-item-ids.js'
import {resolveKeyedIds, toItemIdKey} from './resolve-item-ids.js'

const date = {start: '2018-01-10', text: 'On January 10'}

/** Items made to collide: the same date and key words, texts equal but for white space or Unicode form, and bases that look like hashed ids. */
function collidingItems(): ItemIdInput[] {
  const items: ItemIdInput[] = []
  for (let copy = 0; copy < 40; copy++) {
    items.push({date, text: `On January 10, the Dialogue of Parliament Speakers met (Ref. ${copy % 13}).`, after: 13})
  }
  items.push(
    {date, text: 'On January 10, the café opened.', after: 13},
    {date, text: 'On January 10, the cafe\u0301 opened.', after: 13},
    {date, text: 'On January 10, the café  opened.', after: 13},
    {date: null, text: 'Undated news of the forum.'},
    {date: null, text: 'Undated news of the forum!'}
  )
  // A base that reads like another item's hashed id.
  const ids = makeItemIds(items)
  const hashed = ids.find((id) => /-[0-9a-f]{6}$/.test(id))!
  items.push({date: null, text: hashed.replace(/-/g, ' ')})
  return items
}

describe('ItemIdPlanner', () => {
  it('should give the ids makeItemIds gives, from hashes alone, for colliding items', () => {
    const items = collidingItems()
    const expected = makeItemIds(items)
    expect(new Set(expected).size).toBe(items.length)
    expect(expected.some((id) => /-[0-9a-f]{16}(?:-\d+)?$/.test(id))).toBe(true)
    expect(expected.some((id) => /-2$/.test(id))).toBe(true)

    const planner = new ItemIdPlanner()
    const bases = items.map((item) => makeBaseId(item))
    expect(bases).toEqual(items.map((item) => makeItemIds([item])[0]!))
    for (const [index, item] of items.entries()) planner.add(bases[index]!, item.text)
    const plan = planner.resolve()
    expect(items.map((item, index) => toPlannedId(plan, index, bases[index]!, item.text))).toEqual(expected)
    expect(resolveKeyedIds(items.map((item, index) => toItemIdKey(bases[index]!, item.text)))).toEqual(expected)
  })

  it('should keep the base id of items that share it with no other', () => {
    const items = [
      {date, text: 'On January 10, the forum opened.', after: 13},
      {date, text: 'On January 10, the fair closed.', after: 13}
    ]
    const planner = new ItemIdPlanner()
    for (const item of items) planner.add(makeItemIds([item])[0]!, item.text)
    expect(Array.from(planner.resolve().modes)).toEqual([0, 0])
  })
})
