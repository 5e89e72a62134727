import {formatEventDate, type EventDate} from '@sironet/model'
import {describe, expect, it} from 'vitest'
import {formatItemDate} from './format-item-date.js'

/** Seeded dates of every kind: days, months, parts of months, ranges within a month, across months and across years. */
function makeDates(count: number): Array<Pick<EventDate, 'start' | 'end' | 'part'>> {
  let state = 7
  const next = (size: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state % size
  }
  const day = (year: number, month: number, value: number) => `${year}-${String(month).padStart(2, '0')}-${String(value).padStart(2, '0')}`
  const dates: Array<Pick<EventDate, 'start' | 'end' | 'part'>> = []
  for (let index = 0; index < count; index++) {
    const year = 1995 + next(40)
    const month = 1 + next(12)
    const first = 1 + next(28)
    switch (index % 7) {
      case 0: dates.push({start: day(year, month, first)}); break
      case 1: dates.push({start: `${year}-${String(month).padStart(2, '0')}`}); break
      case 2: dates.push({start: `${year}-${String(month).padStart(2, '0')}`, part: (['early', 'mid', 'late'] as const)[next(3)]!}); break
      case 3: dates.push({start: day(year, month, first), end: day(year, month, Math.min(28, first + 1 + next(9)))}); break
      case 4: dates.push({start: day(year, month, first), end: day(year, month === 12 ? 12 : month + 1, 1 + next(28))}); break
      case 5: dates.push({start: day(year, 12, 20 + next(9)), end: day(year + 1, 1, 1 + next(9))}); break
      default: dates.push({start: `${year}-01`, end: `${year}-0${2 + next(7)}`})
    }
  }
  return dates
}

describe('formatItemDate', () => {
  it('should give the text of formatEventDate for every kind of date in many languages', () => {
    const dates = makeDates(700)
    for (const language of ['en', 'en-GB', 'fr', 'es', 'ru', 'zh', 'zh-Hans', 'ar', 'de', 'ja', 'pt-BR', 'hi', 'fa', 'th', 'ko']) {
      for (const date of dates) expect(formatItemDate(date, language), `${language} ${JSON.stringify(date)}`).toBe(formatEventDate(date, language))
    }
  })
})
