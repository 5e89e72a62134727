import {readFileSync} from 'node:fs'
import {toIcs} from '@sironet/feeds'
import type {NewsItem} from '@sironet/model'
import {describe, expect, it} from 'vitest'
import {loadGoldItems} from '../../../json-export/test/gold-items.ts'
import {renderCalendar} from './site-calendar.js'

const items = loadGoldItems()
const hostile = JSON.parse(readFileSync(new URL('../../../../fixtures/hostile/records.json', import.meta.url), 'utf8')) as NewsItem[]
const options = {siteUrl: 'https://example.org/news/', title: 'SIRONET news', language: 'en'}

describe('renderCalendar', () => {
  it('should give exactly the bytes of `toIcs` for the whole corpus, whatever the slice size', () => {
    const whole = toIcs(items, options)
    for (const size of [1, 7, 50, 1000]) expect([...renderCalendar(items, options, size)].join(''), `slices of ${size}`).toBe(whole)
  })

  it('should give exactly the bytes of `toIcs` for hostile records with long folded lines', () => {
    const corpus = [...hostile, ...items.slice(0, 5)]
    expect([...renderCalendar(corpus, options, 3)].join('')).toBe(toIcs(corpus, options))
  })

  it('should write an empty calendar for no items', () => {
    expect([...renderCalendar([], options)].join('')).toBe(toIcs([], options))
  })
})
