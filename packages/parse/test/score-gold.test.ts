import {describe, expect, it} from 'vitest'
import {extractFacts, parseBulletin} from '@sironet/parse'
import {readFixture, splitItems} from './gold.ts'
import {alignItems, formatScore, scoreItems, scoredFields} from './score.ts'

const {text, gold} = readFixture('sironet-2018-h1.txt')

// The bars of issue 3.
const bars = {places: 0.95, countries: 0.95, themes: 0.95, participants: 0.95, organizations: 0.9, people: 0.9} as const

describe('scoring against fixtures/sironet-2018-h1.gold.json', () => {
  it('should meet the bars through `parseBulletin`', () => {
    const {items} = parseBulletin(text, {source: 'sironet-2018-h1.txt'})
    const aligned = alignItems(gold, items)
    const score = scoreItems(gold, aligned, true)
    console.log(formatScore('parseBulletin on sironet-2018-h1 (micro F1 over items)', score))
    if (score.misses.length > 0) console.log(score.misses.join('\n'))
    expect(aligned.filter(Boolean)).toHaveLength(gold.items.length)
    for (const [field, bar] of Object.entries(bars)) {
      expect(score.f1[field as keyof typeof bars], field).toBeGreaterThanOrEqual(bar)
    }
    expect(score.f1.dates, 'dates').toBe(1)
  })

  it('should meet the bars with `extractFacts` on plainly split paragraphs', () => {
    const paragraphs = splitItems(text)
    expect(paragraphs).toHaveLength(gold.items.length)
    const facts = paragraphs.map((paragraph) => extractFacts(paragraph, {language: 'en', year: gold.year}))
    const score = scoreItems(gold, facts, false)
    console.log(formatScore('extractFacts on sironet-2018-h1 (micro F1 over items)', score, scoredFields.slice(1)))
    for (const [field, bar] of Object.entries(bars)) {
      expect(score.f1[field as keyof typeof bars], field).toBeGreaterThanOrEqual(bar)
    }
  })
})
