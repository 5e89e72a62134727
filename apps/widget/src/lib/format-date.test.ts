import {formatEventDate} from '@sironet/model'
import {describe, expect, it} from 'vitest'
import {goldItems} from '../../test/helpers/gold-feed.ts'
import {formatDate} from './format-date.js'
import type {WidgetDate} from './read-feed.js'

const languages = ['en', 'en-GB', 'fr', 'es', 'ru', 'zh', 'ar']

// Every date of the bulletin, plus the shapes it lacks: month ranges, ranges
// across months and years, and each part of a month.
const dates: WidgetDate[] = [
  ...goldItems.map((item) => {
    const date: WidgetDate = {start: item.date.start}
    if (item.date.end) date.end = item.date.end
    if (item.date.part) date.part = item.date.part
    return date
  }),
  {start: '2018-01', end: '2018-03'},
  {start: '2018-01-30', end: '2018-02-02'},
  {start: '2018-12-30', end: '2019-01-02'},
  {start: '2018-05', part: 'early'},
  {start: '2018-05', part: 'mid'},
  {start: '2018-05', part: 'late'},
  {start: '2018-02-28', end: '2018-02-28'}
]

describe('formatDate', () => {
  it('should write the issue’s examples: “12–16 Jan 2018” and “fin mai 2018”', () => {
    expect(formatDate({start: '2018-01-12', end: '2018-01-16'}, 'en-GB')).toBe('12–16 Jan 2018')
    expect(formatDate({start: '2018-05', part: 'late'}, 'fr')).toBe('fin mai 2018')
  })

  it('should agree with `formatEventDate` from @sironet/model for every date, language and month style', () => {
    let compared = 0
    for (const language of languages) {
      for (const month of ['short', 'long'] as const) {
        for (const date of dates) {
          expect(formatDate(date, language, month), `${JSON.stringify(date)} in ${language} (${month})`).toBe(
            formatEventDate({...date}, language, {month})
          )
          compared++
        }
      }
    }
    expect(compared).toBe(languages.length * 2 * dates.length)
  })

  it('should return an empty string instead of throwing for a date Intl cannot format', () => {
    expect(formatDate({start: '2018-05', part: 'late'}, 'not a language!')).toBe('')
  })
})
