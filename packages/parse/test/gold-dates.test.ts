import {expect, it} from 'vitest'
import {parseBulletin} from '@sironet/parse'
import {fixtureText, gold} from './helpers.js'

it('should read every date of the real bulletin as the gold file has it (start, end, part)', () => {
  const {items} = parseBulletin(fixtureText, {source: gold.source})
  expect(items).toHaveLength(gold.items.length)
  let right = 0
  const wrong: string[] = []
  for (const [index, expected] of gold.items.entries()) {
    const item = items[index]!
    // Align by the item’s first words, so a missing or extra item cannot pass unseen.
    expect(item.body.startsWith(expected.lead)).toBe(true)
    const actual = item.date ? {start: item.date.start, end: item.date.end ?? null, part: item.date.part ?? null} : null
    if (JSON.stringify(actual) === JSON.stringify(expected.date)) right++
    else wrong.push(`${expected.n}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected.date)}`)
  }
  console.log(`dates: ${right}/${gold.items.length} (${((100 * right) / gold.items.length).toFixed(1)}%)`)
  expect(wrong).toEqual([])
})
